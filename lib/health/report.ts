// GET /api/health's answer: no personal data, only what an operator or a load
// balancer needs to decide whether this instance can serve.
export type MigrationState = "current" | "pending" | "unknown";

export type HealthReport = { ok: boolean; db: "sqlite" | "postgres"; migrations: MigrationState; pdfWorkers: number };

export function migrationState(folders: string[], applied: string[]): MigrationState {
  if (folders.length === 0) return "unknown";
  const done = new Set(applied);
  return folders.every((name) => done.has(name)) ? "current" : "pending";
}

export function healthReport(
  database: { engine: HealthReport["db"]; usable: boolean; migrations: MigrationState },
  pool: { workers: number; usable: boolean },
) {
  const ok = database.usable && database.migrations === "current" && pool.usable && pool.workers > 0;
  const body: HealthReport = {
    ok,
    db: database.engine,
    migrations: database.migrations,
    pdfWorkers: pool.usable ? pool.workers : 0,
  };
  return { status: ok ? 200 : 503, body };
}
