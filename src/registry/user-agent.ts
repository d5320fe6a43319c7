/** The User-Agent crates.io asks for: the tool, its version and where to find it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot, toolVersion } from "../util/package-root.js";

export function userAgent(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { homepage?: string };
  const homepage = manifest.homepage ? ` (+${manifest.homepage})` : "";
  return `cargo-sunset/${toolVersion()}${homepage}`;
}
