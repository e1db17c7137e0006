import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countPdfPages } from "@/lib/exports/pdf-meta";
import { sampleDocument, sampleRequirements, sampleSource } from "@/lib/testing/document-fixture";
import { fuzzAsync, trickyPieces } from "@/lib/testing/fuzz";
import { renderRequirementsPdf } from "@/components/pdf/render";

// The PDF renderer with the texts that break layout engines, at the sizes
// the schemas allow (title 200, requirement fields 4,000 characters). A few
// documents only: one render takes about a second here.

const fieldText = fc.oneof(
  // One word as long as a field may be: it must wrap, not overflow or hang.
  fc.constantFrom("ö".repeat(4000), "W".repeat(4000), "https://example.se/" + "a/".repeat(1990)),
  fc
    .array(fc.constantFrom(...trickyPieces, "Leverantören ska", "ord"), { minLength: 1, maxLength: 200 })
    .map((parts) => parts.join(" ").slice(0, 4000)),
  fc.string({ unit: "binary", minLength: 1, maxLength: 400 }),
);

describe("PDF renderer under hostile text", () => {
  it("renders every document to a readable PDF", async () => {
    await fuzzAsync(
      "renderRequirementsPdf",
      fc.record({
        title: fc.string({ unit: fc.constantFrom(...trickyPieces), maxLength: 12 }),
        texts: fc.array(fieldText, { minLength: 4, maxLength: 4 }),
      }),
      async ({ title, texts }) => {
        const requirements = sampleRequirements(4).map((r, i) => ({
          ...r,
          text: texts[i]!,
          motiv: texts[(i + 1) % 4]!,
        }));
        const data = sampleDocument(sampleSource(0, { title: title.slice(0, 200), requirements }));
        const bytes = await renderRequirementsPdf(data);
        expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
        expect(countPdfPages(bytes)).toBeGreaterThan(0);
      },
      6,
    );
  }, 180_000);
});
