import "server-only";
import { db } from "@/lib/db";

// Callers have checked that the caller is ägare of organizationId.
export async function setRequireTwoFactor(organizationId: string, required: boolean): Promise<void> {
  await db.organization.update({ where: { id: organizationId }, data: { requireTwoFactor: required } });
}

// Callers have checked that the caller is ägare of organizationId.
export async function setRequireSso(organizationId: string, required: boolean): Promise<void> {
  await db.organization.update({ where: { id: organizationId }, data: { requireSso: required } });
}
