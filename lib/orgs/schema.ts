import { z } from "@/lib/zod";
import { orgRoles } from "@/lib/orgs/roles";

// Messages are translation keys under "errors.fields".
export const orgIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const createOrgSchema = z.object({
  name: z.string().trim().min(2, "required").max(100, "tooLong"),
});

export const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "required").pipe(z.email("email")).pipe(z.string().max(254, "tooLong")),
  role: z.enum(orgRoles, "chooseOne"),
});

export const roleChangeSchema = z.object({ role: z.enum(orgRoles, "chooseOne") });

export type CreateOrgInput = z.input<typeof createOrgSchema>;
export type InviteInput = z.input<typeof inviteSchema>;

// An ägare's rule for the organisation's members (Organization.requireTwoFactor).
export const twoFactorPolicySchema = z.object({ required: z.boolean() });
// The same switch for Organization.requireSso.
export const ssoPolicySchema = twoFactorPolicySchema;
