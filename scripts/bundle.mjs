// Bundles the compiled CLI (dist/src/bin.js, from tsc) and its runtime dependencies into one ES module,
// dist/cargo-sunset.mjs, the file the `cargo-sunset` binary runs. Node's ES module loader pays about a
// millisecond per module file; the CLI is about a hundred of them, so one file starts much faster, which
// matters most in a pre-commit hook. Nothing is minified: stack traces in internal-error reports stay readable.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ["dist/src/bin.js"],
  outfile: "dist/cargo-sunset.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
});
