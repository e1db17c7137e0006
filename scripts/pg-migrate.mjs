// Applies prisma/postgres/migrations to the PostgreSQL database in
// DATABASE_URL (npm run db:migrate calls it when the URL is postgresql://).
// Prisma 6.19's wasm schema engine cannot migrate through the pg adapter here
// (../shared/guide/environment.md), so this runner does what
// `prisma migrate deploy` does and records Prisma's own `_prisma_migrations`
// rows (same table, same sha256 checksum of migration.sql, same advisory lock
// key), so Prisma's CLI run elsewhere sees the same history.
// Each migration runs in one transaction (PostgreSQL DDL is transactional): a
// failure leaves nothing half-applied; its row keeps the error in `logs` and
// is marked rolled back, and the run stops with exit code 1.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export const pgMigrationsDir = path.resolve(import.meta.dirname, "../prisma/postgres/migrations");
// The key Prisma's schema engine takes (pg_advisory_lock(72707369)), so this
// runner and a real `prisma migrate deploy` never run at the same time.
const advisoryLockKey = 72707369;

const createTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export function migrationFolders(dir = pgMigrationsDir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function checksum(sql) {
  return createHash("sha256").update(sql).digest("hex");
}

// Returns the names applied by this run. `log` receives one line per event.
export async function migratePostgres(connectionString, { dir = pgMigrationsDir, log = console.log } = {}) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const applied = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [advisoryLockKey]);
    await client.query(createTable);
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const unfinished = rows.filter((row) => row.finished_at === null);
    if (unfinished.length > 0)
      throw new Error(
        `migration ${unfinished[0].migration_name} started but never finished; resolve it before migrating (docs/DEPLOY.md)`,
      );
    const done = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    for (const name of migrationFolders(dir)) {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const sum = checksum(sql);
      if (done.has(name)) {
        if (done.get(name) !== sum) log(`pg-migrate: warning: ${name} was changed after it was applied`);
        continue;
      }
      const id = randomUUID();
      await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`, [
        id,
        sum,
        name,
      ]);
      try {
        await client.query("BEGIN");
        await client.query(sql);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        await client.query(`UPDATE "_prisma_migrations" SET logs = $2, rolled_back_at = now() WHERE id = $1`, [
          id,
          String(error?.message ?? error),
        ]);
        throw new Error(`migration ${name} failed and was rolled back: ${error?.message ?? error}`);
      }
      await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [
        id,
      ]);
      applied.push(name);
      log(`pg-migrate: applied ${name}`);
    }
  } finally {
    await client.end();
  }
  return applied;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL ?? "";
  if (!/^postgres(ql)?:\/\//.test(url)) {
    console.error("pg-migrate: DATABASE_URL must be a postgresql:// URL");
    process.exit(1);
  }
  try {
    const applied = await migratePostgres(url);
    if (applied.length === 0) console.log("pg-migrate: no pending migrations");
  } catch (error) {
    console.error(`pg-migrate: ${error.message}`);
    process.exit(1);
  }
}
