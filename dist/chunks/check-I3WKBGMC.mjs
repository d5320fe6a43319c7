import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_OK
} from "./chunk-TURU6P4Y.mjs";
import {
  ruleDocsUrl
} from "./chunk-YKC5GBW3.mjs";
import {
  ALL_RULE_METAS,
  SEVERITIES,
  atOrAbove,
  compareFindings,
  compareSeverity,
  formatGuide,
  formatGuideMarkdown,
  parseDuration,
  runAudit,
  writeBaseline
} from "./chunk-GUXFN55B.mjs";
import "./chunk-HEUKVBB2.mjs";
import "./chunk-FG6EX3WV.mjs";
import {
  packageInfo,
  readShippedDoc
} from "./chunk-QFIM44G5.mjs";
import "./chunk-RPMUVPDV.mjs";
import "./chunk-QIKAJBTO.mjs";
import {
  UsageError,
  appendFileAtomic,
  writeFileAtomic
} from "./chunk-NXUHKXOR.mjs";
import "./chunk-FWWLTAH5.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-WDHDEUBW.mjs";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors2 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors2();
    module.exports.createColors = createColors2;
  }
});

// dist/src/commands/check.js
import { resolve } from "node:path";

// dist/src/report/lockfile-location.js
import { basename } from "node:path";
var LOCKFILE_FIX_RULES = /* @__PURE__ */ new Set(["yanked-version", "outdated-lock"]);
var isLockfile = (location) => basename(location.file) === "Cargo.lock";
function versionLine(entry, text) {
  if (text === void 0)
    return entry;
  const lines = text.split(/\r?\n/);
  for (let i = entry.line; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*\[/.test(line))
      break;
    const match = /^(\s*version\s*=\s*)("[^"]*")/.exec(line);
    if (match) {
      const column = match[1].length + 1;
      return { file: entry.file, line: i + 1, column, endLine: i + 1, endColumn: column + match[2].length };
    }
  }
  return entry;
}
function placeFinding(finding, readText) {
  const unchanged = { location: finding.location, relatedLocations: finding.relatedLocations };
  if (!LOCKFILE_FIX_RULES.has(finding.ruleId) || isLockfile(finding.location))
    return unchanged;
  const entry = finding.relatedLocations.find(isLockfile);
  if (!entry)
    return unchanged;
  const { label: _label, ...manifest } = finding.location;
  return {
    location: versionLine(entry, readText(entry.file)),
    relatedLocations: [
      { ...manifest, label: "Cargo.toml requirement" },
      ...finding.relatedLocations.filter((l) => l !== entry)
    ]
  };
}

// dist/src/report/paths.js
import { isAbsolute, relative, sep } from "node:path";
var relativeCache = /* @__PURE__ */ new Map();
var RELATIVE_CACHE_LIMIT = 1e4;
function toPosixRelative(file, base) {
  if (!isAbsolute(file))
    return file.split(sep).join("/");
  const key = `${base}\0${file}`;
  const known = relativeCache.get(key);
  if (known !== void 0)
    return known;
  const rel = relative(base, file);
  const result = (rel === "" ? "." : rel).split(sep).join("/");
  if (relativeCache.size >= RELATIVE_CACHE_LIMIT)
    relativeCache.clear();
  relativeCache.set(key, result);
  return result;
}
function isOutside(relativePath) {
  return relativePath === ".." || relativePath.startsWith("../") || isAbsolute(relativePath);
}

