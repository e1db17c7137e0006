import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toDocumentData } from "@/lib/drafts/pdf-data";
import { testLabels } from "@/lib/testing/pdf-labels";
import { countPdfPages } from "@/lib/exports/pdf-meta";
import { renderRequirementsPdf } from "@/components/pdf/render";

function extractText(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "kravlots-pdf-")), "doc.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

describe("requirements PDF", () => {
  it("renders Swedish letters with the embedded font and numbers its pages", async () => {
    const data = toDocumentData(
      {
        title: "Upphandling av välfärdsteknik – Åsele, Gävle och Malmö",
        version: 7,
        context: {
          organisation: "Region Västerbotten",
          procuredItem: "Trygghetslarm och tillsynskameror för hemtjänsten i Ängelholm",
          productTypes: ["e_service"],
          personalData: "sensitive",
          userGroups: ["citizens", "staff"],
        },
      },
      testLabels,
      { lang: "sv", formattedDate: "25 november 2026" },
    );
    const bytes = await renderRequirementsPdf(data);
    const text = extractText(bytes);
    expect(text).toContain("Upphandling av välfärdsteknik – Åsele, Gävle och Malmö");
    expect(text).toContain("Trygghetslarm och tillsynskameror för hemtjänsten i Ängelholm");
    expect(text).toContain("Ja, känsliga personuppgifter");
    expect(text).toContain("Version 7");
    expect(countPdfPages(bytes)).toBe(1);
    expect(text).toContain("Sida 1 av 1");
    // The font is embedded, not a standard-14 fallback.
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/FontFile2/);
  });
});
