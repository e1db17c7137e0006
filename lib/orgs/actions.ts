"use server";

import { randomBytes } from "node:crypto";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getAuth } from "@/lib/auth/auth";
import { authRefusal } from "@/lib/auth/auth-errors";
import { parseInput, serverAction } from "@/lib/auth/server-action";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { assertOrganisationCap } from "@/lib/limits/data";
import { recordAudit } from "@/lib/audit/mutations";
import { failure, type ActionResult } from "@/lib/errors";
import { checkOrgAccess, countOwners, findInvitation, findMember } from "@/lib/orgs/data";
import {
  createOrgSchema,
  inviteSchema,
  orgIdSchema,
  roleChangeSchema,
  type CreateOrgInput,
  type InviteInput,
} from "@/lib/orgs/schema";
import type { OrgRole } from "@/lib/orgs/roles";
import { requestLog } from "@/lib/log";

async function logged(error: unknown, what: string) {
  (await requestLog()).error({ err: error, refusal: authRefusal(error)?.code }, `${what} failed`);
}

// Better Auth refusing a call our own checks let through (e.g. a member
// removed by someone else a moment ago, found by npm run test:fuzz) is the
// caller's problem, not a server fault: say what it was, log a warning.
async function refusalOrInternal(error: unknown, what: string) {
  const api = authRefusal(error);
  if (!api || api.status >= 500) {
    await logged(error, what);
    return failure("INTERNAL");
  }
  (await requestLog()).warn({ refusal: api.code, status: api.status }, `${what} refused`);
  if (api.status === 404 || api.code.includes("NOT_FOUND")) return failure("NOT_FOUND");
  if (api.status === 401 || api.status === 403) return failure("FORBIDDEN_OWNER");
  return failure("VALIDATION");
}

function slugFor(name: string): string {
  const base = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `${base || "org"}-${randomBytes(3).toString("hex")}`;
}

// Checks the caller against the organisation before anything else: a
// foreign organisation is NOT_FOUND, a too-weak role a 403 naming ägare.
type Owner = { user: CurrentUser; organizationId: string };

async function asOwner<T>(
  organizationId: unknown,
  run: (owner: Owner) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  return serverAction(
    { ids: { organizationId: [orgIdSchema, organizationId] }, permission: "manage" },
    async (user, ids) => {
      const access = await checkOrgAccess(user.id, ids.organizationId, "manage");
      if (!access.ok) return access;
      return run({ user, organizationId: ids.organizationId });
    },
  );
}

export async function createOrganizationAction(input: CreateOrgInput): Promise<ActionResult<{ id: string }>> {
  return serverAction({}, async (user) => {
    const parsed = parseInput(createOrgSchema, input);
    if (!parsed.ok) return parsed;
    await assertOrganisationCap(user.id);
    try {
      // The plugin makes the creator ägare and the new organisation active.
      const org = await getAuth().api.createOrganization({
        body: { name: parsed.data.name, slug: slugFor(parsed.data.name) },
        headers: await headers(),
      });
      if (!org) return failure("INTERNAL");
      await recordAudit({
        action: "organization_created",
        actorId: user.id,
        organizationId: org.id,
        targetType: "organization",
        targetId: org.id,
      });
      revalidatePath("/", "layout");
      return { ok: true, data: { id: org.id } };
    } catch (error) {
      await logged(error, "create organization");
      return failure("INTERNAL");
    }
  });
}

export async function inviteMemberAction(
  organizationId: string,
  input: InviteInput,
): Promise<ActionResult<{ invitationId: string }>> {
  return asOwner(organizationId, async (owner) => {
    const parsed = parseInput(inviteSchema, input);
    if (!parsed.ok) return parsed;
    try {
      const invitation = await getAuth().api.createInvitation({
        body: { email: parsed.data.email, role: parsed.data.role, organizationId: owner.organizationId },
        headers: await headers(),
      });
      await recordAudit({
        action: "invitation_created",
        actorId: owner.user.id,
        organizationId: owner.organizationId,
        targetType: "invitation",
        targetId: invitation.id,
        details: { email: parsed.data.email, role: parsed.data.role },
      });
      revalidatePath(`/orgs/${owner.organizationId}`);
      return { ok: true, data: { invitationId: invitation.id } };
    } catch (error) {
      const code = authRefusal(error)?.code ?? "";
      if (code.includes("ALREADY_A_MEMBER")) return failure("VALIDATION", { email: ["alreadyMember"] });
      return refusalOrInternal(error, "invite member");
    }
  });
}

