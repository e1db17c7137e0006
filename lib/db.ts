import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

// One client per process: Next's dev server re-evaluates modules on every edit,
// and each client would hold its own SQLite connection.
const globalForDb = globalThis as unknown as { kravlotsDb?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: getEnv().DATABASE_URL });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForDb.kravlotsDb ?? createClient();
globalForDb.kravlotsDb = db;
