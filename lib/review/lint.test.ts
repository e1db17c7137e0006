import { describe, expect, it } from "vitest";
import { brandsIn, lintRequirements, normaliseText, vagueWordsIn, type LintRequirement } from "@/lib/review/lint";
import type { Perspective } from "@/lib/vocabulary";

let counter = 0;
function requirement(overrides: Partial<LintRequirement> = {}): LintRequirement {
  counter += 1;
  return {
    id: `r${counter}`,
    code: `KN-${counter}`,
    perspective: "kundnytta",
    text: `Systemet ska kunna exportera ärende nummer ${counter} till ett öppet format.`,
    level: "ska",
    kravtyp: "KF",
    verifikat: "Demonstration vid utvärdering.",
    weight: null,
    ...overrides,
  };
}

const only = (perspectives: Perspective[]) => ({ perspectives });
const rules = (warnings: { rule: string }[]) => warnings.map((warning) => warning.rule);

describe("vague words", () => {
  it("fires on whole words and Swedish inflections, case-insensitively", () => {
    expect(vagueWordsIn("Tjänsten ska vara Användarvänligt utformad och snabb.")).toEqual(["användarvänligt", "snabb"]);
    expect(vagueWordsIn("Enkelt, smidiga och robusta flöden, bl.a. för ansökan")).toEqual([
      "enkelt",
      "smidiga",
      "robusta",
      "bl.a.",
    ]);
    expect(vagueWordsIn("Rapporter i PDF, Excel etc. och/eller CSV vid behov osv")).toEqual([
      "etc.",
      "och/eller",
      "vid behov",
      "osv",
    ]);
    const warnings = lintRequirements(
      [requirement({ id: "a", code: "KN-3", text: "Gränssnittet ska vara intuitivt och lättanvänt." })],
      only(["kundnytta"]),
    );
    expect(warnings).toEqual([
      {
        rule: "vagueWords",
        requirementId: "a",
        code: "KN-3",
        perspective: "kundnytta",
        params: { words: "intuitivt, lättanvänt" },
      },
    ]);
  });

  it("does not fire inside longer words or on precise requirements", () => {
    expect(vagueWordsIn("Snabbkommandon och modernisering av effektmål; ett enkelriktat flöde.")).toEqual([]);
    expect(vagueWordsIn("Systemet ska stödja enkel inloggning (SSO) med SAML 2.0.")).toEqual([]);
    expect(vagueWordsIn("Svarstiden ska vara högst 2 sekunder för 95 % av anropen.")).toEqual([]);
    expect(lintRequirements([requirement()], only(["kundnytta"]))).toEqual([]);
  });
});

describe("ska-krav without verifikat", () => {
  it("fires for a ska-krav whose verifikat is blank", () => {
    const warnings = lintRequirements(
      [requirement({ id: "b", code: "JU-2", perspective: "juridik", verifikat: "  " })],
      only(["juridik"]),
    );
    expect(warnings).toEqual([
      { rule: "skaWithoutVerifikat", requirementId: "b", code: "JU-2", perspective: "juridik", params: {} },
    ]);
  });

  it("does not fire for bör-krav, internal requirements or a given verifikat", () => {
    const list = [
      requirement({ level: "bor", verifikat: "", weight: 100 }),
      requirement({ kravtyp: "IN", verifikat: "" }),
      requirement({ verifikat: "Intyg." }),
    ];
    expect(rules(lintRequirements(list, only(["kundnytta"])))).not.toContain("skaWithoutVerifikat");
  });
});

describe("brand names", () => {
  it("fires on a product or brand without 'eller likvärdigt'", () => {
    expect(brandsIn("Integration med Microsoft 365 och Teams krävs.")).toEqual(["Microsoft 365", "Teams"]);
    expect(brandsIn("Appen ska fungera på iOS och Android.")).toEqual(["iOS", "Android"]);
    expect(brandsIn("Inloggning med Mobilt BankID.")).toEqual(["BankID"]);
    expect(brandsIn("Data får lagras i Azure eller AWS.")).toEqual(["Azure", "AWS"]);
    expect(brandsIn("Koppling till TietoEVRY Lifecare och Visma.")).toEqual(["Tietoevry", "Visma"]);
    const warnings = lintRequirements(
      [requirement({ id: "c", code: "KN-9", text: "Systemet ska integreras med SAP." })],
      only(["kundnytta"]),
    );
    expect(warnings).toEqual([
      { rule: "brandName", requirementId: "c", code: "KN-9", perspective: "kundnytta", params: { brands: "SAP" } },
    ]);
  });

  it("does not fire with 'eller likvärdigt', for formats and standards, or on ordinary words", () => {
    expect(brandsIn("Integration med Microsoft 365 eller likvärdigt.")).toEqual([]);
    expect(brandsIn("Inloggning med e-legitimation, till exempel BankID.")).toEqual([]);
    expect(brandsIn("Dokument i PDF/A enligt ISO 19005, WCAG 2.1 AA, ODF och öppna API:er.")).toEqual([]);
    expect(brandsIn("Teamet ska kunna arbeta i olika team; ett äpple om dagen; word och windows i gemener.")).toEqual(
      [],
    );
    expect(brandsIn("Leverantören ska dokumentera sapnings- och googlingsrutiner.")).toEqual([]);
  });
});

