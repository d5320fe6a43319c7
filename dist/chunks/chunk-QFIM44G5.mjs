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
var info;
function packageInfo() {
  if (info)
    return info;
  const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
  if (!manifest.homepage)
    throw new Error("package.json of cargo-sunset has no homepage");
  info = { name: manifest.name, version: manifest.version, homepage: manifest.homepage.replace(/\/+$/, "") };
  return info;
}
function toolVersion() {
  return packageInfo().version;
}
function readShippedDoc(docs) {
  const path = join(packageRoot(), docs);
  if (!existsSync(path))
    return void 0;
  const text = readFileSync(path, "utf8").replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "").trim();
  return text || void 0;
}

export {
  packageRoot,
  packageInfo,
  toolVersion,
  readShippedDoc
};
