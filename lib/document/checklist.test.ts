import { describe, expect, it } from "vitest";
import { buildDocumentData } from "@/lib/document/build";
import { buildChecklist } from "@/lib/document/checklist";
import { translatorFor } from "@/lib/document/translate";
import { loadMessages } from "@/lib/i18n/load-messages";
import {
  getFixtureModel,
  sampleDocument,
  sampleRequirements,
  sampleSource,
  withInternal,
} from "@/lib/testing/document-fixture";

const t = translatorFor("sv", loadMessages("sv"));

describe("bidder-facing document and internal checklist", () => {
  const source = sampleSource(0, { requirements: withInternal(sampleRequirements(8), 3) });

  it("leaves IN requirements, and sources only they cite, out of the bidders' document", () => {
    const data = sampleDocument(source);
    const codes = data.perspectives.flatMap((p) => p.groups.flatMap((g) => g.requirements.map((r) => r.code)));
    expect(codes).toHaveLength(8);
    expect(codes.some((code) => code.endsWith("-900") || code.endsWith("-901") || code.endsWith("-902"))).toBe(false);
    expect(data.perspectives.flatMap((p) => p.groups.map((g) => g.kravtyp))).not.toContain("IN");
    expect(data.sources.models.map((m) => m.id)).not.toContain("m-afs-2023-2");
    expect(data.intro.sections[2]?.paragraphs[0]).toContain("8 krav");
  });

  it("puts exactly the IN requirements in the checklist, per perspective", () => {
    const checklist = buildChecklist(source, t, "sv");
    expect(checklist.heading).toBe("Intern checklista");
    expect(checklist.perspectives.map((p) => [p.heading, p.items.map((i) => i.code)])).toEqual([
      ["Kundnytta", ["KN-900"]],
      ["Juridik", ["JU-901"]],
      ["Arbetsmiljö", ["AM-902"]],
    ]);
    expect(checklist.perspectives[0]?.items[0]?.fields.map((f) => f.label)).toEqual(["Motiv", "Uppföljning"]);
    expect(checklist.none).toBeNull();
    expect(buildChecklist(sampleSource(4), t, "sv").none).toContain("inga interna krav");
  });

  it("labels the cover with the export's own version, or as a preview without one", () => {
    expect(sampleDocument(sampleSource(1, { version: 49 })).cover.version).toBe("Version 49");
    const preview = buildDocumentData(sampleSource(1, { version: 49 }), {
      t,
      lang: "sv",
      formattedDate: "1 december 2026",
      getModel: getFixtureModel,
    });
    expect(preview.cover.version).toBe("Förhandsvisning");
  });
});
