"use server";

import { revalidatePath } from "next/cache";
import { serverAction, parseInput } from "@/lib/auth/server-action";
import { getTwoFactorEnabled } from "@/lib/account/data";
import { recordAudit } from "@/lib/audit/mutations";
import { failure, type ActionResult } from "@/lib/errors";
import { checkOrgAccess } from "@/lib/orgs/data";
import { setRequireSso, setRequireTwoFactor } from "@/lib/orgs/mutations";
import { orgIdSchema, ssoPolicySchema, twoFactorPolicySchema } from "@/lib/orgs/schema";

// An ägare requires two-factor for every member. Members without it lose
// access to the organisation's drafts until they turn it on
// (lib/drafts/scope.ts). The ägare must have it on first, or the rule would
// lock them out of their own organisation's drafts.
export async function setTwoFactorPolicyAction(organizationId: string, input: unknown): Promise<ActionResult> {
  return serverAction(
    { ids: { organizationId: [orgIdSchema, organizationId] }, permission: "manage" },
    async (user, ids) => {
      const access = await checkOrgAccess(user.id, ids.organizationId, "manage");
      if (!access.ok) return access;
      const parsed = parseInput(twoFactorPolicySchema, input);
      if (!parsed.ok) return parsed;
      if (parsed.data.required && !(await getTwoFactorEnabled(user.id))) return failure("TWO_FACTOR_REQUIRED");
      await setRequireTwoFactor(ids.organizationId, parsed.data.required);
      await recordAudit({
        action: "org_policy_changed",
        actorId: user.id,
        organizationId: ids.organizationId,
        targetType: "organization",
        targetId: ids.organizationId,
        details: { requireTwoFactor: parsed.data.required },
      });
      revalidatePath(`/orgs/${ids.organizationId}`);
      return { ok: true, data: undefined };
    },
  );
}

// An ägare requires members to sign in through the organisation's OpenID
// provider (lib/auth/sso.ts). Members signed in with a password lose access to
// the organisation's drafts (lib/drafts/scope.ts). Only an ägare signed in
// through SSO may require it, or the rule would shut them out at once.
export async function setSsoPolicyAction(organizationId: string, input: unknown): Promise<ActionResult> {
  return serverAction(
    { ids: { organizationId: [orgIdSchema, organizationId] }, permission: "manage" },
    async (user, ids) => {
      const access = await checkOrgAccess(user.id, ids.organizationId, "manage");
      if (!access.ok) return access;
      const parsed = parseInput(ssoPolicySchema, input);
      if (!parsed.ok) return parsed;
      if (parsed.data.required && user.signInMethod !== "sso") return failure("SSO_REQUIRED");
      await setRequireSso(ids.organizationId, parsed.data.required);
      await recordAudit({
        action: "org_policy_changed",
        actorId: user.id,
        organizationId: ids.organizationId,
        targetType: "organization",
        targetId: ids.organizationId,
        details: { requireSso: parsed.data.required },
      });
      revalidatePath(`/orgs/${ids.organizationId}`);
      return { ok: true, data: undefined };
    },
  );
}
