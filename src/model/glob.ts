/** Expands the directory globs of `workspace.members` (`*`, `?`, `[...]`, `**`) the way cargo's glob crate does. */
import { readdirSync } from "node:fs";
import { join } from "node:path";

export function segmentRegex(segment: string): RegExp {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const end = segment.indexOf("]", i + 1);
      if (end < 0) source += "\\[";
      else {
        source += `[${segment.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

export function hasGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

function subdirectories(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/**
 * Directories under `base` matching a relative `/`-separated pattern. As with cargo's default glob options,
 * wildcards also match names starting with a dot.
 */
export function expandDirectoryGlob(base: string, pattern: string): string[] {
  let current = [base];
  for (const segment of pattern.split("/").filter((s) => s !== "" && s !== ".")) {
    const next: string[] = [];
    for (const dir of current) {
      if (segment === "**") {
        const stack = [dir];
        while (stack.length > 0) {
          const d = stack.pop() as string;
          next.push(d);
          for (const child of subdirectories(d)) stack.push(join(d, child));
        }
      } else if (!hasGlob(segment)) {
        next.push(join(dir, segment));
      } else {
        const re = segmentRegex(segment);
        for (const child of subdirectories(dir)) {
          if (re.test(child)) next.push(join(dir, child));
        }
      }
    }
    current = next;
  }
  return [...new Set(current)].sort();
}
