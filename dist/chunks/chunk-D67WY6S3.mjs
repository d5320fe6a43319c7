import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// dist/src/advisories/tar.js
import { gunzipSync } from "node:zlib";
var ArchiveError = class extends Error {
};
var BLOCK = 512;
function text(block, offset, length) {
  const slice = block.subarray(offset, offset + length);
  const end = slice.indexOf(0);
  return slice.subarray(0, end === -1 ? slice.length : end).toString("utf8");
}
function octal(block, offset, length, what) {
  const raw = text(block, offset, length).trim();
  if (raw === "")
    return 0;
  if (!/^[0-7]+$/.test(raw))
    throw new ArchiveError(`corrupt tar header: ${what} is not an octal number`);
  return parseInt(raw, 8);
}
function checksumOk(block) {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++)
    sum += i >= 148 && i < 156 ? 32 : block[i];
  return sum === octal(block, 148, 8, "checksum");
}
function paxRecords(data) {
  const records = /* @__PURE__ */ new Map();
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(32, offset);
    if (space === -1)
      break;
    const length = Number(data.subarray(offset, space).toString("ascii"));
    if (!Number.isInteger(length) || length <= 0 || offset + length > data.length)
      throw new ArchiveError("corrupt pax header");
    const record = data.subarray(space + 1, offset + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0)
      records.set(record.slice(0, eq), record.slice(eq + 1));
    offset += length;
  }
  return records;
}
function readTar(tar) {
  const files = [];
  let comment;
  let pending;
  let longName;
  let offset = 0;
  let ended = false;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) {
      ended = true;
      break;
    }
    if (!checksumOk(header))
      throw new ArchiveError(`corrupt tar header at byte ${offset} (checksum mismatch)`);
    const size = octal(header, 124, 12, "size");
    const type = String.fromCharCode(header[156] || 48);
    const dataStart = offset + BLOCK;
    const dataEnd = dataStart + size;
    if (dataEnd > tar.length)
      throw new ArchiveError("the archive is truncated (an entry runs past its end)");
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
    pending = void 0;
    longName = void 0;
    if (type === "0" || type === "\0")
      files.push({ path, mtime: Math.floor(mtime), data: Buffer.from(data) });
  }
  if (!ended)
    throw new ArchiveError("the archive is truncated (no end-of-archive marker)");
  return { files, ...comment !== void 0 ? { comment } : {} };
}
function readTarGz(bytes) {
  let tar;
  try {
    tar = gunzipSync(bytes);
  } catch (error) {
    throw new ArchiveError(`not a complete gzip file (${error.message})`);
  }
  return readTar(tar);
}

export {
  ArchiveError,
  readTar,
  readTarGz
};
