/** Configuration problems, collected all at once so users fix them in one pass. */

/** One problem at a 1-based line and column. Line 0 means "no position" (e.g. a command-line flag). */
export interface ConfigIssue {
  file: string;
  line: number;
  column: number;
  message: string;
}

function formatIssue(issue: ConfigIssue, file: string): string {
  return issue.line > 0 ? `${file}:${issue.line}:${issue.column}: ${issue.message}` : `${file}: ${issue.message}`;
}

export class ConfigError extends Error {
  override name = "ConfigError";
  readonly issues: ConfigIssue[];

  constructor(issues: ConfigIssue[]) {
    super(issues.map((issue) => formatIssue(issue, issue.file)).join("\n"));
    this.issues = issues;
  }

  /** The same lines with each file shown through `relativize` (the CLI prints paths relative to cwd). */
  describe(relativize: (file: string) => string): string {
    return this.issues.map((issue) => formatIssue(issue, relativize(issue.file))).join("\n");
  }
}
