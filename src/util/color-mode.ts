/** Whether text output is colored: the flag first, then NO_COLOR / FORCE_COLOR as Node and chalk read them, then the terminal. */
import type { ColorMode } from "../cli-options.js";

export function colorEnabled(mode: ColorMode | undefined, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (mode === "always") return true;
  if (mode === "never") return false;
  // https://no-color.org: present and not empty.
  if ((env.NO_COLOR ?? "") !== "") return false;
  const force = env.FORCE_COLOR;
  // FORCE_COLOR=0 (or "false") turns colors off; any other value, empty included, turns them on.
  if (force !== undefined) return force !== "0" && force !== "false";
  return isTTY;
}