export async function cancelInvitationAction(organizationId: string, invitationId: string): Promise<ActionResult> {
  return asOwner(organizationId, async (owner) => {
    const invitation = await findInvitation(owner.organizationId, invitationId);
    if (!invitation) return failure("NOT_FOUND");
    try {
      await getAuth().api.cancelInvitation({ body: { invitationId: invitation.id }, headers: await headers() });
    } catch (error) {
      return refusalOrInternal(error, "cancel invitation");
    }
    await recordAudit({
      action: "invitation_canceled",
      actorId: owner.user.id,
      organizationId: owner.organizationId,
      targetType: "invitation",
      targetId: invitation.id,
      details: { email: invitation.email },
    });
    revalidatePath(`/orgs/${owner.organizationId}`);
    return { ok: true, data: undefined };
  });
}

// The last ägare cannot be demoted or removed: someone must manage the org.
async function wouldOrphan(organizationId: string, member: { role: string }, newRole: OrgRole | null) {
  return member.role === "owner" && newRole !== "owner" && (await countOwners(organizationId)) <= 1;
}

export async function changeMemberRoleAction(
  organizationId: string,
  memberId: string,
  role: OrgRole,
): Promise<ActionResult> {
  return asOwner(organizationId, async (owner) => {
    const parsed = parseInput(roleChangeSchema, { role });
    if (!parsed.ok) return parsed;
    const member = await findMember(owner.organizationId, memberId);
    if (!member) return failure("NOT_FOUND");
    if (await wouldOrphan(owner.organizationId, member, parsed.data.role))
      return failure("VALIDATION", { role: ["lastOwner"] });
    try {
      await getAuth().api.updateMemberRole({
        body: { memberId: member.id, role: parsed.data.role, organizationId: owner.organizationId },
        headers: await headers(),
      });
    } catch (error) {
      return refusalOrInternal(error, "change role");
    }
    await recordAudit({
      action: "role_changed",
      actorId: owner.user.id,
      organizationId: owner.organizationId,
      targetType: "member",
      targetId: member.id,
      details: { email: member.user.email, from: member.role, to: parsed.data.role },
    });
    revalidatePath(`/orgs/${owner.organizationId}`);
    return { ok: true, data: undefined };
  });
}

export async function removeMemberAction(organizationId: string, memberId: string): Promise<ActionResult> {
  return asOwner(organizationId, async (owner) => {
    const member = await findMember(owner.organizationId, memberId);
    if (!member) return failure("NOT_FOUND");
    if (await wouldOrphan(owner.organizationId, member, null)) return failure("VALIDATION", { role: ["lastOwner"] });
    try {
      await getAuth().api.removeMember({
        body: { memberIdOrEmail: member.id, organizationId: owner.organizationId },
        headers: await headers(),
      });
    } catch (error) {
      return refusalOrInternal(error, "remove member");
    }
    await recordAudit({
      action: "member_removed",
      actorId: owner.user.id,
      organizationId: owner.organizationId,
      targetType: "member",
      targetId: member.id,
      details: { email: member.user.email, role: member.role },
    });
    revalidatePath(`/orgs/${owner.organizationId}`);
    return { ok: true, data: undefined };
  });
}

export async function acceptInvitationAction(invitationId: string): Promise<ActionResult<{ organizationId: string }>> {
  return serverAction({ ids: { invitationId: [orgIdSchema, invitationId] } }, async (_user, ids) => {
    try {
      const result = await getAuth().api.acceptInvitation({
        body: { invitationId: ids.invitationId },
        headers: await headers(),
      });
      if (!result) return failure("NOT_FOUND");
      revalidatePath("/", "layout");
      return { ok: true, data: { organizationId: result.member.organizationId } };
    } catch (error) {
      // Expired, revoked, used or meant for another address: all "not found".
      const api = authRefusal(error);
      if (api && api.status < 500) return failure(api.status === 403 ? "FORBIDDEN" : "NOT_FOUND");
      await logged(error, "accept invitation");
      return failure("INTERNAL");
    }
  });
}

// Explicit space switch from the header: "" = personal space.
export async function switchSpaceAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  // A crafted call can send anything (found by npm run test:fuzz): no switch.
  if (!(formData instanceof FormData)) redirect("/drafts");
  const raw = formData.get("organizationId");
  const target = typeof raw === "string" && raw !== "" ? raw : null;
  if (target !== null) {
    const access = await checkOrgAccess(user.id, target, "read");
    if (!access.ok) redirect("/drafts");
  }
  try {
    await getAuth().api.setActiveOrganization({ body: { organizationId: target }, headers: await headers() });
  } catch (error) {
    await logged(error, "switch space");
  }
  revalidatePath("/", "layout");
  redirect("/drafts");
}
