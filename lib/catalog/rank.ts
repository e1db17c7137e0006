import type { Suggestion, SuggestionConditions, Topic } from "@/lib/catalog/schema";
import type { DraftAnswers } from "@/lib/drafts/answers";
import type { DraftContext } from "@/lib/drafts/schema";
import type { UserGroup } from "@/lib/vocabulary";

// Why a suggestion is shown: one code per matched condition or topic boost,
// translated in the UI ("Visas eftersom produkten behandlar känsliga
// personuppgifter"). "general" only when nothing specific matched.
export const rankReasons = [
  "sensitiveData",
  "critical",
  "cloud",
  "thirdCountry",
  "secrecy",
  "personalData",
  "aiComponent",
  "productType",
  "citizenUsers",
  "staffUsers",
  "businessUsers",
  "highValue",
  "procedure",
  "general",
] as const;
export type RankReason = (typeof rankReasons)[number];

export type RankedSuggestion = { suggestion: Suggestion; score: number; reasons: RankReason[] };

// Guided answers refine the ranking (juridik: hosting outside the EU/EES,
// secrecy); the Start context alone is enough to rank.
export type RankOptions = { answers?: DraftAnswers };

// Secret information is handled when the procurer says so or is unsure, and,
// before the Juridik question is answered, whenever sensitive personal data
// is: a municipality's records of that kind are nearly always covered by OSL.
export function handlesSecrets(context: DraftContext, answers?: DraftAnswers): boolean {
  const answer = answers?.juridik?.secrecy;
  if (answer === "yes" || answer === "unknown") return true;
  if (answer === "no") return false;
  return context.personalData === "sensitive";
}

export function conditionsHold(
  conditions: SuggestionConditions,
  context: DraftContext,
  answers?: DraftAnswers,
): boolean {
  const any = <T>(wanted: readonly T[] | undefined, actual: readonly T[] | undefined) =>
    wanted === undefined || (actual ?? []).some((value) => wanted.includes(value));
  return (
    any(conditions.productTypes, context.productTypes) &&
    any(conditions.personalData, context.personalData ? [context.personalData] : undefined) &&
    any(conditions.userGroups, context.userGroups) &&
    (!conditions.critical || context.critical === "yes") &&
    (!conditions.aiComponent || context.aiComponent === "yes") &&
    (conditions.minValueSek === undefined || (context.estimatedValueSek ?? 0) >= conditions.minValueSek) &&
    any(conditions.procedures, context.procedure ? [context.procedure] : undefined) &&
    (!conditions.secrecy || handlesSecrets(context, answers))
  );
}

// Points per matched condition. The rarer and weightier the risk a condition
// names, the more a suggestion written for it matters than a generic one.
export const conditionWeights = {
  sensitiveData: 40,
  critical: 40,
  cloud: 30,
  personalData: 25,
  aiComponent: 25,
  productType: 15,
  citizenUsers: 20,
  staffUsers: 20,
  businessUsers: 10,
  highValue: 10,
  secrecy: 30,
  procedure: 20,
} as const satisfies Partial<Record<RankReason, number>>;

// Points for a suggestion whose topic the context makes pressing, even when
// the suggestion itself has no condition (a generic security requirement is
// still more urgent for a critical service).
export const topicBoost = 15;
// Small tie-breaker: a requirement for the requirements phase is what the
// procurer is writing right now. Level is deliberately no tie-breaker: a
// bonus for ska-krav filled the top of every list with them, and accepting
// the top suggestions then broke the ska share limit (lib/catalog/consistency.test.ts);
// equal scores keep the catalog's order, which the content orders by importance.
export const phaseKsBonus = 2;

const groupReason: Record<UserGroup, "citizenUsers" | "staffUsers" | "businessUsers"> = {
  citizens: "citizenUsers",
  staff: "staffUsers",
  businesses: "businessUsers",
};

type Boost = { reasons: readonly RankReason[]; topics: readonly Topic[] };

