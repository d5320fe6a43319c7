/** The local sparse-index server (one implementation, in scripts/, shared with the benchmark). */
export { startIndexServer, sparsePath, syntheticCrateName } from "../../scripts/index-server.mjs";
export type { Fault, IndexServer, IndexServerOptions, RecordedRequest } from "../../scripts/index-server.d.mts";
