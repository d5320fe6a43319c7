import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  ArchiveError,
  readTar,
  readTarGz
} from "./chunk-D67WY6S3.mjs";
import "./chunk-WDHDEUBW.mjs";
export {
  ArchiveError,
  readTar,
  readTarGz
};
