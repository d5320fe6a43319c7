/**
 * A small reader for gzip-compressed tar archives (ustar and pax, as `git archive` and GitHub's archive download
 * write them). Only regular files are returned; the pax global header's `comment` is the commit id `git archive`
 * records. Anything malformed throws ArchiveError with the reason, so a bad download never passes as an empty one.
 */
import { gunzipSync } from "node:zlib";

export class ArchiveError extends Error {}

export interface TarFile {
  path: string;
  /** Modification time (seconds since the epoch); `git archive` writes the commit time. */
  mtime: number;
  data: Buffer;
}

export interface TarContents {
  files: TarFile[];
  /** `comment` of the pax global header: the commit id when the archive comes from `git archive`. */
  comment?: string;
}

const BLOCK = 512;

function text(block: Buffer, offset: number, length: number): string {
  const slice = block.subarray(offset, offset + length);
  const end = slice.indexOf(0);
  return slice.subarray(0, end === -1 ? slice.length : end).toString("utf8");
}

function octal(block: Buffer, offset: number, length: number, what: string): number {
  const raw = text(block, offset, length).trim();
  if (raw === "") return 0;
  if (!/^[0-7]+$/.test(raw)) throw new ArchiveError(`corrupt tar header: ${what} is not an octal number`);
  return parseInt(raw, 8);
}

function checksumOk(block: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  return sum === octal(block, 148, 8, "checksum");
}

/** `length key=value\n` records of a pax extended header. */
function paxRecords(data: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space === -1) break;
    const length = Number(data.subarray(offset, space).toString("ascii"));
    if (!Number.isInteger(length) || length <= 0 || offset + length > data.length) throw new ArchiveError("corrupt pax header");
    const record = data.subarray(space + 1, offset + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    offset += length;
  }
  return records;
}

/** Reads a tar archive held in memory. */
export function readTar(tar: Buffer): TarContents {
  const files: TarFile[] = [];
  let comment: string | undefined;
  let pending: Map<string, string> | undefined;
  let longName: string | undefined;
  let offset = 0;
  let ended = false;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) {
      ended = true;
      break;
    }
    if (!checksumOk(header)) throw new ArchiveError(`corrupt tar header at byte ${offset} (checksum mismatch)`);
    const size = octal(header, 124, 12, "size");
    const type = String.fromCharCode(header[156] || 0x30);
    const dataStart = offset + BLOCK;
    const dataEnd = dataStart + size;
    if (dataEnd > tar.length) throw new ArchiveError("the archive is truncated (an entry runs past its end)");
    const data = tar.subarray(dataStart, dataEnd);
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "g") {
      comment = paxRecords(data).get("comment") ?? comment;
      continue;
    }
    if (type === "x") {
      pending = paxRecords(data);
      continue;
    }
    if (type === "L") {
      longName = text(data, 0, data.length);
      continue;
    }
    const prefix = text(header, 345, 155);
    const name = text(header, 0, 100);
    const path = pending?.get("path") ?? longName ?? (prefix ? `${prefix}/${name}` : name);
    const mtime = Number(pending?.get("mtime") ?? octal(header, 136, 12, "mtime"));
    pending = undefined;
    longName = undefined;
    if (type === "0" || type === "\0") files.push({ path, mtime: Math.floor(mtime), data: Buffer.from(data) });
  }
  if (!ended) throw new ArchiveError("the archive is truncated (no end-of-archive marker)");
  return { files, ...(comment !== undefined ? { comment } : {}) };
}

/** Gunzips and reads a .tar.gz held in memory. */
export function readTarGz(bytes: Buffer): TarContents {
  let tar: Buffer;
  try {
    tar = gunzipSync(bytes);
  } catch (error) {
    throw new ArchiveError(`not a complete gzip file (${(error as Error).message})`);
  }
  return readTar(tar);
}
