import { decliningCrate } from "../../rules/declining-crate.js";
import { lockfile, packageLine, testRule } from "../helpers/rule-tester.js";

// Five lines, so the first dependency table starts on line 6.
const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n';
const APP = { name: "app", version: "0.1.0", local: true };
const SURF_LOCK = lockfile([
  { name: "web", version: "0.1.0", local: true, dependencies: ["serde", "surf"] },
  { name: "serde", version: "1.0.210" },
  { name: "surf", version: "2.3.2" },
]);
/** A package declaring `rust-version`: six lines, so the first dependency table starts on line 7. */
const msrvPkg = (rustVersion: string): string => PKG.replace('edition = "2021"\n', `edition = "2021"\nrust-version = "${rustVersion}"\n`);
const STD_DEPS = 'num_cpus = "1.16"\nmemoffset = "0.9"\nis-terminal = "0.4"\nonce_cell = "1.19"\n';
const HYPER_LOCK = lockfile([{ ...APP, dependencies: ["hyper"] }, { name: "hyper", version: "0.14.32" }]);

testRule(decliningCrate, {
  valid: [
    {
      name: "current major versions are not flagged (no lockfile)",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\nhyper = "1"\nactix-web = "4"\nrocket = "0.5"\ntokio = "1"\nfutures = "0.3"\nwarp = "0.4"\n`,
      },
    },
    {
      name: "current major versions are not flagged (with a lockfile)",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\nhyper = "1.4"\nactix-web = "4.9"\nrocket = "0.5"\ntokio = { version = "1.40", features = ["full"] }\nfutures = "0.3"\n`,
        "Cargo.lock": lockfile([
          { ...APP, dependencies: ["actix-web", "futures", "hyper", "rocket", "tokio"] },
          { name: "actix-web", version: "4.9.0" },
          { name: "futures", version: "0.3.31" },
          { name: "hyper", version: "1.5.0" },
          { name: "rocket", version: "0.5.1" },
          { name: "tokio", version: "1.41.0" },
        ]),
      },
    },
    {
      name: "the locked version decides when the requirement admits old and new versions",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\nhyper = ">=0.14, <2"\n`,
        "Cargo.lock": lockfile([{ ...APP, dependencies: ["hyper"] }, { name: "hyper", version: "1.5.0" }]),
      },
    },
    {
      name: "healthy crates and path dependencies are left alone",
      files: { "Cargo.toml": `${PKG}[dependencies]\nserde = "1"\naxum = "0.8"\ntide = { path = "vendor/tide" }\n` },
    },
    {
      name: "a [workspace.dependencies] entry used by a member is reported at the member, not twice",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n\n[workspace.dependencies]\nserde = "1"\n',
        "crates/a/Cargo.toml": `${PKG.replace('"app"', '"a"')}[dependencies]\nserde.workspace = true\n`,
      },
    },
    {
      name: "a std replacement the package's rust-version is below is not suggested (each one release short)",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
        "crates/n/Cargo.toml": `${msrvPkg("1.58").replace('"app"', '"n"')}[dependencies]\nnum_cpus = "1.16"\n`,
        "crates/m/Cargo.toml": `${msrvPkg("1.76").replace('"app"', '"m"')}[dependencies]\nmemoffset = "0.9"\n`,
        "crates/t/Cargo.toml": `${msrvPkg("1.69").replace('"app"', '"t"')}[dependencies]\nis-terminal = "0.4"\n`,
        "crates/o/Cargo.toml": `${msrvPkg("1.69").replace('"app"', '"o"')}[dependencies]\nonce_cell = "1.19"\n`,
      },
    },
  ],
  invalid: [
    {
      name: "replaced by std, no rust-version declared: offered as notes",
      files: { "Cargo.toml": `${PKG}[dependencies]\n${STD_DEPS}` },
      findings: [
        { message: /^num_cpus \^1\.16 is superseded since 2022-02-24: num_cpus still works, but std::thread::available_parallelism \(stable since Rust 1\.59\) answers num_cpus::get\(\) without a dependency\.$/, line: 7, column: 1, severity: "note",
          suggestion: /^The standard library now covers it: use `std::thread::available_parallelism` \(Rust 1\.59\+\) and drop the dependency; `cargo-sunset --explain num_cpus` shows how\.$/ },
        { message: /^memoffset \^0\.9 is superseded since 2024-03-21: /, line: 8, column: 1, severity: "note", suggestion: /^The standard library now covers it: use `core::mem::offset_of!` \(Rust 1\.77\+\) and drop/ },
        { message: /^is-terminal \^0\.4 is superseded since 2023-06-01: /, line: 9, column: 1, severity: "note", suggestion: /^The standard library now covers it: use `std::io::IsTerminal` \(Rust 1\.70\+\) and drop/ },
        { message: /^once_cell \^1\.19 is superseded since 2024-07-25: /, line: 10, column: 1, severity: "note", suggestion: /^The standard library now covers it: use `std::sync::\{LazyLock, OnceLock\}` \(Rust 1\.80\+\) and drop/ },
      ],
    },
    {
      name: "replaced by std, rust-version exactly at each threshold: offered",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
        "crates/o/Cargo.toml": `${msrvPkg("1.80").replace('"app"', '"o"')}[dependencies]\nonce_cell = "1.19"\n`,
        "crates/n/Cargo.toml": `${msrvPkg("1.59").replace('"app"', '"n"')}[dependencies]\nnum_cpus = "1.16"\n`,
        "crates/m/Cargo.toml": `${msrvPkg("1.77.0").replace('"app"', '"m"')}[dependencies]\nmemoffset = "0.9"\n`,
        "crates/t/Cargo.toml": `${msrvPkg("1.70").replace('"app"', '"t"')}[dev-dependencies]\nis-terminal = "0.4"\n`,
      },
      findings: [
        { file: "crates/m/Cargo.toml", message: /^memoffset \^0\.9 is superseded/, line: 8, column: 1, severity: "note" },
        { file: "crates/n/Cargo.toml", message: /^num_cpus \^1\.16 is superseded/, line: 8, column: 1, severity: "note" },
        { file: "crates/o/Cargo.toml", message: /^once_cell \^1\.19 is superseded/, line: 8, column: 1, severity: "note" },
        { file: "crates/t/Cargo.toml", message: /^is-terminal \^0\.4 is superseded/, line: 8, column: 1, severity: "note" },
      ],
    },
    {
      name: "once_cell from Rust 1.70 to 1.79: OnceLock offered for OnceCell, once_cell kept for Lazy; from 1.80 both",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
        "crates/a/Cargo.toml": `${msrvPkg("1.70").replace('"app"', '"a"')}[dependencies]\nonce_cell = "1.19"\n`,
        "crates/b/Cargo.toml": `${msrvPkg("1.79").replace('"app"', '"b"')}[dependencies]\nonce_cell = "1.19"\n`,
        "crates/c/Cargo.toml": `${msrvPkg("1.80").replace('"app"', '"c"')}[dependencies]\nonce_cell = "1.19"\n`,
      },
      findings: [
        { file: "crates/a/Cargo.toml", message: /^once_cell \^1\.19 is superseded/, line: 8, column: 1, severity: "note",
          suggestion: /^The standard library covers part of it: use `std::sync::OnceLock` \(Rust 1\.70\+\) for once_cell::sync::OnceCell; once_cell::sync::Lazy needs std::sync::LazyLock \(Rust 1\.80\): keep once_cell for it until rust-version reaches 1\.80\. `cargo-sunset --explain once_cell` shows how\.$/ },
        { file: "crates/b/Cargo.toml", message: /^once_cell \^1\.19 is superseded/, line: 8, column: 1, severity: "note", suggestion: /^The standard library covers part of it: use `std::sync::OnceLock` \(Rust 1\.70\+\)/ },
        { file: "crates/c/Cargo.toml", message: /^once_cell \^1\.19 is superseded/, line: 8, column: 1, severity: "note",
          suggestion: /^The standard library now covers it: use `std::sync::\{LazyLock, OnceLock\}` \(Rust 1\.80\+\) and drop the dependency; / },
      ],
    },
    {
      name: "lazy_static: LazyLock offered without rust-version, only once_cell below 1.80",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
        "crates/new/Cargo.toml": `${PKG.replace('"app"', '"new"')}[dependencies]\nlazy_static = "1.5"\n`,
        "crates/old/Cargo.toml": `${msrvPkg("1.70").replace('"app"', '"old"')}[dependencies]\nlazy_static = "1.5"\n`,
      },
      findings: [
        { file: "crates/new/Cargo.toml", message: /^lazy_static \^1\.5 is superseded/, line: 7, column: 1, severity: "warning", suggestion: /^Move to std::sync::LazyLock, once_cell; / },
        { file: "crates/old/Cargo.toml", message: /^lazy_static \^1\.5 is superseded/, line: 8, column: 1, severity: "warning", suggestion: /^Move to once_cell; / },
      ],
    },
    {
      name: "plain string requirement, judged by its lowest admitted version without a lockfile",
      files: { "Cargo.toml": `${PKG}[dependencies]\ntide = "0.16"\n` },
      findings: [{ message: /^tide \^0\.16 is unmaintained since \d{4}-\d{2}-\d{2}: /, line: 7, column: 1, severity: "error", related: [] }],
    },
    {
      name: "inline table",
      files: { "Cargo.toml": `${PKG}[dependencies]\nserde = "1"\nasync-std = { version = "1.12", features = ["attributes"] }\n` },
      findings: [{ message: "async-std ^1.12 is discontinued", line: 8, column: 1, severity: "error" }],
    },
    {
      name: "[dependencies.x] table form is reported at the key in the header",
      files: { "Cargo.toml": `${PKG}[dependencies.warp]\nversion = "0.3"\ndefault-features = false\n` },
      findings: [{ message: "warp ^0.3 is superseded", line: 6, column: 15, severity: "warning" }],
    },
    {
      name: "superseded majors: hyper 0.14, actix-web 3, rocket 0.4, tokio 0.2, futures 0.1, in line order",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\nhyper = "0.14"\nactix-web = "3"\nrocket = "0.4"\ntokio = "0.2"\nfutures = "0.1"\n`,
      },
      findings: [
        { message: "hyper ^0.14 is superseded", line: 7, column: 1, severity: "warning" },
        { message: "actix-web ^3 is superseded", line: 8, column: 1, severity: "warning" },
        { message: "rocket ^0.4 is superseded", line: 9, column: 1, severity: "warning" },
        { message: "tokio ^0.2 is superseded", line: 10, column: 1, severity: "warning" },
        { message: "futures ^0.1 is superseded", line: 11, column: 1, severity: "warning" },
      ],
    },
    {
      name: "dotted `x.workspace = true` is reported at the member line with the workspace entry as related location",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n\n[workspace.dependencies]\ntide = "0.16"\n',
        "crates/web/Cargo.toml": `${PKG.replace('"app"', '"web"')}[dependencies]\ntide.workspace = true\n`,
      },
      findings: [{
        message: "tide ^0.16 is unmaintained", line: 7, column: 1, file: "crates/web/Cargo.toml", member: "web",
        related: [{ file: "Cargo.toml", line: 5, label: "workspace dependency" }],
      }],
    },
    {
      name: "inherited with an inline table `{ workspace = true }` and a lockfile",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/web"]\n\n[workspace.dependencies]\nserde = "1"\nsurf = { version = "2.3", default-features = false }\n',
        "crates/web/Cargo.toml": `${PKG.replace('"app"', '"web"')}[dependencies]\nserde.workspace = true\nsurf = { workspace = true, features = ["h1-client"] }\n`,
        "Cargo.lock": SURF_LOCK,
      },
      findings: [{
        message: /^surf 2\.3\.2 is unmaintained/, line: 8, column: 1, file: "crates/web/Cargo.toml",
        related: [
          { file: "Cargo.toml", line: 6, label: "workspace dependency" },
          { file: "Cargo.lock", line: packageLine(SURF_LOCK, "surf"), label: "Cargo.lock entry" },
        ],
      }],
    },
    {
      name: "renamed dependency (`package = ...`) is reported at the key the user wrote",
      files: { "Cargo.toml": `${PKG}[dependencies]\nweb = { package = "gotham", version = "0.7" }\n` },
      findings: [{ message: "gotham ^0.7 is declining", line: 7, column: 1, severity: "warning" }],
    },
    {
      name: "target-specific tables",
      files: { "Cargo.toml": `${PKG}[dependencies]\nserde = "1"\n\n[target.'cfg(unix)'.dependencies]\nnet2 = "0.2"\n` },
      findings: [{ message: "net2 ^0.2 is deprecated", line: 10, column: 1, severity: "error" }],
    },
    {
      name: "dev- and build-only dependencies are one step less severe",
      files: {
        "Cargo.toml": `${PKG}[dev-dependencies]\ntempdir = "0.3"\n\n[build-dependencies]\nlazy_static = "1.4"\n`,
      },
      findings: [
        { message: "tempdir ^0.3 is deprecated", line: 7, column: 1, severity: "warning" },
        { message: "lazy_static ^1.4 is superseded", line: 10, column: 1, severity: "note" },
      ],
    },
    {
      name: "an unused [workspace.dependencies] entry is reported where it is declared",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["crates/a"]\n\n[workspace.dependencies]\nserde = "1"\nfailure = "0.1"\n',
        "crates/a/Cargo.toml": `${PKG.replace('"app"', '"a"')}[dependencies]\nserde.workspace = true\n`,
      },
      findings: [{ message: /failure \^0\.1 is deprecated.*used by no member/, line: 6, column: 1, severity: "error" }],
    },
    {
      name: "with a lockfile the message names the locked version and links the Cargo.lock entry",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\nhyper = { version = "0.14.28", features = ["server"] }\n`,
        "Cargo.lock": HYPER_LOCK,
      },
      findings: [{
        message: /^hyper 0\.14\.32 is superseded/, line: 7, column: 1, severity: "warning",
        related: [{ file: "Cargo.lock", line: packageLine(HYPER_LOCK, "hyper"), label: "Cargo.lock entry" }],
      }],
    },
    {
      name: "a lower bound in the declining range is flagged without a lockfile",
      files: { "Cargo.toml": `${PKG}[dependencies]\nhyper = ">=0.14, <2"\n` },
      findings: [{ message: "hyper >=0.14, <2 is superseded", line: 7, column: 1 }],
    },
  ],
});
