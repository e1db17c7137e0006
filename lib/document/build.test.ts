import { describe, expect, it } from "vitest";
import { excerpt } from "@/lib/document/build";
import { sampleDocument, sampleRequirements, sampleSource } from "@/lib/testing/document-fixture";

describe("buildDocumentData", () => {
  it("groups each perspective's requirements by kravtyp in position order", () => {
    const requirements = sampleRequirements(4).map((r) => ({ ...r, perspective: "juridik" as const }));
    requirements.forEach((r, i) => Object.assign(r, { number: i + 1, position: 4 - i, kravtyp: i % 2 ? "AV" : "KF" }));
    const data = sampleDocument(sampleSource(0, { requirements }));
    const juridik = data.perspectives.find((p) => p.id === "juridik")!;
    expect(juridik.heading).toBe("3 Juridik");
    expect(juridik.groups.map((g) => [g.heading, g.requirements.map((r) => r.code)])).toEqual([
      ["Krav på föremålet (KF)", ["JU-3", "JU-1"]],
      ["Avtalsvillkor (AV)", ["JU-4", "JU-2"]],
    ]);
    expect(data.perspectives.find((p) => p.id === "kundnytta")?.noRequirements).toBe("Inga krav i det här perspektivet.");
  });

  it("shows guided answers with their question labels and translated options", () => {
    const data = sampleDocument(sampleSource(0));
    expect(data.perspectives[0]?.answers).toEqual([
      { label: "Vilka behov ska produkten lösa, och för vilka användargrupper?", value: "Invånare vill kunna söka färdtjänst utan att ringa." },
      { label: "Vilka kanaler ska användarna nå tjänsten genom?", value: "Webb, Mobil eller app" },
    ]);
    expect(data.perspectives[2]?.noAnswers).toBe("Frågorna i det här perspektivet är inte besvarade.");
  });

  it("sums bör-krav weights, warns when they are not 100 % and lists exactly the cited models", () => {
    const data = sampleDocument(sampleSource(12));
    expect(data.evaluation.rows).toHaveLength(4);
    expect(data.evaluation.total).toEqual({ label: "Summa", value: "20 %" });
    expect(data.evaluation.warning).toContain("20 %");
    expect(data.sources.models.map((m) => [m.id, m.citedBy])).toEqual([
      ["m-dos-lagen", "KN-1, KN-2, KN-3"],
      ["m-gdpr", "JU-1, JU-2, JU-3"],
    ]);
    const none = sampleDocument(sampleSource(0));
    expect(none.sources.none).toBe("Inga krav hänvisar till någon källa.");
    expect(none.evaluation.total).toBeNull();
  });

  it("puts title, version, date and the exporting user on the cover", () => {
    const data = sampleDocument(sampleSource(1, { title: "  ", version: 9 }));
    expect(data.title).toBe("Namnlös kravspecifikation");
    expect(data.cover.version).toBe("Version 9");
    expect(data.cover.rows).toContainEqual({ label: "Kontaktperson", value: "Åsa Öberg, asa.oberg@example.se" });
    expect(sampleDocument(sampleSource(1), "en").labels.pageOf).toBe("Page {page} of {total}");
  });

  it("shortens long texts at a word for the evaluation table", () => {
    expect(excerpt("kort")).toBe("kort");
    expect(excerpt("ord ".repeat(40).trim(), 20)).toBe("ord ord ord ord ord …");
  });
});
