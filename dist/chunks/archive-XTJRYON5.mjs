import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  buildDatabase,
  databaseFromArchive,
  databaseFromDirectory
} from "./chunk-FMJVOLJ3.mjs";
import "./chunk-D67WY6S3.mjs";
import "./chunk-FWWLTAH5.mjs";
import "./chunk-WDHDEUBW.mjs";
export {
  buildDatabase,
  databaseFromArchive,
  databaseFromDirectory
};
