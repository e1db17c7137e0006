import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCookieCache, parseCookies } from "better-auth/cookies";
import { getAuth } from "@/lib/auth/auth";

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  // The space new drafts go to (Better Auth's session.activeOrganizationId);
  // null = personal space. Membership is re-checked wherever it is used.
  activeOrganizationId: string | null;
  // This sign-in (the account page marks it and does not offer to end it).
  sessionId: string;
  // How this sign-in was made (Session.signInMethod, lib/auth/sso.ts).
  signInMethod: "password" | "sso";
  sessionExpiresAt: Date;
  // Milliseconds left at the time of this request (for the expiry warning).
  sessionExpiresInMs: number;
};

function toCurrentUser(
  session: Awaited<ReturnType<ReturnType<typeof getAuth>["api"]["getSession"]>>,
): CurrentUser | null {
  if (!session) return null;
  const { id, name, email } = session.user;
  return {
    id,
    name,
    email,
    activeOrganizationId: session.session.activeOrganizationId ?? null,
    sessionId: session.session.id,
    signInMethod: session.session.signInMethod === "sso" ? "sso" : "password",
    sessionExpiresAt: new Date(session.session.expiresAt),
    sessionExpiresInMs: new Date(session.session.expiresAt).getTime() - Date.now(),
  };
}

// Cached per request: layout, page and actions share one session lookup.
// Always read from the database: the active space and the expiry must be
// current right after a switch or an extension.
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> =>
  toCurrentUser(
    await getAuth().api.getSession({ headers: await sessionHeaders(), query: { disableCookieCache: true } }),
  ),
);

// The request's headers with the cookies as they are now. A server action
// that replaces the session (two-factor on or off issues a new session and
// deletes the old one) re-renders the page in the same request: cookies()
// already holds the new session cookie, headers() still the deleted one,
// which would sign the user out in that render.
async function sessionHeaders(): Promise<Headers> {
  const merged = new Headers(await headers());
  const jar = (await cookies()).toString();
  if (jar) merged.set("cookie", jar);
  return merged;
}

// For the autosave routes only (Start and guided answers): the session from the signed cookie cache
// (at most a minute old) instead of a session and user query per keystroke
// burst — about half of a save's CPU (docs/BENCHMARKS.md). Access to the draft
// is still checked against the database in lib/drafts/scope.ts.
// Takes the request's own headers (not next/headers), so the same code serves
// the route under Next's router and the direct doorway of server.mjs
// (lib/autosave/doorways.ts). `setCookie` is a refreshed cookie cache the
// caller must pass on when it answers outside Next (inside, nextCookies does).
export async function getCurrentUserForAutosave(
  requestHeaders: Headers,
): Promise<{ user: CurrentUser | null; setCookie: string[] }> {
  const cached = await cachedSession(requestHeaders);
  if (cached) return { user: toCurrentUser(cached), setCookie: [] };
  const { headers: responseHeaders, response } = await getAuth().api.getSession({
    headers: requestHeaders,
    returnHeaders: true,
  });
  return { user: toCurrentUser(response), setCookie: responseHeaders.getSetCookie() };
}

// The steady state of getSession with the cookie cache, without its endpoint
// pipeline (about a quarter of a save's CPU): Better Auth's own reader of the
// signed session_data cookie (one HMAC), which must belong to the session
// token the browser also sends. Anything else (no cache, an expired or
// foreign one, a refresh due) goes through getSession as before.
async function cachedSession(requestHeaders: Headers): Promise<Parameters<typeof toCurrentUser>[0]> {
  const context = await getAuth().$context;
  const { sessionData, sessionToken } = context.authCookies;
  const cookie = requestHeaders.get("cookie");
  if (!cookie) return null;
  const payload = await getCookieCache(requestHeaders, {
    secret: context.secret,
    isSecure: sessionData.name.startsWith("__Secure-"),
  });
  if (!payload) return null;
  const token = parseCookies(cookie).get(sessionToken.name);
  if (!token || !decodeURIComponent(token).startsWith(`${payload.session.token}.`)) return null;
  return { session: payload.session, user: payload.user } as NonNullable<Parameters<typeof toCurrentUser>[0]>;
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
