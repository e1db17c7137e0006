// npm run db:migrate (part of npm start) — `prisma migrate deploy`, after a
// checked backup when migrations are pending and the database holds data, so
// a migration that goes wrong never costs a municipality its work.
import { existsSync, readdirSync } from "node:fs";
import Database from "better-sqlite3";
import { backupDatabase, databaseFile } from "./db-file.mjs";
import { prisma } from "./prisma-quiet.mjs";

export function pendingMigrations(file) {
  const folders = readdirSync("prisma/migrations", { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  if (!existsSync(file)) return { pending: folders, holdsData: false };
  const db = new Database(file, { readonly: true, timeout: 10_000 });
  try {
    const tables = new Set(
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((row) => row.name),
    );
    const applied = tables.has("_prisma_migrations")
      ? new Set(
          db
            .prepare(
              "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
            )
            .all()
            .map((row) => row.migration_name),
        )
      : new Set();
    const holdsData = ["User", "Draft", "Organization"].some(
      (table) => tables.has(table) && db.prepare(`SELECT 1 FROM "${table}" LIMIT 1`).get(),
    );
    return { pending: folders.filter((name) => !applied.has(name)), holdsData };
  } finally {
    db.close();
  }
}

// PostgreSQL: its own runner (Prisma's migrate cannot go through the pg
// adapter here). Each migration runs in one transaction, so a failure leaves
// the database as it was; backups are the operator's pg_dump or
// point-in-time recovery (docs/DEPLOY.md).
for (const envFile of [".env.local", ".env"]) if (existsSync(envFile)) process.loadEnvFile(envFile);
if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) {
  const { migratePostgres } = await import("./pg-migrate.mjs");
  try {
    const applied = await migratePostgres(process.env.DATABASE_URL);
    console.log(
      applied.length ? `db:migrate: applied ${applied.length} migration(s)` : "db:migrate: no pending migrations",
    );
    process.exit(0);
  } catch (error) {
    console.error(`db:migrate: ${error.message}`);
    process.exit(1);
  }
}

const file = databaseFile();
const { pending, holdsData } = pendingMigrations(file);
if (pending.length > 0 && holdsData) {
  const backup = await backupDatabase(file);
  console.log(`db:migrate: ${pending.length} pending migration(s); the database was backed up first to ${backup}`);
}
// Nothing pending (every migration recorded as finished): no need to spend
// seconds starting the CLI on every restart. A failed migration has no
// finish time, counts as pending and goes to the CLI, which reports it.
if (pending.length === 0) {
  console.log("db:migrate: no pending migrations");
  process.exit(0);
}
try {
  prisma(["migrate", "deploy"]);
} catch {
  process.exit(1);
}
