/** One Cargo.toml as read from disk, with helpers to raise errors at the position of a key. */
import { dirname } from "node:path";
import { InputError } from "../errors.js";
import { positionOfKey } from "./spans.js";
import { isTable, readTomlFile, type TomlTable } from "./toml-file.js";

export interface ManifestDoc {
  path: string;
  dir: string;
  text: string;
  data: TomlTable;
  /** `[package]` (or the legacy `[project]`), null for a virtual manifest. */
  package: TomlTable | null;
  workspace: TomlTable | null;
}

export function readManifest(path: string): ManifestDoc {
  const doc = readTomlFile(path);
  const pkg = doc.data.package ?? doc.data.project;
  const workspace = doc.data.workspace;
  const manifest: ManifestDoc = {
    path,
    dir: dirname(path),
    text: doc.text,
    data: doc.data,
    package: isTable(pkg) ? pkg : null,
    workspace: isTable(workspace) ? workspace : null,
  };
  if (pkg !== undefined && !isTable(pkg)) throw manifestError(manifest, ["package"], "`package` must be a table");
  if (workspace !== undefined && !isTable(workspace)) throw manifestError(manifest, ["workspace"], "`workspace` must be a table");
  if (!manifest.package && !manifest.workspace) {
    throw new InputError(path, 1, 1, "manifest is missing either a `[package]` or a `[workspace]`");
  }
  return manifest;
}

/** An InputError at the key path's position (the nearest existing prefix; line 1 when none). */
export function manifestError(doc: ManifestDoc, keyPath: string[], problem: string): InputError {
  const { line, column } = positionOfKey(doc.text, keyPath);
  return new InputError(doc.path, line, column, problem);
}

/** The key path of `[package]` fields, honouring the legacy `[project]` spelling. */
export function packageKey(doc: ManifestDoc): string {
  return isTable(doc.data.package) ? "package" : "project";
}