// dist/src/report/severity.js
function countSeverities(findings) {
  const counts = { errors: 0, warnings: 0, notes: 0, total: findings.length };
  for (const finding of findings) {
    if (finding.severity === "error")
      counts.errors++;
    else if (finding.severity === "warning")
      counts.warnings++;
    else
      counts.notes++;
  }
  return counts;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function describeCounts(counts) {
  if (counts.total === 0)
    return "no problems";
  const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning"), plural(counts.notes, "note")];
  return `${plural(counts.total, "problem")} (${parts.join(", ")})`;
}
function sortFindings(findings) {
  return [...findings].sort(compareFindings);
}
function sortNotes(notes) {
  return [...notes].sort((a, b) => compareSeverity(a.level, b.level));
}

// dist/src/report/github.js
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatCommand(command, properties, message) {
  const props = properties.filter((entry) => entry[1] !== void 0 && entry[1] !== "").map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
var ANNOTATIONS_PER_TYPE = 10;
var githubReporter = (result, ctx) => {
  const all = [
    ...sortFindings(result.findings).map((finding) => ({ level: finding.severity, line: findingCommand(finding, ctx) })),
    ...sortNotes(result.notes).map((note) => ({ level: note.level, line: noteCommand(note, ctx) }))
  ];
  const byLevel = (level) => all.filter((a) => a.level === level);
  const errors = byLevel("error");
  const warnings = byLevel("warning");
  const notices = byLevel("note");
  const overflow = errors.length > ANNOTATIONS_PER_TYPE || warnings.length > ANNOTATIONS_PER_TYPE || notices.length > ANNOTATIONS_PER_TYPE;
  const noticeRoom = overflow ? ANNOTATIONS_PER_TYPE - 1 : ANNOTATIONS_PER_TYPE;
  const shown = [...errors.slice(0, ANNOTATIONS_PER_TYPE), ...warnings.slice(0, ANNOTATIONS_PER_TYPE), ...notices.slice(0, noticeRoom)];
  const lines = shown.map((a) => a.line);
  if (overflow) {
    const left = { error: errors.length - ANNOTATIONS_PER_TYPE, warning: warnings.length - ANNOTATIONS_PER_TYPE, note: notices.length - noticeRoom };
    const parts = SEVERITIES.filter((l) => left[l] > 0).map((l) => `${left[l]} ${l}${left[l] === 1 ? "" : "s"}`);
    const total = all.length - shown.length;
    lines.push(formatCommand("notice", [["title", `${ctx.tool.name}: ${total} more not annotated`]], `${total} more finding(s) and message(s) are not annotated (${parts.join(", ")}): GitHub shows ${ANNOTATIONS_PER_TYPE} annotations of each type per step. The job summary lists every finding.`));
  }
  lines.push(describeCounts(countSeverities(result.findings)));
  return lines.join("\n") + "\n";
};
function findingCommand(finding, ctx) {
  const message = finding.suggestion ? `${finding.message}
${finding.suggestion}` : finding.message;
  const title = `${finding.ruleId}: ${finding.crate.name}`;
  const { location } = placeFinding(finding, ctx.readLockfile);
  return formatCommand(COMMAND[finding.severity], [...locationProperties(location, ctx), ["title", title]], message);
}
function noteCommand(note, ctx) {
  return formatCommand(COMMAND[note.level], note.location ? locationProperties(note.location, ctx) : [], note.message);
}
function locationProperties(location, ctx) {
  return [
    ["file", toPosixRelative(location.file, ctx.cwd)],
    ["line", location.line],
    ["col", location.column],
    ["endLine", location.endLine],
    ["endColumn", location.endColumn]
  ];
}

// dist/src/report/gitlab.js
import { createHash } from "node:crypto";
var GITLAB_SEVERITY = { error: "major", warning: "minor", note: "info" };
var gitlabReporter = (result, ctx) => {
  const seen = /* @__PURE__ */ new Map();
  const issues = sortFindings(result.findings).map((finding) => {
    const { location } = placeFinding(finding, ctx.readLockfile);
    const count = seen.get(finding.fingerprint) ?? 0;
    seen.set(finding.fingerprint, count + 1);
    const fingerprint = createHash("md5").update(`${finding.ruleId}\0${finding.fingerprint}\0${count}`).digest("hex");
    return {
      description: finding.suggestion ? `${finding.message}. ${finding.suggestion}` : finding.message,
      check_name: finding.ruleId,
      fingerprint,
      severity: GITLAB_SEVERITY[finding.severity],
      location: { path: toPosixRelative(location.file, ctx.repoRoot), lines: { begin: location.line, end: location.endLine } }
    };
  });
  return `${JSON.stringify(issues, null, 2)}
`;
};

// dist/src/report/data.js
function reportData(ctx) {
  const db = ctx.catalog.advisoryDatabase;
  return {
    catalog: { asOf: ctx.catalog.asOf },
    advisoryDatabase: { source: db.source, date: db.date, ...db.commit ? { commit: db.commit } : {}, advisories: db.count }
  };
}
function describeData(ctx) {
  const { catalog, advisoryDatabase: db } = reportData(ctx);
  const commit = db.commit ? `commit ${db.commit.slice(0, 8)}, ` : "";
  return `Data: catalog as of ${catalog.asOf}; RustSec advisory database of ${db.date} (${commit}${db.source}, ${db.advisories} advisories)`;
}

// dist/src/report/plan.js
function planHeadline(result) {
  const plan = result.plan ?? [];
  const changes = `${plan.length} change${plan.length === 1 ? "" : "s"}`;
  const removed = result.planRemoves ?? 0;
  const total = result.findings.length + (result.hidden?.findings ?? 0);
  return `${changes} remove${plan.length === 1 ? "s" : ""} ${removed} of ${total} finding${total === 1 ? "" : "s"}`;
}
function describeAction(action, cwd) {
  const t = action.target;
  const what = `${t.crate}${t.version ? ` ${t.version}` : ""} (${toPosixRelative(t.file, cwd)}:${t.line})`;
  switch (action.action) {
    case "replace":
      return `replace ${what}${action.to ? ` with ${action.to}, per \`cargo-sunset --explain ${t.crate}\`` : ""}`;
    case "upgrade":
      return action.basis === "registry" ? `upgrade ${what} to ${action.to} (registry data shows ${action.to} drops them)` : `upgrade ${what} to ${action.to}, per \`cargo-sunset --explain ${t.crate}\``;
    default:
      return `remove or replace ${what}`;
  }
}
function describeRemoves(action) {
  return action.removes.map((r) => `${r.crate}${r.version ? ` ${r.version}` : ""}`).join(", ");
}
function toJsonPlan(plan, cwd) {
  return plan.map((a) => ({
    action: a.action,
    target: { ...a.target, file: toPosixRelative(a.target.file, cwd) },
    ...a.to ? { to: a.to } : {},
    removes: a.removes,
    findings: a.findings,
    severity: a.severity,
    basis: a.basis
  }));
}

// dist/src/report/json.js
var JSON_SCHEMA_VERSION = 1;
var jsonReporter = (result, ctx) => {
  const report = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: ctx.tool.name, version: ctx.tool.version },
    findings: sortFindings(result.findings).map((finding) => toJsonFinding(finding, ctx)),
    plan: toJsonPlan(result.plan ?? [], ctx.cwd),
    notes: sortNotes(result.notes).map((note) => ({
      level: note.level,
      message: note.message,
      ...note.location ? { location: toJsonLocation(note.location, ctx) } : {}
    })),
    summary: { ...countSeverities(result.findings), workspaces: result.workspaceRoots.length, ...result.hidden ? { hidden: result.hidden } : {} },
    data: reportData(ctx)
  };
  return JSON.stringify(report, null, 2) + "\n";
};
function toJsonFinding(finding, ctx) {
  const { name, version, req, versions } = finding.crate;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    crate: { name, ...version !== void 0 ? { version } : {}, ...versions !== void 0 ? { versions } : {}, ...req !== void 0 ? { req } : {} },
    location: toJsonLocation(finding.location, ctx),
    relatedLocations: finding.relatedLocations.map((location) => toJsonLocation(location, ctx)),
    ...finding.suggestion !== void 0 ? { suggestion: finding.suggestion } : {},
    ...finding.member !== void 0 ? { member: finding.member } : {},
    ...finding.members !== void 0 ? { members: finding.members } : {},
    ...finding.messageId !== void 0 ? { messageId: finding.messageId } : {},
    fingerprint: finding.fingerprint,
    ...finding.advisory ? { advisory: finding.advisory } : {}
  };
}
function toJsonLocation(location, ctx) {
  const { line, column, endLine, endColumn, label } = location;
  return {
    file: toPosixRelative(location.file, ctx.cwd),
    line,
    column,
    endLine,
    endColumn,
    ...label !== void 0 ? { label } : {}
  };
}

