import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// dist/src/util/package-root.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function packageRoot() {
  if (cached)
    return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !readFileSync(join(dir, "package.json"), "utf8").includes('"name": "cargo-sunset"')) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error("cargo-sunset package root not found");
    dir = parent;
  }
  cached = dir;
  return dir;
}
function toolVersion() {
  return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
}

export {
  packageRoot,
  toolVersion
};
