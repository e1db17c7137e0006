import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements } from "better-auth/plugins/organization/access";

// The organization plugin's settings: its own permission checks (its HTTP
// endpoints and hasPermission) use these roles; draft access is decided in
// lib/drafts/scope.ts from the same role names (lib/orgs/roles.ts). They sit
// with the auth setup, not in lib/orgs, because lib/orgs builds on lib/auth.
const statements = { ...defaultStatements, draft: ["read", "edit", "manage"] } as const;

export const accessControl = createAccessControl(statements);

export const orgRoleDefinitions = {
  owner: accessControl.newRole({
    organization: ["update", "delete"],
    member: ["create", "update", "delete"],
    invitation: ["create", "cancel"],
    draft: ["read", "edit", "manage"],
  }),
  editor: accessControl.newRole({ draft: ["read", "edit"] }),
  reader: accessControl.newRole({ draft: ["read"] }),
};

// An invitation link is valid for seven days.
export const invitationLifetimeSeconds = 60 * 60 * 24 * 7;
