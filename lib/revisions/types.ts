import type { RevisionReason, RevisionSnapshot } from "@/lib/drafts/snapshot";

export type RevisionSummary = {
  id: string;
  version: number;
  reason: RevisionReason;
  createdAt: Date;
  authorName: string;
};

export type RevisionDetail = RevisionSummary & { snapshot: RevisionSnapshot };
