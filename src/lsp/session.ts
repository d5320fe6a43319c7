/**
 * The language server's audits: one state per workspace, fed by the editor's unsaved texts through the source
 * overlay. Edits are debounced; audits run one at a time from a snapshot of the open documents, use cached
 * registry data only (a background refresh asks the registry and re-audits when it is done), and publish
 * diagnostics only for files whose diagnostics changed. Each audit reads every file again (unchanged ones come
 * parsed from the overlay) but re-runs only the rules whose inputs an edit changed (src/engine/incremental.ts).
 */
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Diagnostic } from "vscode-languageserver";
import { runAudit, type AuditedWorkspace } from "../audit.js";
import { ConfigError } from "../config/errors.js";
import { IncrementalRules, type IncrementalStats } from "../engine/incremental.js";
import type { Finding } from "../engine/types.js";
import { InputError } from "../errors.js";
import { setSourceOverlay, type TomlDocument } from "../model/toml-file.js";
import { prefetchRegistry } from "../registry/prefetch.js";
import { packageInfo } from "../util/package-root.js";
import { errorDiagnostic, toDiagnostic } from "./convert.js";

export interface SessionOptions {
  env: Record<string, string | undefined>;
  debounceMs: number;
  /** Ask the registry in the background (off in tests that want cache-only behaviour). */
  refreshRegistry: boolean;
  publish(uri: string, diagnostics: Diagnostic[], version: number | undefined): void;
  log(message: string): void;
  now?: () => Date;
}

export interface OpenDocument {
  text: string;
  version: number;
}

/** One audited workspace: the files it read, its findings and what was last published for each file. */
export interface WorkspaceState {
  /** The path the audit starts from (a manifest of the workspace). */
  entry: string;
  files: Set<string>;
  audited?: AuditedWorkspace;
  findings: Finding[];
  byFingerprint: Map<string, Finding>;
  published: Map<string, string>;
  /** The texts the last audit saw, by path. */
  texts: Map<string, string>;
  refreshed: boolean;
  /** The rules' reports of the previous audit, reused where an edit did not change their inputs. */
  rules: IncrementalRules;
}

export const uriToPath = (uri: string): string => fileURLToPath(uri);
export const pathToUri = (path: string): string => pathToFileURL(path).href;

export class Session {
  readonly documents = new Map<string, OpenDocument>();
  readonly workspaces: WorkspaceState[] = [];
  private readonly parsed = new Map<string, TomlDocument>();
  private snapshot = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  private dirty = new Set<string>();
  private running: Promise<void> | undefined;
  private readonly homepage = packageInfo().homepage;
  private disposed = false;
  /** Resolves when no audit is pending or running (tests and the memory script wait on it). */
  idle: Promise<void> = Promise.resolve();
  private settle: (() => void) | undefined;
  audits = 0;

  constructor(private readonly options: SessionOptions) {
    setSourceOverlay({ text: (path) => this.snapshot.get(path), parsed: this.parsed });
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    setSourceOverlay(null);
    this.settle?.();
  }

  open(path: string, text: string, version: number): void {
    this.documents.set(path, { text, version });
    this.schedule(path);
  }

  change(path: string, text: string, version: number): void {
    this.documents.set(path, { text, version });
    this.schedule(path);
  }

  close(path: string): void {
    this.documents.delete(path);
    // The file on disk counts again; its diagnostics stay (it is still part of the workspace).
    this.schedule(path);
  }

  /** The workspace state that read `path`, if any audit did. */
  stateOf(path: string): WorkspaceState | undefined {
    return this.workspaces.find((w) => w.files.has(path));
  }

