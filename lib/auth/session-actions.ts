"use server";

import { cookies } from "next/headers";
import { getAuth } from "@/lib/auth/auth";
import { failure, type ActionResult } from "@/lib/errors";
import { serverAction } from "@/lib/auth/server-action";

const lifetimeSeconds = 60 * 60 * 24 * 7;

// "Förbli inloggad": pushes the session's expiry forward and re-sends the
// same signed cookie with a fresh max-age, without a reload that would lose
// what is typed in the page.
export async function extendSessionAction(): Promise<ActionResult<{ expiresInMs: number }>> {
  return serverAction({}, async () => {
    const auth = getAuth();
    const context = await auth.$context;
    const cookie = context.authCookies.sessionToken;
    const jar = await cookies();
    const signed = jar.get(cookie.name)?.value;
    if (!signed) return failure("UNAUTHENTICATED");
    const token = signed.split(".")[0] ?? "";
    const expiresAt = new Date(Date.now() + lifetimeSeconds * 1000);
    const updated = await context.internalAdapter.updateSession(token, { expiresAt });
    if (!updated) return failure("UNAUTHENTICATED");
    jar.set(cookie.name, signed, { ...cookie.attributes, maxAge: lifetimeSeconds, httpOnly: true, sameSite: "lax" });
    return { ok: true, data: { expiresInMs: lifetimeSeconds * 1000 } };
  });
}