function contextBoosts(context: DraftContext, options: RankOptions): Boost[] {
  const boosts: Boost[] = [];
  const cloud = context.productTypes?.includes("cloud_saas") ?? false;
  if (cloud && context.personalData === "sensitive") {
    boosts.push({ reasons: ["cloud", "sensitiveData"], topics: ["dataskydd", "sekretess", "sakerhet"] });
  } else if (context.personalData === "sensitive" || context.personalData === "ordinary") {
    boosts.push({
      reasons: [context.personalData === "sensitive" ? "sensitiveData" : "personalData"],
      topics: ["dataskydd"],
    });
  }
  if (context.userGroups?.includes("citizens")) boosts.push({ reasons: ["citizenUsers"], topics: ["tillganglighet"] });
  if (context.userGroups?.includes("staff")) boosts.push({ reasons: ["staffUsers"], topics: ["arbetsmiljo"] });
  if (context.critical === "yes") boosts.push({ reasons: ["critical"], topics: ["kontinuitet", "sakerhet"] });
  if (context.aiComponent === "yes") boosts.push({ reasons: ["aiComponent"], topics: ["ai"] });
  const juridik = options.answers?.juridik;
  if (juridik?.hosting === "thirdCountry")
    boosts.push({ reasons: ["thirdCountry"], topics: ["dataskydd", "sekretess"] });
  if (juridik?.secrecy === "yes") boosts.push({ reasons: ["secrecy"], topics: ["sekretess"] });
  return boosts;
}

// Only called when the conditions hold, so every listed condition matched.
function conditionMatches(
  conditions: SuggestionConditions,
  context: DraftContext,
): { reason: RankReason; weight: number }[] {
  const matches: { reason: RankReason; weight: number }[] = [];
  const add = (reason: keyof typeof conditionWeights) => matches.push({ reason, weight: conditionWeights[reason] });
  if (conditions.productTypes) {
    if (conditions.productTypes.includes("cloud_saas") && context.productTypes?.includes("cloud_saas")) add("cloud");
    else add("productType");
  }
  // A list that also takes "none" says nothing specific about this draft.
  if (conditions.personalData && !conditions.personalData.includes("none")) {
    add(
      context.personalData === "sensitive" && !conditions.personalData.includes("ordinary")
        ? "sensitiveData"
        : "personalData",
    );
  }
  if (conditions.userGroups) {
    const matched = conditions.userGroups.filter((group) => context.userGroups?.includes(group));
    // Several matched groups each earn a reason but only the strongest counts,
    // so a broad list does not outscore a targeted one.
    const weights = matched.map((group) => conditionWeights[groupReason[group]]);
    matched.forEach((group, index) =>
      matches.push({ reason: groupReason[group], weight: index === 0 ? Math.max(...weights) : 0 }),
    );
  }
  if (conditions.critical) add("critical");
  if (conditions.aiComponent) add("aiComponent");
  if (conditions.minValueSek !== undefined) add("highValue");
  if (conditions.secrecy) add("secrecy");
  if (conditions.procedures) add("procedure");
  return matches;
}

function score(suggestion: Suggestion, context: DraftContext, boosts: Boost[]): Omit<RankedSuggestion, "suggestion"> {
  const reasons = new Set<RankReason>();
  let total = 0;
  for (const { reason, weight } of conditionMatches(suggestion.conditions, context)) {
    total += weight;
    reasons.add(reason);
  }
  for (const boost of boosts) {
    if (!boost.topics.includes(suggestion.topic)) continue;
    total += topicBoost;
    boost.reasons.forEach((reason) => reasons.add(reason));
  }
  if (suggestion.phase === "KS") total += phaseKsBonus;
  const ordered = rankReasons.filter((reason) => reasons.has(reason));
  return { score: total, reasons: ordered.length > 0 ? ordered : ["general"] };
}

// Pure and deterministic: suggestions whose conditions fail are left out, the
// rest ordered by score, ties kept in catalog order.
export function rankSuggestions(
  all: readonly Suggestion[],
  context: DraftContext,
  options: RankOptions = {},
): RankedSuggestion[] {
  const boosts = contextBoosts(context, options);
  return all
    .map((suggestion, index) => ({ index, suggestion }))
    .filter(({ suggestion }) => conditionsHold(suggestion.conditions, context, options.answers))
    .map(({ index, suggestion }) => ({ index, ranked: { suggestion, ...score(suggestion, context, boosts) } }))
    .sort((a, b) => b.ranked.score - a.ranked.score || a.index - b.index)
    .map(({ ranked }) => ranked);
}
