import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseEngine } from "@/lib/env";
import { databaseHealth } from "@/lib/health/data";
import { healthReport, migrationState } from "@/lib/health/report";

const engine = databaseEngine();
const folders = readdirSync(path.resolve(engine === "postgres" ? "prisma/postgres/migrations" : "prisma/migrations"), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe("GET /api/health", () => {
  it("reads the database's recorded migrations against the engine's migrations folder", async () => {
    // The test database is built from the SQL files without Prisma's table.
    expect(await databaseHealth()).toEqual({ engine, usable: false, migrations: "unknown" });
    const time = engine === "postgres" ? "TIMESTAMPTZ" : "DATETIME";
    await db.$executeRawUnsafe(
      `CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY, "checksum" TEXT, "finished_at" ${time}, "migration_name" TEXT, "logs" TEXT, "rolled_back_at" ${time}, "started_at" ${time}, "applied_steps_count" INTEGER)`,
    );
    const finished = new Date();
    for (const name of folders.slice(0, -1)) {
      await db.$executeRaw`INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name) VALUES (${name}, '', ${finished}, ${name})`;
    }
    expect(await databaseHealth()).toEqual({ engine, usable: true, migrations: "pending" });
    const last = folders.at(-1)!;
    await db.$executeRaw`INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name) VALUES (${last}, '', ${finished}, ${last})`;
    expect(await databaseHealth()).toEqual({ engine, usable: true, migrations: "current" });
  });

  it("answers 200 only when the database is usable and current and the pool has workers", () => {
    const good = { engine: "sqlite", usable: true, migrations: "current" } as const;
    expect(healthReport(good, { workers: 1, usable: true })).toEqual({
      status: 200,
      body: { ok: true, db: "sqlite", migrations: "current", pdfWorkers: 1 },
    });
    expect(
      healthReport({ engine: "sqlite", usable: false, migrations: "unknown" }, { workers: 1, usable: true }),
    ).toMatchObject({
      status: 503,
      body: { ok: false },
    });
    expect(
      healthReport({ engine: "sqlite", usable: true, migrations: "pending" }, { workers: 1, usable: true }),
    ).toMatchObject({
      status: 503,
      body: { ok: false, migrations: "pending" },
    });
    expect(healthReport(good, { workers: 0, usable: false })).toEqual({
      status: 503,
      body: { ok: false, db: "sqlite", migrations: "current", pdfWorkers: 0 },
    });
    expect(healthReport({ ...good, engine: "postgres" }, { workers: 1, usable: true }).body.db).toBe("postgres");
    expect(migrationState([], [])).toBe("unknown");
    expect(migrationState(["a", "b"], ["b", "a", "old"])).toBe("current");
  });
});
