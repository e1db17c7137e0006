import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";

// The requirement editor is not on this branch, so the export test puts rows
// straight into the e2e server's database, the way a mutation would: numbers
// from the draft's counters, and one version bump for the whole change.
export type RequirementRow = {
  perspective: "kundnytta" | "juridik" | "arbetsmiljo" | "organisation";
  text: string;
  level: "ska" | "bor";
  kravtyp: "KF" | "KQ" | "TK" | "AV" | "IN";
  motiv?: string;
  verifikat?: string;
  uppfoljning?: string;
  weight?: number;
  modelIds?: string[];
};

const counterColumn = {
  kundnytta: "nextNumberKn",
  juridik: "nextNumberJu",
  arbetsmiljo: "nextNumberAm",
  organisation: "nextNumberOr",
};

export function insertRequirements(draftId: string, rows: RequirementRow[], file = "data/e2e.db"): number {
  const db = new Database(file, { timeout: 10_000 });
  db.pragma("busy_timeout = 5000");
  try {
    // BEGIN IMMEDIATE: take the write lock up front and wait for it (busy_timeout);
    // a deferred transaction that reads first gets SQLITE_BUSY at once when the
    // app server commits in between.
    return db
      .transaction(() => {
        const draft = db.prepare("SELECT * FROM Draft WHERE id = ?").get(draftId) as
          Record<string, unknown> | undefined;
        if (!draft) throw new Error(`no draft ${draftId}`);
        const insert = db.prepare(
          `INSERT INTO Requirement (id, draftId, perspective, number, position, text, level, kravtyp, motiv, verifikat, uppfoljning, weight, modelIds, createdById, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        for (const row of rows) {
          const column = counterColumn[row.perspective];
          const number = draft[column] as number;
          draft[column] = number + 1;
          insert.run(
            `c${randomBytes(12).toString("hex")}`,
            draftId,
            row.perspective,
            number,
            number,
            row.text,
            row.level,
            row.kravtyp,
            row.motiv ?? "",
            row.verifikat ?? "",
            row.uppfoljning ?? "",
            row.weight ?? null,
            JSON.stringify(row.modelIds ?? []),
            draft.createdById,
            // Same stored date format as the rows Prisma writes.
            draft.createdAt,
            draft.createdAt,
          );
        }
        db.prepare(
          "UPDATE Draft SET version = version + 1, nextNumberKn = ?, nextNumberJu = ?, nextNumberAm = ?, nextNumberOr = ? WHERE id = ?",
        ).run(draft.nextNumberKn, draft.nextNumberJu, draft.nextNumberAm, draft.nextNumberOr, draftId);
        return (db.prepare("SELECT version FROM Draft WHERE id = ?").get(draftId) as { version: number }).version;
      })
      .immediate();
  } finally {
    db.close();
  }
}

export function storedSha256(exportId: string, file = "data/e2e.db"): string | null {
  const db = new Database(file, { readonly: true, timeout: 10_000 });
  try {
    return (
      (db.prepare("SELECT sha256 FROM Export WHERE id = ?").get(exportId) as { sha256: string | null } | undefined)
        ?.sha256 ?? null
    );
  } finally {
    db.close();
  }
}
