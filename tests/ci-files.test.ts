import { execFileSync } from "node:child_process";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
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
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string> };
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
      args: "",
    });
    expect(FORMATS).toContain(defaults.format);
    expect(FAIL_ON).toContain(defaults["fail-on"]);
    for (const input of Object.values(action.inputs)) expect(input.description).toBeTruthy();
  });

  it("sets up Node 20 and installs from the action's own checkout", () => {
    const setup = steps.find((s) => s.uses?.startsWith("actions/setup-node@"))!;
    expect(String(setup.with!["node-version"])).toBe("20");
    const install = steps.find((s) => s.run?.includes("npm ci"))!;
    expect(install.env!.ACTION_PATH).toBe("${{ github.action_path }}");
    expect(install.run).toContain('"$ACTION_PATH"');
    expect(steps.indexOf(setup)).toBeLessThan(steps.indexOf(install));
    expect(steps.indexOf(install)).toBeLessThan(steps.indexOf(checkStep));
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

  it("runs the built binary's check command with flags that exist", () => {
    expect(checkStep.run).toContain(`"$ACTION_PATH/${pkg.bin["cargo-sunset"]!.replace(/^\.\//, "")}" check`);
    expect(COMMANDS).toContain("check");
    const flags = flagsIn(checkStep.run!);
    expect(flags.sort()).toEqual(["fail-on", "format", "sarif"]);
    for (const flag of flags) expect(Object.keys(OPTIONS)).toContain(flag);
  });

  it("uploads the SARIF file even when the check step failed", () => {
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))!;
    expect(upload.uses).toBe("github/codeql-action/upload-sarif@v3");
    expect(upload.if).toMatch(/^always\(\) && inputs\.upload-sarif == 'true'/);
    expect(upload.with!.sarif_file).toBe("${{ inputs.sarif-file }}");
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(checkStep));
  });

  describe("the check script", () => {
    const dir = tempDir("action-");
    // A stand-in `node` that prints the arguments it receives, one per line.
    writeFileSync(join(dir, "node"), '#!/usr/bin/env bash\nprintf "%s\\n" "$@"\n');
    chmodSync(join(dir, "node"), 0o755);

    function runCheck(inputs: Record<string, string>): { argv: string[]; output: string } {
      const env: Record<string, string> = { PATH: `${dir}:${process.env.PATH}`, GITHUB_OUTPUT: join(dir, "output") };
      writeFileSync(env.GITHUB_OUTPUT!, "");
      for (const [name, value] of Object.entries(checkStep.env!)) {
        const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1];
        env[name] = input ? (inputs[input] ?? action.inputs[input]!.default ?? "") : "/action";
      }
      const stdout = execFileSync("bash", ["-c", checkStep.run!], { env, encoding: "utf8" });
      return { argv: stdout.trimEnd().split("\n"), output: readFileSync(env.GITHUB_OUTPUT!, "utf8") };
    }

    it("passes the defaults as separate arguments and writes SARIF beside the main output", () => {
      const { argv, output } = runCheck({});
      expect(argv).toEqual(["/action/dist/cargo-sunset.mjs", "check", ".", "--format", "github", "--fail-on", "error", "--sarif", "cargo-sunset.sarif"]);
      expect(output).toBe("sarif-file=cargo-sunset.sarif\n");
    });

    it("keeps hostile input inert and splits extra args on spaces", () => {
      const { argv } = runCheck({ path: "a dir; rm -rf /", "sarif-file": "", args: "--offline --rule x=off $(id)" });
      expect(argv).toEqual(["/action/dist/cargo-sunset.mjs", "check", "a dir; rm -rf /", "--format", "github", "--fail-on", "error", "--offline", "--rule", "x=off", "$(id)"]);
    });
  });
});

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")) as Array<Record<string, unknown>>;
  const hook = hooks.find((h) => h.id === "cargo-sunset")!;

  it("declares a node hook that runs the package's binary", () => {
    expect(hooks).toHaveLength(1);
    expect(hook).toMatchObject({ language: "node", pass_filenames: true });
    expect(hook.description).toBeTruthy();
    const [bin, command, ...rest] = String(hook.entry).split(" ");
    expect(Object.keys(pkg.bin)).toContain(bin);
    expect(COMMANDS).toContain(command);
    expect(rest).toEqual([]);
  });

  it("selects Cargo.toml and Cargo.lock at any depth, and nothing else", () => {
    const files = new RegExp(String(hook.files));
    for (const path of ["Cargo.toml", "Cargo.lock", "crates/app/Cargo.toml", "a/b/Cargo.lock"]) expect(files.test(path)).toBe(true);
    for (const path of ["Cargo.toml.orig", "MyCargo.toml", "cargo.toml", "Cargo.tomlx", "docs/Cargo.md"]) expect(files.test(path)).toBe(false);
  });
});
