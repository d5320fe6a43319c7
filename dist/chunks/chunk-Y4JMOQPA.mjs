import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  needsNewerRust,
  parseTOML,
  releases,
  require_semver,
  suggestedRequirement
} from "./chunk-RPMUVPDV.mjs";
import {
  indexKeySpans,
  lowestAdmitted,
  readTextFile,
  rustVersionToSemver,
  satisfies
} from "./chunk-QIKAJBTO.mjs";
import {
  __toESM
} from "./chunk-WDHDEUBW.mjs";

// dist/src/fix/bump-target.js
var import_semver = __toESM(require_semver(), 1);
function bumpTarget(info, writtenReq, rustVersions) {
  const candidates = releases(info);
  const allowed = candidates.find((v) => rustVersions.every((declared) => !needsNewerRust(v.rustVersion, declared)));
  if (!allowed)
    return { kind: "none", why: "no release supports the declared rust-version" };
  if (satisfies(allowed.version, writtenReq)) {
    const newest = candidates[0];
    const limit = rustVersions.filter((r) => r !== null && rustVersionToSemver(r) !== null).sort((a, b) => import_semver.default.compare(rustVersionToSemver(a), rustVersionToSemver(b)))[0];
    return {
      kind: "none",
      why: newest && newest !== allowed && limit ? `newer releases need a Rust newer than rust-version ${limit}` : "the requirement already admits the newest usable release"
    };
  }
  const lowest = lowestAdmitted(writtenReq);
  if (lowest && import_semver.default.valid(lowest) && import_semver.default.gte(lowest, allowed.version))
    return { kind: "none", why: "the requirement is ahead of the newest usable release" };
  return { kind: "bump", version: allowed, req: suggestedRequirement(allowed.version, writtenReq) };
}

// dist/src/fix/text-edits.js
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
    starts.push(i + 1);
  return starts;
}
function offsetOf(text, starts, line, column) {
  const lineStart = starts[line - 1];
  if (lineStart === void 0)
    return -1;
  const bom = line === 1 && text.startsWith("\uFEFF") ? 1 : 0;
  const offset = lineStart + bom + column - 1;
  return offset <= text.length ? offset : -1;
}
function spanStartOffset(text, starts, span) {
  return offsetOf(text, starts, span.line, span.column);
}
function lineContentEnd(text, starts, line) {
  const next = starts[line];
  if (next === void 0)
    return text.length;
  return text[next - 2] === "\r" ? next - 2 : next - 1;
}
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept = [];
  const dropped = [];
  for (const edit of sorted) {
    const last = kept[kept.length - 1];
    if (last && edit.start < last.end)
      dropped.push(edit);
    else
      kept.push(edit);
  }
  let out = text;
  for (const edit of kept.reverse())
    out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return { text: out, dropped };
}