// dist/src/report/guide.js
var CATALOG_RULE_IDS = /* @__PURE__ */ new Set(["declining-crate", "declining-transitive"]);
function catalogEntryOf(finding, catalog) {
  return CATALOG_RULE_IDS.has(finding.ruleId) ? catalog.entry(finding.crate.name) : void 0;
}
function entriesForRule(ruleId, findings, catalog) {
  const byCrate = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.ruleId !== ruleId)
      continue;
    const entry = catalogEntryOf(finding, catalog);
    if (entry)
      byCrate.set(entry.crate, entry);
  }
  return [...byCrate.values()].sort((a, b) => a.crate < b.crate ? -1 : a.crate > b.crate ? 1 : 0);
}

// dist/src/report/markdown.js
var FOLD_ABOVE = 10;
var ICON = { error: "\u{1F534}", warning: "\u{1F7E1}", note: "\u{1F535}" };
function escapeCell(value) {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n|\r/g, "<br>");
}
function codeCell(value) {
  const text = value.replace(/\r?\n|\r/g, " ").replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
var markdownReporter = (result, ctx) => {
  const counts = countSeverities(result.findings);
  const sections = [`## ${ctx.tool.name}`];
  if (counts.total === 0) {
    sections.push("No problems found \u2705");
  } else {
    const workspaces = result.workspaceRoots.length;
    sections.push(`**${describeCounts(counts)}** in ${workspaces} workspace${workspaces === 1 ? "" : "s"}`);
    const findings = sortFindings(result.findings);
    const long = findings.length > FOLD_ABOVE;
    sections.push(long ? fold(`${counts.total} findings`, renderTable(findings, ctx)) : renderTable(findings, ctx));
    const suggestions = renderSuggestions(findings, ctx);
    if (suggestions)
      sections.push(long ? fold("Suggestions", suggestions) : `### Suggestions

${suggestions}`);
    if (result.plan && result.plan.length > 0)
      sections.push(`### Plan: ${escapeCell(planHeadline(result))}`, renderPlan(result, ctx));
    const guides = renderGuides(findings, ctx);
    if (guides)
      sections.push("### Migration guides", guides);
  }
  if (result.notes.length > 0) {
    sections.push("### Notes", sortNotes(result.notes).map((n) => `- ${ICON[n.level]} ${escapeCell(n.message)}`).join("\n"));
  }
  return sections.join("\n\n") + "\n";
};
function renderTable(findings, ctx) {
  const rows = findings.map((f) => {
    const crate = f.crate.version ? `${f.crate.name} ${f.crate.version}` : f.crate.name;
    const where = `${toPosixRelative(f.location.file, ctx.cwd)}:${f.location.line}`;
    return `| ${ICON[f.severity]} ${f.severity} | ${codeCell(f.ruleId)} | ${codeCell(crate)} | ${codeCell(where)} | ${escapeCell(f.message)} |`;
  });
  return ["| Severity | Rule | Crate | Location | Message |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}
function renderPlan(result, ctx) {
  const rows = (result.plan ?? []).map((a, i) => `| ${i + 1} | ${escapeCell(describeAction(a, ctx.cwd))} | ${escapeCell(describeRemoves(a))} | ${a.findings} | ${a.basis} |`);
  return ["| # | Change | Removes | Findings | Basis |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}
function renderSuggestions(findings, ctx) {
  return findings.filter((f) => f.suggestion).map((f) => {
    const where = `${toPosixRelative(f.location.file, ctx.cwd)}:${f.location.line}`;
    return `- ${codeCell(f.crate.name)} (${codeCell(where)}): ${escapeCell(f.suggestion)}`;
  }).join("\n");
}
function renderGuides(findings, ctx) {
  const seen = /* @__PURE__ */ new Set();
  const blocks = [];
  for (const finding of findings) {
    const entry = catalogEntryOf(finding, ctx.catalog);
    if (!entry || seen.has(entry.crate))
      continue;
    seen.add(entry.crate);
    const to = entry.replacements.map((r) => r.crate).join(", ");
    blocks.push(fold(`${escapeCell(entry.crate)}${to ? ` \u2192 ${escapeCell(to)}` : ""}`, formatGuideMarkdown(entry).trimEnd()));
  }
  return blocks.join("\n\n");
}
function fold(summary, body) {
  return `<details>
<summary>${summary}</summary>

${body}

</details>`;
}

// dist/src/report/sarif.js
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

// dist/src/report/markdown-text.js
var FENCE = /^\s*(```|~~~)/;
function absolutizeLinks(markdown, base) {
  let inFence = false;
  return markdown.split("\n").map((line) => {
    if (FENCE.test(line))
      inFence = !inFence;
    if (inFence)
      return line;
    return line.replace(/(!?\[[^\]]*\]\()([^)\s]+)(\s+"[^"]*")?\)/g, (whole, open, target, title) => /^[a-z][a-z0-9+.-]*:/i.test(target) ? whole : `${open}${new URL(target, base).href}${title ?? ""})`);
  }).join("\n");
}
function markdownToText(markdown) {
  let inFence = false;
  const out = [];
  for (const line of markdown.split("\n")) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(`    ${line}`);
      continue;
    }
    out.push(line.replace(/^#{1,6}\s+(.*?)\s*#*\s*$/, (_, heading) => heading.toUpperCase()).replace(/!?\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_, text, url) => text === url ? url : `${text} (${url})`).replace(/`([^`]+)`/g, "$1").replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2").replace(/(^|[\s(])[*_](?=\S)([^*_]+?)(?<=\S)[*_](?=$|[\s).,;:!?])/g, "$1$2").replace(/^(\s*)[*+] /, "$1- ").replace(/^>\s?/, ""));
  }
  return out.join("\n");
}

// dist/src/report/sarif-rules.js
var MAX_DESCRIPTION = 1024;
var PROBLEM_SEVERITY = { error: "error", warning: "warning", note: "recommendation" };
var RULE_NAMES = { msrv: "RustVersionTooLow" };
function ruleName(id) {
  const pascal = toPascalCase(id);
  if (RULE_NAMES[id])
    return RULE_NAMES[id];
  return pascal.toLowerCase() === id.toLowerCase() ? `${pascal}Check` : pascal;
}
function toPascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}
function buildRuleDescriptors(rules, findings, ctx, homepage) {
  const metas = new Map(rules.map((meta) => [meta.id, meta]));
  for (const finding of findings) {
    if (!metas.has(finding.ruleId))
      metas.set(finding.ruleId, void 0);
  }
  return [...metas.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([id, meta]) => meta ? describeRule(meta, findings, ctx, homepage) : describeUnknownRule(id, findings, homepage));
}
function describeRule(meta, findings, ctx, homepage) {
  const helpUri = ruleDocsUrl(homepage, meta.id);
  const raw = ctx.ruleDocs.get(meta.id);
  const doc = raw && absolutizeLinks(raw, helpUri);
  const help = withMigrationGuides(meta.id, { text: doc ? markdownToText(doc) : meta.description, markdown: doc ?? meta.description }, findings, ctx);
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: clip(meta.description) },
    fullDescription: { text: clip(markdownToText(doc && firstParagraph(doc) || meta.description)) },
    help,
    helpUri,
    defaultConfiguration: { level: meta.defaultSeverity },
    properties: {
      tags: [.../* @__PURE__ */ new Set([meta.category, "dependencies", "rust", ...meta.needsRegistry ? ["registry"] : []])],
      precision: "high",
      "problem.severity": PROBLEM_SEVERITY[meta.defaultSeverity],
      ...securitySeverity(meta.id, findings)
    }
  };
}
function securitySeverity(ruleId, findings) {
  const scores = findings.filter((f) => f.ruleId === ruleId && f.advisory?.score !== void 0).map((f) => f.advisory.score);
  return scores.length > 0 ? { "security-severity": Math.max(...scores).toFixed(1) } : {};
}
function withMigrationGuides(ruleId, help, findings, ctx) {
  const entries = entriesForRule(ruleId, findings, ctx.catalog);
  if (entries.length === 0)
    return help;
  const markdown = entries.map((entry) => formatGuideMarkdown(entry).trimEnd());
  const text = entries.map((entry) => formatGuide(entry).trimEnd());
  return {
    markdown: `${help.markdown.trimEnd()}

## Migration guides for the crates flagged in this analysis

${markdown.join("\n\n")}
`,
    text: `${help.text.trimEnd()}

Migration guides for the crates flagged in this analysis:

${text.join("\n\n")}
`
  };
}
function firstParagraph(markdown) {
  const blocks = [[]];
  let inFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (FENCE.test(line))
      inFence = !inFence;
    if (!inFence && line.trim() === "")
      blocks.push([]);
    else
      blocks[blocks.length - 1].push(line);
  }
  return blocks.map((lines) => lines.join("\n").trim()).find((block) => block && !block.startsWith("#") && !FENCE.test(block) && !block.startsWith("|"));
}
function clip(text) {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}\u2026`;
}
function describeUnknownRule(id, findings, homepage) {
  const level = findings.find((finding) => finding.ruleId === id).severity;
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: id },
    fullDescription: { text: id },
    help: { text: id, markdown: id },
    helpUri: ruleDocsUrl(homepage, id),
    defaultConfiguration: { level },
    properties: { tags: ["dependencies", "rust"], precision: "high", "problem.severity": PROBLEM_SEVERITY[level] }
  };
}

// dist/src/report/sarif-limits.js
var GITHUB_SARIF_LIMITS = {
  maxResults: 25e3,
  maxRelatedLocations: 100,
  maxGzipBytes: 10 * 1024 * 1024
};
function keepMostSevere(findings, max) {
  if (findings.length <= max)
    return [...findings];
  const kept = new Set([...findings].sort((a, b) => compareSeverity(a.severity, b.severity)).slice(0, Math.max(0, max)));
  return findings.filter((finding) => kept.has(finding));
}
function describeDroppedResults(dropped, total, reason) {
  return `${dropped} of ${total} results were left out of this SARIF file (${reason}); the most severe ones were kept. Use the JSON or text output for the full list.`;
}
function describeTrimmedRelated(results, max) {
  return `${results} result${results === 1 ? "" : "s"} had more than ${max} related locations; only the first ${max} of each were kept.`;
}

// dist/src/report/sarif.js
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "cargoSunset/v1";
var sarifReporter = (result, ctx) => renderSarif(result, ctx);
function renderSarif(result, ctx, limits = GITHUB_SARIF_LIMITS) {
  const findings = sortFindings(result.findings);
  let kept = keepMostSevere(findings, limits.maxResults);
  let reason = `GitHub accepts at most ${limits.maxResults} results per run`;
  for (; ; ) {
    const text = JSON.stringify(buildSarifLog(result, ctx, { findings, kept, reason, limits }), null, 2) + "\n";
    const size = gzipSync(text).length;
    if (size <= limits.maxGzipBytes || kept.length === 0)
      return text;
    kept = keepMostSevere(kept, Math.floor(kept.length * limits.maxGzipBytes * 0.9 / size));
    reason = `GitHub accepts SARIF files of at most ${limits.maxGzipBytes} bytes gzip-compressed`;
  }
}
function buildSarifLog(result, ctx, selection) {
  const { name, version, informationUri } = ctx.tool;
  const rules = buildRuleDescriptors(result.rules, selection.kept, ctx, informationUri);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = selection.kept.map((finding) => toResult(finding, ruleIndex.get(finding.ruleId), ctx, selection.limits));
  const notifications = [
    ...sortNotes(result.notes).map((note) => toNotification(note, ctx)),
    ...limitNotifications(selection)
  ];
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name, version, semanticVersion: version, informationUri, rules }
        },
        ...ctx.automationId ? { automationDetails: { id: sarifCategory(ctx.automationId) } } : {},
        // Columns come from JavaScript string indices.
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(ctx.repoRoot) } },
        // The same plan as the JSON report's top-level `plan` (paths relative to the working directory).
        properties: { data: reportData(ctx), plan: toJsonPlan(result.plan ?? [], ctx.cwd) },
        invocations: [{ executionSuccessful: true, ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {} }],
        results
      }
    ]
  };
}
function sarifCategory(id) {
  return id.includes("/") ? id : `${id}/`;
}
function toResult(finding, ruleIndex, ctx, limits) {
  const placed = placeFinding(finding, ctx.readLockfile);
  const related = placed.relatedLocations.slice(0, limits.maxRelatedLocations).map((location, i) => ({
    id: i + 1,
    physicalLocation: toPhysicalLocation(location, ctx),
    ...location.label ? { message: { text: location.label } } : {}
  }));
  const { name, version, req } = finding.crate;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.severity,
    message: { text: finding.suggestion ? `${finding.message}
