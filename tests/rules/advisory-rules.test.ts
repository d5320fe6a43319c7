/** vulnerability, unsound and advisory-notice against the embedded RustSec database. */
import { advisoryNotice } from "../../rules/advisory-notice.js";
import { unsound } from "../../rules/unsound.js";
import { vulnerability } from "../../rules/vulnerability.js";
import { lockfile, packageLine, testRule } from "../helpers/rule-tester.js";

const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n';
const APP = { name: "app", version: "0.1.0", local: true };

const HYPER_LOCK = lockfile([{ ...APP, dependencies: ["hyper"] }, { name: "hyper", version: "0.14.9" }]);
const CLAP_LOCK = lockfile([
  { ...APP, dependencies: ["clap"] },
  { name: "clap", version: "2.34.0", dependencies: ["atty"] },
  { name: "atty", version: "0.2.14" },
]);

testRule(vulnerability, {
  valid: [
    {
      name: "a patched version is not reported (hyper 0.14.28)",
      files: { "Cargo.toml": `${PKG}[dependencies]\nhyper = "0.14"\n`, "Cargo.lock": lockfile([{ ...APP, dependencies: ["hyper"] }, { name: "hyper", version: "0.14.28" }]) },
    },
    { name: "without a lockfile nothing is judged", files: { "Cargo.toml": `${PKG}[dependencies]\nhyper = "0.14.9"\n` } },
    {
      name: "unsound advisories are not vulnerabilities (atty)",
      files: { "Cargo.toml": `${PKG}[dependencies]\nclap = "2"\n`, "Cargo.lock": CLAP_LOCK },
    },
  ],
  invalid: [
    {
      name: "one finding per advisory, with aliases and CVSS, at the dependency line",
      files: { "Cargo.toml": `${PKG}[dependencies]\nhyper = "0.14.9"\n`, "Cargo.lock": HYPER_LOCK },
      findings: [
        {
          message: /^hyper 0\.14\.9 is affected by RUSTSEC-2021-0078: Lenient `hyper` header parsing of `Content-Length` could allow request smuggling \(CVE-2021-32715, GHSA-f3pg-qwvg-p99c; CVSS \d\.\d\)$/,
          line: 7, column: 1, severity: "error",
          related: [{ file: "Cargo.lock", line: packageLine(HYPER_LOCK, "hyper"), label: "Cargo.lock entry" }],
        },
        { message: "hyper 0.14.9 is affected by RUSTSEC-2021-0079", messageId: "advisory", line: 7, column: 1, severity: "error" },
      ],
    },
    {
      // cargo builds a path dependency that is not a workspace member (here a single package, so libx is not one):
      // what it brings is reported at the declaration that brings it, as cargo-audit reports it.
      name: "a crate reached only through a path dependency that is not a member, at that declaration",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\nlibx = { path = "libx" }\n`,
        "libx/Cargo.toml": '[package]\nname = "libx"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nhyper = "0.14"\n',
        "Cargo.lock": lockfile([{ ...APP, dependencies: ["libx"] }, { name: "libx", version: "0.1.0", local: true, dependencies: ["hyper"] }, { name: "hyper", version: "0.14.9" }]),
      },
      findings: [
        { message: /^hyper 0\.14\.9 is affected by RUSTSEC-2021-0078: .* \(through libx 0\.1\.0 → hyper 0\.14\.9\)$/, line: 7, column: 1, severity: "error" },
        { message: /^hyper 0\.14\.9 is affected by RUSTSEC-2021-0079: .* \(through libx 0\.1\.0 → hyper 0\.14\.9\)$/, line: 7, column: 1, severity: "error" },
      ],
    },
    {
      // RUSTSEC-2021-0081: patched = ["^ 2.2.1", ">= 3.0.0-beta.9"]; the caret range ends below 3.0.0's pre-releases.
      name: "a pre-release of the next breaking version is not patched by a caret range (actix-http 3.0.0-beta.8)",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\nactix-http = "=3.0.0-beta.8"\n`,
        "Cargo.lock": lockfile([{ ...APP, dependencies: ["actix-http"] }, { name: "actix-http", version: "3.0.0-beta.8" }]),
      },
      findings: [{ message: /^actix-http 3\.0\.0-beta\.8 is affected by RUSTSEC-2021-0081: /, line: 7, column: 1, severity: "error" }],
    },
    {
      name: "a path dependency on a workspace member is that member's finding, not the one declaring it",
      files: {
        "Cargo.toml": '[workspace]\nmembers = ["app", "libx"]\nresolver = "2"\n',
        "app/Cargo.toml": `${PKG}[dependencies]\nlibx = { path = "../libx" }\n`,
        "libx/Cargo.toml": '[package]\nname = "libx"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nhyper = "0.14.9"\n',
        "Cargo.lock": lockfile([{ ...APP, dependencies: ["libx"] }, { name: "libx", version: "0.1.0", local: true, dependencies: ["hyper"] }, { name: "hyper", version: "0.14.9" }]),
      },
      findings: [
        { message: "RUSTSEC-2021-0078", file: "libx/Cargo.toml", line: 7, column: 1, member: "libx" },
        { message: "RUSTSEC-2021-0079", file: "libx/Cargo.toml", line: 7, column: 1, member: "libx" },
      ],
    },
    {
      name: "a dev-only crate is one step lower",
      files: { "Cargo.toml": `${PKG}[dev-dependencies]\nhyper = "0.14.9"\n`, "Cargo.lock": HYPER_LOCK },
      findings: [
        { message: "RUSTSEC-2021-0078", line: 7, column: 1, severity: "warning" },
        { message: "RUSTSEC-2021-0079", line: 7, column: 1, severity: "warning" },
      ],
    },
  ],
});

testRule(unsound, {
  valid: [{ name: "hyper 0.14.28 is past RUSTSEC-2022-0022", files: { "Cargo.toml": `${PKG}[dependencies]\nhyper = "0.14"\n`, "Cargo.lock": lockfile([{ ...APP, dependencies: ["hyper"] }, { name: "hyper", version: "0.14.28" }]) } }],
  invalid: [
    {
      name: "a transitive unsound crate, at the direct dependency, with the path",
      files: { "Cargo.toml": `${PKG}[dependencies]\nclap = "2"\n`, "Cargo.lock": CLAP_LOCK },
      findings: [{ message: /^atty 0\.2\.14 is unsound according to RUSTSEC-2021-0145: .* \(through clap 2\.34\.0 → atty 0\.2\.14\)$/, messageId: "advisory", line: 7, column: 1, severity: "warning" }],
    },
  ],
});

testRule(advisoryNotice, {
  valid: [{ name: "no notice on hyper", files: { "Cargo.toml": `${PKG}[dependencies]\nhyper = "0.14.9"\n`, "Cargo.lock": HYPER_LOCK } }],
  invalid: [
    {
      name: "personnummer 3.0.0 is before the notice's patched 3.0.1",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\npersonnummer = "3.0.0"\n`,
        "Cargo.lock": lockfile([{ ...APP, dependencies: ["personnummer"] }, { name: "personnummer", version: "3.0.0" }]),
      },
      findings: [{ message: "personnummer 3.0.0 is the subject of RUSTSEC-2020-0166: personnummer Input validation error", messageId: "advisory", line: 7, column: 1, severity: "note" }],
    },
  ],
});
