import { competingRuntimes } from "../../rules/competing-runtimes.js";
import { lockfile, packageLine, testRule } from "../helpers/rule-tester.js";

const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n';
const APP = { name: "app", version: "0.1.0", local: true };

const TIDE_LOCK = lockfile([
  { ...APP, dependencies: ["tide", "tokio"] },
  { name: "tide", version: "0.16.0", dependencies: ["async-std"] },
  { name: "async-std", version: "1.12.0" },
  { name: "tokio", version: "1.41.0" },
]);

testRule(competingRuntimes, {
  valid: [
    {
      name: "one runtime",
      files: { "Cargo.toml": `${PKG}[dependencies]\ntokio = { version = "1", features = ["full"] }\naxum = "0.8"\n` },
    },
    {
      name: "a second runtime only in dev-dependencies (tests of runtime-agnostic code)",
      files: { "Cargo.toml": `${PKG}[dependencies]\nasync-std = "1.12"\n\n[dev-dependencies]\ntokio = "1"\n` },
    },
    {
      name: "two members with one runtime each",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
        "crates/a/Cargo.toml": `${PKG.replace('"app"', '"a"')}[dependencies]\ntokio = "1"\n`,
        "crates/b/Cargo.toml": `${PKG.replace('"app"', '"b"')}[dependencies]\nasync-std = "1.12"\n`,
      },
    },
    {
      name: "with a lockfile, a dev-only runtime does not count",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\ntokio = "1"\n\n[dev-dependencies]\ntide = "0.16"\n`,
        "Cargo.lock": TIDE_LOCK,
      },
    },
  ],
  invalid: [
    {
      name: "two direct runtimes without a lockfile: the non-tokio one is reported",
      files: { "Cargo.toml": `${PKG}[dependencies]\ntokio = "1"\nasync-std = "1.12"\n` },
      findings: [{ message: "app runs two async runtimes: tokio (as tokio ^1) and async-std (as async-std ^1.12)", line: 8, column: 1, severity: "warning" }],
    },
    {
      name: "a runtime pulled in by a framework: blamed on the framework, with the lock entry",
      files: { "Cargo.toml": `${PKG}[dependencies]\ntokio = "1"\ntide = "0.16"\n`, "Cargo.lock": TIDE_LOCK },
      findings: [{
        message: "app runs two async runtimes: tokio (as tokio 1.41.0) and async-std (via tide 0.16.0 → async-std 1.12.0)",
        line: 8, column: 1,
        related: [{ file: "Cargo.lock", line: packageLine(TIDE_LOCK, "async-std"), label: "Cargo.lock entry" }],
      }],
    },
    {
      name: "inherited dotted keys in one member of a workspace",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n\n[workspace.dependencies]\ntokio = "1"\nsmol = "2"\n',
        "crates/a/Cargo.toml": `${PKG.replace('"app"', '"a"')}[dependencies]\ntokio.workspace = true\n`,
        "crates/b/Cargo.toml": `${PKG.replace('"app"', '"b"')}[dependencies]\ntokio.workspace = true\nsmol.workspace = true\n`,
      },
      findings: [{
        message: "b runs two async runtimes: tokio", line: 8, column: 1, file: "crates/b/Cargo.toml", member: "b",
        related: [{ file: "Cargo.toml", line: 6, label: "workspace dependency" }],
      }],
    },
    {
      name: "target tables count as normal dependencies",
      files: { "Cargo.toml": `${PKG}[dependencies]\ntokio = "1"\n\n[target.'cfg(unix)'.dependencies]\nsmol = "2"\n` },
      findings: [{ message: "app runs two async runtimes: tokio (as tokio ^1) and smol (as smol ^2)", line: 10, column: 1 }],
    },
    {
      name: "three runtimes: every one but tokio is reported, each message names all three",
      files: { "Cargo.toml": `${PKG}[dependencies]\nsmol = "2"\ntokio = "1"\nasync-std = "1.12"\n` },
      findings: [
        { message: "tokio (as tokio ^1) and async-std (as async-std ^1.12) and smol (as smol ^2)", line: 7, column: 1 },
        { message: "tokio (as tokio ^1) and async-std (as async-std ^1.12) and smol (as smol ^2)", line: 9, column: 1 },
      ],
    },
    {
      name: "without tokio the first runtime in the list stays; renamed key is where it points",
      files: { "Cargo.toml": `${PKG}[dependencies]\nasync-std = "1.12"\nexec = { package = "smol", version = "2" }\n` },
      findings: [{ message: "async-std (as async-std ^1.12) and smol (as exec ^2)", line: 8, column: 1 }],
    },
  ],
});
