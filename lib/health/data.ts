import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { migrationState, type MigrationState } from "@/lib/health/report";
import { rootLog } from "@/lib/log";

// Whether the database answers, and whether every migration in
// prisma/migrations is recorded as applied (an app started on an older
// schema would fail on its first write).
export async function databaseHealth(): Promise<{ usable: boolean; migrations: MigrationState }> {
  try {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const folders = readdirSync(path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations"), {
      withFileTypes: true,
    })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    return {
      usable: true,
      migrations: migrationState(
        folders,
        rows.map((row) => row.name),
      ),
    };
  } catch (error) {
    rootLog.error({ err: error }, "health: the database is not usable");
    return { usable: false, migrations: "unknown" };
  }
}
