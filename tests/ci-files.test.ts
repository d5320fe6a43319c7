import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { COMMANDS, FAIL_ON, FORMATS, OPTIONS } from "../src/cli-options.js";
import { packageRoot } from "../src/util/package-root.js";
import { tempDir } from "./helpers/temp-project.js";

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

const root = packageRoot();
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string>; scripts: Record<string, string> };
const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as {
  inputs: Record<string, { default?: string; description?: string }>;
  runs: { using: string; steps: Step[] };
};
const steps = action.runs.steps;
const checkStep = steps.find((s) => s.run?.includes(" check "))!;
const flagsIn = (script: string) => [...script.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1]!);

describe("action.yml", () => {
  it("is a composite action with the documented inputs and defaults", () => {
    expect(action.runs.using).toBe("composite");
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]));
    expect(defaults).toEqual({
      path: ".",
      "fail-on": "error",
      format: "github",
      "sarif-file": "cargo-sunset.sarif",
      "upload-sarif": "false",
      category: "",
      args: "",
    });
    expect(FORMATS).toContain(defaults.format);
    expect(FAIL_ON).toContain(defaults["fail-on"]);
    for (const input of Object.values(action.inputs)) expect(input.description).toBeTruthy();
  });

  it("installs and builds nothing: it sets up Node 20 and runs the committed bundle", () => {
    const setup = steps.find((s) => s.uses?.startsWith("actions/setup-node@"))!;
    expect(String(setup.with!["node-version"])).toBe("20");
    for (const step of steps.filter((s) => s.run)) expect(step.run).not.toMatch(/\b(npm|npx|yarn|pnpm|tsc|esbuild)\b/);
    expect(steps.indexOf(setup)).toBeLessThan(steps.indexOf(checkStep));
    expect(pkg.scripts.prepare).toBeUndefined();
    // The bundle is tracked by git (not ignored), so the action's checkout has it.
    expect(spawnSync("git", ["check-ignore", "dist/cargo-sunset.mjs", "dist/chunks/x.mjs"], { cwd: root }).status).toBe(1);
    expect(spawnSync("git", ["check-ignore", "-q", "dist/src/cli.js"], { cwd: root }).status).toBe(0);
  });

  it("pins every third-party action by full commit SHA", () => {
    const uses = steps.filter((s) => s.uses).map((s) => s.uses!);
    expect(uses.length).toBeGreaterThanOrEqual(2);
    for (const ref of uses) expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
  });

  it("declares outputs with the finding counts and the exit code, from the check step", () => {
    const outputs = (parse(readFileSync(join(root, "action.yml"), "utf8")) as { outputs: Record<string, { value: string }> }).outputs;
    expect(Object.keys(outputs).sort()).toEqual(["errors", "exit-code", "notes", "sarif-file", "total", "warnings"]);
    for (const [name, output] of Object.entries(outputs)) expect(output.value).toBe(`\${{ steps.check.outputs.${name} }}`);
    expect(checkStep.id).toBe("check");
  });

  it("keeps expressions out of scripts and defines every variable a script reads", () => {
    for (const step of steps.filter((s) => s.run)) {
      expect(step.run).not.toContain("${{");
      expect(step.shell).toBe("bash");
      const read = [...step.run!.matchAll(/\$\{?(ACTION_PATH|INPUT_[A-Z_]+)/g)].map((m) => m[1]!);
      for (const name of read) expect(Object.keys(step.env ?? {})).toContain(name);
    }
    for (const value of Object.values(checkStep.env!)) {
      const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1];
      if (input) expect(Object.keys(action.inputs)).toContain(input);
    }
  });

  it("expands arrays the bash 3.2 way: never a bare \"${a[@]}\" that `set -u` rejects when empty", () => {
    const script = checkStep.run!;
    const arrays = [...script.matchAll(/\b(\w+)=\(/g)].map((m) => m[1]!);
    expect(arrays).toContain("extra");
    for (const name of arrays.filter((n) => n !== "command")) {
      // Every expansion of an array that may be empty is guarded by ${name[@]+...}.
      const expansions = [...script.matchAll(new RegExp(`\\$\\{${name}\\[@\\]`, "g"))].length;
      const guarded = [...script.matchAll(new RegExp(`\\$\\{${name}\\[@\\]\\+"\\$\\{${name}\\[@\\]\\}"\\}`, "g"))].length;
      expect(expansions).toBe(guarded * 2);
    }
    expect(script).not.toMatch(/declare -A|mapfile|readarray|\$\{\w+,,\}|\$\{\w+\^\^\}/);
  });

  it("runs the built binary's check command with flags that exist", () => {
    expect(checkStep.run).toContain(`"$ACTION_PATH/${pkg.bin["cargo-sunset"]!.replace(/^\.\//, "")}" check`);
    expect(COMMANDS).toContain("check");
    const flags = [...new Set(flagsIn(checkStep.run!))];
    expect(flags.sort()).toEqual(["automation-id", "fail-on", "format", "sarif"]);
    for (const flag of flags) expect(Object.keys(OPTIONS)).toContain(flag);
  });

  it("uploads the SARIF file after a failed check, but not after a cancel, in the chosen category", () => {
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))!;
    expect(upload.if).toMatch(/^\$\{\{ !cancelled\(\) && inputs\.upload-sarif == 'true'/);
    expect(upload.if).not.toContain("always()");
    expect(upload.with!.sarif_file).toBe("${{ inputs.sarif-file }}");
    expect(upload.with!.category).toBe("${{ inputs.category }}");
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(checkStep));
  });

  describe("the check script", () => {
    const dir = tempDir("action-");
    const stub = join(dir, "stub");
    mkdirSync(stub);
    // A stand-in `node` that prints the arguments it receives, one per line (and runs real Node for `node -e`).
    writeFileSync(join(stub, "node"), `#!/usr/bin/env bash\nif [ "$1" = -e ]; then exec "${process.execPath}" "$@"; fi\nprintf "%s\\n" "$@"\n`);
    chmodSync(join(stub, "node"), 0o755);

    function runCheck(inputs: Record<string, string>, options: { path?: string; actionPath?: string; cwd?: string } = {}) {
      const env: Record<string, string> = { PATH: options.path ?? `${stub}:${process.env.PATH}`, GITHUB_OUTPUT: join(dir, "output"), RUNNER_TEMP: dir, NO_COLOR: "1", HOME: dir };
      writeFileSync(env.GITHUB_OUTPUT!, "");
      for (const [name, value] of Object.entries(checkStep.env!)) {
        const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1];
        env[name] = input ? (inputs[input] ?? action.inputs[input]!.default ?? "") : (options.actionPath ?? "/action");
      }
      const result = spawnSync("bash", ["-c", checkStep.run!], { env, encoding: "utf8", cwd: options.cwd ?? dir });
      const output = Object.fromEntries(readFileSync(env.GITHUB_OUTPUT!, "utf8").trim().split("\n").filter(Boolean).map((l) => l.split("=") as [string, string]));
      return { status: result.status, argv: result.stdout.trimEnd().split("\n"), output, stderr: result.stderr };
    }

    it("passes the defaults as separate arguments and writes SARIF beside the main output", () => {
      const { argv, output, status } = runCheck({});
      expect(status).toBe(0);
      expect(argv).toEqual(["/action/dist/cargo-sunset.mjs", "check", ".", "--format", "github", "--fail-on", "error", "--sarif", "cargo-sunset.sarif"]);
      expect(output).toEqual({ "sarif-file": "cargo-sunset.sarif", "exit-code": "0" });
    });

    it("keeps hostile input inert and splits extra args on spaces", () => {
      const { argv } = runCheck({ path: "a dir; rm -rf /", "sarif-file": "", args: "--offline --rule x=off $(id)", category: "api" });
      expect(argv[0]).toBe("/action/dist/cargo-sunset.mjs");
      expect(argv.slice(1, 8)).toEqual(["check", "a dir; rm -rf /", "--format", "github", "--fail-on", "error", "--sarif"]);
      expect(argv.slice(9)).toEqual(["--automation-id", "api", "--offline", "--rule", "x=off", "$(id)"]);
    });

    it("runs the real bundle, reports the counts and the exit code as outputs, and fails the step with it", () => {
      const { status, output } = runCheck(
        { path: join(root, "fixtures/tide-app"), "sarif-file": join(dir, "out.sarif"), args: `--offline --cache-dir ${join(dir, "cache")}` },
        { path: process.env.PATH!, actionPath: root },
      );
      expect(status).toBe(1);
      const sarif = JSON.parse(readFileSync(join(dir, "out.sarif"), "utf8")) as { runs: Array<{ results: Array<{ level: string }> }> };
      const levels = sarif.runs[0]!.results.map((r) => r.level);
      expect(output).toEqual({
        "sarif-file": join(dir, "out.sarif"),
        "exit-code": "1",
        errors: String(levels.filter((l) => l === "error").length),
        warnings: String(levels.filter((l) => l === "warning").length),
        notes: String(levels.filter((l) => l === "note").length),
        total: String(levels.length),
      });
      expect(Number(output.errors)).toBeGreaterThan(0);
    });

    it("counts findings without keeping a SARIF file when sarif-file is empty, and passes exit code 2 on", () => {
      const ok = runCheck({ path: join(root, "fixtures/axum-app"), "sarif-file": "", "fail-on": "never", args: `--offline --cache-dir ${join(dir, "cache")}` }, { path: process.env.PATH!, actionPath: root });
      expect(ok.status).toBe(0);
      expect(ok.output["exit-code"]).toBe("0");
      expect(ok.output.total).toMatch(/^\d+$/);
      expect(readdirSync(dir).filter((f) => f.startsWith("cargo-sunset-counts-"))).toEqual([]);
      const bad = runCheck({ path: join(dir, "no such dir"), "sarif-file": "" }, { path: process.env.PATH!, actionPath: root });
      expect(bad.status).toBe(2);
      expect(bad.output).toEqual({ "exit-code": "2" });
    });
  });
});

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")) as Array<Record<string, unknown>>;
  const hook = hooks.find((h) => h.id === "cargo-sunset")!;
  const offline = hooks.find((h) => h.id === "cargo-sunset-offline")!;

  it("declares a node hook that runs the package's binary once per commit", () => {
    expect(hooks.map((h) => h.id)).toEqual(["cargo-sunset", "cargo-sunset-offline"]);
    for (const h of hooks) {
      expect(h).toMatchObject({ language: "node", pass_filenames: false, require_serial: true });
      expect(h.description).toBeTruthy();
      const [bin, command, ...rest] = String(h.entry).split(" ");
      expect(Object.keys(pkg.bin)).toContain(bin);
      expect(COMMANDS).toContain(command);
      for (const flag of rest) expect(Object.keys(OPTIONS)).toContain(flag.replace(/^--/, ""));
    }
    expect(String(hook.entry).split(" ")).toHaveLength(2);
    expect(String(offline.entry)).toBe(`${String(hook.entry)} --offline`);
  });

  it("runs when a manifest, the lockfile, the configuration, cargo's config or the baseline changes, and nothing else", () => {
    for (const h of hooks) {
      const files = new RegExp(String(h.files));
      for (const path of ["Cargo.toml", "Cargo.lock", "crates/app/Cargo.toml", "a/b/Cargo.lock", "cargo-sunset.toml", ".cargo/config.toml", ".cargo/config", ".cargo/cargo-sunset.toml", ".cargo-sunset-baseline.json", "rust/.cargo-sunset-baseline.json"]) {
        expect(files.test(path), path).toBe(true);
      }
      for (const path of ["Cargo.toml.orig", "MyCargo.toml", "cargo.toml", "Cargo.tomlx", "docs/Cargo.md", "config.toml", "src/main.rs", "package.json"]) expect(files.test(path), path).toBe(false);
    }
  });
});
