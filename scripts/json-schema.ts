import { writeFileSync } from "node:fs";
import { format } from "prettier";
import { jsonSchemaPath, kravlotsJsonSchema } from "../lib/exports/json/json-schema";

// npm run docs:json-schema: regenerates the published schema of the Kravlots
// file from its zod schema, formatted as Prettier (npm run format:check) wants.
const text = await format(JSON.stringify(kravlotsJsonSchema()), { parser: "json", printWidth: 120 });
writeFileSync(jsonSchemaPath, text);
console.log(`wrote ${jsonSchemaPath}`);
