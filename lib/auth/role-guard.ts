import { APIError } from "better-auth/api";
import { orgRoleDefinitions } from "@/lib/auth/org-access";

// The plugin's role names are ours (lib/auth/org-access.ts defines exactly
// owner, editor, reader, the roles of lib/orgs/roles.ts).
const ourRoles: readonly string[] = Object.keys(orgRoleDefinitions);
const isOrgRole = (value: unknown): boolean => typeof value === "string" && ourRoles.includes(value);

// Better Auth accepts a role array or a comma list ("owner,reader") and its
// own default roles ("admin", "member"); our role checks (lib/orgs/roles.ts)
// know exactly one of owner, editor, reader. Anything else is refused before
// it is stored, whichever path (our actions, a plugin endpoint) it came by.
export function assertSingleOrgRole(role: unknown): void {
  if (isOrgRole(role)) return;
  throw new APIError("BAD_REQUEST", {
    code: "ROLE_NOT_ALLOWED",
    message: "A role must be exactly one of owner, editor, reader",
  });
}

// The plugin awaits its hooks; a rejected promise refuses the change.
const guard = (role: unknown): Promise<void> => new Promise((resolve) => resolve(assertSingleOrgRole(role)));

export const roleGuardHooks = {
  beforeCreateInvitation: ({ invitation }: { invitation: { role: unknown } }) => guard(invitation.role),
  beforeAcceptInvitation: ({ invitation }: { invitation: { role: unknown } }) => guard(invitation.role),
  beforeAddMember: ({ member }: { member: { role: unknown } }) => guard(member.role),
  beforeUpdateMemberRole: ({ newRole }: { newRole: unknown }) => guard(newRole),
};
