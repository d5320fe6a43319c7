// Serves fixtures/registry/index (or --root DIR) as a sparse index on 127.0.0.1 and prints its URL.
// Usage: node scripts/serve-registry.mjs [--root DIR] [--port N] [--latency MS] [--synthetic N] [--lockfile Cargo.lock]
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { indexFromLockfile, startIndexServer } from "./index-server.mjs";

const { values } = parseArgs({
  options: {
    root: { type: "string", default: fileURLToPath(new URL("../fixtures/registry/index", import.meta.url)) },
    port: { type: "string" },
    latency: { type: "string", default: "0" },
    synthetic: { type: "string", default: "0" },
    lockfile: { type: "string" },
  },
});

const server = await startIndexServer({
  root: values.root,
  latencyMs: Number(values.latency),
  syntheticCrates: Number(values.synthetic),
  ...(values.lockfile ? { files: indexFromLockfile(readFileSync(values.lockfile, "utf8")) } : {}),
  port: values.port ? Number(values.port) : undefined,
});
console.log(server.url);
console.error(`Serving ${values.root} as a sparse index. Point cargo-sunset at it with:`);
console.error(`  [source.crates-io]\n  replace-with = "local"\n  [source.local]\n  registry = "sparse+${server.url}"`);
const stop = () => server.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
