import { describe, expect, it } from "vitest";
import { parseLockfile } from "../../src/model/lockfile.js";

const CRATES = "registry+https://github.com/rust-lang/crates.io-index";

/** A v1 lockfile as cargo wrote it before 2019: checksums under [metadata], keyed by the exact package id. */
function v1(metadata: string): string {
  return `[root]
name = "app"
version = "0.1.0"
dependencies = [
 "serde 1.0.100 (${CRATES})",
 "vendored 0.3.0 (${CRATES})",
]

[[package]]
name = "serde"
version = "1.0.100"
source = "${CRATES}"

[[package]]
name = "vendored"
version = "0.3.0"
source = "${CRATES}"

[metadata]
${metadata}
`;
}

const checksums = (text: string) =>
  Object.fromEntries(parseLockfile("/p/Cargo.lock", text, { scan: false }).packages.map((p) => [p.name, p.checksum]));

describe("v1 [metadata] checksums", () => {
  it('reads `"<none>"` (cargo\'s placeholder for a package without a checksum) as no checksum', () => {
    const text = v1(`"checksum serde 1.0.100 (${CRATES})" = "<none>"\n"checksum vendored 0.3.0 (${CRATES})" = "c0ffee"`);
    expect(checksums(text)).toEqual({ serde: null, vendored: "c0ffee", app: null });
  });

  it("gives the parser's default path the same answer", () => {
    const text = v1(`"checksum serde 1.0.100 (${CRATES})" = "<none>"`);
    expect(parseLockfile("/p/Cargo.lock", text).packages.map((p) => [p.name, p.checksum])).toEqual([
      ["serde", null],
      ["vendored", null],
      ["app", null],
    ]);
  });

  it("matches a checksum only under the exact package id", () => {
    const text = v1(`"checksum serde 1.0.10 (${CRATES})" = "abc"\n"checksum vendored 0.3.0" = "def"`);
    expect(checksums(text)).toEqual({ serde: null, vendored: null, app: null });
  });

  it("prefers a package's own checksum key over [metadata]", () => {
    const text = v1(`"checksum serde 1.0.100 (${CRATES})" = "from-metadata"`).replace(
      `source = "${CRATES}"\n\n[[package]]\nname = "vendored"`,
      `source = "${CRATES}"\nchecksum = "own"\n\n[[package]]\nname = "vendored"`,
    );
    expect(checksums(text).serde).toBe("own");
  });
});
