import { afterEach, describe, expect, it } from "vitest";
import { removeTempDirs, writeIndex } from "../helpers/index-fixture.js";
import { type IndexServer, startIndexServer } from "../helpers/index-server.js";
import { makeProject, prefetch } from "./harness.js";

let server: IndexServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  removeTempDirs();
});

const at = (iso: string) => () => new Date(iso);
const HOUR = 60 * 60 * 1000;

async function serve(): Promise<IndexServer> {
  server = await startIndexServer({ root: writeIndex({ serde: [{ vers: "1.0.0" }] }) });
  return server;
}

describe("index cache TTL boundary", () => {
  it("treats a copy exactly as old as the TTL as expired, and one millisecond younger as fresh", async () => {
    const s = await serve();
    const project = makeProject();
    await prefetch(project, ["serde"], { cratesIoIndex: s.url, cacheTtlMs: HOUR, now: at("2025-01-01T10:00:00.000Z") });

    const younger = await prefetch(project, ["serde"], { cratesIoIndex: s.url, cacheTtlMs: HOUR, now: at("2025-01-01T10:59:59.999Z") });
    expect(younger.requests).toMatchObject({ total: 0, conditional: 0, notModified: 0, bytes: 0 });

    const exactly = await prefetch(project, ["serde"], { cratesIoIndex: s.url, cacheTtlMs: HOUR, now: at("2025-01-01T11:00:00.000Z") });
    // config.json and the crate file are both revalidated with their validators, and both answer 304.
    expect(exactly.requests).toMatchObject({ total: 2, conditional: 2, notModified: 2 });
  });

  it("revalidates every file on every run with a TTL of 0, even when the clock does not move", async () => {
    const s = await serve();
    const project = makeProject();
    const frozen = at("2025-01-01T10:00:00.000Z");
    const first = await prefetch(project, ["serde"], { cratesIoIndex: s.url, cacheTtlMs: 0, now: frozen });
    expect(first.requests).toMatchObject({ total: 2, conditional: 0, notModified: 0 });
    const before = s.requests.length;
    const second = await prefetch(project, ["serde"], { cratesIoIndex: s.url, cacheTtlMs: 0, now: frozen });
    expect(second.requests).toMatchObject({ total: 2, conditional: 2, notModified: 2 });
    expect(s.requests.length - before).toBe(2);
    expect(s.requests.slice(before).map((r) => r.path).sort()).toEqual(["config.json", "se/rd/serde"]);
  });
});
