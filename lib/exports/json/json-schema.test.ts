import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemaPath, kravlotsJsonSchema } from "@/lib/exports/json/json-schema";

describe("the published JSON Schema of the Kravlots file", () => {
  it("is what the zod schema generates now (run npm run docs:json-schema after changing it)", () => {
    const committed: unknown = JSON.parse(readFileSync(jsonSchemaPath, "utf8"));
    expect(committed).toEqual(kravlotsJsonSchema());
  });

  it("refuses unknown fields at every level, as the import does", () => {
    const schema = kravlotsJsonSchema() as { additionalProperties?: unknown; properties: Record<string, unknown> };
    expect(schema.additionalProperties).toBe(false);
    const text = JSON.stringify(schema);
    expect(text.match(/"type":"object"/g)?.length).toBe(text.match(/"additionalProperties":false/g)?.length);
  });
});
