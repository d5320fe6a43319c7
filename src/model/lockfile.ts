/** Cargo.lock, formats v1 to v4, with every dependency edge resolved to an exact package. */
import { InputError } from "../errors.js";
import { scanLockfile, type ScannedLockfile } from "./lockfile-scan.js";
import { currentSourceOverlay, isTable, readTextFile, parseToml, type SourceOverlay } from "./toml-file.js";
import type { LockedPackage, Lockfile } from "./types.js";

const KNOWN_KEYS = new Set(["name", "version", "source", "checksum", "dependencies"]);

export function lockedPackageId(name: string, version: string, source: string | null): string {
  return source ? `${name} ${version} (${source})` : `${name} ${version}`;
}

/** 1-based lines of each `[[package]]` header, in order, and of the `[root]` table. */
function headerLines(text: string): { packages: number[]; root: number } {
  const packages: number[] = [];
  let root = 1;
  text.split("\n").forEach((line, i) => {
    if (/^\s*\[\[\s*package\s*\]\]/.test(line)) packages.push(i + 1);
    else if (/^\s*\[\s*root\s*\]/.test(line)) root = i + 1;
  });
  return { packages, root };
}

function parseEdge(raw: string): { name: string; version?: string; source?: string } {
  const m = /^(\S+)(?: (\S+))?(?: \((.+)\))?$/.exec(raw.trim());
  if (!m) return { name: raw };
  return { name: m[1] as string, version: m[2], source: m[3] };
}

