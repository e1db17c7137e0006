import { describe, expect, it } from "vitest";
import {
  catalogReport,
  isMirrorUrl,
  isVerified,
  profileFailures,
  type ReportInput,
} from "@/lib/catalog-quality/report";
import type { ChecklistTopic } from "@/lib/catalog/checklist/types";
import { profiles } from "@/lib/catalog/profiles/profiles";
import { fixtureModels, fixtureSuggestions } from "@/lib/testing/catalog-fixtures";

const topic = (id: `t-${string}`, suggestionIds: string[], coveredElsewhere?: string): ChecklistTopic => ({
  id,
  perspective: "kundnytta",
  topic: "Testämne",
  documentIds: ["d-test"],
  suggestionIds,
  coveredElsewhere,
});

const models = [
  { ...fixtureModels[0]!, checkedAt: "2026-11-29" },
  { ...fixtureModels[1]!, checkedAt: "2026-11-29", unverified: "Årtalet är inte kontrollerat." },
  {
    ...fixtureModels[1]!,
    id: "m-test-kopia",
    url: "https://docplayer.se/12345-vagledning.html",
    checkedAt: "2026-11-29",
  },
  { ...fixtureModels[1]!, id: "m-test-markerad", copy: true as const },
];
const [first, second, ...rest] = fixtureSuggestions;
const suggestions = [
  { ...first!, checkedAt: "2026-11-29" },
  { ...second!, checkedAt: "2026-11-29", unverified: "Källan saknas." },
  ...rest,
];

const input = (overrides: Partial<ReportInput> = {}): ReportInput => ({
  suggestions,
  models,
  checklistTopics: [
    topic("t-kn-a", ["s-test-kn-behov"]),
    topic("t-kn-b", [], "Granska: andel ska-krav"),
    topic("t-kn-c", []),
    topic("t-kn-d", ["s-finns-inte"]),
  ],
  profiles: profiles.slice(0, 2),
  expectations: { kundnytta: {}, juridik: {}, arbetsmiljo: {}, organisation: {} },
  ...overrides,
});

describe("catalogReport", () => {
  it("counts suggestions per perspective and models", () => {
    const report = catalogReport(input());
    expect(report.suggestions).toBe(fixtureSuggestions.length);
    expect(report.perPerspective).toEqual({ KN: 7, JU: 4, AM: 3, OR: 4 });
    expect(report.models).toBe(4);
  });

  it("counts an item as verified only with a checked date and no open reason, over models and suggestions", () => {
    expect(isVerified({ checkedAt: "2026-11-29" })).toBe(true);
    expect(isVerified({ checkedAt: "2026-11-29", unverified: "Okänt år." })).toBe(false);
    expect(isVerified({})).toBe(false);
    // Verified: two models (the primary one and the mirror) and one suggestion, of 4 + 18 items.
    expect(catalogReport(input()).verifiedShare).toBe(Math.round((3 / 22) * 1000) / 1000);
  });

  it("takes mirror hosts and copies out of the primary share", () => {
    expect(isMirrorUrl("https://www.lagpunkten.se/lag/2016-1145")).toBe(true);
    expect(isMirrorUrl("https://vdocuments.site/kravspec.html")).toBe(true);
    expect(isMirrorUrl("https://lod.lovdata.no/article/2023/06/Sekretessgenombrott")).toBe(true);
    expect(isMirrorUrl("https://lovdata.no/dokument/NL/lov/2018-06-15-38")).toBe(false);
    expect(
      isMirrorUrl("https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-20161145"),
    ).toBe(false);
    expect(isMirrorUrl("https://www.esamverka.se/stod-och-vagledning.html")).toBe(false);
    expect(catalogReport(input()).primarySourceShare).toBe(0.5);
  });

  it("covers a topic by an existing suggestion or a named place elsewhere, never by an unknown id", () => {
    const report = catalogReport(input());
    expect(report.checklistTopics).toBe(4);
    expect(report.checklistCoverage).toBe(0.5);
    expect(catalogReport(input({ checklistTopics: [] })).checklistCoverage).toBe(0);
  });

  it("runs the quality lint over every catalog text", () => {
    expect(catalogReport(input()).lintWarnings).toBe(0);
    const vague = {
      ...first!,
      id: "s-test-vag",
      title: "Ett enkelt gränssnitt",
      motiv: "Användarna behöver ett smidigt flöde i vardagen.",
    };
    // Two vague words (title, motiv) and the text repeats the first suggestion's.
    expect(catalogReport(input({ suggestions: [...suggestions, vague] })).lintWarnings).toBe(3);
  });

  it("passes a profile only when every perspective has an expectation and all hold", () => {
    const [school] = profiles;
    const holds = { top5: ["s-test-kn-behov"] };
    const all = {
      kundnytta: { skolplattform: holds },
      juridik: { skolplattform: { top5: ["s-test-ju-pub"] } },
      arbetsmiljo: { skolplattform: { top5: ["s-test-am-risk"] } },
      organisation: { skolplattform: { top5: ["s-test-or-exit"] } },
    };
    expect(profileFailures(input({ expectations: all }), school!)).toEqual([]);
    expect(catalogReport(input({ expectations: all })).profilesPassing).toBe(1);
    const missing = { ...all, organisation: {} };
    expect(profileFailures(input({ expectations: missing }), school!)).toEqual([
      "skolplattform/organisation: no expectation",
    ]);
    const wrong = { ...all, kundnytta: { skolplattform: { top5: ["s-test-kn-ai"], notTop5: ["s-test-kn-behov"] } } };
    const failures = profileFailures(input({ expectations: wrong }), school!);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/^skolplattform\/kundnytta: s-test-kn-ai is not in the top five/);
    expect(catalogReport(input({ expectations: wrong })).profilesPassing).toBe(0);
  });
});
