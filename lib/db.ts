import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { databaseEngine, getEnv } from "@/lib/env";

// Connection settings for concurrent autosaves (docs/ARCHITECTURE.md, "Saving"):
// - WAL: readers never wait for the writer, and a commit appends to the log
//   instead of rewriting pages, so a save is one sequential write.
// - synchronous: see docs/ARCHITECTURE.md "Saving" for the choice and
//   docs/BENCHMARKS.md for its measured cost. KRAVLOTS_SQLITE_SYNCHRONOUS
//   overrides it for measurements only.
// - busy_timeout: other processes (migrations, backups, the durability check)
//   may hold the write lock briefly; wait for it instead of failing a save.
//   Inside this process the adapter already serialises transactions.
const synchronous = ["FULL", "NORMAL"].find((level) => level === process.env.KRAVLOTS_SQLITE_SYNCHRONOUS) ?? "FULL";
export const sqlitePragmas = [
  "journal_mode = WAL",
  `synchronous = ${synchronous}`,
  "busy_timeout = 5000",
  "foreign_keys = ON",
];

class ConfiguredSQLite extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(sqlitePragmas.map((pragma) => `PRAGMA ${pragma};`).join("\n"));
    return adapter;
  }
}

// One client per process: Next's dev server re-evaluates modules on every edit,
// and each client would hold its own SQLite connection.
const globalForDb = globalThis as unknown as { kravlotsDb?: PrismaClient };

// Both clients are generated from one schema (scripts/pg-schema.mjs changes
// only the provider), so their model APIs are the same; the rest of the code
// keeps one type, the SQLite client's. This is the one place that casts: the
// generated types differ only in provider-specific corners (e.g. the
// `mode: "insensitive"` string filter exists only on PostgreSQL), which the
// code does not use.
function createClient(): PrismaClient {
  const env = getEnv();
  if (databaseEngine(env) === "postgres") {
    const adapter = new PrismaPg({ connectionString: env.DATABASE_URL });
    return new PostgresClient({ adapter }) as unknown as PrismaClient;
  }
  const adapter = new ConfiguredSQLite({ url: env.DATABASE_URL, timeout: 5000 });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForDb.kravlotsDb ?? createClient();
globalForDb.kravlotsDb = db;
