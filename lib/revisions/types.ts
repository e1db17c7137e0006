import type { RevisionReason, RevisionSnapshot } from "@/lib/revisions/schema";

export type RevisionSummary = {
  id: string;
  version: number;
  reason: RevisionReason;
  createdAt: Date;
  // null when the author's account has been deleted.
  authorName: string | null;
};

export type RevisionDetail = RevisionSummary & { snapshot: RevisionSnapshot };
