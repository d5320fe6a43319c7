/** Target platform specs (`cfg(...)` expressions or triples), rendered the way cargo prints them. */

type CfgExpr =
  | { kind: "name"; name: string }
  | { kind: "pair"; key: string; value: string }
  | { kind: "not"; expr: CfgExpr }
  | { kind: "all" | "any"; exprs: CfgExpr[] };

export class CfgError extends Error {}

const TOKEN_RE = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|"((?:[^"\\]|\\.)*)"|([(),=]))/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN_RE.lastIndex = 0;
  while (TOKEN_RE.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN_RE.lastIndex))) break;
    const m = TOKEN_RE.exec(text);
    if (!m) throw new CfgError(`unexpected character in cfg \`${text}\``);
    tokens.push(m[1] ?? (m[2] !== undefined ? `"${m[2]}"` : (m[3] as string)));
  }
  return tokens;
}

function parseExpr(tokens: string[], pos: { i: number }): CfgExpr {
  const name = tokens[pos.i++];
  if (name === undefined || !/^[A-Za-z_]/.test(name)) throw new CfgError("expected an identifier in cfg expression");
  if (tokens[pos.i] === "(" && (name === "all" || name === "any" || name === "not")) {
    pos.i++;
    const exprs: CfgExpr[] = [];
    while (tokens[pos.i] !== ")") {
      exprs.push(parseExpr(tokens, pos));
      if (tokens[pos.i] === ",") pos.i++;
      else if (tokens[pos.i] !== ")") throw new CfgError("expected `,` or `)` in cfg expression");
    }
    pos.i++;
    if (name === "not") {
      if (exprs.length !== 1) throw new CfgError("`not` takes exactly one cfg expression");
      return { kind: "not", expr: exprs[0] as CfgExpr };
    }
    return { kind: name, exprs };
  }
  if (tokens[pos.i] === "=") {
    pos.i++;
    const value = tokens[pos.i++];
    if (value === undefined || !value.startsWith('"')) throw new CfgError("expected a string after `=` in cfg expression");
    return { kind: "pair", key: name, value: value.slice(1, -1) };
  }
  return { kind: "name", name };
}

function render(expr: CfgExpr): string {
  switch (expr.kind) {
    case "name":
      return expr.name;
    case "pair":
      return `${expr.key} = "${expr.value}"`;
    case "not":
      return `not(${render(expr.expr)})`;
    default:
      return `${expr.kind}(${expr.exprs.map(render).join(", ")})`;
  }
}

/**
 * `cfg(any(unix,windows))` → `cfg(any(unix, windows))`; a triple is returned as written. As in cargo, only text
 * starting with `cfg(` and ending with `)` is a cfg expression, and anything else must be a valid target name.
 */
export function normalizeTarget(target: string): string {
  if (!target.startsWith("cfg(") || !target.endsWith(")")) {
    const bad = [...target].find((c) => !/^[\p{Alphabetic}\p{N}_.-]$/u.test(c));
    if (bad === "(" || (bad !== undefined && target.includes("("))) {
      throw new CfgError("unexpected `(` character, cfg expressions must start with `cfg(`");
    }
    if (bad !== undefined) throw new CfgError(`unexpected character ${bad} in target name`);
    return target;
  }
  const tokens = tokenize(target.slice(4, -1));
  const pos = { i: 0 };
  const expr = parseExpr(tokens, pos);
  if (pos.i !== tokens.length) throw new CfgError(`unexpected content after cfg expression in \`${target}\``);
  return `cfg(${render(expr)})`;
}
