import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildChecklist } from "@/lib/document/checklist";
import { translatorFor } from "@/lib/document/translate";
import { countPdfPages } from "@/lib/exports/pdf-meta";
import { loadMessages } from "@/lib/i18n/load-messages";
import { sampleRequirements, sampleSource, withInternal } from "@/lib/testing/document-fixture";
import { renderChecklistPdf } from "@/components/pdf/checklist";

const t = translatorFor("sv", loadMessages("sv"));

function extractText(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "kravlots-checklist-")), "c.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

describe("the internal checklist as its own PDF", () => {
  it("holds every IN requirement with its fields and no bidder-facing one", async () => {
    const source = sampleSource(0, { requirements: withInternal(sampleRequirements(6), 30) });
    const bytes = await renderChecklistPdf(buildChecklist(source, t, "sv"));
    const text = extractText(bytes);
    expect(text).toContain("Intern checklista");
    const internal = source.requirements.filter((r) => r.kravtyp === "IN");
    expect(internal).toHaveLength(30);
    for (const r of internal) expect(text).toContain(r.text);
    for (const r of source.requirements.filter((row) => row.kravtyp !== "IN")) expect(text).not.toContain(r.text);
    expect(text).toContain("Uppföljning: Kontrolleras av projektledaren vid startmötet.");
    const pages = countPdfPages(bytes);
    expect(pages).toBeGreaterThan(1);
    // The footer on every page, with its number.
    for (let page = 1; page <= pages; page++)
      expect(text.replace(/ ?\/ ?/g, "/")).toContain(`Intern checklista ${page}/${pages}`);
  });

  it("says so when there are no internal requirements", async () => {
    const text = extractText(await renderChecklistPdf(buildChecklist(sampleSource(3), t, "sv")));
    expect(text).toContain("Det finns inga interna krav");
  });
});
