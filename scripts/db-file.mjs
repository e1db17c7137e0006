// Shared by the db:* scripts: which SQLite file the app uses (the same rule as
// prisma.config.ts and lib/env.ts) and how to take a checked copy of it.
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export function databaseFile() {
  for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);
  const url = process.env.DATABASE_URL ?? "file:./data/kravlots.db";
  if (!url.startsWith("file:"))
    throw new Error(
      "DATABASE_URL is not a SQLite file: URL; on PostgreSQL use pg_dump or point-in-time recovery (docs/DEPLOY.md)",
    );
  return path.resolve(url.replace(/^file:/, ""));
}

export const backupDir = () => path.resolve(process.env.KRAVLOTS_BACKUP_DIR ?? "data/backups");
const backupName = /^kravlots-\d{8}T\d{9}Z\.db$/;

// "ok" or the first problems SQLite reports; a file that is not a database at all throws.
export function integrity(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check").map((row) => row.integrity_check);
    return rows.length === 1 && rows[0] === "ok" ? "ok" : rows.slice(0, 5).join("; ");
  } finally {
    db.close();
  }
}

// An online, consistent snapshot through SQLite's backup API: writers keep
// working meanwhile, and the copy is one point in time. Checked with
// integrity_check; the oldest copies beyond KRAVLOTS_BACKUP_KEEP are removed.
export async function backupDatabase(source = databaseFile()) {
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  const dir = backupDir();
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:.]/g, "");
  const target = path.join(dir, `kravlots-${stamp}.db`);
  const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  const check = integrity(target);
  if (check !== "ok") {
    rmSync(target, { force: true });
    throw new Error(`the backup failed its integrity check: ${check}`);
  }
  pruneBackups(dir);
  return target;
}

export function pruneBackups(dir = backupDir()) {
  const keep = Number(process.env.KRAVLOTS_BACKUP_KEEP ?? 10);
  if (!Number.isInteger(keep) || keep < 1) throw new Error("KRAVLOTS_BACKUP_KEEP must be a whole number of at least 1");
  const files = readdirSync(dir)
    .filter((name) => backupName.test(name))
    .sort();
  for (const name of files.slice(0, Math.max(0, files.length - keep))) rmSync(path.join(dir, name), { force: true });
}
