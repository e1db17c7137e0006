import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

function migrationSql(dir: string): string[] {
  const migrationsDir = path.resolve(import.meta.dirname, "../..", dir);
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((folder) => readFileSync(path.join(migrationsDir, folder, "migration.sql"), "utf8"));
}

// A fresh SQLite file with every committed migration applied in order — the
// same SQL `prisma migrate deploy` runs, without the CLI's start-up cost.
export function createTempDatabase(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kravlots-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  for (const sql of migrationSql("prisma/migrations")) sqlite.exec(sql);
  sqlite.close();
  return `file:${file}`;
}

// The unit suite on PostgreSQL (npm run test:unit:pg, inside
// scripts/pg-test.mjs, which sets KRAVLOTS_PG_URL): a fresh database per test
// file, copied from a template that the first file builds from
// prisma/postgres/migrations (like the SQLite file above: the SQL only, no
// _prisma_migrations). Copying a template costs milliseconds; applying the
// migrations per file would cost far more. An advisory lock keeps parallel
// test files from building the template twice.
const templateName = "kravlots_test_template";

export async function createTempPostgresDatabase(adminUrl: string): Promise<string> {
  const urlOf = (name: string) => adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const name = `kravlots_test_${randomBytes(6).toString("hex")}`;
  try {
    await admin.query("SELECT pg_advisory_lock(4242)");
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [templateName]);
    if (!rowCount) {
      await admin.query(`CREATE DATABASE "${templateName}"`);
      const template = new pg.Client({ connectionString: urlOf(templateName) });
      await template.connect();
      try {
        for (const sql of migrationSql("prisma/postgres/migrations")) await template.query(sql);
      } finally {
        await template.end();
      }
    }
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
  } finally {
    await admin.end();
  }
  return urlOf(name);
}
