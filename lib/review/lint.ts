import { brandTerms, eLegitimationPattern, equivalentPattern, vagueTerms } from "@/lib/review/lint-terms";
import type { RequirementRow } from "@/lib/requirements/types";
import { perspectives, type Perspective } from "@/lib/vocabulary";

// The quality lint of the review page: pure, so every rule is unit-tested.
// Rules run in this order and the page groups warnings by rule.
export const lintRules = [
  "emptyPerspective",
  "vagueWords",
  "skaWithoutVerifikat",
  "brandName",
  "duplicate",
  "nearDuplicate",
  "weightSum",
  "skaShare",
] as const;
export type LintRule = (typeof lintRules)[number];

export type Warning = {
  rule: LintRule;
  requirementId?: string;
  code?: string;
  perspective?: Perspective;
  params: Record<string, string | number>;
};

export type LintRequirement = Pick<
  RequirementRow,
  "id" | "code" | "perspective" | "text" | "level" | "kravtyp" | "verifikat" | "weight"
>;

export type LintContext = {
  // Perspectives that should hold requirements (default: all four).
  perspectives?: readonly Perspective[];
  // More than this share of ska-krav among the requirements bidders must meet
  // narrows competition: every ska-krav can disqualify a bid, and each one
  // removes a way for bidders to compete on value instead.
  skaShareThreshold?: number;
  // Below this many requirements the share says little.
  skaShareMinimum?: number;
  // Token Jaccard similarity at or above which two texts are near duplicates.
  nearDuplicateSimilarity?: number;
};

export const lintDefaults = { skaShareThreshold: 0.8, skaShareMinimum: 10, nearDuplicateSimilarity: 0.9 } as const;

const wholeWord = (pattern: string, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, flags);

const vagueMatchers = vagueTerms.map((term) => ({ term: term.term, regex: wholeWord(term.pattern, "giu") }));
const brandMatchers = brandTerms.map((brand) => ({
  ...brand,
  regex: wholeWord(brand.pattern, brand.caseSensitive ? "u" : "iu"),
}));
const equivalent = wholeWord(equivalentPattern, "iu");
const eLegitimation = wholeWord(eLegitimationPattern, "iu");

const about = (requirement: LintRequirement) => ({
  requirementId: requirement.id,
  code: requirement.code,
  perspective: requirement.perspective,
});

// In the order they appear in the text, each once.
export function vagueWordsIn(text: string): string[] {
  const found = vagueMatchers.flatMap(({ regex }) =>
    [...text.matchAll(regex)].map((match) => ({ at: match.index, word: match[0].toLowerCase() })),
  );
  return [...new Set(found.sort((a, b) => a.at - b.at).map((match) => match.word))];
}

export function brandsIn(text: string): string[] {
  if (equivalent.test(text)) return [];
  const functionNamed = eLegitimation.test(text);
  const names = brandMatchers
    .filter((brand) => !(brand.eLegitimation && functionNamed) && brand.regex.test(text))
    .map((brand) => brand.name);
  // "Microsoft 365" also contains "Microsoft": name it once.
  return names.filter((name) => !names.some((other) => other !== name && other.startsWith(`${name} `)));
}

// Case, whitespace and punctuation do not make two requirements different.
export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function duplicateWarnings(requirements: readonly LintRequirement[], similarity: number): Warning[] {
  const warnings: Warning[] = [];
  const seen: { requirement: LintRequirement; normal: string; tokens: Set<string> }[] = [];
  for (const requirement of requirements) {
    const normal = normaliseText(requirement.text);
    const tokens = new Set(normal.split(" ").filter(Boolean));
    const exact = seen.find((other) => other.normal === normal);
    if (exact) {
      warnings.push({ rule: "duplicate", ...about(requirement), params: { other: exact.requirement.code } });
    } else {
      let best: { code: string; score: number } | undefined;
      for (const other of seen) {
        const score = jaccard(tokens, other.tokens);
        if (score >= similarity && (!best || score > best.score)) best = { code: other.requirement.code, score };
      }
      if (best) {
        warnings.push({
          rule: "nearDuplicate",
          ...about(requirement),
          params: { other: best.code, similarity: Math.round(best.score * 100) },
        });
      }
    }
    seen.push({ requirement, normal, tokens });
  }
  return warnings;
}

function weightWarnings(requirements: readonly LintRequirement[]): Warning[] {
  const bor = requirements.filter((requirement) => requirement.level === "bor");
  if (bor.length === 0) return [];
  const sum = bor.reduce((total, requirement) => total + (requirement.weight ?? 0), 0);
  const missing = bor.filter((requirement) => requirement.weight === null || requirement.weight === undefined).length;
  return sum === 100 ? [] : [{ rule: "weightSum", params: { sum, count: bor.length, missing } }];
}

function skaShareWarnings(requirements: readonly LintRequirement[], threshold: number, minimum: number): Warning[] {
  // Internal process requirements (IN) bind the buyer, not the bidders.
  const facingBidders = requirements.filter((requirement) => requirement.kravtyp !== "IN");
  const ska = facingBidders.filter((requirement) => requirement.level === "ska").length;
  if (facingBidders.length < minimum || ska / facingBidders.length <= threshold) return [];
  return [
    {
      rule: "skaShare",
      params: {
        ska,
        total: facingBidders.length,
        share: Math.round((ska / facingBidders.length) * 100),
        threshold: Math.round(threshold * 100),
      },
    },
  ];
}

export function lintRequirements(requirements: readonly LintRequirement[], context: LintContext = {}): Warning[] {
  const { skaShareThreshold, skaShareMinimum, nearDuplicateSimilarity } = { ...lintDefaults, ...context };
  const warnings: Warning[] = [];
  for (const perspective of context.perspectives ?? perspectives) {
    if (!requirements.some((requirement) => requirement.perspective === perspective)) {
      warnings.push({ rule: "emptyPerspective", perspective, params: {} });
    }
  }
  for (const requirement of requirements) {
    const words = vagueWordsIn(requirement.text);
    if (words.length > 0)
      warnings.push({ rule: "vagueWords", ...about(requirement), params: { words: words.join(", ") } });
  }
  for (const requirement of requirements) {
    // An IN requirement binds the buyer: there is nothing for a bidder to prove.
    if (requirement.level === "ska" && requirement.kravtyp !== "IN" && requirement.verifikat.trim() === "") {
      warnings.push({ rule: "skaWithoutVerifikat", ...about(requirement), params: {} });
    }
  }
  for (const requirement of requirements) {
    const brands = brandsIn(requirement.text);
    if (brands.length > 0)
      warnings.push({ rule: "brandName", ...about(requirement), params: { brands: brands.join(", ") } });
  }
  warnings.push(...duplicateWarnings(requirements, nearDuplicateSimilarity));
  warnings.push(...weightWarnings(requirements));
  warnings.push(...skaShareWarnings(requirements, skaShareThreshold, skaShareMinimum));
  const order = (warning: Warning) => lintRules.indexOf(warning.rule);
  return warnings.sort((a, b) => order(a) - order(b));
}
