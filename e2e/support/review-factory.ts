import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";

// Seeds requirement rows straight into the e2e database (created fresh by
// scripts/e2e-server.mjs), the way the editor would store them: numbers from
// the draft's nextNumber counter, positions in order, and one version bump.
const dbFile = "data/e2e.db";

type Perspective = "kundnytta" | "juridik" | "arbetsmiljo" | "organisation";

export type SeedRequirement = {
  perspective: Perspective;
  text: string;
  level: "ska" | "bor";
  kravtyp: "KF" | "KQ" | "TK" | "AV" | "IN";
  verifikat?: string;
  uppfoljning?: string;
  weight?: number;
};

const counterColumn: Record<Perspective, string> = {
  kundnytta: "nextNumberKn",
  juridik: "nextNumberJu",
  arbetsmiljo: "nextNumberAm",
  organisation: "nextNumberOr",
};
const prefix: Record<Perspective, string> = { kundnytta: "KN", juridik: "JU", arbetsmiljo: "AM", organisation: "OR" };

function open() {
  const sqlite = new Database(dbFile, { timeout: 10_000 });
  sqlite.pragma("busy_timeout = 5000");
  return sqlite;
}

// Returns the requirement codes (KN-1 …) in the order given.
export function seedRequirements(draftId: string, requirements: SeedRequirement[]): string[] {
  const sqlite = open();
  try {
    // BEGIN IMMEDIATE: take the write lock up front and wait for it (busy_timeout);
    // a deferred transaction that reads first gets SQLITE_BUSY at once when the
    // app server commits in between.
    return sqlite
      .transaction(() => {
        // Copy the draft's own timestamp so the stored format matches Prisma's.
        const draft = sqlite.prepare(`SELECT createdById, updatedAt FROM "Draft" WHERE id = ?`).get(draftId) as
          { createdById: string; updatedAt: unknown } | undefined;
        if (!draft) throw new Error(`no draft ${draftId} in ${dbFile}`);
        const insert = sqlite.prepare(
          `INSERT INTO "Requirement" (id, draftId, perspective, number, position, text, level, kravtyp, verifikat, uppfoljning, weight, createdById, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        const codes = requirements.map((requirement) => {
          const column = counterColumn[requirement.perspective];
          const { number } = sqlite.prepare(`SELECT ${column} AS number FROM "Draft" WHERE id = ?`).get(draftId) as {
            number: number;
          };
          const { position } = sqlite
            .prepare(
              `SELECT COALESCE(MAX(position), 0) + 1 AS position FROM "Requirement" WHERE draftId = ? AND perspective = ?`,
            )
            .get(draftId, requirement.perspective) as { position: number };
          insert.run(
            // Shaped like Prisma's cuid() ids, which the actions' id schemas expect.
            `c${randomUUID().replaceAll("-", "")}`,
            draftId,
            requirement.perspective,
            number,
            position,
            requirement.text,
            requirement.level,
            requirement.kravtyp,
            requirement.verifikat ?? "",
            requirement.uppfoljning ?? "",
            requirement.weight ?? null,
            draft.createdById,
            draft.updatedAt,
          );
          sqlite.prepare(`UPDATE "Draft" SET ${column} = ${column} + 1 WHERE id = ?`).run(draftId);
          return `${prefix[requirement.perspective]}-${number}`;
        });
        sqlite.prepare(`UPDATE "Draft" SET version = version + 1 WHERE id = ?`).run(draftId);
        return codes;
      })
      .immediate();
  } finally {
    sqlite.close();
  }
}

// Guided answers as the perspective steps store them (Draft.answers JSON).
export function seedAnswers(
  draftId: string,
  answers: Partial<Record<Perspective, Record<string, string | string[]>>>,
): void {
  const sqlite = open();
  try {
    sqlite
      .prepare(`UPDATE "Draft" SET answers = ?, version = version + 1 WHERE id = ?`)
      .run(JSON.stringify(answers), draftId);
  } finally {
    sqlite.close();
  }
}
