import { describe, expect, it } from "vitest";
import { guidanceModelSchema, suggestionSchema } from "@/lib/catalog/schema";
import { getModel, getSuggestion, guidanceModels, suggestions, suggestionsCiting, suggestionsFor } from "@/lib/catalog";
import { perspectives } from "@/lib/vocabulary";

const vagueWords = /(^|[^\p{L}])(användarvänlig|modern|snabb|enkel|enkla|enkelt|flexibel|flexibla|flexibelt)/iu;
const suggestionTexts = (s: (typeof suggestions)[number]) => [s.text, s.motiv, s.verifikat, s.uppfoljning];
const modelTexts = (m: (typeof guidanceModels)[number]) => [m.name, m.publisher, m.summary, m.unverified ?? ""];
const allTexts = [...guidanceModels.flatMap(modelTexts), ...suggestions.flatMap(suggestionTexts)];

describe("catalog integrity", () => {
  it("every model and suggestion parses with its schema", () => {
    for (const model of guidanceModels) expect(guidanceModelSchema.safeParse(model).error, model.id).toBeUndefined();
    for (const suggestion of suggestions)
      expect(suggestionSchema.safeParse(suggestion).error, suggestion.id).toBeUndefined();
  });

  it("has no duplicate ids among models or suggestions", () => {
    const ids = [...guidanceModels.map((m) => m.id), ...suggestions.map((s) => s.id)];
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it("is large enough: at least 28 models, 60 suggestions and 12 per perspective", () => {
    expect(guidanceModels.length).toBeGreaterThanOrEqual(28);
    expect(suggestions.length).toBeGreaterThanOrEqual(60);
    for (const perspective of perspectives)
      expect(suggestionsFor(perspective).length, perspective).toBeGreaterThanOrEqual(12);
  });

  it("links every suggestion to existing models and every model to at least one suggestion", () => {
    const missing = suggestions.flatMap((s) => s.modelIds.filter((id) => !getModel(id)).map((id) => `${s.id} → ${id}`));
    expect(missing).toEqual([]);
    expect(guidanceModels.filter((m) => suggestionsCiting(m.id).length === 0).map((m) => m.id)).toEqual([]);
    for (const s of suggestions) expect(getSuggestion(s.id)).toBe(s);
  });

  it("gives every model an https URL", () => {
    expect(guidanceModels.filter((m) => new URL(m.url).protocol !== "https:").map((m) => m.id)).toEqual([]);
  });

  it("gives every suggestion motiv, verifikat and follow-up, and weights only to bör-krav", () => {
    for (const s of suggestions) {
      expect(s.motiv.trim().length, s.id).toBeGreaterThan(20);
      expect(s.verifikat.trim().length, s.id).toBeGreaterThan(10);
      expect(s.uppfoljning.trim().length, s.id).toBeGreaterThan(10);
      if (s.level === "bor") expect(s.weight, `${s.id} needs a weight`).toBeGreaterThan(0);
      else expect(s.weight, `${s.id} is ska and must not have a weight`).toBeUndefined();
    }
  });

  it("has generic and condition-specific suggestions in every perspective", () => {
    for (const perspective of perspectives) {
      const own = suggestionsFor(perspective);
      expect(
        own.some((s) => Object.keys(s.conditions).length === 0),
        perspective,
      ).toBe(true);
      expect(
        own.some((s) => Object.keys(s.conditions).length > 0),
        perspective,
      ).toBe(true);
    }
  });

  it("covers the conditions named in the issue", () => {
    const having = (predicate: (s: (typeof suggestions)[number]) => boolean, topics: string[]) =>
      suggestions.filter((s) => predicate(s) && topics.includes(s.topic)).length;
    expect(
      having((s) => s.conditions.personalData?.includes("ordinary") ?? false, ["dataskydd"]),
    ).toBeGreaterThanOrEqual(3);
    expect(
      having((s) => s.conditions.personalData?.includes("sensitive") ?? false, ["sakerhet"]),
    ).toBeGreaterThanOrEqual(2);
    expect(having((s) => s.conditions.critical === true, ["sakerhet", "kontinuitet"])).toBeGreaterThanOrEqual(3);
    expect(
      having((s) => s.conditions.productTypes?.includes("cloud_saas") ?? false, ["sekretess"]),
    ).toBeGreaterThanOrEqual(3);
    expect(having((s) => s.conditions.userGroups?.includes("staff") ?? false, ["arbetsmiljo"])).toBeGreaterThanOrEqual(
      5,
    );
    expect(having((s) => s.conditions.aiComponent === true, ["ai"])).toBeGreaterThanOrEqual(3);
    expect(
      having((s) => s.conditions.userGroups?.includes("citizens") ?? false, ["tillganglighet"]),
    ).toBeGreaterThanOrEqual(3);
    for (const kravtyp of ["KF", "KQ", "TK", "AV", "IN"])
      expect(
        suggestions.some((s) => s.kravtyp === kravtyp),
        kravtyp,
      ).toBe(true);
  });

  it("keeps suggestion texts free of vague words", () => {
    expect(suggestions.filter((s) => vagueWords.test(s.text)).map((s) => s.id)).toEqual([]);
  });

  it("names brands only together with 'eller likvärdigt'", () => {
    const brands =
      /BankID|Freja|TCO Certified|ISO\/IEC 27001|ISO 9241|UC |System Usability Scale|Responsible Business Alliance|NIST|SPDX|CycloneDX/;
    const bad = suggestions.filter((s) => brands.test(s.text) && !/eller likvärdig/.test(s.text)).map((s) => s.id);
    expect(bad).toEqual([]);
  });

  it("keeps legal references current as of 2026", () => {
    for (const model of guidanceModels) {
      if (/\bMSB\b/.test(model.publisher))
        expect(model.publisher, model.id).toMatch(/Myndigheten för civilt försvar|MCF/);
    }
    for (const text of allTexts) {
      if (/\bMSB\b/.test(text)) expect(text).toMatch(/Myndigheten för civilt försvar|MCF/);
      expect(text).not.toMatch(/AFS (2001:1|2015:4|1998:5|2020:1)/);
      if (/cybersäkerhetslag/i.test(text)) expect(text).toMatch(/2025:150[67]/);
    }
    const cyber = getModel("m-cybersakerhetslagen");
    expect(cyber?.name).toContain("2025:1506");
  });

  it("notes what could not be verified instead of hiding it", () => {
    // Mirrors on third-party sites are never presented as the publisher's own page.
    const mirrors = guidanceModels.filter((m) =>
      /docplayer|vdocuments|studylib|ebin\.pub|pdfslide|slidetodoc|5dok/.test(m.url),
    );
    expect(mirrors.length).toBeGreaterThan(0);
    expect(mirrors.filter((m) => !m.unverified).map((m) => m.id)).toEqual([]);
    expect(mirrors.filter((m) => !m.copy).map((m) => m.id)).toEqual([]);
    // A copy is only ever kept with its reason stated.
    expect(guidanceModels.filter((m) => m.copy && !m.unverified).map((m) => m.id)).toEqual([]);
  });
});
