import "server-only";
import { db } from "@/lib/db";
import type { MutationResult } from "@/lib/errors";

// Ends one of the caller's own sign-ins; another user's session id is a miss,
// like one that does not exist. The current one is ended by signing out.
export async function endOwnSession(
  userId: string,
  sessionId: string,
  currentSessionId: string,
): Promise<MutationResult<undefined, "not_found">> {
  if (sessionId === currentSessionId) return { ok: false, reason: "not_found" };
  const deleted = await db.session.deleteMany({ where: { id: sessionId, userId } });
  return deleted.count ? { ok: true, data: undefined } : { ok: false, reason: "not_found" };
}

// Before the user row goes: personal drafts are removed with the account
// (no one else could ever open them; the user was told how many on the
// confirmation form). Drafts in organisations keep their content and lose
// only the author link (Draft.createdBy onDelete SetNull).
export async function removePersonalDrafts(userId: string): Promise<number> {
  const removed = await db.draft.deleteMany({ where: { createdById: userId, organizationId: null } });
  return removed.count;
}

// After a password change: every other sign-in ends, this one stays (its
// cookie is unchanged, so the page the user is on keeps working).
export async function endOtherSessions(userId: string, currentSessionId: string): Promise<number> {
  const deleted = await db.session.deleteMany({ where: { userId, id: { not: currentSessionId } } });
  return deleted.count;
}
