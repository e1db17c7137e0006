import type { DraftStatus } from "@/lib/drafts/schema";
import type { OrgRole } from "@/lib/orgs/roles";
import type { Perspective } from "@/lib/vocabulary";

export type DashboardRow = {
  id: string;
  title: string;
  status: DraftStatus;
  isTemplate: boolean;
  createdAt: Date;
  updatedAt: Date;
  // null = the caller's personal space; role = the caller's role there.
  space: { id: string; name: string; role: OrgRole } | null;
  sectionsDone: number;
  requirementCounts: Record<Perspective, number>;
  gaps: Perspective[];
  // Granska's quality warnings, computed for this page's drafts only.
  warnings: number;
  lastExport: { sequence: number | null; format: string; createdAt: Date } | null;
  // Author of the newest revision (else the creator); null when that account
  // was deleted.
  lastChangedBy: string | null;
};

export type DashboardPage = { rows: DashboardRow[]; total: number; page: number; pageCount: number };
