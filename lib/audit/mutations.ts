import "server-only";
import { db } from "@/lib/db";
import { rootLog } from "@/lib/log";

export const auditActions = [
  "sign_in",
  "sign_in_failed",
  "export",
  "draft_deleted",
  "draft_restored",
  "organization_created",
  "member_added",
  "member_removed",
  "role_changed",
  "invitation_created",
  "invitation_canceled",
  "email_verified",
  "password_reset",
  "password_changed",
  "account_updated",
  "session_ended",
  "account_deleted",
  "two_factor_enabled",
  "two_factor_disabled",
  "org_policy_changed",
  "sso_account_linked",
  "email_change_requested",
  "email_changed",
] as const;
export type AuditAction = (typeof auditActions)[number];

export type AuditInput = {
  action: AuditAction;
  actorId: string | null;
  // null for events outside any organisation (a personal draft, a sign-in).
  organizationId?: string | null;
  targetType?: "draft" | "export" | "member" | "invitation" | "organization" | "user";
  targetId?: string;
  details?: Record<string, string | number | boolean | null>;
};

// Append-only. An audit write must never make the user's action fail, so a
// failed insert is logged and swallowed.
export async function recordAudit(input: AuditInput): Promise<void> {
  try {
    await db.auditEvent.create({
      data: {
        action: input.action,
        actorId: input.actorId,
        organizationId: input.organizationId ?? null,
        targetType: input.targetType ?? null,
        targetId: input.targetId ?? null,
        details: input.details ?? {},
      },
    });
  } catch (error) {
    rootLog.error({ err: error, action: input.action }, "audit write failed");
  }
}

// For a draft event: files it under the draft's organisation (if any).
export async function recordDraftAudit(
  action: AuditAction,
  actorId: string,
  draftId: string,
  details?: AuditInput["details"],
): Promise<void> {
  const draft = await db.draft.findUnique({ where: { id: draftId }, select: { organizationId: true } });
  await recordAudit({
    action,
    actorId,
    organizationId: draft?.organizationId ?? null,
    targetType: "draft",
    targetId: draftId,
    details,
  });
}
