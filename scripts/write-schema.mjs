// Writes schema/cargo-sunset.schema.json from the compiled rule metadata (run through `npm run schema`, which
// builds first). tests/schema.test.ts fails when the committed file differs from what this writes.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ALL_RULE_METAS } from "../dist/src/audit.js";
import { configSchemaText } from "../dist/src/config/schema.js";

const target = fileURLToPath(new URL("../schema/cargo-sunset.schema.json", import.meta.url));
writeFileSync(target, configSchemaText(ALL_RULE_METAS));
console.log("wrote schema/cargo-sunset.schema.json");
