import { z } from "@/lib/zod";
import { kravlotsFileSchema, kravlotsFormatVersion } from "@/lib/exports/json/schema";

// The published description of the Kravlots file, generated from the one zod
// schema (`npm run docs:json-schema` writes docs/kravlots-export.schema.json;
// a unit test fails when the committed file is stale).
export const jsonSchemaPath = "docs/kravlots-export.schema.json";

export function kravlotsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(kravlotsFileSchema, { target: "draft-2020-12" }),
    $id: `https://kravlots.se/schema/kravlots-export-v${kravlotsFormatVersion}.json`,
    title: `Kravlots export, format version ${kravlotsFormatVersion}`,
    description:
      "A requirements specification draft as exported by Kravlots (Exportera → Kravlots-fil) and read by " +
      "Importera från fil. Unknown fields are refused; a file of another formatVersion is refused as a whole.",
  };
}
