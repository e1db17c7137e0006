"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getAuth } from "@/lib/auth/auth";
import { codeForAuthError } from "@/lib/auth/auth-errors";
import { authLimits, clientIp } from "@/lib/auth/rate-limit";
import { parseInput, serverAction } from "@/lib/auth/server-action";
import { accountNameSchema, changePasswordSchema, deleteAccountSchema, sessionIdSchema } from "@/lib/account/schema";
import { getDeletionImpact } from "@/lib/account/data";
import { endOtherSessions, endOwnSession, removePersonalDrafts } from "@/lib/account/mutations";
import { recordAudit } from "@/lib/audit/mutations";
import { failure, type ActionResult } from "@/lib/errors";
import { accountLinks } from "@/lib/auth/account-mail";
import { appOrigin } from "@/lib/env";
import { sendAccountMail } from "@/lib/mail/send";

// The account page (app/account). Every action acts on the caller's own
// account only, so none takes a user id.

export async function updateNameAction(input: unknown): Promise<ActionResult> {
  return serverAction({}, async (user) => {
    const parsed = parseInput(accountNameSchema, input);
    if (!parsed.ok) return parsed;
    await getAuth().api.updateUser({ body: { name: parsed.data.name }, headers: await headers() });
    await recordAudit({
      action: "account_updated",
      actorId: user.id,
      targetType: "user",
      targetId: user.id,
      details: { field: "name" },
    });
    revalidatePath("/", "layout");
    return { ok: true, data: undefined };
  });
}

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  return serverAction({}, async (user) => {
    const parsed = parseInput(changePasswordSchema, input);
    if (!parsed.ok) return parsed;
    const requestHeaders = await headers();
    // Guessing the current password here is limited like sign-in.
    const limit = await authLimits().signIn.attempt(clientIp(requestHeaders), user.email);
    if (!limit.allowed) return failure("RATE_LIMITED");
    try {
      await getAuth().api.changePassword({
        // Better Auth's revokeOtherSessions replaces the current session
        // too, and the page re-rendered with the old cookie then signs out.
        body: { ...parsed.data, revokeOtherSessions: false },
        headers: requestHeaders,
      });
    } catch (error) {
      const code = codeForAuthError(error);
      return code === "INVALID_CREDENTIALS"
        ? failure("VALIDATION", { currentPassword: ["wrongPassword"] })
        : failure(code);
    }
    await endOtherSessions(user.id, user.sessionId);
    await recordAudit({ action: "password_changed", actorId: user.id, targetType: "user", targetId: user.id });
    await sendAccountMail("passwordChanged", user.email, {
      name: user.name,
      email: user.email,
      link: accountLinks(appOrigin()).forgot(),
    });
    return { ok: true, data: undefined };
  });
}

export async function endSessionAction(sessionId: string): Promise<ActionResult> {
  return serverAction({ ids: { sessionId: [sessionIdSchema, sessionId] } }, async (user, ids) => {
    const result = await endOwnSession(user.id, ids.sessionId, user.sessionId);
    if (!result.ok) return result;
    await recordAudit({ action: "session_ended", actorId: user.id, targetType: "user", targetId: user.id });
    revalidatePath("/account");
    return { ok: true, data: undefined };
  });
}

export async function deleteAccountAction(input: unknown): Promise<ActionResult> {
  const result = await serverAction({}, async (user) => {
    const parsed = parseInput(deleteAccountSchema, input);
    if (!parsed.ok) return parsed;
    const requestHeaders = await headers();
    const limit = await authLimits().signIn.attempt(clientIp(requestHeaders), user.email);
    if (!limit.allowed) return failure("RATE_LIMITED");
    const auth = getAuth();
    try {
      await auth.api.verifyPassword({ body: { password: parsed.data.password }, headers: requestHeaders });
    } catch {
      return failure("VALIDATION", { password: ["wrongPassword"] });
    }
    // An organisation must never be left without an ägare.
    if ((await getDeletionImpact(user.id)).soleOwnerOf.length > 0) return failure("FORBIDDEN_OWNER");
    const removed = await removePersonalDrafts(user.id);
    await recordAudit({
      action: "account_deleted",
      actorId: user.id,
      targetType: "user",
      targetId: user.id,
      details: { personalDraftsRemoved: removed },
    });
    try {
      await auth.api.deleteUser({ body: { password: parsed.data.password }, headers: requestHeaders });
    } catch (error) {
      return failure(codeForAuthError(error));
    }
    return { ok: true, data: undefined };
  });
  if (result.ok) redirect("/sign-in?deleted=1");
  return result;
}
