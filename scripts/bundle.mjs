// Bundles the compiled CLI (dist/src/bin.js, from tsc) and its runtime dependencies into ES modules under dist/:
// dist/cargo-sunset.mjs, the file the `cargo-sunset` binary runs, and dist/chunks/, loaded on demand. Node's ES
// module loader pays about a millisecond per module file and the CLI is about a hundred of them, so a bundle starts
// much faster, which matters most in a pre-commit hook. Commands that need the rules, the catalog and the registry
// client are imported when asked for (see src/cli.ts), so their chunk is not compiled by `why` or `metadata`.
// Nothing is minified: stack traces in internal-error reports stay readable.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
rmSync(new URL("../dist/chunks", import.meta.url), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { "cargo-sunset": "dist/src/bin.js" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  // The language server libraries are CommonJS and require Node built-ins; an ES module has no `require` of its own.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});
