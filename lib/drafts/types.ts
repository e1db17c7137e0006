import type { DraftContext, DraftStatus } from "@/lib/drafts/schema";

export type DraftSummary = {
  id: string;
  title: string;
  status: DraftStatus;
  version: number;
  updatedAt: Date;
};

export type DraftDetail = DraftSummary & { context: DraftContext; createdAt: Date };
