// Bundles the compiled CLI (dist/src/bin.js, from tsc) and its runtime dependencies into ES modules under dist/:
// dist/cargo-sunset.mjs, the file the `cargo-sunset` binary runs, and dist/chunks/, loaded on demand. Node's ES
// module loader pays about a millisecond per module file and the CLI is about a hundred of them, so a bundle starts
// much faster, which matters most in a pre-commit hook. Commands that need the rules, the catalog and the registry
// client are imported when asked for (see src/cli.ts), so their chunk is not compiled by `why` or `metadata`.
// Nothing is minified: stack traces in internal-error reports stay readable.
//
// Two builds. The chunks first: the CLI and the warm-run recorder, the two modules the binary imports on demand,
// split into shared chunks. Then the binary as one file with its warm-run read side inside it and those two
// imports pointing at their built chunks: a report served from the warm-run cache loads no other module (each
// module file costs a cold start about a millisecond, a tenth of a cache hit).
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
rmSync(new URL("../dist/chunks", import.meta.url), { recursive: true, force: true });

/** The modules src/bin.ts imports on demand, by the specifier it uses. */
const onDemand = { "./cli.js": "dist/src/cli.js", "./warm/recorder.js": "dist/src/warm/recorder.js" };

const common = {
  absWorkingDir: root,
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
};

const chunks = await build({
  ...common,
  entryPoints: Object.values(onDemand),
  entryNames: "chunks/[name]-[hash]",
  chunkNames: "chunks/[name]-[hash]",
  splitting: true,
  metafile: true,
  // The language server libraries are CommonJS and require Node built-ins; an ES module has no `require` of its own.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});

const builtAs = new Map();
for (const [output, meta] of Object.entries(chunks.metafile.outputs)) if (meta.entryPoint) builtAs.set(meta.entryPoint, output);
const chunkOf = (specifier) => {
  const output = builtAs.get(onDemand[specifier]);
  if (!output) throw new Error(`bundle: no chunk was built for ${specifier}`);
  return `./${relative("dist", output)}`;
};

await build({
  ...common,
  entryPoints: { "cargo-sunset": "dist/src/bin.js" },
  plugins: [
    {
      name: "on-demand-chunks",
      setup(b) {
        b.onResolve({ filter: /^\.\/(cli|warm\/recorder)\.js$/ }, (args) =>
          args.importer.endsWith("dist/src/bin.js") ? { path: chunkOf(args.path), external: true } : undefined,
        );
      },
    },
  ],
});
