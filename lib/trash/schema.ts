// Papperskorgen: a trashed draft can be restored for this long, then it is
// purged (lib/trash/mutations.ts purgeExpiredTrash, run whenever the trash
// page is read).
export const trashRetentionDays = 30;
export const trashRetentionMs = trashRetentionDays * 24 * 60 * 60 * 1000;

export function purgeAfter(deletedAt: Date): Date {
  return new Date(deletedAt.getTime() + trashRetentionMs);
}
