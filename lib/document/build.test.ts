import { describe, expect, it } from "vitest";
import { buildDocumentData, excerpt } from "@/lib/document/build";
import { translatorFor } from "@/lib/document/translate";
import type { DocumentSource } from "@/lib/document/types";
import { loadMessages } from "@/lib/i18n/load-messages";
import { fixtureModels, sampleDocument, sampleRequirements, sampleSource } from "@/lib/testing/document-fixture";

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
    expect(data.perspectives.find((p) => p.id === "kundnytta")?.noRequirements).toBe(
      "Inga krav i det här perspektivet.",
    );
  });

  it("shows guided answers with their question labels and translated options", () => {
    const data = sampleDocument(sampleSource(0));
    expect(data.perspectives[0]?.answers).toEqual([
      {
        label: "Vilka behov ska produkten lösa, och för vilka användargrupper?",
        value: "Invånare vill kunna söka färdtjänst utan att ringa.",
      },
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

  it("says what the chosen procedure means for the requirements, in both languages", () => {
    const section = (source: DocumentSource, locale: "sv" | "en" = "sv") =>
      sampleDocument(source, locale).intro.sections.find((s) => s.heading.startsWith("1.4"))!;
    const negotiated = section(sampleSource(0, { context: { ...sampleSource(0).context, procedure: "negotiated" } }));
    expect(negotiated.heading).toBe("1.4 Förfarande och kravens roll");
    expect(negotiated.paragraphs[0]).toContain("Ska-kraven i dokumentet är minimikrav: de förhandlas inte");
    expect(negotiated.paragraphs).toHaveLength(1);
    const dialogue = section(
      sampleSource(0, { context: { ...sampleSource(0).context, procedure: "competitive_dialogue" } }),
      "en",
    );
    expect(dialogue.paragraphs[0]).toContain("minimum requirements that are not negotiated in the dialogue");
    const framework = section(
      sampleSource(0, { context: { ...sampleSource(0).context, procedure: "framework_call" } }),
    );
    expect(framework.paragraphs[0]).toContain(
      "får inte ändra dem väsentligt eller lägga till villkor som ramavtalet inte medger",
    );
    // A direct award with a stated value: the value is checked against the threshold.
    const direct = section(
      sampleSource(0, { context: { ...sampleSource(0).context, procedure: "direct", estimatedValueSek: 450_000 } }),
    );
    expect(direct.paragraphs[0]).toContain("dokumentationen kan vara förenklad");
    expect(direct.paragraphs[1]).toMatch(
      /^Det uppskattade värdet är 450\s000 kronor\. .*under gränsen för direktupphandling/,
    );
    const directEn = section(
      sampleSource(0, { context: { ...sampleSource(0).context, procedure: "direct", estimatedValueSek: 450_000 } }),
      "en",
    );
    expect(directEn.paragraphs).toEqual([
      expect.stringContaining("simplified"),
      expect.stringContaining("The estimated value is SEK 450,000."),
    ]);
    const undecided = section(
      sampleSource(0, { context: { ...sampleSource(0).context, procedure: undefined, estimatedValueSek: undefined } }),
    );
    expect(undecided.paragraphs).toHaveLength(1);
    expect(undecided.paragraphs[0]).toContain("inte bestämt");
    expect(sampleDocument(sampleSource(0)).intro.contextHeading).toBe("1.5 Upphandlingens förutsättningar");
  });

  it("gives every source its checked date and marks unverified sources and third-party copies", () => {
    const models = new Map(
      [
        { ...fixtureModels[0]!, checkedAt: "2026-11-29" },
        {
          ...fixtureModels[1]!,
          checkedAt: "2026-11-28",
          unverified: "Årtalet är inte bekräftat.",
          copy: true as const,
        },
      ].map((model) => [model.id, model]),
    );
    const build = (locale: "sv" | "en") =>
      buildDocumentData(sampleSource(12), {
        t: translatorFor(locale, loadMessages(locale)),
        lang: locale,
        formattedDate: "29 november 2026",
        getModel: (id) => models.get(id),
      }).sources.models.map((m) => [m.id, m.status]);
    expect(build("sv")).toEqual([
      ["m-dos-lagen", ["Kontrollerad 2026-11-29"]],
      ["m-gdpr", ["Kontrollerad 2026-11-28", "Ej verifierad: Årtalet är inte bekräftat.", "Kopia hos tredje part"]],
    ]);
    expect(build("en")[1]).toEqual([
      "m-gdpr",
      ["Checked 2026-11-28", "Not verified: Årtalet är inte bekräftat.", "Third-party copy"],
    ]);
    expect(sampleDocument(sampleSource(12)).sources.models[0]?.status).toEqual(["Inte kontrollerad mot källan"]);
  });
});

describe("answers from an old revision", () => {
  it("leave out options the question no longer has instead of showing a message key", () => {
    const data = sampleDocument(
      sampleSource(0, { answers: { juridik: { hosting: "moon", dpia: ["planned", "gone"] as unknown as string } } }),
    );
    const rows = data.perspectives.find((p) => p.perspective === "juridik")!.answers;
    expect(rows.map((row) => row.value)).toEqual(["Den är planerad"]);
    expect(JSON.stringify(data)).not.toContain("questions.");
  });
});
