import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { getDraftForUser } from "@/lib/drafts/data";
import { getRemissRound } from "@/lib/remiss/data";
import { buildRemissSummary, type RemissSummary } from "@/lib/remiss/summary";

// The summary of one round in the request's language, for a caller who may
// read the draft; null otherwise (the page and the download answer 404).
export async function loadRemissSummary(
  userId: string,
  draftId: string,
  remissId: string,
): Promise<RemissSummary | null> {
  const [draft, round] = await Promise.all([
    getDraftForUser(userId, draftId),
    getRemissRound(userId, draftId, remissId),
  ]);
  if (!draft || !round) return null;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return buildRemissSummary(round, draft.title, t, locale);
}
