/**
 * Finds `# cargo-sunset: allow(rule-a, rule-b) reason: why` comments in a Cargo.toml. A comment after a
 * dependency applies to its own line; a comment on a line of its own applies to the next line that is not
 * a comment (so several allows can be stacked above one dependency).
 */
import { parseTOML } from "toml-eslint-parser";
import type { Span } from "../model/types.js";

export interface InlineAllow extends Span {
  file: string;
  ruleIds: string[];
  /** Null when the comment is malformed; `problem` then says why. */
  reason: string | null;
  problem?: string;
  /** The line whose findings the comment suppresses. */
  targetLine: number;
  /** Dependency key written on the target line, when there is one. */
  crateKey: string;
}

interface RawComment {
  value: string;
  line: number;
  /** 0-based column of `#`. */
  column: number;
  endColumn: number;
}

const DIRECTIVE = /^\s*cargo-sunset\s*:/;
const ALLOW = /^\s*cargo-sunset\s*:\s*allow\s*\(([^)]*)\)\s*(.*)$/;
const RULE_ID = /^[a-z0-9][a-z0-9-]*$/;
const DEPENDENCY_TABLES = new Set(["dependencies", "dev-dependencies", "build-dependencies"]);

/** Comments through the TOML parser (so `#` inside strings is never mistaken for one); a line scan if it fails. */
function commentsOf(text: string): { comments: RawComment[]; keys: Map<number, string> } {
  const keys = new Map<number, string>();
  try {
    const ast = parseTOML(text, { tomlVersion: "1.1" });
    for (const node of ast.body[0].body) {
      if (node.type !== "TOMLTable") continue;
      const path = node.resolvedKey.map(String);
      const last = path[path.length - 1] ?? "";
      const parent = path[path.length - 2] ?? "";
      if (DEPENDENCY_TABLES.has(parent)) keys.set(node.loc.start.line, last);
      for (const pair of node.body) {
        const first = pair.key.keys[0];
        const name = first ? (first.type === "TOMLBare" ? first.name : first.value) : "";
        if (DEPENDENCY_TABLES.has(last)) keys.set(pair.loc.start.line, name);
        else if (DEPENDENCY_TABLES.has(parent)) keys.set(pair.loc.start.line, last);
      }
    }
    const comments = ast.comments.map((c) => ({ value: c.value, line: c.loc.start.line, column: c.loc.start.column, endColumn: c.loc.end.column }));
    return { comments, keys };
  } catch {
    const comments: RawComment[] = [];
    text.split(/\r?\n/).forEach((lineText, i) => {
      const match = /^([^"'#]*)#(.*)$/.exec(lineText);
      if (match) comments.push({ value: match[2] ?? "", line: i + 1, column: match[1]?.length ?? 0, endColumn: lineText.length });
    });
    return { comments, keys };
  }
}

function parseDirective(value: string, knownRuleIds: ReadonlySet<string> | undefined): { ruleIds: string[]; reason: string | null; problem?: string } {
  const match = ALLOW.exec(value.trimEnd());
  if (!match) return { ruleIds: [], reason: null, problem: "expected `cargo-sunset: allow(<rule>, ...) reason: <why>`" };
  const ruleIds = (match[1] ?? "").split(",").map((id) => id.trim());
  const bad = ruleIds.find((id) => !RULE_ID.test(id));
  if (bad !== undefined) return { ruleIds: [], reason: null, problem: bad === "" ? "allow() needs at least one rule id" : `\`${bad}\` is not a rule id` };
  const unknown = knownRuleIds ? ruleIds.find((id) => !knownRuleIds.has(id)) : undefined;
  if (unknown !== undefined) return { ruleIds, reason: null, problem: `unknown rule \`${unknown}\`` };
  const reason = /^reason\s*:\s*(.*)$/.exec(match[2] ?? "")?.[1]?.trim() ?? "";
  if (reason === "") return { ruleIds, reason: null, problem: "an inline allow needs a reason: `... reason: <why>`" };
  return { ruleIds, reason };
}

export function findInlineAllows(file: string, rawText: string, knownRuleIds?: ReadonlySet<string>): InlineAllow[] {
  // Every directive names the tool: most manifests have none and need no parse at all.
  if (!rawText.includes("cargo-sunset")) return [];
  const text = rawText.startsWith("\uFEFF") ? rawText.slice(1) : rawText;
  const lines = text.split(/\r?\n/);
  const { comments, keys } = commentsOf(text);
  const commentOnly = new Set(comments.filter((c) => (lines[c.line - 1] ?? "").slice(0, c.column).trim() === "").map((c) => c.line));
  const allows: InlineAllow[] = [];
  for (const comment of comments) {
    if (!DIRECTIVE.test(comment.value)) continue;
    let targetLine = comment.line;
    if (commentOnly.has(comment.line)) {
      targetLine += 1;
      while (commentOnly.has(targetLine)) targetLine += 1;
    }
    allows.push({
      file,
      line: comment.line,
      column: comment.column + 1,
      endLine: comment.line,
      endColumn: comment.endColumn + 1,
      targetLine,
      crateKey: keys.get(targetLine) ?? "",
      ...parseDirective(comment.value, knownRuleIds),
    });
  }
  return allows;
}
