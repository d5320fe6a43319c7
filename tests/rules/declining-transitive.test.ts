import { decliningTransitive } from "../../rules/declining-transitive.js";
import { lockfile, packageLine, testRule } from "../helpers/rule-tester.js";

const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n';
const APP = { name: "app", version: "0.1.0", local: true };

const WARP_LOCK = lockfile([
  { ...APP, dependencies: ["serde", "warp"] },
  { name: "serde", version: "1.0.210" },
  { name: "warp", version: "0.3.7", dependencies: ["hyper", "serde"] },
  { name: "hyper", version: "0.14.32" },
]);

// tide reaches http-types in one step, surf in two (through http-client).
const HTTP_RS_LOCK = lockfile([
  { ...APP, dependencies: ["surf", "tide"] },
  { name: "tide", version: "0.16.0", dependencies: ["http-types"] },
  { name: "surf", version: "2.3.2", dependencies: ["http-client"] },
  { name: "http-client", version: "6.5.3", dependencies: ["http-types"] },
  { name: "http-types", version: "2.12.0" },
]);

const WORKSPACE_LOCK = lockfile([
  { name: "api", version: "0.1.0", local: true, dependencies: ["warp"] },
  { name: "proxy", version: "0.1.0", local: true, dependencies: ["hyper"] },
  { name: "warp", version: "0.3.7", dependencies: ["hyper"] },
  { name: "hyper", version: "0.14.32" },
]);

testRule(decliningTransitive, {
  valid: [
    {
      name: "crates std replaces are the dependents' business, not flagged transitively",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\nregex = "1"\n`,
        "Cargo.lock": lockfile([
          { ...APP, dependencies: ["regex"] },
          { name: "regex", version: "1.11.1", dependencies: ["is-terminal", "memoffset", "num_cpus", "once_cell"] },
          { name: "is-terminal", version: "0.4.13" },
          { name: "memoffset", version: "0.9.1" },
          { name: "num_cpus", version: "1.16.0" },
          { name: "once_cell", version: "1.20.2" },
        ]),
      },
    },
    {
      name: "without a lockfile nothing is transitive",
      files: { "Cargo.toml": `${PKG}[dependencies]\nwarp = "0.3"\n` },
    },
    {
      name: "a healthy tree",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\naxum = "0.8"\n`,
        "Cargo.lock": lockfile([
          { ...APP, dependencies: ["axum"] },
          { name: "axum", version: "0.8.4", dependencies: ["hyper", "tokio"] },
          { name: "hyper", version: "1.6.0", dependencies: ["tokio"] },
          { name: "tokio", version: "1.45.0" },
        ]),
      },
    },
    {
      name: "a crate the member also depends on directly is left to declining-crate",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\ntide = "0.16"\nasync-std = "1.12"\n`,
        "Cargo.lock": lockfile([
          { ...APP, dependencies: ["async-std", "tide"] },
          { name: "tide", version: "0.16.0", dependencies: ["async-std"] },
          { name: "async-std", version: "1.12.0" },
        ]),
      },
    },
    {
      name: "current versions deep in the tree (hyper 1, futures 0.3, tokio 1) are not flagged",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\nreqwest = "0.12"\n`,
        "Cargo.lock": lockfile([
          { ...APP, dependencies: ["reqwest"] },
          { name: "reqwest", version: "0.12.9", dependencies: ["futures-util", "hyper", "tokio"] },
          { name: "futures-util", version: "0.3.31" },
          { name: "hyper", version: "1.5.0" },
          { name: "tokio", version: "1.41.0" },
        ]),
      },
    },
  ],
  invalid: [
    {
      name: "blamed on the direct dependency that brings it in, with the path and the Cargo.lock entry",
      files: { "Cargo.toml": `${PKG}[dependencies]\nserde = "1"\nwarp = "0.3"\n`, "Cargo.lock": WARP_LOCK },
      findings: [{
        message: "hyper 0.14.32 is superseded and comes in through warp: warp 0.3.7 → hyper 0.14.32",
        line: 8, column: 1, severity: "note",
        related: [{ file: "Cargo.lock", line: packageLine(WARP_LOCK, "hyper"), label: "Cargo.lock entry" }],
      }],
    },
    {
      name: "one finding at the shortest way in, its advice naming every other way in",
      files: { "Cargo.toml": `${PKG}[dependencies]\nsurf = "2.3"\ntide = "0.16"\n`, "Cargo.lock": HTTP_RS_LOCK },
      findings: [{
        message: "http-types 2.12.0 is declining and comes in through tide: tide 0.16.0 → http-types 2.12.0",
        messageId: "transitive", line: 8, column: 1,
        suggestion: "Upgrade or replace tide (which release of tide drops it is not known without registry data). It also arrives through surf: it leaves the tree only when each of them drops it.",
      }],
    },
    {
      name: "inherited dependency: reported at the member with the workspace entry and the lock entry",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/api", "crates/proxy"]\n\n[workspace.dependencies]\nwarp = "0.3"\n',
        "crates/api/Cargo.toml": `${PKG.replace('"app"', '"api"')}[dependencies]\nwarp.workspace = true\n`,
        "crates/proxy/Cargo.toml": `${PKG.replace('"app"', '"proxy"')}[dependencies]\nhyper = "0.14"\n`,
        "Cargo.lock": WORKSPACE_LOCK,
      },
      findings: [{
        message: "comes in through warp", line: 7, column: 1, file: "crates/api/Cargo.toml", member: "api",
        related: [
          { file: "Cargo.toml", line: 5, label: "workspace dependency" },
          { file: "Cargo.lock", line: packageLine(WORKSPACE_LOCK, "hyper"), label: "Cargo.lock entry" },
        ],
      }],
    },
    {
      name: "renamed and dev-only direct dependencies",
      files: {
        "Cargo.toml": `${PKG}[dev-dependencies]\nserver = { package = "warp", version = "0.3" }\n`,
        "Cargo.lock": WARP_LOCK.replace('dependencies = [\n "serde",\n "warp",\n]', 'dependencies = [\n "warp",\n]'),
      },
      findings: [{ message: "hyper 0.14.32 is superseded and comes in through server: warp 0.3.7 → hyper 0.14.32", line: 7, column: 1, severity: "note" }],
    },
    {
      name: "target-specific direct dependency",
      files: { "Cargo.toml": `${PKG}[target.'cfg(unix)'.dependencies]\nwarp = "0.3"\nserde = "1"\n`, "Cargo.lock": WARP_LOCK },
      findings: [{ message: "comes in through warp", line: 7, column: 1 }],
    },
  ],
});