// dist/src/fix/requirement-literal.js
var SEP = "\0";
function keyEnd(text, starts, span) {
  return spanStartOffset(text, starts, { line: span.endLine, column: span.endColumn });
}
function literalAfter(text, from) {
  const m = /^[ \t]*=[ \t]*(["'])/.exec(text.slice(from, from + 200));
  if (!m)
    return null;
  const quote = m[1];
  const open = from + m[0].length;
  if (text.startsWith(quote.repeat(2), open))
    return null;
  const close = text.indexOf(quote, open);
  if (close < 0)
    return null;
  const raw = text.slice(open, close);
  if (/[\r\n\\]/.test(raw))
    return null;
  return { start: open, end: close, raw };
}
function findRequirementLiteral(text, keyPath, spans = indexKeySpans(text)) {
  const starts = lineStarts(text);
  const versionKey = spans.get([...keyPath, "version"].join(SEP));
  if (versionKey)
    return literalAfter(text, keyEnd(text, starts, versionKey));
  const key = spans.get(keyPath.join(SEP));
  return key ? literalAfter(text, keyEnd(text, starts, key)) : null;
}

// dist/src/fix/array-element.js
function findArray(node, offset) {
  if (!node || node.range[0] > offset || node.range[1] <= offset)
    return null;
  if (node.type === "TOMLArray") {
    const index = (node.elements ?? []).findIndex((e) => e.range[0] === offset);
    if (index >= 0)
      return { array: node, index };
  }
  for (const child of [...node.body ?? [], ...node.elements ?? [], ...node.value ? [node.value] : []]) {
    const found = findArray(child, offset);
    if (found)
      return found;
  }
  return null;
}
var isBlank = (c) => c === " " || c === "	";
function skipBlanks(text, from) {
  let at = from;
  while (isBlank(text[at]))
    at++;
  return at;
}
function blanksBefore(text, from) {
  let at = from;
  while (at > 0 && isBlank(text[at - 1]))
    at--;
  return at;
}
function wholeLines(text, starts, first, last) {
  const end = starts[last];
  if (end !== void 0)
    return [starts[first - 1], end];
  return [first > 1 ? lineContentEnd(text, starts, first - 1) : starts[first - 1], text.length];
}
function removeArrayElement(rawText, span) {
  const bom = rawText.startsWith("\uFEFF") ? 1 : 0;
  const text = rawText.slice(bom);
  const starts = lineStarts(text);
  const start = offsetOf(text, starts, span.line, span.column);
  if (start < 0 || text[start] !== "{")
    return null;
  let program;
  try {
    program = parseTOML(text, { tomlVersion: "1.1" });
  } catch {
    return null;
  }
  const found = findArray(program, start);
  if (!found)
    return null;
  const { array, index } = found;
  const elements = array.elements ?? [];
  const element = elements[index];
  const end = element.range[1];
  const next = elements[index + 1];
  const previous = elements[index - 1];
  const afterBlanks = skipBlanks(text, end);
  const comma = text[afterBlanks] === "," ? afterBlanks + 1 : void 0;
  if (next && comma === void 0)
    return null;
  let cut;
  const firstLine = span.line;
  const lastLine = span.endLine;
  const lineStart = starts[firstLine - 1];
  const restOfLine = text.slice(comma ?? end, lineContentEnd(text, starts, lastLine));
  const alone = text.slice(lineStart, start).trim() === "" && (restOfLine.trim() === "" || restOfLine.trim().startsWith("#"));
  if (alone) {
    cut = wholeLines(text, starts, firstLine, lastLine);
  } else if (next) {
    const after = skipBlanks(text, comma);
    const endsLine = text[after] === "\n" || text[after] === "\r" || text[after] === void 0;
    cut = [endsLine ? blanksBefore(text, start) : start, after];
  } else if (previous && !text.slice(previous.range[1], start).includes("#")) {
    cut = [previous.range[1], end];
  } else {
    cut = [blanksBefore(text, start), comma ?? end];
  }
  if (elements.length === 1) {
    const open = array.range[0] + 1;
    const close = array.range[1] - 1;
    const left = text.slice(open, cut[0]) + text.slice(cut[1], close);
    if (left.trim() === "")
      cut = [open, close];
  }
  return { start: cut[0] + bom, end: cut[1] + bom, newText: "" };
}
function removeArrayElements(rawText, spans) {
  const bom = rawText.startsWith("\uFEFF") ? 1 : 0;
  const text = rawText.slice(bom);
  const starts = lineStarts(text);
  let program;
  try {
    program = parseTOML(text, { tomlVersion: "1.1" });
  } catch {
    return { edits: [], refused: [...spans] };
  }
  const refused = [];
  const byArray = /* @__PURE__ */ new Map();
  for (const span of spans) {
    const offset = offsetOf(text, starts, span.line, span.column);
    const array = offset >= 0 ? findArray(program, offset)?.array : void 0;
    if (!array) {
      refused.push(span);
      continue;
    }
    byArray.set(array, [...byArray.get(array) ?? [], { span, offset }]);
  }
  const edits = [];
  for (const [array, elements] of byArray) {
    let working = text;
    for (const { span } of elements.sort((a, b) => b.offset - a.offset)) {
      const edit = removeArrayElement(working, span);
      if (!edit)
        refused.push(span);
      else
        working = working.slice(0, edit.start) + edit.newText + working.slice(edit.end);
    }
    const [start, end] = array.range;
    const newText = working.slice(start, end - (text.length - working.length));
    if (newText !== text.slice(start, end))
      edits.push({ start: start + bom, end: end + bom, newText });
  }
  return { edits, refused };
}

// dist/src/fix/removals.js
var HEADER = /^[ \t]*\[/;
function lineText(text, starts, line) {
  const start = starts[line - 1];
  return start === void 0 ? "" : text.slice(start, lineContentEnd(text, starts, line));
}
function removeLines(text, starts, first, last) {
  const start = first === 1 && text.startsWith("\uFEFF") ? 1 : starts[first - 1];
  const end = starts[last] ?? text.length;
  if (starts[last] === void 0 && first > 1) {
    const before = lineContentEnd(text, starts, first - 1);
    return { start: before, end, newText: "" };
  }
  return { start, end, newText: "" };
}
function removeComment(text, span) {
  const starts = lineStarts(text);
  const hash = offsetOf(text, starts, span.line, span.column);
  if (hash < 0 || text[hash] !== "#")
    return null;
  const lineStart = starts[span.line - 1];
  const end = lineContentEnd(text, starts, span.line);
  if (text.slice(lineStart, hash).replace(/^\uFEFF/, "").trim() === "") {
    return removeLines(text, starts, span.line, span.line);
  }
  let start = hash;
  while (start > lineStart && (text[start - 1] === " " || text[start - 1] === "	"))
    start--;
  return { start, end, newText: "" };
}
function removeArrayTable(text, span) {
  const starts = lineStarts(text);
  const header = lineText(text, starts, span.line).replace(/^\uFEFF/, "");
  if (!/^[ \t]*\[\[/.test(header))
    return null;
  let last = span.line;
  for (let line = span.line + 1; line <= starts.length; line++) {
    const content = lineText(text, starts, line);
    if (HEADER.test(content))
      break;
    if (content.trim() !== "" && !content.trim().startsWith("#"))
      last = line;
  }
  let through = last;
  const before = span.line > 1 ? lineText(text, starts, span.line - 1).trim() : "";
  const after = lineText(text, starts, last + 1);
  if ((span.line === 1 || before === "") && after.trim() === "" && last + 1 <= starts.length && starts[last] !== void 0)
    through = last + 1;
  return removeLines(text, starts, span.line, through);
}

// dist/src/fix/plan.js
var NOT_REMOVABLE = "not written in a form this tool removes (remove it by hand)";
var FIXABLE_RULES = /* @__PURE__ */ new Set(["outdated-requirement", "unused-ignore", "unused-inline-allow"]);
function sameStart(span, finding) {
  return span !== void 0 && span.line === finding.location.line && span.column === finding.location.column;
}
function targetOf(finding, audited, spansOf) {
  const { workspace } = audited;
  for (const member of workspace.members) {
    for (const dep of member.dependencies) {
      if (dep.name !== finding.crate.name || dep.manifestPath !== finding.location.file)
        continue;
      if (!sameStart(spansOf(dep.manifestPath).get(dep.keyPath.join("\0")), finding))
        continue;
      const inherited = dep.inheritedFrom;
      if (!inherited)
        return { entry: dep, packages: [member] };
      const sharing = workspace.members.filter((m) => m.dependencies.some((d) => d.inheritedFrom === inherited));
      return { entry: inherited, packages: sharing };
    }
  }
  for (const entry of workspace.workspaceDependencies) {
    if (entry.name !== finding.crate.name || entry.manifestPath !== finding.location.file)
      continue;
    if (!sameStart(spansOf(entry.manifestPath).get(entry.keyPath.join("\0")), finding))
      continue;
    return { entry, packages: workspace.members.filter((m) => m.dependencies.some((d) => d.inheritedFrom === entry)) };
  }
  return void 0;
}
function editFor(dependencyKey, text, target, audited, spans) {
  const literal = findRequirementLiteral(text, target.entry.keyPath, spans);
  if (!literal)
    return "the requirement is not a one-line string this tool can edit";
  const info = audited.registry.forDependency(target.entry);
  if (!info || info.notFound || info.versions.length === 0)
    return "no registry data";
  const choice = bumpTarget(info, literal.raw, target.packages.map((p) => p.rustVersion));
  if (choice.kind === "none")
    return choice.why;
  return {
    edit: { start: literal.start, end: literal.end, newText: choice.req },
    bump: { crate: dependencyKey, from: literal.raw, to: choice.req, version: choice.version.version }
  };
}
function planFixes(findings, audited, readText = readTextFile) {
  const texts = /* @__PURE__ */ new Map();
  const spanIndexes = /* @__PURE__ */ new Map();
  const textOf = (file) => {
    let text = texts.get(file);
    if (text === void 0)
      texts.set(file, text = readText(file));
    return text;
  };
  const spansOf = (file) => {
    let spans = spanIndexes.get(file);
    if (!spans)
      spanIndexes.set(file, spans = indexKeySpans(textOf(file)));
    return spans;
  };
  const edits = /* @__PURE__ */ new Map();
  const addEdit = (file, edit) => edits.set(file, [...edits.get(file) ?? [], edit]);
  const plan = { files: [], bumps: [], removals: [], skipped: [] };
  const bumpedEntries = /* @__PURE__ */ new Set();
  const pendingElements = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (!FIXABLE_RULES.has(finding.ruleId))
      continue;
    if (finding.ruleId === "outdated-requirement") {
      const file = finding.location.file;
      const audit = audited.find((a) => a.workspace.rootManifestPath === file || a.workspace.members.some((m) => m.manifestPath === file));
      const target = audit && targetOf(finding, audit, spansOf);
      if (!audit || !target) {
        plan.skipped.push({ finding, why: "the dependency entry was not found in the manifest" });
        continue;
      }
      if (bumpedEntries.has(target.entry))
        continue;
      bumpedEntries.add(target.entry);
      const entryFile = target.entry.manifestPath;
      const made = editFor(finding.crate.name, textOf(entryFile), target, audit, spansOf(entryFile));
      if (typeof made === "string") {
        plan.skipped.push({ finding, why: made });
        continue;
      }
      addEdit(entryFile, made.edit);
      const line = spansOf(entryFile).get(target.entry.keyPath.join("\0"))?.line ?? finding.location.line;
      plan.bumps.push({ ...made.bump, file: entryFile, line });
    } else {
      const file = finding.location.file;
      const text = textOf(file);
      const removal = { ruleId: finding.ruleId, crate: finding.crate.name, file, line: finding.location.line };
      const edit = finding.ruleId === "unused-inline-allow" ? removeComment(text, finding.location) : removeArrayTable(text, finding.location);
      if (edit) {
        addEdit(file, edit);
        plan.removals.push(removal);
      } else if (finding.ruleId === "unused-ignore") {
        plan.removals.push(removal);
        pendingElements.set(file, [...pendingElements.get(file) ?? [], { finding, removal }]);
      } else {
        plan.skipped.push({ finding, why: NOT_REMOVABLE });
      }
    }
  }
  for (const [file, pending] of pendingElements) {
    const { edits: made, refused } = removeArrayElements(textOf(file), pending.map((p) => p.finding.location));
    made.forEach((edit) => addEdit(file, edit));
    for (const { finding, removal } of pending.filter((p) => refused.includes(p.finding.location))) {
      plan.removals.splice(plan.removals.indexOf(removal), 1);
      plan.skipped.push({ finding, why: NOT_REMOVABLE });
    }
  }
  for (const [file, fileEdits] of [...edits].sort(([a], [b]) => a < b ? -1 : 1)) {
    const before = textOf(file);
    const { text: after } = applyEdits(before, fileEdits);
    if (after !== before)
      plan.files.push({ file, before, after });
  }
  return plan;
}

export {
  planFixes
};
