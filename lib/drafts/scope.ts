import type { Prisma } from "@/lib/generated/prisma/client";
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

// An organisation whose ägare requires two-factor (Organization.requireTwoFactor)
// grants nothing to a member who has not turned it on: this clause sits in
// every membership check (drafts here, new drafts and imports through
// meetsOrgPolicy), so the rule holds for pages, actions and routes alike.
export function memberPolicyWhere(): Prisma.MemberWhereInput {
  return { OR: [{ organization: { requireTwoFactor: false } }, { user: { twoFactorEnabled: true } }] };
}

// The same rule for a membership row already read (select both fields).
export function meetsOrgPolicy(member: {
  organization: { requireTwoFactor: boolean };
  user: { twoFactorEnabled: boolean | null };
}): boolean {
  return !member.organization.requireTwoFactor || member.user.twoFactorEnabled === true;
}

export const memberPolicySelect = {
  organization: { select: { requireTwoFactor: true } },
  user: { select: { twoFactorEnabled: true } },
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
