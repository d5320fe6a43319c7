import { unmaintainedAdvisory } from "../../rules/unmaintained-advisory.js";
import { lockfile, packageLine, testRule } from "../helpers/rule-tester.js";

const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n';
const APP = { name: "app", version: "0.1.0", local: true };

const HEAPLESS_LOCK = lockfile([
  { ...APP, dependencies: ["heapless"] },
  { name: "heapless", version: "0.7.17", dependencies: ["atomic-polyfill"] },
  { name: "atomic-polyfill", version: "1.0.3" },
]);

testRule(unmaintainedAdvisory, {
  valid: [
    {
      name: "withdrawn advisories do not count (humantime)",
      files: { "Cargo.toml": `${PKG}[dependencies]\nhumantime = "2.1"\n` },
    },
    {
      name: "versions outside the advisory's affected range (tiberius > 0.3.2)",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\ntiberius = "0.12"\n`,
        "Cargo.lock": lockfile([{ ...APP, dependencies: ["tiberius"] }, { name: "tiberius", version: "0.12.3" }]),
      },
    },
    {
      name: "crates the catalog judges are left to declining-crate, with or without a lockfile",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\ntide = "0.16"\nfailure = "0.1"\n`,
        "Cargo.lock": lockfile([{ ...APP, dependencies: ["failure", "tide"] }, { name: "failure", version: "0.1.8" }, { name: "tide", version: "0.16.0" }]),
      },
    },
    {
      name: "current crates with no advisory: hyper 1, actix-web 4, rocket 0.5, tokio 1, futures 0.3",
      files: { "Cargo.toml": `${PKG}[dependencies]\nhyper = "1"\nactix-web = "4"\nrocket = "0.5"\ntokio = "1"\nfutures = "0.3"\n` },
    },
    {
      name: "path dependencies are the user's own",
      files: { "Cargo.toml": `${PKG}[dependencies]\nanymap = { path = "vendor/anymap" }\n` },
    },
  ],
  invalid: [
    {
      name: "without a lockfile: the lowest version the requirement admits",
      files: { "Cargo.toml": `${PKG}[dependencies]\nanymap = "0.12"\n` },
      findings: [{ message: "anymap ^0.12 is unmaintained according to RUSTSEC-2021-0065", line: 7, column: 1, severity: "warning" }],
    },
    {
      name: "without a lockfile: dev-dependency one step lower, renamed key reported",
      files: { "Cargo.toml": `${PKG}[dev-dependencies]\nnp = { package = "atomic-polyfill", version = "1.0" }\n` },
      findings: [{ message: "atomic-polyfill ^1.0 is unmaintained according to RUSTSEC-2023-0089", line: 7, column: 1, severity: "note" }],
    },
    {
      name: "locked inside the affected range (tiberius <= 0.3.2)",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\ntiberius = "0.3"\n`,
        "Cargo.lock": lockfile([{ ...APP, dependencies: ["tiberius"] }, { name: "tiberius", version: "0.3.2" }]),
      },
      findings: [{ message: /^tiberius 0\.3\.2 is unmaintained according to RUSTSEC-2020-0010 \(\d{4}-\d{2}-\d{2}\)$/, line: 7, column: 1 }],
    },
    {
      name: "transitive: reported at the direct dependency with the path",
      files: { "Cargo.toml": `${PKG}[dependencies]\nheapless = "0.7"\n`, "Cargo.lock": HEAPLESS_LOCK },
      findings: [{
        message: "atomic-polyfill 1.0.3 is unmaintained according to RUSTSEC-2023-0089", line: 7, column: 1, severity: "warning",
        related: [{ file: "Cargo.lock", line: packageLine(HEAPLESS_LOCK, "atomic-polyfill"), label: "Cargo.lock entry" }],
      }],
    },
    {
      name: "reached only through dev-dependencies: one step lower",
      files: {
        "Cargo.toml": `${PKG}[dev-dependencies]\npredicates = "1"\n`,
        "Cargo.lock": lockfile([{ ...APP, dependencies: ["predicates"] }, { name: "predicates", version: "1.0.8", dependencies: ["anymap"] }, { name: "anymap", version: "0.12.1" }]),
      },
      findings: [{ message: /^anymap 0\.12\.1 is unmaintained according to RUSTSEC-2021-0065 \([\d-]+\) \(through predicates 1\.0\.8 → anymap 0\.12\.1\)$/, line: 7, column: 1, severity: "note" }],
    },
    {
      name: "one finding per member, each in its own manifest; inherited entries carry the workspace line",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n\n[workspace.dependencies]\natomic-polyfill = "1.0"\nheapless = "0.7"\n',
        "crates/cli/Cargo.toml": `${PKG.replace('"app"', '"cli"')}[dependencies]\nheapless.workspace = true\n`,
        "crates/fmt/Cargo.toml": `${PKG.replace('"app"', '"fmt"')}[dependencies]\natomic-polyfill = { workspace = true }\n`,
        "Cargo.lock": lockfile([
          { name: "cli", version: "0.1.0", local: true, dependencies: ["heapless"] },
          { name: "fmt", version: "0.1.0", local: true, dependencies: ["atomic-polyfill"] },
          { name: "heapless", version: "0.7.17", dependencies: ["atomic-polyfill"] },
          { name: "atomic-polyfill", version: "1.0.3" },
        ]),
      },
      findings: [
        { message: "(through heapless 0.7.17 → atomic-polyfill 1.0.3)", line: 7, column: 1, file: "crates/cli/Cargo.toml", member: "cli" },
        { message: /^atomic-polyfill 1\.0\.3 is unmaintained according to RUSTSEC-2023-0089 \([\d-]+\)$/, line: 7, column: 1, file: "crates/fmt/Cargo.toml", member: "fmt" },
      ],
    },
  ],
});