function str(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function toPackage(entry: Record<string, unknown>, line: number, path: string, checksums: Record<string, unknown>): LockedPackage {
  const name = str(entry.name);
  const version = str(entry.version);
  if (!name || !version) throw new InputError(path, line, 1, "`[[package]]` entry without a `name` and `version`");
  const source = str(entry.source);
  const id = lockedPackageId(name, version, source);
  const deps = entry.dependencies ?? [];
  if (!Array.isArray(deps) || deps.some((d) => typeof d !== "string")) {
    throw new InputError(path, line, 1, `\`dependencies\` of \`${name} ${version}\` must be an array of strings`);
  }
  const v1Checksum = str(checksums[`checksum ${id}`]);
  const extra = Object.fromEntries(Object.entries(entry).filter(([k]) => !KNOWN_KEYS.has(k)));
  return {
    id, name, version, source, line, extra,
    checksum: str(entry.checksum) ?? (v1Checksum && v1Checksum !== "<none>" ? v1Checksum : null),
    rawDependencies: deps as string[],
    dependencies: [],
  };
}

/** Resolves edge strings as cargo does: by name, then version, then source; a sourceless tie prefers the path package. */
function resolveEdges(lock: Lockfile, text: string): void {
  const byName = new Map<string, LockedPackage[]>();
  for (const p of lock.packages) {
    const named = byName.get(p.name);
    if (named) named.push(p);
    else byName.set(p.name, [p]);
  }
  // The edges cargo writes: `name` when one version is locked, `name version` when one source has that version.
  const uniqueMatch = (raw: string): string | undefined => {
    const space = raw.indexOf(" ");
    if (space < 0) {
      const named = byName.get(raw);
      return named?.length === 1 ? named[0]?.id : undefined;
    }
    if (raw.indexOf(" ", space + 1) >= 0) return undefined;
    const version = raw.slice(space + 1);
    let match: LockedPackage | undefined;
    for (const p of byName.get(raw.slice(0, space)) ?? []) {
      if (p.version !== version) continue;
      if (match) return undefined;
      match = p;
    }
    return match?.id;
  };
  for (const pkg of lock.packages) {
    pkg.dependencies = pkg.rawDependencies.map((raw) => {
      const id = uniqueMatch(raw);
      if (id) return id;
      const edge = parseEdge(raw);
      let candidates = (byName.get(edge.name) ?? []).filter((c) => edge.version === undefined || c.version === edge.version);
      // v1 edges name git sources without the `#commit` fragment the package's own source carries.
      if (edge.source !== undefined) candidates = candidates.filter((c) => c.source === edge.source || c.source?.split("#")[0] === edge.source);
      if (candidates.length > 1 && edge.source === undefined) {
        const local = candidates.filter((c) => c.source === null);
        if (local.length > 0) candidates = local;
      }
      const target = candidates[0];
      if (!target) {
        const line = findLine(text, `"${raw}"`, pkg.line);
        throw new InputError(lock.path, line.line, line.column, `\`${pkg.name} ${pkg.version}\` depends on \`${raw}\`, which the lockfile does not define`);
      }
      return target.id;
    });
  }
}

function findLine(text: string, needle: string, fromLine: number): { line: number; column: number } {
  const lines = text.split("\n");
  for (let i = fromLine - 1; i < lines.length; i++) {
    const col = (lines[i] as string).indexOf(needle);
    if (col >= 0) return { line: i + 1, column: col + 1 };
  }
  return { line: fromLine, column: 1 };
}

/** `scan: false` forces the general TOML parse (tests compare both ways of reading). */
export function parseLockfile(path: string, text: string, options: { scan?: boolean } = {}): Lockfile {
  const scanned = options.scan === false ? null : scanLockfile(text);
  const lock = scanned ? fromScan(path, scanned) : fromToml(path, text);
  if (lock.version !== null && lock.version !== 3 && lock.version !== 4) {
    const line = findLine(text, "version", 1);
    throw new InputError(path, line.line, line.column, `lock file version \`${String(lock.version)}\` is not supported (expected 3 or 4, or no version key)`);
  }
  resolveEdges(lock, text);
  return lock;
}

function fromScan(path: string, scanned: ScannedLockfile): Lockfile {
  const packages = scanned.packages.map((p): LockedPackage => ({
    id: lockedPackageId(p.name, p.version, p.source), name: p.name, version: p.version, source: p.source, line: p.line,
    extra: {}, checksum: p.checksum, rawDependencies: p.dependencies, dependencies: [],
  }));
  return { path, version: scanned.version, packages, extra: {} };
}

function fromToml(path: string, text: string): Lockfile {
  const { data } = parseToml(path, text);
  const version = data.version;
  if (version !== undefined && typeof version !== "number") {
    const line = findLine(text, "version", 1);
    throw new InputError(path, line.line, line.column, `lock file version \`${String(version)}\` is not supported (expected 3 or 4, or no version key)`);
  }
  const lines = headerLines(text);
  const entries = data.package ?? [];
  if (!Array.isArray(entries)) throw new InputError(path, 1, 1, "`package` must be an array of tables (`[[package]]`)");
  const checksums = isTable(data.metadata) ? data.metadata : {};
  const packages = entries.map((entry, i) => {
    const line = lines.packages[i] ?? 1;
    if (!isTable(entry)) throw new InputError(path, line, 1, "invalid `[[package]]` entry");
    return toPackage(entry, line, path, checksums);
  });
  // Pre-2017 lockfiles keep the root package in a `[root]` table; it is a node of the graph like any other.
  if (isTable(data.root)) packages.push({ ...toPackage(data.root, lines.root, path, checksums), extra: { table: "root" } });
  const extra = Object.fromEntries(Object.entries(data).filter(([k]) => k !== "version" && k !== "package"));
  return { path, version: typeof version === "number" ? version : null, packages, extra };
}

/** Lockfiles a long-lived process (the language server) keeps while their text is unchanged, per overlay. */
const kept = new WeakMap<SourceOverlay, Map<string, { text: string; lockfile: Lockfile }>>();

export function readLockfile(path: string): Lockfile {
  const text = readTextFile(path);
  const overlay = currentSourceOverlay();
  if (!overlay?.parsed) return parseLockfile(path, text);
  let byPath = kept.get(overlay);
  if (!byPath) kept.set(overlay, (byPath = new Map()));
  const known = byPath.get(path);
  if (known && known.text === text) return known.lockfile;
  const lockfile = parseLockfile(path, text);
  byPath.set(path, { text, lockfile });
  return lockfile;
}
