import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removeTempDirs, writeFiles, writeIndex } from "../helpers/index-fixture.js";
import { type IndexServer, type IndexServerOptions, startIndexServer } from "../helpers/index-server.js";
import { makeDependency } from "../helpers/model.js";
import { makeProject, prefetch, type Project } from "./harness.js";

const TOKEN = "cio-s3cret-token-value";
const CRATES = { serde: [{ vers: "1.0.0" }], tokio: [{ vers: "1.0.0" }] };

let servers: IndexServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  removeTempDirs();
});

async function serve(options: IndexServerOptions = {}): Promise<IndexServer> {
  const server = await startIndexServer({ root: writeIndex(CRATES), ...options });
  servers.push(server);
  return server;
}

function privateProject(corpUrl: string, env: Record<string, string> = { CARGO_REGISTRIES_CORP_TOKEN: TOKEN }): Project {
  const project = makeProject();
  writeFiles(project.root, { ".cargo/config.toml": `[registries.corp]\nindex = "sparse+${corpUrl}"\n` });
  return { ...project, env: { ...project.env, ...env } };
}

const corpDep = (name: string, project: Project) => makeDependency(name, { source: { type: "registry", registry: "corp" }, manifestPath: join(project.root, "Cargo.toml") });
const authHeaders = (server: IndexServer, path?: string) => server.requests.filter((r) => !path || r.path === path).map((r) => r.headers.authorization);

describe("registry authentication", () => {
  it("asks config.json without a token, then sends the token to an auth-required registry only", async () => {
    const corp = await serve({ configJson: { dl: "x", "auth-required": true }, requireToken: TOKEN });
    const public_ = await serve();
    const project = privateProject(corp.url);
    const result = await prefetch(project, [{ name: "serde", source: { type: "registry", registry: "corp" } }, "tokio"], { cratesIoIndex: public_.url });
    expect(result.problems).toEqual([]);
    expect(result.view.forDependency(corpDep("serde", project))?.registry).toBe("corp");
    expect(authHeaders(corp, "config.json")).toEqual([undefined, TOKEN]);
    expect(authHeaders(corp, "se/rd/serde")).toEqual([TOKEN]);
    expect(authHeaders(public_).every((h) => h === undefined)).toBe(true);
  });

  it("does not send a token to a registry that does not require one", async () => {
    const corp = await serve();
    const project = privateProject(corp.url);
    const result = await prefetch(project, [{ name: "serde", source: { type: "registry", registry: "corp" } }]);
    expect(result.problems).toEqual([]);
    expect(authHeaders(corp).every((h) => h === undefined)).toBe(true);
  });

  it("reads the token from credentials.toml", async () => {
    const corp = await serve({ configJson: { "auth-required": true }, requireToken: TOKEN });
    const project = privateProject(corp.url, {});
    writeFiles(project.env.CARGO_HOME!, { "credentials.toml": `[registries.corp]\ntoken = "${TOKEN}"\n` });
    const result = await prefetch(project, [{ name: "serde", source: { type: "registry", registry: "corp" } }]);
    expect(result.problems).toEqual([]);
    expect(authHeaders(corp, "se/rd/serde")).toEqual([TOKEN]);
  });

  it("keeps the token on a same-host redirect", async () => {
    const corp = await serve({ configJson: { "auth-required": true }, requireToken: TOKEN, faults: { "se/rd/serde": { kind: "redirect", location: "/se/rd/serde?moved=1", times: 1 } } });
    const project = privateProject(corp.url);
    const result = await prefetch(project, [{ name: "serde", source: { type: "registry", registry: "corp" } }]);
    expect(result.problems).toEqual([]);
    expect(authHeaders(corp, "se/rd/serde")).toEqual([TOKEN, TOKEN]);
  });

  it("follows a redirect to another host without the token", async () => {
    const elsewhere = await serve();
    const corp = await serve({
      configJson: { "auth-required": true },
      requireToken: TOKEN,
      faults: { "se/rd/serde": { kind: "redirect", location: `${elsewhere.url}se/rd/serde`, status: 307 } },
    });
    const project = privateProject(corp.url);
    const result = await prefetch(project, [{ name: "serde", source: { type: "registry", registry: "corp" } }]);
    expect(result.problems).toEqual([]);
    expect(result.view.forDependency(corpDep("serde", project))?.versions).toHaveLength(1);
    expect(authHeaders(corp, "se/rd/serde")).toEqual([TOKEN]);
    expect(elsewhere.requests.map((r) => r.path)).toEqual(["se/rd/serde"]);
    expect(authHeaders(elsewhere)).toEqual([undefined]);
  });

  it("explains a missing token without crashing", async () => {
    const corp = await serve({ configJson: { "auth-required": true }, requireToken: TOKEN });
    const project = privateProject(corp.url, {});
    const result = await prefetch(project, [{ name: "serde", source: { type: "registry", registry: "corp" } }]);
    expect(result.problems).toEqual([{ crate: "serde", registry: "corp", message: expect.stringMatching(/requires a token \(HTTP 401\); set CARGO_REGISTRIES_CORP_TOKEN/) }]);
  });

  it("never puts the token in problems or notes, whatever fails", async () => {
    const corp = await serve({
      configJson: { "auth-required": true },
      requireToken: TOKEN,
      faults: { "se/rd/serde": { kind: "status", status: 500 }, "to/ki/tokio": { kind: "reset" } },
    });
    const wrongToken = await serve({ configJson: { "auth-required": true }, requireToken: "another" });
    const project = privateProject(corp.url);
    writeFiles(project.root, { ".cargo/config.toml": `[registries.corp]\nindex = "sparse+${corp.url}"\n[registries.wrong]\nindex = "sparse+${wrongToken.url}"\n` });
    const env = { ...project.env, CARGO_REGISTRIES_WRONG_TOKEN: TOKEN };
    const result = await prefetch({ ...project, env }, [
      { name: "serde", source: { type: "registry", registry: "corp" } },
      { name: "tokio", source: { type: "registry", registry: "corp" } },
      { name: "serde", source: { type: "registry", registry: "wrong" } },
    ]);
    expect(result.problems).toHaveLength(3);
    expect(result.problems.find((p) => p.registry === "wrong")?.message).toMatch(/rejected the token/);
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });
});
