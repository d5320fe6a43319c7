/** The output formats by name. */
import { githubReporter } from "./github.js";
import { gitlabReporter } from "./gitlab.js";
import { jsonReporter } from "./json.js";
import { markdownReporter } from "./markdown.js";
import { sarifReporter } from "./sarif.js";
import { textReporter } from "./text.js";
import type { ReportFormat, Reporter } from "./types.js";

export const reporters: Record<ReportFormat, Reporter> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  markdown: markdownReporter,
  gitlab: gitlabReporter,
};

export const REPORT_FORMATS = Object.keys(reporters) as ReportFormat[];

export type { Reporter, ReportContext, ReportFormat, ToolInfo } from "./types.js";
