// npm run db:restore <file> — puts a backup back as the app's database.
// Refuses a damaged file or one that is not a Kravlots database, and refuses
// while a server answers on PORT (a running app would keep writing to the old
// file). The current database is backed up first, so a restore can be undone.
import { existsSync, rmSync } from "node:fs";
import net from "node:net";
import Database from "better-sqlite3";
import { backupDatabase, databaseFile, integrity } from "./db-file.mjs";

function listening(port) {
  const attempt = (host) =>
    new Promise((resolve) => {
      const socket = net.connect({ host, port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
      socket.setTimeout(1000, () => {
        socket.destroy();
        resolve(false);
      });
    });
  return Promise.all([attempt("127.0.0.1"), attempt("::1")]).then((answers) => answers.some(Boolean));
}

function fail(message) {
  console.error(`db:restore: ${message}`);
  process.exit(1);
}

const source = process.argv[2];
if (!source) fail("name the backup file: npm run db:restore data/backups/kravlots-….db");
if (!existsSync(source)) fail(`no file at ${source}`);
let check;
try {
  check = integrity(source);
} catch (error) {
  fail(`${source} is not a readable SQLite database (${error.message}); nothing was changed`);
}
if (check !== "ok") fail(`${source} failed its integrity check (${check}); nothing was changed`);
const probe = new Database(source, { readonly: true });
const tables = probe
  .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
  .all()
  .map((row) => row.name);
probe.close();
for (const table of ["_prisma_migrations", "User", "Draft"]) {
  if (!tables.includes(table)) fail(`${source} is not a Kravlots database (no ${table} table); nothing was changed`);
}

const port = Number(process.env.PORT ?? 3000);
if (await listening(port))
  fail(`a server answers on port ${port}; stop it first (PORT names another port); nothing was changed`);

const target = databaseFile();
if (existsSync(target)) console.log(`db:restore: the current database was saved as ${await backupDatabase(target)}`);
// A stale write-ahead log beside the restored file would be replayed into it.
for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(target + suffix, { force: true });
const from = new Database(source, { readonly: true });
await from.backup(target);
from.close();
if (integrity(target) !== "ok") fail(`the restored ${target} failed its integrity check`);
console.log(`db:restore: restored ${source} to ${target}`);