describe("bör-krav weights", () => {
  it("fires when the weights of bör-krav do not sum to 100 %", () => {
    const list = [
      requirement({ level: "bor", weight: 30 }),
      requirement({ level: "bor", weight: 40 }),
      requirement({ level: "bor" }),
    ];
    expect(lintRequirements(list, only(["kundnytta"]))).toEqual([
      { rule: "weightSum", params: { sum: 70, count: 3, missing: 1 } },
    ]);
  });

  it("does not fire at exactly 100 % or without any bör-krav", () => {
    expect(
      lintRequirements(
        [requirement({ level: "bor", weight: 60 }), requirement({ level: "bor", weight: 40 })],
        only(["kundnytta"]),
      ),
    ).toEqual([]);
    expect(lintRequirements([requirement(), requirement()], only(["kundnytta"]))).toEqual([]);
  });
});

describe("share of ska-krav", () => {
  const many = (ska: number, bor: number, extra: Partial<LintRequirement> = {}) => [
    ...Array.from({ length: ska }, () => requirement(extra)),
    ...Array.from({ length: bor }, () => requirement({ level: "bor", weight: bor === 0 ? null : 100 / bor })),
  ];

  it("fires when more than 80 % of at least 10 requirements are ska-krav", () => {
    const warnings = lintRequirements(many(9, 1), only(["kundnytta"]));
    expect(warnings).toEqual([{ rule: "skaShare", params: { ska: 9, total: 10, share: 90, threshold: 80 } }]);
  });

  it("does not fire at 80 %, below 10 requirements, or for internal requirements", () => {
    expect(rules(lintRequirements(many(8, 2), only(["kundnytta"])))).not.toContain("skaShare");
    expect(rules(lintRequirements(many(9, 0), only(["kundnytta"])))).not.toContain("skaShare");
    expect(
      rules(lintRequirements([...many(7, 2), ...many(3, 0, { kravtyp: "IN" })], only(["kundnytta"]))),
    ).not.toContain("skaShare");
  });

  it("takes another threshold from the context", () => {
    expect(rules(lintRequirements(many(8, 2), { perspectives: ["kundnytta"], skaShareThreshold: 0.7 }))).toContain(
      "skaShare",
    );
  });
});

describe("empty perspective", () => {
  it("fires for each perspective without requirements", () => {
    const warnings = lintRequirements([requirement(), requirement({ perspective: "juridik" })]);
    expect(warnings).toEqual([
      { rule: "emptyPerspective", perspective: "arbetsmiljo", params: {} },
      { rule: "emptyPerspective", perspective: "organisation", params: {} },
    ]);
  });

  it("does not fire when every perspective holds a requirement", () => {
    const all = (["kundnytta", "juridik", "arbetsmiljo", "organisation"] as const).map((perspective) =>
      requirement({ perspective }),
    );
    expect(lintRequirements(all)).toEqual([]);
  });
});

describe("duplicates", () => {
  it("fires on the same text after normalising case, whitespace and punctuation", () => {
    expect(normaliseText("  Systemet SKA logga  åtkomst! ")).toBe("systemet ska logga åtkomst");
    const first = requirement({ code: "KN-1", text: "Systemet ska logga all åtkomst till personuppgifter." });
    const second = requirement({
      id: "d",
      code: "JU-4",
      perspective: "juridik",
      text: "systemet ska  logga all åtkomst till personuppgifter",
    });
    expect(lintRequirements([first, second], only(["kundnytta", "juridik"]))).toEqual([
      { rule: "duplicate", requirementId: "d", code: "JU-4", perspective: "juridik", params: { other: "KN-1" } },
    ]);
  });

  it("fires on near-duplicates with token similarity of at least 90 %", () => {
    const text =
      "Leverantören ska tillhandahålla support på svenska vardagar mellan klockan åtta och sjutton via telefon och e-post";
    const first = requirement({ code: "OR-1", perspective: "organisation", text });
    const second = requirement({ id: "e", code: "OR-2", perspective: "organisation", text: `${text} och chatt` });
    expect(lintRequirements([first, second], only(["organisation"]))).toEqual([
      {
        rule: "nearDuplicate",
        requirementId: "e",
        code: "OR-2",
        perspective: "organisation",
        params: { other: "OR-1", similarity: 94 },
      },
    ]);
  });

  it("does not fire on different requirements", () => {
    const list = [
      requirement({ text: "Systemet ska logga all åtkomst till personuppgifter." }),
      requirement({ text: "Systemet ska kunna exportera all data i öppet format." }),
    ];
    expect(rules(lintRequirements(list, only(["kundnytta"])))).toEqual([]);
  });
});

describe("lintRequirements", () => {
  it("orders warnings by rule, then by requirement", () => {
    const list = [
      requirement({ text: "En modern lösning, bl.a. för Teams.", verifikat: "" }),
      requirement({ text: "En snabb lösning." }),
    ];
    expect(rules(lintRequirements(list, only(["kundnytta", "juridik"])))).toEqual([
      "emptyPerspective",
      "vagueWords",
      "vagueWords",
      "skaWithoutVerifikat",
      "brandName",
    ]);
  });
});
