/** Durations in configuration: "45s", "30m", "1h", "2d", "1w", or an integer number of seconds. */

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Milliseconds, or null when the value is not a duration. */
export function parseDuration(value: unknown): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? value * 1000 : null;
  if (typeof value !== "string") return null;
  const match = /^\s*(\d+)\s*([smhdw])\s*$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * (UNIT_MS[match[2] as string] as number);
}

const SIZE_UNIT: Record<string, number> = { "": 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/** Sizes in configuration: "512kB", "20MB", "1GiB", or an integer number of bytes. Bytes, or null. */
export function parseSize(value: unknown): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : null;
  if (typeof value !== "string") return null;
  const match = /^\s*(\d+)\s*([kmg]i?b|b)?\s*$/i.exec(value);
  if (!match) return null;
  const bytes = Number(match[1]) * (SIZE_UNIT[(match[2] ?? "").toLowerCase()] as number);
  return bytes > 0 ? bytes : null;
}
