import { Prisma } from "@/lib/generated/prisma/client";
import { rolesWith, type DraftPermission } from "@/lib/orgs/roles";

// The one place that decides which drafts a caller may touch. Every data
// function and mutation that takes a draft id builds its where clause from
// here, so access rules change in one file.
//   read   – see the draft, its requirements and download exports
//   edit   – change answers and requirements, export
//   manage – delete, restore from trash, share
//
// Organisations (issue 5). Signatures are unchanged from the single-owner
// version: callers still pass the session's user id, and the where clause
// itself carries the membership check, so a role change or a removed member
// takes effect on the very next query (no cached grant to forget).
//   - personal space (organizationId null): only the author, every permission;
//   - an organisation's draft: members whose role grants the permission
//     (lib/orgs/roles.ts: reader → read, editor → read+edit, owner → all).
// A 403 names the role needed through forbiddenCode / missFailure (lib/errors.ts).
export type { DraftPermission };

export type DraftAccess = "ok" | "not_found" | "forbidden";

// An organisation's rules for its members, set by an ägare, grant nothing to a
// member who does not meet them; this clause sits in every membership check
// (drafts here, new drafts and imports through orgPolicyMiss), so the rules
// hold for pages, actions and routes alike:
//   - requireTwoFactor: the member has two-factor turned on;
//   - requireSso: the member has no live password sign-in (Session.signInMethod,
//     lib/auth/sso.ts). A where clause knows the user, not the request's
//     session, so the rule is "every live sign-in of this user went through the
//     organisation's provider": a password session (a stolen password, or the
//     member's own on another computer) shuts the member's SSO sessions out
//     too, until it is signed out or ended under Mitt konto.
export function memberPolicyWhere(now: Date = new Date()): Prisma.MemberWhereInput {
  return {
    AND: [
      { OR: [{ organization: { requireTwoFactor: false } }, { user: { twoFactorEnabled: true } }] },
      {
        OR: [
          { organization: { requireSso: false } },
          { user: { sessions: { none: { signInMethod: "password", expiresAt: { gt: now } } } } },
        ],
      },
    ],
  };
}

type PolicyMember = {
  organization: { requireTwoFactor: boolean; requireSso: boolean };
  user: { twoFactorEnabled: boolean | null; sessions: { expiresAt: Date }[] };
};

// The same rules for a membership row already read (select memberPolicySelect):
// the code that tells the member what to do, or null when the rules are met.
export function orgPolicyMiss(
  member: PolicyMember,
  now: Date = new Date(),
): "TWO_FACTOR_REQUIRED" | "SSO_REQUIRED" | null {
  if (member.organization.requireTwoFactor && member.user.twoFactorEnabled !== true) return "TWO_FACTOR_REQUIRED";
  if (member.organization.requireSso && member.user.sessions.some((session) => session.expiresAt > now))
    return "SSO_REQUIRED";
  return null;
}

export function meetsOrgPolicy(member: PolicyMember): boolean {
  return orgPolicyMiss(member) === null;
}

// Password sessions are read whole and their expiry compared in
// orgPolicyMiss, so this select stays a constant.
export const memberPolicySelect = {
  organization: { select: { requireTwoFactor: true, requireSso: true } },
  user: {
    select: { twoFactorEnabled: true, sessions: { where: { signInMethod: "password" }, select: { expiresAt: true } } },
  },
} as const;

function accessibleBy(userId: string, permission: DraftPermission): Prisma.DraftWhereInput {
  return {
    OR: [
      { organizationId: null, createdById: userId },
      {
        organization: {
          members: { some: { userId, role: { in: rolesWith(permission) }, ...memberPolicyWhere() } },
        },
      },
    ],
  };
}

// The same rule as SQL, over a "Draft" row aliased `d`, for the one statement
// an autosave runs (lib/drafts/mutations.ts, saveStartStep): Prisma compiles
// the relation filters above on every call, which cost a save more CPU than
// everything else it does (docs/BENCHMARKS.md, "Save CPU"). Written beside
// accessibleBy so both change together; scope-sql.test.ts checks on both
// engines that the two give the same answer for every combination of space,
// role, permission and organisation policy.
export function accessibleBySql(userId: string, permission: DraftPermission, now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`(
    (d."organizationId" IS NULL AND d."createdById" = ${userId})
    OR EXISTS (
      SELECT 1 FROM "Member" m
      JOIN "Organization" o ON o."id" = m."organizationId"
      JOIN "User" u ON u."id" = m."userId"
      WHERE m."organizationId" = d."organizationId" AND m."userId" = ${userId}
        AND m."role" IN (${Prisma.join(rolesWith(permission))})
        AND (o."requireTwoFactor" = false OR u."twoFactorEnabled" = true)
        AND (o."requireSso" = false OR NOT EXISTS (
          SELECT 1 FROM "Session" s
          WHERE s."userId" = u."id" AND s."signInMethod" = 'password' AND s."expiresAt" > ${now}
        ))
    )
  )`;
}

// Drafts the caller may see, trashed ones excluded.
export function visibleDraftsWhere(userId: string): Prisma.DraftWhereInput {
  return { deletedAt: null, ...accessibleBy(userId, "read") };
}

// Drafts in the caller's trash (Papperskorgen): those the caller could
// restore, i.e. manage (the author in the personal space, ägare in an org).
export function trashedDraftsWhere(userId: string): Prisma.DraftWhereInput {
  return { deletedAt: { not: null }, ...accessibleBy(userId, "manage") };
}

export function draftWhere(
  userId: string,
  draftId: string,
  permission: DraftPermission = "read",
): Prisma.DraftWhereInput {
  return { id: draftId, deletedAt: null, ...accessibleBy(userId, permission) };
}

type DraftCounter = { draft: { count(args: { where: Prisma.DraftWhereInput }): Promise<number> } };

// For mutations that must tell "you may not" (403) from "no such draft" (404):
// a draft the caller cannot even read is always not_found.
export async function checkDraftAccess(
  client: DraftCounter,
  userId: string,
  draftId: string,
  permission: DraftPermission,
): Promise<DraftAccess> {
  if (await client.draft.count({ where: draftWhere(userId, draftId, permission) })) return "ok";
  if (permission !== "read" && (await client.draft.count({ where: draftWhere(userId, draftId, "read") })))
    return "forbidden";
  return "not_found";
}
