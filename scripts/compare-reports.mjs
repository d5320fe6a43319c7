// Checks that an optimisation leaves every report byte-identical: writes the reports of every repository of the
// corpus (../shared/corpus beside the project) with a given binary into a folder, and compares two such folders.
//
//   node scripts/compare-reports.mjs write DIR [--bin FILE] [--formats text,json,sarif,github,markdown] [--warm]
//   node scripts/compare-reports.mjs compare DIR_A DIR_B
//
// Each report is `check --offline --no-cache` (when the binary has it) run in the repository's folder with an empty registry cache, so it
// depends only on the files and the binary. With --warm, each check runs twice with the warm-run cache on and the
// second (served from the cache) is saved, to compare the cache's output with fresh reports. The exit code is saved beside each report. `compare` prints every
// file that differs (and the first differing line) and exits 1 when any does.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const corpusDir = resolve(projectRoot, "../shared/corpus");

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    bin: { type: "string", default: join(projectRoot, "dist/cargo-sunset.mjs") },
    formats: { type: "string", default: "text,json,sarif,github,markdown" },
    corpus: { type: "string", default: corpusDir },
    warm: { type: "boolean", default: false },
  },
});

function corpusEntries(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, "Cargo.toml")))
    .map((e) => e.name)
    .sort();
}

function write(outDir) {
  const bin = resolve(values.bin);
  const formats = values.formats.split(",").filter(Boolean);
  // Binaries from before the warm-run cache have no --no-cache (and nothing to bypass).
  const help = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" }).stdout;
  const noCache = help.includes("--no-cache") && !values.warm ? ["--no-cache"] : [];
  const scratch = mkdtempSync(join(tmpdir(), "cargo-sunset-compare-"));
  mkdirSync(outDir, { recursive: true });
  let written = 0;
  try {
    for (const name of corpusEntries(values.corpus)) {
      const cwd = join(values.corpus, name);
      for (const format of formats) {
        const cache = join(scratch, `${name}-${format}`);
        const env = { PATH: process.env.PATH ?? "", HOME: join(scratch, "home"), NO_COLOR: "1" };
        const args = [bin, "check", "--offline", ...noCache, "--cache-dir", cache, "--format", format, "."];
        if (values.warm) spawnSync(process.execPath, args, { cwd, env, encoding: "utf8", maxBuffer: 256 << 20 });
        const result = spawnSync(process.execPath, args, { cwd, env, encoding: "utf8", maxBuffer: 256 << 20 });
        if (result.error) throw result.error;
        writeFileSync(join(outDir, `${name}.${format}`), `exit ${result.status}\n--- stdout\n${result.stdout}--- stderr\n${result.stderr}`);
        written++;
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`wrote ${written} report(s) of ${corpusEntries(values.corpus).length} corpus repositories to ${outDir}`);
}

function compare(a, b) {
  const names = [...new Set([...readdirSync(a), ...readdirSync(b)])].sort();
  let differing = 0;
  for (const name of names) {
    const pa = join(a, name);
    const pb = join(b, name);
    if (!existsSync(pa) || !existsSync(pb)) {
      console.log(`${name}: only in ${existsSync(pa) ? a : b}`);
      differing++;
      continue;
    }
    const ta = readFileSync(pa, "utf8");
    const tb = readFileSync(pb, "utf8");
    if (ta === tb) continue;
    differing++;
    const la = ta.split("\n");
    const lb = tb.split("\n");
    const line = la.findIndex((l, i) => l !== lb[i]);
    console.log(`${name}: differs from line ${line + 1}\n  - ${la[line] ?? "(end)"}\n  + ${lb[line] ?? "(end)"}`);
  }
  console.log(`${names.length} report(s) compared, ${differing} differ`);
  return differing === 0 ? 0 : 1;
}

const [command, ...dirs] = positionals;
if (command === "write" && dirs.length === 1) write(resolve(dirs[0]));
else if (command === "compare" && dirs.length === 2) process.exitCode = compare(resolve(dirs[0]), resolve(dirs[1]));
else {
  console.error("usage: node scripts/compare-reports.mjs write DIR [--bin FILE] [--formats LIST] | compare DIR_A DIR_B");
  process.exitCode = 2;
}
