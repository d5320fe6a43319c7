import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// dist/src/cli-io.js
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;

export {
  EXIT_OK,
  EXIT_FINDINGS,
  EXIT_ERROR
};
