import "server-only";
import { db } from "@/lib/db";
import { isOrgRole, roleAllows, type DraftPermission, type OrgRole } from "@/lib/orgs/roles";
import { orgIdSchema } from "@/lib/orgs/schema";

export type Membership = { organizationId: string; name: string; role: OrgRole };
export type OrgAccess = { ok: true; role: OrgRole; name: string } | { ok: false; reason: "not_found" | "forbidden" };

export async function listMemberships(userId: string): Promise<Membership[]> {
  const rows = await db.member.findMany({
    where: { userId },
    orderBy: { organization: { name: "asc" } },
    select: { role: true, organization: { select: { id: true, name: true } } },
  });
  return rows
    .filter((row) => isOrgRole(row.role))
    .map((row) => ({ organizationId: row.organization.id, name: row.organization.name, role: row.role as OrgRole }));
}

// The one membership check for organisation ids: not a member → not_found
// (a foreign organisation looks like a missing one), a member whose role lacks
// the permission → forbidden (403 naming the role).
export async function checkOrgAccess(
  userId: string,
  organizationId: string,
  permission: DraftPermission,
): Promise<OrgAccess> {
  const member = await db.member.findFirst({
    where: { userId, organizationId },
    select: { role: true, organization: { select: { name: true } } },
  });
  if (!member || !isOrgRole(member.role)) return { ok: false, reason: "not_found" };
  if (!roleAllows(member.role, permission)) return { ok: false, reason: "forbidden" };
  return { ok: true, role: member.role, name: member.organization.name };
}

export type OrgMemberRow = {
  id: string;
  userId: string;
  name: string;
  email: string;
  // Whether the member has confirmed the address (only meaningful with mail on).
  emailVerified: boolean;
  // Shown to the ägare before and after requiring it (Organization.requireTwoFactor).
  twoFactorEnabled: boolean;
  role: OrgRole;
  joinedAt: Date;
};
export type OrgInvitationRow = { id: string; email: string; role: OrgRole; expiresAt: Date; expired: boolean };

// Callers have checked the caller's access to organizationId first.
export async function getOrgMembers(organizationId: string): Promise<OrgMemberRow[]> {
  const rows = await db.member.findMany({
    where: { organizationId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      userId: true,
      role: true,
      createdAt: true,
      user: { select: { name: true, email: true, emailVerified: true, twoFactorEnabled: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    userId: row.userId,
    name: row.user.name,
    email: row.user.email,
    emailVerified: row.user.emailVerified,
    twoFactorEnabled: row.user.twoFactorEnabled === true,
    role: isOrgRole(row.role) ? row.role : "reader",
    joinedAt: row.createdAt,
  }));
}

export async function getPendingInvitations(organizationId: string, now = new Date()): Promise<OrgInvitationRow[]> {
  const rows = await db.invitation.findMany({
    where: { organizationId, status: "pending" },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
  return rows.map((row) => ({ ...row, role: isOrgRole(row.role) ? row.role : "reader", expired: row.expiresAt < now }));
}

export type InvitationView = {
  id: string;
  organizationName: string;
  email: string;
  role: OrgRole;
  state: "pending" | "expired" | "used";
};

// The invitation link's id is the secret; whoever holds it may see which
// organisation invited which address, nothing more.
export async function getInvitationView(invitationId: string, now = new Date()): Promise<InvitationView | null> {
  const row = await db.invitation.findUnique({
    where: { id: invitationId },
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      expiresAt: true,
      organization: { select: { name: true } },
    },
  });
  if (!row) return null;
  const state = row.status !== "pending" ? "used" : row.expiresAt < now ? "expired" : "pending";
  return {
    id: row.id,
    organizationName: row.organization.name,
    email: row.email,
    role: isOrgRole(row.role) ? row.role : "reader",
    state,
  };
}

export async function countOwners(organizationId: string): Promise<number> {
  return db.member.count({ where: { organizationId, role: "owner" } });
}

// Ids from a request are checked for shape first: anything else (a lone
// surrogate once made the query itself fail) is simply not found.
export async function findMember(organizationId: string, memberId: unknown) {
  if (!orgIdSchema.safeParse(memberId).success) return null;
  return db.member.findFirst({
    where: { id: memberId as string, organizationId },
    select: { id: true, userId: true, role: true, user: { select: { email: true } } },
  });
}

export async function findInvitation(organizationId: string, invitationId: unknown) {
  if (!orgIdSchema.safeParse(invitationId).success) return null;
  return db.invitation.findFirst({
    where: { id: invitationId as string, organizationId },
    select: { id: true, email: true, status: true },
  });
}

export type Spaces = { memberships: Membership[]; active: Membership | null };

// The active space is the session's organisation only while the user is still
// a member of it; otherwise the personal space.
export async function getSpaces(userId: string, activeOrganizationId: string | null): Promise<Spaces> {
  const memberships = await listMemberships(userId);
  const active = memberships.find((m) => m.organizationId === activeOrganizationId) ?? null;
  return { memberships, active };
}

// Organisations the user belongs to whose rule the user does not meet yet
// (two-factor required, not turned on): their drafts are out of reach
// (lib/drafts/scope.ts), and the dashboard says why.
export async function listOrgsRequiringTwoFactor(userId: string): Promise<string[]> {
  const rows = await db.member.findMany({
    where: { userId, organization: { requireTwoFactor: true }, user: { twoFactorEnabled: { not: true } } },
    orderBy: { organization: { name: "asc" } },
    select: { organization: { select: { name: true } } },
  });
  return rows.map((row) => row.organization.name);
}

// Organisations the user belongs to that require SSO while the user has a
// live password sign-in (lib/drafts/scope.ts): the dashboard says why their
// drafts are out of reach.
export async function listOrgsRequiringSso(userId: string): Promise<string[]> {
  const rows = await db.member.findMany({
    where: {
      userId,
      organization: { requireSso: true },
      user: { sessions: { some: { signInMethod: "password", expiresAt: { gt: new Date() } } } },
    },
    orderBy: { organization: { name: "asc" } },
    select: { organization: { select: { name: true } } },
  });
  return rows.map((row) => row.organization.name);
}

export async function getOrgPolicy(
  organizationId: string,
): Promise<{ requireTwoFactor: boolean; requireSso: boolean }> {
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: { requireTwoFactor: true, requireSso: true },
  });
  return { requireTwoFactor: org?.requireTwoFactor ?? false, requireSso: org?.requireSso ?? false };
}
