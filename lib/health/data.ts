import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { migrationState, type MigrationState } from "@/lib/health/report";
import { databaseEngine, type DatabaseEngine } from "@/lib/env";
import { rootLog } from "@/lib/log";

// Each engine has its own migrations folder (scripts/pg-schema.mjs).
const migrationsFolder: Record<DatabaseEngine, string[]> = {
  sqlite: ["prisma", "migrations"],
  postgres: ["prisma", "postgres", "migrations"],
};

// Which engine, whether the database answers, and whether every migration in
// the engine's migrations folder is recorded as applied (an app started on an
// older schema would fail on its first write).
export async function databaseHealth(): Promise<{
  engine: DatabaseEngine;
  usable: boolean;
  migrations: MigrationState;
}> {
  const engine = databaseEngine();
  try {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const folders = readdirSync(path.join(/* turbopackIgnore: true */ process.cwd(), ...migrationsFolder[engine]), {
      withFileTypes: true,
    })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    return {
      engine,
      usable: true,
      migrations: migrationState(
        folders,
        rows.map((row) => row.name),
      ),
    };
  } catch (error) {
    rootLog.error({ err: error }, "health: the database is not usable");
    return { engine, usable: false, migrations: "unknown" };
  }
}