  private schedule(path: string): void {
    if (this.disposed) return;
    this.dirty.add(path);
    if (!this.settle) this.idle = new Promise((resolve) => (this.settle = resolve));
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.drain();
    }, this.options.debounceMs);
  }

  /** Runs audits until no edit is left unaudited; one at a time. */
  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = (async () => {
      while (this.dirty.size > 0 && !this.disposed) {
        const paths = [...this.dirty];
        this.dirty.clear();
        const states = new Set<WorkspaceState>();
        for (const path of paths) states.add(this.stateOf(path) ?? this.newState(path));
        for (const state of states) await this.audit(state);
      }
    })();
    try {
      await this.running;
    } finally {
      this.running = undefined;
      if (this.dirty.size === 0 && !this.timer) {
        this.settle?.();
        this.settle = undefined;
      }
    }
  }

  private newState(path: string): WorkspaceState {
    const entry = basename(path) === "Cargo.lock" ? join(dirname(path), "Cargo.toml") : path;
    const state: WorkspaceState = { entry, files: new Set([path]), findings: [], byFingerprint: new Map(), published: new Map(), texts: new Map(), refreshed: false, rules: new IncrementalRules() };
    this.workspaces.push(state);
    return state;
  }

  private async audit(state: WorkspaceState): Promise<void> {
    this.snapshot = new Map([...this.documents].map(([path, doc]) => [path, doc.text]));
    const versions = new Map([...this.documents].map(([path, doc]) => [path, doc.version]));
    this.audits++;
    const diagnostics = new Map<string, Diagnostic[]>();
    try {
      const outcome = await runAudit({
        paths: [state.entry],
        cwd: dirname(state.entry),
        now: this.options.now?.() ?? new Date(),
        cli: { rules: {}, offline: true },
        registry: this.registryInput(),
        incremental: state.rules,
      });
      const audited = outcome.audited[0];
      if (!audited) return;
      const ws = audited.workspace;
      state.audited = audited;
      state.files = new Set([...ws.sources.keys(), ws.rootManifestPath, ws.lockfilePath, ...ws.members.map((m) => m.manifestPath), ...(audited.config.sources ?? [])]);
      for (const path of this.documents.keys()) if (dirname(path) === ws.root && basename(path) === "cargo-sunset.toml") state.files.add(path);
      state.texts = new Map([...state.files].flatMap((f) => (ws.sources.has(f) ? [[f, ws.sources.get(f) as string]] : this.snapshot.has(f) ? [[f, this.snapshot.get(f) as string]] : [])));
      state.findings = outcome.result.findings;
      state.byFingerprint = new Map(state.findings.map((f) => [f.fingerprint, f]));
      for (const file of state.files) diagnostics.set(file, []);
      for (const finding of state.findings) diagnostics.get(finding.location.file)?.push(toDiagnostic(finding, this.homepage)) ?? diagnostics.set(finding.location.file, [toDiagnostic(finding, this.homepage)]);
      if (this.options.refreshRegistry && !state.refreshed) this.refresh(state, audited);
    } catch (error) {
      if (error instanceof InputError) {
        state.files.add(error.file);
        diagnostics.set(error.file, [errorDiagnostic(error.line, error.column, error.problem)]);
      } else if (error instanceof ConfigError) {
        for (const issue of error.issues) {
          state.files.add(issue.file);
          const list = diagnostics.get(issue.file) ?? [];
          list.push(errorDiagnostic(issue.line || 1, issue.column || 1, issue.message));
          diagnostics.set(issue.file, list);
        }
      } else {
        this.options.log(`cargo-sunset: internal error while auditing ${state.entry}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return;
      }
    } finally {
      this.snapshot = new Map();
    }
    for (const [file, list] of diagnostics) {
      // An edit that arrived during the audit is audited next; its diagnostics replace these then.
      if (this.documents.has(file) && this.documents.get(file)?.version !== versions.get(file)) continue;
      const key = JSON.stringify(list);
      if (state.published.get(file) === key) continue;
      state.published.set(file, key);
      this.options.publish(pathToUri(file), list, versions.get(file));
    }
  }

  /** How often rules re-ran, over every workspace (for tests and the memory script). */
  ruleStats(): IncrementalStats {
    const total: IncrementalStats = { workspacePasses: 0, memberPasses: {} };
    for (const { rules } of this.workspaces) {
      total.workspacePasses += rules.stats.workspacePasses;
      for (const [member, n] of Object.entries(rules.stats.memberPasses)) total.memberPasses[member] = (total.memberPasses[member] ?? 0) + n;
    }
    return total;
  }

  private registryInput(): { env: Record<string, string | undefined>; cratesIoIndex?: string } {
    const index = this.options.env.CARGO_SUNSET_CRATES_IO_INDEX;
    return { env: this.options.env, ...(index ? { cratesIoIndex: index } : {}) };
  }

  /** Asks the registry for the workspace's crates once, off the keystroke path, then audits again from the cache. */
  private refresh(state: WorkspaceState, audited: AuditedWorkspace): void {
    state.refreshed = true;
    const { offline: _offline, ...settings } = audited.config.registry;
    prefetchRegistry([audited.workspace], { ...this.registryInput(), ...settings, offline: false })
      .then(() => {
        if (!this.disposed) this.schedule(state.entry);
      })
      .catch((error: unknown) => this.options.log(`cargo-sunset: registry refresh failed: ${String(error)}`));
  }
}
