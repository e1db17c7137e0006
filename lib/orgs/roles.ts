// Organisation roles, stored in Member.role / Invitation.role by the Better
// Auth organization plugin. Pure and isomorphic: used by scope.ts, the auth
// config's access control and the UI.
//   owner  (ägare)      – manage members and invitations, delete drafts
//   editor (redigerare) – edit drafts, export
//   reader (läsare)     – read drafts and download exports
export const orgRoles = ["owner", "editor", "reader"] as const;
export type OrgRole = (typeof orgRoles)[number];

export type DraftPermission = "read" | "edit" | "manage";

const rank: Record<OrgRole, number> = { reader: 0, editor: 1, owner: 2 };

// The least role that grants a permission on an organisation's drafts.
export function requiredRole(permission: DraftPermission): OrgRole {
  if (permission === "manage") return "owner";
  if (permission === "edit") return "editor";
  return "reader";
}

export function rolesWith(permission: DraftPermission): OrgRole[] {
  const least = rank[requiredRole(permission)];
  return orgRoles.filter((role) => rank[role] >= least);
}

export function isOrgRole(value: unknown): value is OrgRole {
  return typeof value === "string" && (orgRoles as readonly string[]).includes(value);
}

export function roleAllows(role: string, permission: DraftPermission): boolean {
  return isOrgRole(role) && rank[role] >= rank[requiredRole(permission)];
}