${finding.suggestion}` : finding.message },
    locations: [{ physicalLocation: toPhysicalLocation(placed.location, ctx) }],
    ...related.length > 0 ? { relatedLocations: related } : {},
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      crate: name,
      ...version !== void 0 ? { version } : {},
      ...req !== void 0 ? { req } : {},
      ...finding.member !== void 0 ? { member: finding.member } : {},
      ...advisoryProperties(finding)
    }
  };
}
function advisoryProperties(finding) {
  const advisory = finding.advisory;
  if (!advisory)
    return {};
  return {
    advisory: advisory.id,
    ...advisory.aliases.length > 0 ? { aliases: advisory.aliases.join(", ") } : {},
    ...advisory.cvss ? { cvss: advisory.cvss } : {},
    ...advisory.score !== void 0 ? { "security-severity": advisory.score.toFixed(1) } : {}
  };
}
function toNotification(note, ctx) {
  return {
    level: note.level,
    message: { text: note.message },
    ...note.location ? { locations: [{ physicalLocation: toPhysicalLocation(note.location, ctx) }] } : {}
  };
}
function limitNotifications({ findings, kept, reason, limits }) {
  const notes = [];
  if (kept.length < findings.length) {
    notes.push({ level: "warning", message: { text: describeDroppedResults(findings.length - kept.length, findings.length, reason) } });
  }
  const trimmed = kept.filter((f) => f.relatedLocations.length > limits.maxRelatedLocations).length;
  if (trimmed > 0)
    notes.push({ level: "warning", message: { text: describeTrimmedRelated(trimmed, limits.maxRelatedLocations) } });
  return notes;
}
function toPhysicalLocation(location, ctx) {
  const relative2 = toPosixRelative(location.file, ctx.repoRoot);
  const artifactLocation = isOutside(relative2) ? { uri: pathToFileURL(location.file).href } : { uri: relative2.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  const startLine = Math.max(1, location.line);
  const startColumn = Math.max(1, location.column);
  const endLine = Math.max(startLine, location.endLine);
  const endColumn = Math.max(endLine === startLine ? startColumn : 1, location.endColumn);
  return { artifactLocation, region: { startLine, startColumn, endLine, endColumn } };
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}

// dist/src/report/text.js
var import_picocolors = __toESM(require_picocolors(), 1);
var MAX_ALIGNED_MESSAGE = 72;
var textReporter = (result, ctx) => {
  const colors = (0, import_picocolors.createColors)(ctx.color);
  const blocks = [];
  for (const [file, findings] of groupByFile(sortFindings(result.findings), ctx)) {
    blocks.push(renderFileGroup(file, findings, ctx, colors));
  }
  if (result.plan && result.plan.length > 0)
    blocks.push(renderPlan2(result, ctx, colors));
  if (result.notes.length > 0)
    blocks.push(renderNotes(result.notes, ctx, colors));
  const counts = countSeverities(result.findings);
  const summaryColor = counts.errors > 0 ? colors.red : counts.warnings > 0 ? colors.yellow : colors.green;
  const hidden = result.hidden;
  const hiddenText = hidden && (hidden.findings > 0 || hidden.notes > 0) ? colors.dim(` (--quiet hid ${hidden.findings} finding${hidden.findings === 1 ? "" : "s"} below ${hidden.below} and ${hidden.notes} note${hidden.notes === 1 ? "" : "s"} about the run)`) : "";
  blocks.push(`${colors.bold(summaryColor(describeCounts(counts)))}${hiddenText}
