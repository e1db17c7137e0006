import "server-only";
import Database from "better-sqlite3";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sqlitePragmas } from "@/lib/db";
import { databaseEngine, getEnv } from "@/lib/env";

// The autosave's steady state (lib/drafts/mutations.ts, saveStartStep) in two
// statements, straight through the drivers Prisma's adapters wrap. Through
// Prisma each raw statement costs 0.7–3 ms of CPU (its query pipeline, and a
// fresh prepare on every call); here a statement is prepared once per SQL
// text and runs in microseconds (docs/BENCHMARKS.md, "Save CPU"). Everything
// else keeps using Prisma (lib/db.ts); the SQL comes as Prisma.sql fragments,
// so the access rule is still written once (lib/drafts/scope.ts).
//
// SQLite: a second connection to the same file, with the same pragmas but no
// busy wait. better-sqlite3 is synchronous, so waiting for a lock held by
// Prisma's connection (an interactive transaction spans event-loop turns)
// would block the very loop that transaction needs; a busy database is
// reported as `null` and the caller takes the Prisma path instead.

export type DirectSql = {
  // Rows of a SELECT, or null when the database is busy.
  rows<T>(query: Prisma.Sql): Promise<T[] | null>;
  // Rows changed by an INSERT/UPDATE/DELETE, or null when the database is busy.
  run(query: Prisma.Sql): Promise<number | null>;
};

// What Prisma's SQLite adapter stores for a DateTime (ISO 8601, "+00:00").
const sqliteValue = (value: unknown) =>
  value instanceof Date
    ? value.toISOString().replace("Z", "+00:00")
    : typeof value === "boolean"
      ? Number(value)
      : value;

function sqlite(url: string): DirectSql {
  const connection = new Database(url.replace(/^file:/, ""));
  for (const pragma of sqlitePragmas) if (!pragma.startsWith("busy_timeout")) connection.pragma(pragma);
  connection.pragma("busy_timeout = 0");
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = connection.prepare(sql)));
    return statement;
  };
  const busy = (error: unknown) => (error as { code?: string }).code?.startsWith("SQLITE_BUSY") === true;
  // Synchronous inside; a rejected promise for any other error, like Prisma.
  const attempt = <T>(work: () => T): Promise<T | null> => {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return busy(error)
        ? Promise.resolve(null)
        : Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  return {
    rows: <T>(query: Prisma.Sql) => attempt(() => prepared(query.sql).all(...query.values.map(sqliteValue)) as T[]),
    run: (query: Prisma.Sql) => attempt(() => prepared(query.sql).run(...query.values.map(sqliteValue)).changes),
  };
}

// Prisma's "timestamp(3)" columns hold UTC without a zone: sent and read as UTC
// (node-postgres would otherwise use the process's local time zone).
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const utcTimestamp = (d: Date) =>
  `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
  `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
const timestampOid = 1114;

function postgres(url: string): DirectSql {
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === timestampOid
          ? (value: string) => new Date(`${value.replace(" ", "T")}Z`)
          : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
    },
  });
  // Named statements are prepared once per connection.
  const names = new Map<string, string>();
  const query = (q: Prisma.Sql) => {
    let name = names.get(q.text);
    if (!name) names.set(q.text, (name = `kravlots_direct_${names.size + 1}`));
    return pool.query({
      name,
      text: q.text,
      values: q.values.map((value) => (value instanceof Date ? utcTimestamp(value) : value)),
    });
  };
  return {
    async rows<T>(q: Prisma.Sql) {
      return (await query(q)).rows as T[];
    },
    async run(q: Prisma.Sql) {
      return (await query(q)).rowCount ?? 0;
    },
  };
}

// One per database URL and process (Next's dev server re-evaluates modules).
const globalForDirect = globalThis as unknown as { kravlotsDirectSql?: Map<string, DirectSql> };

export function directSql(): DirectSql {
  const env = getEnv();
  const all = (globalForDirect.kravlotsDirectSql ??= new Map<string, DirectSql>());
  let direct = all.get(env.DATABASE_URL);
  if (!direct) {
    direct = databaseEngine(env) === "postgres" ? postgres(env.DATABASE_URL) : sqlite(env.DATABASE_URL);
    all.set(env.DATABASE_URL, direct);
  }
  return direct;
}
