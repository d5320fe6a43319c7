import { describe, expect, it } from "vitest";
import { append, memoized } from "../../src/util/maps.js";

describe("memoized", () => {
  it("computes a key's value once, an undefined answer included", () => {
    const cache = new Map<string, number | undefined>();
    let calls = 0;
    const look = (key: string) => memoized(cache, key, () => (calls++, key === "none" ? undefined : key.length));
    expect([look("abc"), look("abc"), look("none"), look("none")]).toEqual([3, 3, undefined, undefined]);
    expect(calls).toBe(2);
  });

  it("keys a WeakMap by object", () => {
    const cache = new WeakMap<object, string>();
    const a = {};
    expect(memoized(cache, a, () => "first")).toBe("first");
    expect(memoized(cache, a, () => "second")).toBe("first");
    expect(memoized(cache, {}, () => "other")).toBe("other");
  });
});

describe("append", () => {
  it("keeps values in order under their key", () => {
    const lists = new Map<string, number[]>();
    append(lists, "a", 1);
    append(lists, "b", 2);
    append(lists, "a", 3);
    expect([...lists]).toEqual([["a", [1, 3]], ["b", [2]]]);
  });
});
