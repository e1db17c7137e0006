import type { Prisma } from "@/lib/generated/prisma/client";

// The one place that decides which drafts a caller may touch. Every data
// function and mutation that takes a draft id builds its where clause from
// here, so access rules change in one file.
//   read   – see the draft, its requirements and download exports
//   edit   – change answers and requirements, export
//   manage – delete, restore from trash, share
export type DraftPermission = "read" | "edit" | "manage";

export type DraftAccess = "ok" | "not_found" | "forbidden";

// Drafts the caller may see, trashed ones excluded.
export function visibleDraftsWhere(userId: string): Prisma.DraftWhereInput {
  return { createdById: userId, deletedAt: null };
}

// Drafts in the caller's trash (Papperskorgen).
export function trashedDraftsWhere(userId: string): Prisma.DraftWhereInput {
  return { createdById: userId, deletedAt: { not: null } };
}

// Today a draft is its author's alone, so every permission means ownership.
export function draftWhere(userId: string, draftId: string, permission: DraftPermission = "read"): Prisma.DraftWhereInput {
  void permission;
  return { ...visibleDraftsWhere(userId), id: draftId };
}

type DraftCounter = { draft: { count(args: { where: Prisma.DraftWhereInput }): Promise<number> } };

// For mutations that must tell "you may not" (403) from "no such draft" (404):
// a draft the caller cannot even read is always not_found.
export async function checkDraftAccess(
  client: DraftCounter,
  userId: string,
  draftId: string,
  permission: DraftPermission,
): Promise<DraftAccess> {
  if (await client.draft.count({ where: draftWhere(userId, draftId, permission) })) return "ok";
  if (permission !== "read" && (await client.draft.count({ where: draftWhere(userId, draftId, "read") }))) return "forbidden";
  return "not_found";
}
