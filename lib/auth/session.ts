import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  // The space new drafts go to (Better Auth's session.activeOrganizationId);
  // null = personal space. Membership is re-checked wherever it is used.
  activeOrganizationId: string | null;
  sessionExpiresAt: Date;
  // Milliseconds left at the time of this request (for the expiry warning).
  sessionExpiresInMs: number;
};

// Cached per request: layout, page and actions share one session lookup.
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, name, email } = session.user;
  return {
    id,
    name,
    email,
    activeOrganizationId: session.session.activeOrganizationId ?? null,
    sessionExpiresAt: new Date(session.session.expiresAt),
    sessionExpiresInMs: new Date(session.session.expiresAt).getTime() - Date.now(),
  };
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
