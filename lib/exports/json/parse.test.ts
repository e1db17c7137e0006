import { describe, expect, it } from "vitest";
import { buildKravlotsFile, serializeKravlotsFile } from "@/lib/exports/json/build";
import { nestingDepth, parseKravlotsFile } from "@/lib/exports/json/parse";
import { importLimits, type KravlotsFile } from "@/lib/exports/json/schema";

const requirement = (number: number) => ({
  perspective: "kundnytta",
  number,
  position: number,
  level: "ska",
  kravtyp: "KF",
  text: `Krav nummer ${number} på lösningen.`,
  motiv: "",
  verifikat: "Demonstration.",
  uppfoljning: "",
  weight: null,
  suggestionId: null,
  modelIds: [],
  adoptedSuggestion: null,
});

const valid: KravlotsFile = buildKravlotsFile(
  {
    title: "Färdtjänst",
    status: "draft",
    context: { organisation: "Åre kommun" },
    answers: {},
    completedSteps: [],
    nextNumberKn: 3,
    nextNumberJu: 1,
    nextNumberAm: 1,
    nextNumberOr: 1,
    requirements: [requirement(1), requirement(2)],
  },
  new Date("2026-11-29T10:00:00Z"),
);
const text = (file: unknown) => JSON.stringify(file);
const problem = (input: string) => {
  const result = parseKravlotsFile(input);
  return result.ok ? null : result.problem;
};

describe("reading a Kravlots file", () => {
  it("accepts its own export", () => {
    const result = parseKravlotsFile(new TextDecoder().decode(serializeKravlotsFile(valid)));
    expect(result).toEqual({ ok: true, value: valid });
  });

  it("refuses another format version, naming it", () => {
    expect(problem(text({ ...valid, formatVersion: 2 }))).toEqual({ key: "formatVersion", where: "2" });
    expect(problem(text({ ...valid, formatVersion: undefined }))).toEqual({ key: "formatVersion", where: "saknas" });
  });

  it("refuses a file over the size cap before parsing it", () => {
    const big = `{"format":"kravlots","pad":"${"x".repeat(importLimits.bytes)}"}`;
    expect(problem(big)).toEqual({ key: "tooLarge" });
    // Multi-byte letters count as bytes, not characters.
    expect(problem(`"${"å".repeat(importLimits.bytes / 2 + 1)}"`)).toEqual({ key: "tooLarge" });
  });

  it("refuses deep nesting without handing it to JSON.parse", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(problem(deep)).toEqual({ key: "tooDeep" });
    // Brackets inside strings do not count.
    expect(nestingDepth('{"a":"[[[[{{{{\\"[["}')).toBe(1);
  });

  it("names an unknown field and where it is", () => {
    expect(problem(text({ ...valid, extra: 1 }))).toEqual({ key: "unknownField", where: "extra" });
    const rows = [{ ...valid.requirements[0], secret: "x" }, valid.requirements[1]];
    expect(problem(text({ ...valid, requirements: rows }))).toEqual({
      key: "unknownField",
      where: "requirements[0].secret",
    });
  });

  it("refuses markup in any text but lets comparisons through", () => {
    const rows = [{ ...valid.requirements[0], motiv: 'Se <script src="x.js"></script>' }, valid.requirements[1]];
    expect(problem(text({ ...valid, requirements: rows }))).toEqual({ key: "markup", where: "requirements[0].motiv" });
    expect(problem(text({ ...valid, draft: { ...valid.draft, title: "<img src=x onerror=alert(1)>" } }))).toEqual({
      key: "markup",
      where: "draft.title",
    });
    const fine = [{ ...valid.requirements[0], text: "Svarstid < 2 s och > 1 ms." }, valid.requirements[1]];
    expect(parseKravlotsFile(text({ ...valid, requirements: fine })).ok).toBe(true);
  });

  it("refuses 20,000 rows before validating them one by one", () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ ...requirement(i + 1), code: `KN-${i + 1}` }));
    expect(problem(text({ ...valid, requirements: rows }))).toEqual({ key: "tooManyRequirements", where: "20000" });
  });

  it("refuses what is not a Kravlots file, and a code that disagrees with its number", () => {
    expect(problem("")).toEqual({ key: "empty" });
    expect(problem("{not json")).toEqual({ key: "notJson" });
    expect(problem(text([1, 2]))).toEqual({ key: "notKravlots" });
    expect(problem(text({ format: "other" }))).toEqual({ key: "notKravlots" });
    const wrong = [{ ...valid.requirements[0], code: "KN-7" }, valid.requirements[1]];
    expect(problem(text({ ...valid, requirements: wrong }))).toEqual({
      key: "codeMismatch",
      where: "requirements[0].code",
    });
    const twice = [valid.requirements[0], valid.requirements[0]];
    expect(problem(text({ ...valid, requirements: twice }))).toEqual({ key: "duplicateCode", where: "KN-1" });
    const badLevel = [{ ...valid.requirements[0], level: "kanske" }, valid.requirements[1]];
    expect(problem(text({ ...valid, requirements: badLevel }))).toEqual({
      key: "invalid",
      where: "requirements[0].level",
    });
  });
});
