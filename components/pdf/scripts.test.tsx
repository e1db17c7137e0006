import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { missingGlyphs, requirementsWithMissingGlyphs } from "@/lib/document/glyphs";
import { fixtureModels, sampleDocument, sampleRequirements, sampleSource } from "@/lib/testing/document-fixture";
import { renderRequirementsPdf } from "@/components/pdf/render";

// Every character kept: the PDF read back with pdftotext (poppler-utils).
const dir = mkdtempSync(path.join(tmpdir(), "kravlots-scripts-"));
// Reading order (right-to-left runs put in logical order), or with raw the
// order drawn: poppler's reading order joins a line ending in "-" with the
// next and drops the hyphen, which would hide the very hyphens looked for.
// pdftotext marks right-to-left runs with embedding controls; the zero-width
// spaces are the PDF's own (components/pdf/sanitize.ts).
function extractText(bytes: Uint8Array, raw = false): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const args = [...(raw ? ["-raw"] : []), "-enc", "UTF-8", file, "-"];
  // It also moves the space before a right-to-left run inside its marks:
  // a mark reads as a space, and runs of spaces as one (words below).
  return execFileSync("pdftotext", args, { encoding: "utf8" })
    .replace(/\u200B/g, "")
    .replace(/[\u202A-\u202E]/g, " ");
}
const words = (text: string) => text.replace(/[ \t]+/g, " ");

const cyrillic = "Система должна работать круглосуточно.";
const greek = "Το σύστημα πρέπει να λειτουργεί.";
const arabic = "يجب أن يعمل النظام بشكل جيد";

describe("the PDF keeps every script its fonts cover", async () => {
  const requirements = sampleRequirements(4);
  requirements[0]!.text = `Kyrilliska: ${cyrillic} Grekiska: ${greek}`;
  requirements[1]!.text = `Arabiska: ${arabic} och sedan svenska 123.`;
  requirements[2]!.text = "Emoji 🚀 och 😀😀 samt kinesiska 漢字 kvar i Word.";
  const data = sampleDocument(sampleSource(0, { requirements, title: `Färdtjänst ${arabic}` }));
  const bytes = await renderRequirementsPdf(data);
  const text = words(extractText(bytes));
  const lines = extractText(bytes, true);

  it("renders Cyrillic, Greek and Arabic, the Arabic in reading order also in the running header", () => {
    expect(text).toContain(cyrillic);
    expect(text).toContain(greek);
    expect(text).toContain(`Arabiska: ${arabic} och sedan svenska 123.`);
    expect(text.split("\n").filter((line) => line.includes(`Färdtjänst ${arabic}`)).length).toBeGreaterThan(3);
  });

  it("keeps emoji, two in a row included, and leaves out only what no font has", () => {
    expect(text).toContain("Emoji 🚀 och 😀😀 samt kinesiska kvar i Word.");
    expect(missingGlyphs(requirements[2]!.text)).toEqual(["漢", "字"]);
    expect(missingGlyphs(`${cyrillic} ${greek} ${arabic} 🚀`)).toEqual([]);
    // The export page names them before rendering.
    expect(requirementsWithMissingGlyphs({ title: "Avtal עברית", requirements })).toEqual([
      { code: null, chars: ["ע", "ב", "ר", "י", "ת"] },
      { code: "AM-1", chars: ["漢", "字"] },
    ]);
  });

  it("breaks a long URL in the sources without inserting a hyphen", () => {
    const url = fixtureModels[0]!.url;
    expect(url.length).toBeGreaterThan(100);
    const appendix = lines.slice(lines.lastIndexOf(fixtureModels[0]!.name));
    expect(appendix.replace(/\n/g, "")).toContain(url);
  });
});
