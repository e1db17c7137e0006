import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

// A fresh SQLite file with every committed migration applied in order — the
// same SQL `prisma migrate deploy` runs, without the CLI's start-up cost.
export function createTempDatabase(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kravlots-test-"));
  const file = path.join(dir, "test.db");
  const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");
  const folders = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const sqlite = new Database(file);
  for (const folder of folders) sqlite.exec(readFileSync(path.join(migrationsDir, folder, "migration.sql"), "utf8"));
  sqlite.close();
  return `file:${file}`;
}
