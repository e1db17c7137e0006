import Database from "better-sqlite3";
import pg from "pg";

// The e2e server's database, for the few reads and writes a spec cannot make
// through the app (ids, versions, ageing a link past its expiry): the SQLite
// file of scripts/e2e-server.mjs, or the PostgreSQL database that
// playwright.pg.config.ts's global setup made and named in E2E_DATABASE_URL.
// One SQL text serves both: identifiers double-quoted ("Invitation",
// "draftId"), `?` placeholders, CAST(COUNT(*) AS INTEGER) for counts (a bare
// COUNT is a bigint string on PostgreSQL).
const url = process.env.E2E_DATABASE_URL ?? "";
export const e2eEngine: "sqlite" | "postgres" = /^postgres(ql)?:/.test(url) ? "postgres" : "sqlite";
const sqliteFile = process.env.E2E_DB_FILE ?? "data/e2e.db";

export type Param = string | number | null | Date;

let pool: pg.Pool | null = null;

// Prisma stores a DateTime as UTC: ISO text with "+00:00" through the SQLite
// adapter, TIMESTAMP(3) without a time zone on PostgreSQL. An ISO string with
// "Z" keeps the instant on PostgreSQL whatever the worker's TZ (a Date would
// be sent in local time and its offset dropped by the column).
function bind(param: Param): string | number | null {
  if (!(param instanceof Date)) return param;
  const iso = param.toISOString();
  return e2eEngine === "sqlite" ? iso.replace(/Z$/, "+00:00") : iso;
}

export async function query<T = Record<string, unknown>>(sql: string, params: Param[] = []): Promise<T[]> {
  const values = params.map(bind);
  if (e2eEngine === "postgres") {
    pool ??= new pg.Pool({ connectionString: url, max: 2, allowExitOnIdle: true });
    let n = 0;
    const { rows } = await pool.query(
      sql.replace(/\?/g, () => `$${++n}`),
      values,
    );
    return rows as T[];
  }
  // The server writes in WAL mode at the same time: wait for its locks.
  const db = new Database(sqliteFile, { timeout: 10_000 });
  try {
    const statement = db.prepare(sql);
    if (statement.reader) return statement.all(...values) as T[];
    statement.run(...values);
    return [];
  } finally {
    db.close();
  }
}

export async function queryOne<T = Record<string, unknown>>(sql: string, params: Param[] = []): Promise<T | undefined> {
  return (await query<T>(sql, params))[0];
}

// Draft.version, as the next save must send it (1 for a draft not found).
export async function draftVersion(draftId: string): Promise<number> {
  return (await queryOne<{ version: number }>(`SELECT version FROM "Draft" WHERE id = ?`, [draftId]))?.version ?? 1;
}
