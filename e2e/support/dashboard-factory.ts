import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";

// Seeds drafts for one user straight into the e2e database (the dashboard
// needs dozens to page through; the wizard would take minutes per draft).
// Timestamps are copied in Prisma's stored format from a draft the app made.
const dbFile = "data/e2e.db";

export type SeedDraft = {
  title: string;
  // Minutes before now: sets updatedAt (and createdAt, one day earlier).
  minutesAgo: number;
  status?: "draft" | "ready";
  completedSteps?: string[];
  requirements?: { perspective: string; text: string }[];
};

const cuid = () => `c${randomBytes(12).toString("hex")}`;
const stamp = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

export function seedDrafts(templateDraftId: string, drafts: SeedDraft[]): string[] {
  const sqlite = new Database(dbFile, { timeout: 10_000 });
  sqlite.pragma("busy_timeout = 5000");
  try {
    return sqlite
      .transaction(() => {
        const source = sqlite
          .prepare(`SELECT createdById, organizationId, updatedAt FROM "Draft" WHERE id = ?`)
          .get(templateDraftId) as
          { createdById: string; organizationId: string | null; updatedAt: string } | undefined;
        if (!source) throw new Error(`no draft ${templateDraftId} in ${dbFile}`);
        if (!source.updatedAt.endsWith("+00:00")) throw new Error(`unexpected date format ${source.updatedAt}`);
        const draft = sqlite.prepare(
          `INSERT INTO "Draft" (id, createdById, organizationId, title, context, status, completedSteps, createdAt, updatedAt)
           VALUES (?, ?, ?, ?, '{}', ?, ?, ?, ?)`,
        );
        const requirement = sqlite.prepare(
          `INSERT INTO "Requirement" (id, draftId, perspective, number, position, text, level, kravtyp, verifikat, createdById, updatedAt)
           VALUES (?, ?, ?, ?, ?, ?, 'ska', 'KF', 'Intyg.', ?, ?)`,
        );
        return drafts.map((seed) => {
          const id = cuid();
          const updated = Date.now() - seed.minutesAgo * 60_000;
          draft.run(
            id,
            source.createdById,
            source.organizationId,
            seed.title,
            seed.status ?? "draft",
            JSON.stringify(seed.completedSteps ?? []),
            stamp(updated - 86_400_000),
            stamp(updated),
          );
          (seed.requirements ?? []).forEach((row, index) =>
            requirement.run(
              cuid(),
              id,
              row.perspective,
              index + 1,
              index + 1,
              row.text,
              source.createdById,
              stamp(updated),
            ),
          );
          return id;
        });
      })
      .immediate();
  } finally {
    sqlite.close();
  }
}
