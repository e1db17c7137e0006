import "server-only";
import { db } from "@/lib/db";

export type AuditRow = {
  id: string;
  action: string;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  createdAt: Date;
};

// Only for an organisation's ägare: the caller checks checkOrgAccess(…, "manage").
// Sign-ins are personal events; the org log shows its members' sign-ins.
export async function listAuditForOrg(organizationId: string, limit = 100): Promise<AuditRow[]> {
  const rows = await db.auditEvent.findMany({
    where: {
      OR: [
        { organizationId },
        { action: "sign_in", organizationId: null, actor: { members: { some: { organizationId } } } },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      details: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
  return rows.map(({ actor, details, ...row }) => ({
    ...row,
    actorName: actor?.name ?? null,
    details:
      details && typeof details === "object" && !Array.isArray(details) ? (details as Record<string, unknown>) : {},
  }));
}
