import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// Caps against one account filling the disk (issue 10). Each is an
// environment variable with a default (lib/env.ts, README "Configuration").
// A cap throws AppError inside the caller's transaction, so nothing of the
// refused write is kept; serverAction turns it into its Swedish message.
// Drafts in the trash still count: they hold their data until purged.
type Reader = Prisma.TransactionClient | typeof db;

export async function assertDraftCap(reader: Reader, userId: string, organizationId: string | null): Promise<void> {
  const env = getEnv();
  const own = await reader.draft.count({ where: { createdById: userId } });
  if (own >= env.MAX_DRAFTS_PER_USER) throw new AppError("TOO_MANY_DRAFTS");
  if (organizationId === null) return;
  const inOrg = await reader.draft.count({ where: { organizationId } });
  if (inOrg >= env.MAX_DRAFTS_PER_ORGANISATION) throw new AppError("TOO_MANY_DRAFTS");
}

export async function assertRequirementCap(reader: Reader, draftId: string, adding = 1): Promise<void> {
  const count = await reader.requirement.count({ where: { draftId } });
  if (count + adding > getEnv().MAX_REQUIREMENTS_PER_DRAFT) throw new AppError("TOO_MANY_REQUIREMENTS");
}

export async function assertOrganisationCap(userId: string): Promise<void> {
  const count = await db.member.count({ where: { userId } });
  if (count >= getEnv().MAX_ORGANISATIONS_PER_USER) throw new AppError("TOO_MANY_ORGANISATIONS");
}
