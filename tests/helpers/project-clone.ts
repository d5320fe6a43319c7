/**
 * A git repository holding this project's working tree as it is now (tracked and new files, the committed bundle
 * included, ignored files left out), as a user's clone of it would be. npm runs offline from its cache, so no
 * test touches the internet.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../src/util/package-root.js";

export const GIT_ENV = {
  GIT_AUTHOR_NAME: "test",
  GIT_AUTHOR_EMAIL: "test@example.invalid",
  GIT_COMMITTER_NAME: "test",
  GIT_COMMITTER_EMAIL: "test@example.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
};

export const git = (cwd: string, ...args: string[]): string =>
  execFileSync("git", ["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", ...args], { cwd, env: { ...process.env, ...GIT_ENV }, encoding: "utf8" });

/** Commits every file of `dir` into a new repository there; returns the commit. */
export function commitAll(dir: string): string {
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "snapshot");
  return git(dir, "rev-parse", "HEAD").trim();
}

/** Copies the project into `dir` as a fresh repository; returns its commit. */
export function cloneProject(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const root = packageRoot();
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root })
    .toString()
    .split("\0")
    .filter(Boolean);
  execFileSync("bash", ["-c", 'tar -cf - --null -T - | tar -xf - -C "$1"', "copy", dir], { cwd: root, input: files.join("\0") });
  return commitAll(dir);
}

export function hasCommand(name: string): boolean {
  try {
    execFileSync("bash", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** npm from its cache only: the packages `npm ci` fetched are all an install needs. */
export const NPM_OFFLINE_ENV = { NPM_CONFIG_OFFLINE: "true", NPM_CONFIG_AUDIT: "false", NPM_CONFIG_FUND: "false", NPM_CONFIG_UPDATE_NOTIFIER: "false" };

export const PROJECT_ROOT = packageRoot();
export const fixture = (name: string) => join(PROJECT_ROOT, "fixtures", name);
