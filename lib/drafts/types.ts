import type { DraftContext, DraftStatus } from "@/lib/drafts/schema";

export type DraftSummary = {
  id: string;
  title: string;
  status: DraftStatus;
  version: number;
  updatedAt: Date;
  // null = the author's personal space.
  organizationId: string | null;
};

export type DraftDetail = DraftSummary & { context: DraftContext; createdAt: Date };
