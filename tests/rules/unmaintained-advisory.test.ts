import { unmaintainedAdvisory } from "../../rules/unmaintained-advisory.js";
import { lockfile, packageLine, testRule } from "../helpers/rule-tester.js";

const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n';
const APP = { name: "app", version: "0.1.0", local: true };

const INDICATIF_LOCK = lockfile([
  { ...APP, dependencies: ["indicatif"] },
  { name: "indicatif", version: "0.17.8", dependencies: ["number_prefix"] },
  { name: "number_prefix", version: "0.4.0" },
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
      files: { "Cargo.toml": `${PKG}[dependencies]\ndifference = { path = "vendor/difference" }\n` },
    },
  ],
  invalid: [
    {
      name: "without a lockfile: the lowest version the requirement admits",
      files: { "Cargo.toml": `${PKG}[dependencies]\ndifference = "2.0"\n` },
      findings: [{ message: "difference ^2.0 is unmaintained according to RUSTSEC-2020-0095", line: 7, column: 1, severity: "warning" }],
    },
    {
      name: "without a lockfile: dev-dependency one step lower, renamed key reported",
      files: { "Cargo.toml": `${PKG}[dev-dependencies]\nnp = { package = "number_prefix", version = "0.4" }\n` },
      findings: [{ message: "number_prefix ^0.4 is unmaintained according to RUSTSEC-2025-0119", line: 7, column: 1, severity: "note" }],
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
      files: { "Cargo.toml": `${PKG}[dependencies]\nindicatif = "0.17"\n`, "Cargo.lock": INDICATIF_LOCK },
      findings: [{
        message: "number_prefix 0.4.0 is unmaintained according to RUSTSEC-2025-0119", line: 7, column: 1, severity: "warning",
        related: [{ file: "Cargo.lock", line: packageLine(INDICATIF_LOCK, "number_prefix"), label: "Cargo.lock entry" }],
      }],
    },
    {
      name: "reached only through dev-dependencies: one step lower",
      files: {
        "Cargo.toml": `${PKG}[dev-dependencies]\npredicates = "1"\n`,
        "Cargo.lock": lockfile([{ ...APP, dependencies: ["predicates"] }, { name: "predicates", version: "1.0.8", dependencies: ["difference"] }, { name: "difference", version: "2.0.0" }]),
      },
      findings: [{ message: /^difference 2\.0\.0 is unmaintained according to RUSTSEC-2020-0095 \([\d-]+\) \(through predicates 1\.0\.8 → difference 2\.0\.0\)$/, line: 7, column: 1, severity: "note" }],
    },
    {
      name: "one finding per member, each in its own manifest; inherited entries carry the workspace line",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n\n[workspace.dependencies]\nnumber_prefix = "0.4"\nindicatif = "0.17"\n',
        "crates/cli/Cargo.toml": `${PKG.replace('"app"', '"cli"')}[dependencies]\nindicatif.workspace = true\n`,
        "crates/fmt/Cargo.toml": `${PKG.replace('"app"', '"fmt"')}[dependencies]\nnumber_prefix = { workspace = true }\n`,
        "Cargo.lock": lockfile([
          { name: "cli", version: "0.1.0", local: true, dependencies: ["indicatif"] },
          { name: "fmt", version: "0.1.0", local: true, dependencies: ["number_prefix"] },
          { name: "indicatif", version: "0.17.8", dependencies: ["number_prefix"] },
          { name: "number_prefix", version: "0.4.0" },
        ]),
      },
      findings: [
        { message: "(through indicatif 0.17.8 → number_prefix 0.4.0)", line: 7, column: 1, file: "crates/cli/Cargo.toml", member: "cli" },
        { message: /^number_prefix 0\.4\.0 is unmaintained according to RUSTSEC-2025-0119 \([\d-]+\)$/, line: 7, column: 1, file: "crates/fmt/Cargo.toml", member: "fmt" },
      ],
    },
  ],
});
