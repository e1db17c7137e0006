import { lintCatalog } from "@/lib/catalog-quality/lint";
import { expectationFailures } from "@/lib/catalog/profiles/check";
import type { PerspectiveExpectations, Profile } from "@/lib/catalog/profiles/profiles";
import type { ChecklistTopic } from "@/lib/catalog/checklist/types";
import type { GuidanceModel, Suggestion } from "@/lib/catalog/schema";
import { perspectives, type Perspective } from "@/lib/vocabulary";

// The catalog's figures (issue 12), computed from the content alone so the
// report script, its test and docs/CONTENT.md agree on every definition.

export type CatalogReport = {
  suggestions: number;
  perPerspective: { KN: number; JU: number; AM: number; OR: number };
  models: number;
  verifiedShare: number;
  primarySourceShare: number;
  checklistTopics: number;
  checklistCoverage: number;
  lintWarnings: number;
  profiles: number;
  profilesPassing: number;
};

export type ReportInput = {
  suggestions: readonly Suggestion[];
  models: readonly GuidanceModel[];
  checklistTopics: readonly ChecklistTopic[];
  profiles: readonly Profile[];
  expectations: Readonly<Record<Perspective, PerspectiveExpectations>>;
};

const codes = { kundnytta: "KN", juridik: "JU", arbetsmiljo: "AM", organisation: "OR" } as const satisfies Record<
  Perspective,
  string
>;

// Sites that host copies or summaries of other publishers' documents. A model
// linking there is not on a primary source, whatever it says it is.
export const mirrorHostLabels = [
  "docplayer",
  "vdocuments",
  "studylib",
  "studylibsv",
  "5dok",
  "lawbox",
  "lagpunkten",
  "esem",
  "slidetodoc",
  "pdfslide",
  "ebin",
  "datenrecht",
] as const;

// Lovdata publishes Norwegian law itself (lovdata.no/dokument/…, lovdata.no/lov/…);
// anything else there, such as its news pages on Swedish law, is secondary.
function isLovdataPrimary(url: URL): boolean {
  return url.hostname === "lovdata.no" && /^\/(dokument|lov)\//.test(url.pathname);
}

export function isMirrorUrl(href: string): boolean {
  const url = new URL(href);
  const labels = url.hostname.toLowerCase().split(".").slice(0, -1);
  if (labels.includes("lovdata")) return !isLovdataPrimary(url);
  return labels.some((label) => (mirrorHostLabels as readonly string[]).includes(label));
}

export const isPrimarySource = (model: GuidanceModel): boolean => !model.copy && !isMirrorUrl(model.url);

// Verified: read against the source on a known day, with nothing left open.
export const isVerified = (item: { checkedAt?: string; unverified?: string }): boolean =>
  item.checkedAt !== undefined && (item.unverified === undefined || item.unverified.trim() === "");

// Covered by a suggestion that exists, or by a named place elsewhere in the product.
export const isTopicCovered = (topic: ChecklistTopic, suggestionIds: ReadonlySet<string>): boolean =>
  topic.suggestionIds.some((id) => suggestionIds.has(id)) || (topic.coveredElsewhere ?? "").trim() !== "";

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

// A profile passes only when every perspective has an expectation for it and
// all of them hold: a missing expectation is not a pass.
export function profileFailures(input: ReportInput, profile: Profile): string[] {
  return perspectives.flatMap((perspective) => {
    const expectation = input.expectations[perspective][profile.id];
    if (!expectation) return [`${profile.id}/${perspective}: no expectation`];
    return expectationFailures(input.suggestions, perspective, profile, expectation);
  });
}

export function catalogReport(input: ReportInput): CatalogReport {
  const count = (perspective: Perspective) => input.suggestions.filter((s) => s.perspective === perspective).length;
  const items = [...input.models, ...input.suggestions];
  const ids = new Set(input.suggestions.map((s) => s.id));
  return {
    suggestions: input.suggestions.length,
    perPerspective: Object.fromEntries(
      perspectives.map((p) => [codes[p], count(p)]),
    ) as CatalogReport["perPerspective"],
    models: input.models.length,
    verifiedShare: share(items.filter(isVerified).length, items.length),
    primarySourceShare: share(input.models.filter(isPrimarySource).length, input.models.length),
    checklistTopics: input.checklistTopics.length,
    checklistCoverage: share(
      input.checklistTopics.filter((topic) => isTopicCovered(topic, ids)).length,
      input.checklistTopics.length,
    ),
    lintWarnings: lintCatalog(input.suggestions).length,
    profiles: input.profiles.length,
    profilesPassing: input.profiles.filter((profile) => profileFailures(input, profile).length === 0).length,
  };
}
