import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseEngine } from "@/lib/env";
import { migratePostgres, migrationFolders, pgMigrationsDir } from "../../scripts/pg-migrate.mjs";

const adminUrl = process.env.KRAVLOTS_PG_URL;
const onPostgres = process.env.KRAVLOTS_TEST_ENGINE === "postgres";

type MigrationRow = {
  migration_name: string;
  checksum: string;
  logs: string | null;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
};

it("runs on the engine the suite asked for", async () => {
  expect(databaseEngine()).toBe(onPostgres ? "postgres" : "sqlite");
  if (onPostgres) {
    const [row] = await db.$queryRaw<{ v: string }[]>`SELECT version() AS v`;
    expect(row!.v).toMatch(/^PostgreSQL/);
  }
});

async function freshDatabase(): Promise<{ url: string; client: pg.Client }> {
  const name = `migrate_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = adminUrl!.replace(/\/[^/]*$/, `/${name}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { url, client };
}

// The runner needs a server; test:unit:pg provides one (scripts/pg-test.mjs).
describe.skipIf(!onPostgres)("scripts/pg-migrate.mjs (PostgreSQL only: needs a server)", () => {
  it("applies every migration once and records Prisma's own rows", async () => {
    const { url, client } = await freshDatabase();
    try {
      const folders = migrationFolders();
      expect(await migratePostgres(url, { log: () => {} })).toEqual(folders);
      expect(await migratePostgres(url, { log: () => {} })).toEqual([]);
      const { rows } = await client.query<MigrationRow>(
        `SELECT migration_name, checksum, logs, finished_at, rolled_back_at, applied_steps_count
         FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((row) => row.migration_name)).toEqual(folders);
      for (const row of rows) {
        const sql = readFileSync(path.join(pgMigrationsDir, row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.rolled_back_at).toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }
      const tables = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Draft'`);
      expect(tables.rowCount).toBe(1);
    } finally {
      await client.end();
    }
  });

  it("rolls a failing migration back whole, records why, and stops", async () => {
    const { url, client } = await freshDatabase();
    const dir = mkdtempSync(path.join(tmpdir(), "kravlots-pg-migrations-"));
    cpSync(pgMigrationsDir, dir, { recursive: true });
    mkdirSync(path.join(dir, "29990101000000_broken"));
    writeFileSync(
      path.join(dir, "29990101000000_broken", "migration.sql"),
      `CREATE TABLE "HalfDone" ("id" TEXT);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;`,
    );
    try {
      await expect(migratePostgres(url, { dir, log: () => {} })).rejects.toThrow(/29990101000000_broken/);
      const half = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'HalfDone'`);
      expect(half.rowCount).toBe(0);
      const { rows } = await client.query<MigrationRow>(
        `SELECT migration_name, checksum, logs, applied_steps_count, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.logs).toMatch(/NoSuchTable/);
      expect(rows[0]!.finished_at).toBeNull();
      expect(rows[0]!.rolled_back_at).toBeInstanceOf(Date);
      // The earlier migrations stay applied; a fixed migration is applied on the next run.
      writeFileSync(path.join(dir, "29990101000000_broken", "migration.sql"), `CREATE TABLE "HalfDone" ("id" TEXT);`);
      expect(await migratePostgres(url, { dir, log: () => {} })).toEqual(["29990101000000_broken"]);
    } finally {
      await client.end();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
