import "server-only";
import { db } from "@/lib/db";

export type AccountSession = {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
};

// The caller's own sign-ins (never the token, which is the session's key).
export async function listOwnSessions(userId: string, now = new Date()): Promise<AccountSession[]> {
  return db.session.findMany({
    where: { userId, expiresAt: { gt: now } },
    orderBy: { updatedAt: "desc" },
    select: { id: true, createdAt: true, updatedAt: true, expiresAt: true, ipAddress: true, userAgent: true },
  });
}

// What deleting the account would do: personal drafts go with it; an
// organisation where the user is the only ägare must get another first.
export async function getDeletionImpact(userId: string) {
  const [personalDrafts, ownerships] = await Promise.all([
    db.draft.count({ where: { createdById: userId, organizationId: null } }),
    db.member.findMany({
      where: { userId, role: "owner" },
      select: { organizationId: true, organization: { select: { name: true } } },
    }),
  ]);
  const soleOwnerOf: string[] = [];
  for (const own of ownerships) {
    const owners = await db.member.count({ where: { organizationId: own.organizationId, role: "owner" } });
    if (owners === 1) soleOwnerOf.push(own.organization.name);
  }
  return { personalDrafts, soleOwnerOf };
}

// "Ladda ned mina uppgifter": everything stored about the user as a person
// (GDPR art. 15/20), without secrets (password hash, session tokens).
export async function exportAccountData(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      emailVerified: true,
      createdAt: true,
      updatedAt: true,
      sessions: { select: { createdAt: true, updatedAt: true, expiresAt: true, ipAddress: true, userAgent: true } },
      members: { select: { role: true, createdAt: true, organization: { select: { id: true, name: true } } } },
      drafts: {
        select: {
          id: true,
          title: true,
          organizationId: true,
          status: true,
          createdAt: true,
          updatedAt: true,
          deletedAt: true,
          context: true,
          answers: true,
          requirements: true,
        },
      },
      auditEvents: {
        select: { action: true, organizationId: true, targetType: true, targetId: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  return user ? { exportedAt: new Date().toISOString(), user } : null;
}

export async function getEmailVerified(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerified: true } });
  return user?.emailVerified ?? false;
}

export async function getTwoFactorEnabled(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { twoFactorEnabled: true } });
  return user?.twoFactorEnabled ?? false;
}