${colors.dim(describeData(ctx))}`);
  return blocks.join("\n\n") + "\n";
};
function groupByFile(findings, ctx) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const file = toPosixRelative(finding.location.file, ctx.cwd);
    groups.set(file, [...groups.get(file) ?? [], finding]);
  }
  return groups;
}
function renderFileGroup(file, findings, ctx, colors) {
  const positions = findings.map((f) => `${f.location.line}:${f.location.column}`);
  const posWidth = Math.max(...positions.map((p) => p.length));
  const sevWidth = Math.max(...findings.map((f) => f.severity.length));
  const msgWidth = Math.min(MAX_ALIGNED_MESSAGE, Math.max(...findings.map((f) => f.message.length)));
  const indent = " ".repeat(2 + posWidth + 2 + sevWidth + 2);
  const lines = [colors.underline(file)];
  findings.forEach((finding, i) => {
    const severity = paintSeverity(finding.severity, finding.severity.padEnd(sevWidth), colors);
    const message = finding.message.padEnd(msgWidth);
    lines.push(`  ${colors.dim(positions[i].padEnd(posWidth))}  ${severity}  ${message}  ${colors.dim(finding.ruleId)}`);
    if (finding.suggestion)
      lines.push(...finding.suggestion.split("\n").map((line) => `${indent}${colors.cyan(line)}`));
    for (const related of finding.relatedLocations) {
      lines.push(`${indent}${colors.dim(`${related.label ? `${related.label}: ` : "see "}${describeLocation(related, ctx)}`)}`);
    }
  });
  return lines.join("\n");
}
var PLAN_LINES = 10;
function renderPlan2(result, ctx, colors) {
  const plan = result.plan ?? [];
  const lines = [colors.bold(`Plan: ${planHeadline(result)}`)];
  plan.slice(0, PLAN_LINES).forEach((action, i) => {
    const count = `${action.findings} finding${action.findings === 1 ? "" : "s"}`;
    lines.push(`  ${i + 1}. ${describeAction(action, ctx.cwd)}: removes ${describeRemoves(action)} (${count})`);
  });
  if (plan.length > PLAN_LINES)
    lines.push(colors.dim(`  and ${plan.length - PLAN_LINES} more (--format json lists every one)`));
  return lines.join("\n");
}
function renderNotes(notes, ctx, colors) {
  const sorted = sortNotes(notes);
  const width = Math.max(...sorted.map((n) => n.level.length));
  const lines = sorted.map((note) => {
    const where = note.location ? `  ${colors.dim(describeLocation(note.location, ctx))}` : "";
    return `  ${paintSeverity(note.level, note.level.padEnd(width), colors)}  ${note.message}${where}`;
  });
  return [colors.bold("Notes"), ...lines].join("\n");
}
function describeLocation(location, ctx) {
  return `${toPosixRelative(location.file, ctx.cwd)}:${location.line}`;
}
function paintSeverity(severity, text, colors) {
  if (severity === "error")
    return colors.red(text);
  if (severity === "warning")
    return colors.yellow(text);
  return colors.blue(text);
}

// dist/src/report/index.js
var reporters = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  markdown: markdownReporter,
  gitlab: gitlabReporter
};
var REPORT_FORMATS = Object.keys(reporters);

// dist/src/util/color-mode.js
function colorEnabled(mode, env, isTTY) {
  if (mode === "always")
    return true;
  if (mode === "never")
    return false;
  if ((env.NO_COLOR ?? "") !== "")
    return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0)
    return force !== "0" && force !== "false";
  return isTTY;
}

// dist/src/commands/report-context.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
function toolInfo() {
  const { name, version, homepage } = packageInfo();
  return { name, version, informationUri: homepage };
}
var docsByRule = /* @__PURE__ */ new Map();
function ruleDocs(metas) {
  const out = /* @__PURE__ */ new Map();
  for (const meta of metas) {
    if (!docsByRule.has(meta.id))
      docsByRule.set(meta.id, readShippedDoc(meta.docs || `rules/${meta.id}.md`));
    const text = docsByRule.get(meta.id);
    if (text !== void 0)
      out.set(meta.id, text);
  }
  return out;
}
function lockfileReader() {
  const texts = /* @__PURE__ */ new Map();
  return (file) => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(file, "utf8"));
      } catch {
        texts.set(file, void 0);
      }
    }
    return texts.get(file);
  };
}
function findRepoRoot(start) {
  let dir = start;
  for (; ; ) {
    if (existsSync(join(dir, ".git")))
      return dir;
    const parent = dirname(dir);
    if (parent === dir)
      return start;
    dir = parent;
  }
}
function buildReportContext(o) {
  let docs;
  return {
    cwd: o.cwd,
    repoRoot: findRepoRoot(o.projectDir),
    color: o.color,
    tool: toolInfo(),
    // Read when a reporter asks (SARIF does; the text, JSON and other reports never need the pages).
    get ruleDocs() {
      docs ??= ruleDocs(o.rules);
      return docs;
    },
    readLockfile: lockfileReader(),
    catalog: o.catalog,
    ...o.automationId ? { automationId: o.automationId } : {}
  };
}

// dist/src/commands/check.js
function failsAt(finding, failOn) {
  return atOrAbove(finding.severity, failOn);
}
function useColor(args, io) {
  const mode = args.options.color ?? (args.options["no-color"] ? "never" : "auto");
  return colorEnabled(mode, io.env, io.stdoutIsTTY);
}
function progressLine(io) {
  let shown = false;
  const clear = () => {
    if (shown)
      io.stderr("\r\x1B[2K");
    shown = false;
  };
  return {
    onProgress(done, total) {
      if (done >= total)
        return clear();
      io.stderr(`\r\x1B[2Kchecking crates ${done}/${total}`);
      shown = true;
    },
    clear
  };
}
function ruleOverrides(values) {
  const out = {};
  for (const value of values ?? []) {
    const [id, level] = value.split("=");
    if (!id || !level || !["error", "warning", "note", "off"].includes(level))
      throw new UsageError(`--rule expects ID=LEVEL with LEVEL error, warning, note or off, got \`${value}\``);
    if (!ALL_RULE_METAS.some((m) => m.id === id))
      throw new UsageError(`--rule: unknown rule \`${id}\` (see --list-rules)`);
    out[id] = level;
  }
  return out;
}
function cliOverrides(args, cwd) {
  const o = args.options;
  const out = { rules: ruleOverrides(o.rule) };
  if (o.offline)
    out.offline = true;
  if (o.concurrency !== void 0) {
    const n = Number(o.concurrency);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--concurrency expects a positive integer, got \`${o.concurrency}\``);
    out.concurrency = n;
  }
  if (o["cache-ttl"] !== void 0) {
    const ms = parseDuration(/^\d+$/.test(o["cache-ttl"]) ? Number(o["cache-ttl"]) : o["cache-ttl"]);
    if (ms === null)
      throw new UsageError(`--cache-ttl expects a duration like 30m, 1h, 2d or seconds, got \`${o["cache-ttl"]}\``);
    out.cacheTtlMs = ms;
  }
  if (o["cache-dir"] !== void 0)
    out.cacheDir = o["cache-dir"];
  const db = o["advisory-db"];
  if (db !== void 0)
    out.advisoryDb = /^https?:\/\//i.test(db) ? db : resolve(cwd, db);
  return out;
}
async function check(args, io, relativize) {
  const o = args.options;
  const failOn = o["fail-on"] ?? "error";
  const baselinePath = o.baseline ? resolve(io.cwd, o.baseline) : void 0;
  if (o["update-baseline"] && !baselinePath)
    throw new UsageError("--update-baseline needs --baseline FILE");
  const progress = io.stderrIsTTY && !io.env.CI && !o.quiet ? progressLine(io) : void 0;
  if (o.fix && o["fix-dry-run"])
    throw new UsageError("--fix and --fix-dry-run exclude each other");
  if ((o.fix || o["fix-dry-run"]) && o["update-baseline"])
    throw new UsageError("--fix does not combine with --update-baseline");
  const auditOptions = {
    paths: args.positionals.map((p) => resolve(io.cwd, p)),
    cwd: io.cwd,
    now: io.now,
    configPath: o.config ? resolve(io.cwd, o.config) : void 0,
    cli: cliOverrides(args, io.cwd),
    registry: {
      env: io.env,
      ...io.fetch ? { fetch: io.fetch } : {},
      ...io.env.CARGO_SUNSET_CRATES_IO_INDEX ? { cratesIoIndex: io.env.CARGO_SUNSET_CRATES_IO_INDEX } : {},
      ...progress ? { onProgress: progress.onProgress } : {}
    },
    baselinePath,
    ignoreBaseline: o["update-baseline"],
    members: { packages: o.package ?? [], exclude: o.exclude ?? [] }
  };
  let outcome = await runAudit(auditOptions).finally(() => progress?.clear());
  if (o.fix || o["fix-dry-run"]) {
    const fixed = (await import("./command-B7A2OD3R.mjs")).runFixes(outcome, io, relativize, o["fix-dry-run"] === true);
    if (o["fix-dry-run"])
      return fixed.changed ? EXIT_FINDINGS : EXIT_OK;
    if (fixed.changed)
      outcome = await runAudit(auditOptions).finally(() => progress?.clear());
  }
  if (o["update-baseline"] && baselinePath) {
    writeBaseline(baselinePath, outcome.result.findings, io.cwd);
    io.stderr(`wrote ${outcome.result.findings.length} finding(s) to ${relativize(baselinePath)}
`);
    return EXIT_OK;
  }
  const shown = o.quiet ? outcome.result.findings.filter((f) => failOn === "never" || failsAt(f, failOn)) : outcome.result.findings;
  const result = o.quiet ? {
    ...outcome.result,
    findings: shown,
    notes: [],
    hidden: { findings: outcome.result.findings.length - shown.length, notes: outcome.result.notes.length, below: failOn === "never" ? "note" : failOn }
  } : outcome.result;
  const context = buildReportContext({
    cwd: io.cwd,
    // SARIF and GitLab paths are relative to the repository of the audited project, wherever the tool is run from.
    projectDir: outcome.result.workspaceRoots[0] ?? io.cwd,
    color: useColor(args, io) && !o.output,
    catalog: outcome.catalog,
    rules: outcome.result.rules,
    ...o["automation-id"] ? { automationId: o["automation-id"] } : {}
  });
  const format = o.format ?? "text";
  const rendered = reporters[format](result, context);
  if (o.output)
    writeFileAtomic(resolve(io.cwd, o.output), rendered);
  else
    io.stdout(rendered);
  if (o.sarif)
    writeFileAtomic(resolve(io.cwd, o.sarif), reporters.sarif(outcome.result, { ...context, color: false }));
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile && format !== "markdown")
    appendSummary(summaryFile, reporters.markdown(result, { ...context, color: false }));
  if (!o.output && !o.sarif && !summaryFile && outcome.validUntil > io.now.getTime())
    io.reportCacheable?.(outcome.validUntil);
  if (outcome.registryFailed && o["fail-on-registry-error"]) {
    io.stderr("cargo-sunset: the registry could not be read for every crate (--fail-on-registry-error)\n");
    return EXIT_ERROR;
  }
  if (outcome.result.findings.some((f) => failsAt(f, failOn)))
    return EXIT_FINDINGS;
  return exceedsMaxWarnings(outcome.result.findings, o["max-warnings"], io) ? EXIT_FINDINGS : EXIT_OK;
}
function exceedsMaxWarnings(findings, max, io) {
  if (max === void 0)
    return false;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (warnings <= Number(max))
    return false;
  io.stderr(`cargo-sunset: ${warnings} warning(s), more than --max-warnings ${max}
`);
  return true;
}
function appendSummary(file, markdown) {
  appendFileAtomic(file, markdown);
}
export {
  check
};
