import { splitHttpStack } from "../../rules/split-http-stack.js";
import { lockfile, packageLine, testRule } from "../helpers/rule-tester.js";

const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n';
const APP = { name: "app", version: "0.1.0", local: true };

const HALF_MIGRATED_LOCK = lockfile([
  { ...APP, dependencies: ["reqwest", "warp"] },
  { name: "warp", version: "0.3.7", dependencies: ["http 0.2.12", "hyper 0.14.32"] },
  { name: "reqwest", version: "0.12.9", dependencies: ["http 1.1.0", "hyper 1.5.0"] },
  { name: "hyper", version: "0.14.32", dependencies: ["http 0.2.12"] },
  { name: "hyper", version: "1.5.0", dependencies: ["http 1.1.0"] },
  { name: "http", version: "0.2.12" },
  { name: "http", version: "1.1.0" },
]);

const OLD_HTTP_BODY_LOCK = lockfile([
  { ...APP, dependencies: ["http-body 0.4.6", "reqwest"] },
  { name: "http-body", version: "0.4.6", dependencies: ["http 0.2.12"] },
  { name: "reqwest", version: "0.12.9", dependencies: ["http 1.1.0", "http-body 1.0.1"] },
  { name: "http-body", version: "1.0.1", dependencies: ["http 1.1.0"] },
  { name: "http", version: "0.2.12" },
  { name: "http", version: "1.1.0" },
]);

testRule(splitHttpStack, {
  valid: [
    {
      name: "one generation (no lockfile)",
      files: { "Cargo.toml": `${PKG}[dependencies]\nhyper = "1"\nhttp = "1"\nhttp-body = "1"\n` },
    },
    {
      name: "one generation (with a lockfile): hyper 1 through axum and reqwest",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\naxum = "0.8"\nreqwest = "0.12"\n`,
        "Cargo.lock": lockfile([
          { ...APP, dependencies: ["axum", "reqwest"] },
          { name: "axum", version: "0.8.4", dependencies: ["http", "hyper"] },
          { name: "reqwest", version: "0.12.9", dependencies: ["http", "hyper"] },
          { name: "hyper", version: "1.5.0", dependencies: ["http"] },
          { name: "http", version: "1.1.0" },
        ]),
      },
    },
    {
      name: "the old generation only in dev-dependencies",
      files: { "Cargo.toml": `${PKG}[dependencies]\nhyper = "1"\n\n[dev-dependencies]\nold = { package = "hyper", version = "0.14" }\n` },
    },
    {
      name: "two members on different generations",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
        "crates/a/Cargo.toml": `${PKG.replace('"app"', '"a"')}[dependencies]\nhyper = "0.14"\n`,
        "crates/b/Cargo.toml": `${PKG.replace('"app"', '"b"')}[dependencies]\nhyper = "1"\n`,
      },
    },
  ],
  invalid: [
    {
      name: "two direct requirements on different generations (renamed key)",
      files: { "Cargo.toml": `${PKG}[dependencies]\nhyper = "0.14"\nhyper1 = { package = "hyper", version = "1" }\n` },
      findings: [{
        message: "app uses two generations of the HTTP stack (hyper 0.14 and 1); the older one is declared directly: hyper ^0.14",
        messageId: "splitDirect",
        line: 7, column: 1, severity: "warning",
      }],
    },
    {
      name: "a half-done migration in the lockfile: blamed on the dependency still on the old stack",
      files: { "Cargo.toml": `${PKG}[dependencies]\nwarp = "0.3"\nreqwest = "0.12"\n`, "Cargo.lock": HALF_MIGRATED_LOCK },
      // One stack, one declaration: one finding naming every older crate it brings.
      findings: [
        {
          message: "app uses two generations of the HTTP stack (hyper 0.14 and 1, http 0.2 and 1); warp brings the older one: hyper 0.14.32, http 0.2.12",
          messageId: "split",
          line: 7, column: 1,
          related: [{ file: "Cargo.lock", line: packageLine(HALF_MIGRATED_LOCK, "hyper", "0.14.32"), label: "Cargo.lock entry" }],
        },
      ],
    },
    {
      name: "a declared http-body of the older generation is the finding's crate, ahead of the http it brings",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\nhttp-body = "0.4"\nreqwest = "0.12"\n`,
        "Cargo.lock": OLD_HTTP_BODY_LOCK,
      },
      findings: [{
        message: "app uses two generations of the HTTP stack (http 0.2 and 1, http-body 0.4 and 1); the older one is declared directly: http-body 0.4.6, http 0.2.12",
        messageId: "splitDirect",
        line: 7, column: 1,
        suggestion: "Finish the migration to http 1: upgrade or replace http-body, which still brings http-body 0.4.6 and http 0.2.12.",
        // The declared crate's own Cargo.lock entry, not http's.
        related: [{ file: "Cargo.lock", line: packageLine(OLD_HTTP_BODY_LOCK, "http-body", "0.4.6"), label: "Cargo.lock entry" }],
      }],
    },
    {
      name: "inherited from [workspace.dependencies] in a target table",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n\n[workspace.dependencies]\nhttp = "0.2"\n',
        "crates/a/Cargo.toml": `${PKG.replace('"app"', '"a"')}[dependencies]\nhttp1 = { package = "http", version = "1" }\n\n[target.'cfg(unix)'.dependencies]\nhttp.workspace = true\n`,
      },
      findings: [{
        message: "a uses two generations of the HTTP stack (http 0.2 and 1)", line: 10, column: 1, file: "crates/a/Cargo.toml",
        related: [{ file: "Cargo.toml", line: 5, label: "workspace dependency" }],
      }],
    },
  ],
});
