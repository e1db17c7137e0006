import type { Prisma } from "@/lib/generated/prisma/client";

// The one place that decides which drafts a caller may touch. Every data
// function and mutation that takes a draft id builds its where clause from
// here, so access rules change in one file (organisations will widen it).
export function visibleDraftsWhere(userId: string): Prisma.DraftWhereInput {
  return { createdById: userId };
}

export function draftWhere(userId: string, draftId: string): Prisma.DraftWhereInput {
  return { ...visibleDraftsWhere(userId), id: draftId };
}
