import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { getDraftForUser } from "@/lib/drafts/data";
import type { DraftDetail } from "@/lib/drafts/types";
import { draftIdSchema } from "@/lib/drafts/schema";

// For pages under /drafts/[draftId]: signed in, owner, or a 404 that looks the
// same whether the draft is missing or someone else's. Cached per request:
// a page's generateMetadata and the page itself read the draft once.
export const requireDraft = cache(async function requireDraft(
  draftId: string,
): Promise<{ user: CurrentUser; draft: DraftDetail }> {
  const user = await requireUser();
  if (!draftIdSchema.safeParse(draftId).success) notFound();
  const draft = await getDraftForUser(user.id, draftId);
  if (!draft) notFound();
  return { user, draft };
});
