import { describe, expect, it } from "vitest";
import { InvalidCrateNameError } from "../../src/registry/errors.js";
import { indexFileUrl, indexPath, isValidCrateName } from "../../src/registry/index-path.js";

describe("indexPath", () => {
  it.each([
    ["a", "1/a"],
    ["ab", "2/ab"],
    ["abc", "3/a/abc"],
    ["tide", "ti/de/tide"],
    ["serde_json", "se/rd/serde_json"],
    ["serde-json", "se/rd/serde-json"],
    ["MyCrate", "my/cr/mycrate"],
    ["Abc", "3/a/abc"],
  ])("%s lives at %s", (name, path) => {
    expect(indexPath(name)).toBe(path);
  });

  it.each(["../../etc", "a/b", "..", "", "a b", "serde\u0000", "C:\\x", "%2e%2e"])("refuses %j", (name) => {
    expect(isValidCrateName(name)).toBe(false);
    expect(() => indexPath(name)).toThrow(InvalidCrateNameError);
  });

  it("builds URLs under the index, with or without a trailing slash, percent-encoding non-ASCII", () => {
    expect(indexFileUrl("https://index.crates.io/", "Tokio")).toBe("https://index.crates.io/to/ki/tokio");
    expect(indexFileUrl("https://host/sub/index", "ab")).toBe("https://host/sub/index/2/ab");
    expect(indexFileUrl("https://host/", "crète")).toBe("https://host/cr/%C3%A8t/cr%C3%A8te");
    for (const base of ["https://index.crates.io/", "http://u:p@127.0.0.1:8080/a%20b/", "https://host/x?q=1", "https://host/x/#f"]) {
      for (const name of ["a", "ab", "abc", "serde_json", "Tokio-Util"]) {
        expect(indexFileUrl(base, name)).toBe(new URL(indexPath(name), base.endsWith("/") ? base : `${base}/`).href);
      }
    }
  });
});
