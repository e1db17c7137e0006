import { rankSuggestions } from "@/lib/catalog/rank";
import type { Suggestion } from "@/lib/catalog/schema";
import type { Profile, ProfileExpectation } from "@/lib/catalog/profiles/profiles";
import type { Perspective } from "@/lib/vocabulary";

// How the relevance table is checked, shared by the profiles test and
// `npm run catalog:report` so both judge a profile the same way.
export const topCount = 5;

export function topIds(
  all: readonly Suggestion[],
  perspective: Perspective,
  profile: Profile,
  count = topCount,
): string[] {
  const own = all.filter((suggestion) => suggestion.perspective === perspective);
  return rankSuggestions(own, profile.context, { answers: profile.answers })
    .slice(0, count)
    .map((ranked) => ranked.suggestion.id);
}

// Each failure as a readable line; none means the expectation holds.
export function expectationFailures(
  all: readonly Suggestion[],
  perspective: Perspective,
  profile: Profile,
  expectation: ProfileExpectation,
): string[] {
  const top = topIds(all, perspective, profile);
  const where = `${profile.id}/${perspective}`;
  return [
    ...expectation.top5
      .filter((id) => !top.includes(id))
      .map((id) => `${where}: ${id} is not in the top five [${top.join(", ")}]`),
    ...(expectation.notTop5 ?? [])
      .filter((id) => top.includes(id))
      .map((id) => `${where}: ${id} must not be in the top five`),
  ];
}
