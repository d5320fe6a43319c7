/** The User-Agent crates.io asks for: the tool, its version and where to find it. */
import { packageInfo } from "../util/package-root.js";

export function userAgent(): string {
  const { name, version, homepage } = packageInfo();
  return `${name}/${version} (+${homepage})`;
}
