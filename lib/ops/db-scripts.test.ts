import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

// The db:* scripts run as `npm run` would, against a database of their own.
const root = path.resolve(import.meta.dirname, "../..");
const migrations = path.join(root, "prisma/migrations");
// Each script starts Node (and db:migrate the Prisma CLI): slow on a busy machine.
const slow = 120_000;
const folders = readdirSync(migrations, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync("node", [path.join(root, "scripts", script), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: result.status, out: result.stdout.trim(), err: result.stderr.trim() };
}

// A database at the given migrations, recorded in _prisma_migrations the way
// `prisma migrate deploy` records them (sha256 of each migration.sql).
function databaseAt(count: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "kravlots-ops-"));
  const file = path.join(dir, "app.db");
  const db = new Database(file);
  db.exec(`CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
    "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
  for (const name of folders.slice(0, count)) {
    const sql = readFileSync(path.join(migrations, name, "migration.sql"), "utf8");
    db.exec(sql);
    db.prepare(
      "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, datetime('now'), ?, 1)",
    ).run(name, createHash("sha256").update(sql).digest("hex"), name);
  }
  db.close();
  return {
    dir,
    file,
    env: { DATABASE_URL: `file:${file}`, KRAVLOTS_BACKUP_DIR: path.join(dir, "backups"), PORT: "39999" },
  };
}

// Users, an organisation, drafts with requirements, revisions and an export.
function fill(file: string) {
  const db = new Database(file);
  const now = new Date().toISOString();
  db.exec(`INSERT INTO User (id, name, email, emailVerified, createdAt, updatedAt) VALUES
      ('u1', 'Anna Ägare', 'anna@kommun.example', 0, '${now}', '${now}'), ('u2', 'Bo Redigerare', 'bo@kommun.example', 0, '${now}', '${now}');
    INSERT INTO Organization (id, name, slug, createdAt) VALUES ('o1', 'Exempla kommun', 'exempla', '${now}');
    INSERT INTO Member (id, organizationId, userId, role, createdAt) VALUES ('m1', 'o1', 'u1', 'owner', '${now}'), ('m2', 'o1', 'u2', 'editor', '${now}');
    INSERT INTO Draft (id, createdById, organizationId, title, context, updatedAt) VALUES ('d1', 'u2', 'o1', 'Färdtjänst', '{}', '${now}'), ('d2', 'u1', NULL, 'Egen', '{}', '${now}');
    INSERT INTO Requirement (id, draftId, perspective, number, position, text, level, kravtyp, createdById, updatedAt) VALUES
      ('r1', 'd1', 'kundnytta', 1, 1, 'Tjänsten ska gå att använda med skärmläsare', 'ska', 'KF', 'u2', '${now}'),
      ('r2', 'd1', 'juridik', 1, 1, 'Personuppgifter ska behandlas inom EU/EES', 'ska', 'KQ', 'u1', '${now}');
    INSERT INTO DraftRevision (id, draftId, version, snapshot, createdById) VALUES ('v1', 'd1', 1, '{"title":"Färdtjänst"}', 'u2');
    INSERT INTO Export (id, draftId, draftVersion, status, bytes, createdById) VALUES ('e1', 'd1', 1, 'ready', x'255044462d312e34', 'u2');
    INSERT INTO AuditEvent (id, organizationId, actorId, action) VALUES ('a1', 'o1', 'u1', 'member_added');`);
  db.close();
}

const tables = ["User", "Organization", "Member", "Draft", "Requirement", "DraftRevision", "Export", "AuditEvent"];
function counts(file: string) {
  const db = new Database(file, { readonly: true });
  const result = Object.fromEntries(
    tables.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]),
  );
  db.close();
  return result;
}

describe("npm run db:backup", () => {
  it(
    "prints a checked copy's path last, with the same rows, and keeps the newest N",
    () => {
      const { file, env } = databaseAt(folders.length);
      fill(file);
      const first = run("db-backup.mjs", [], { ...env, KRAVLOTS_BACKUP_KEEP: "2" });
      expect(first.status, first.err).toBe(0);
      const copy = first.out.split("\n").at(-1)!;
      expect(copy).toMatch(/kravlots-\d{8}T\d{9}Z\.db$/);
      const db = new Database(copy, { readonly: true });
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      db.close();
      expect(counts(copy)).toEqual(counts(file));
      run("db-backup.mjs", [], { ...env, KRAVLOTS_BACKUP_KEEP: "2" });
      const last = run("db-backup.mjs", [], { ...env, KRAVLOTS_BACKUP_KEEP: "2" })
        .out.split("\n")
        .at(-1)!;
      const kept = readdirSync(env.KRAVLOTS_BACKUP_DIR);
      expect(kept).toHaveLength(2);
      expect(kept).toContain(path.basename(last));
      expect(kept).not.toContain(path.basename(copy));
    },
    slow,
  );
});

describe("npm run db:restore", () => {
  it(
    "puts a backup back, and refuses a damaged file or a running server without touching the database",
    async () => {
      const { dir, file, env } = databaseAt(folders.length);
      fill(file);
      const backup = run("db-backup.mjs", [], env).out.split("\n").at(-1)!;
      const db = new Database(file);
      db.exec("DELETE FROM Requirement; DELETE FROM DraftRevision;");
      db.close();

      const damaged = path.join(dir, "damaged.db");
      copyFileSync(backup, damaged);
      const bytes = readFileSync(damaged);
      bytes.fill(0x41, 4096, bytes.length);
      writeFileSync(damaged, bytes);
      const refused = run("db-restore.mjs", [damaged], env);
      expect(refused.status).toBe(1);
      expect(refused.err).toMatch(/integrity check|not a readable SQLite database|not a Kravlots database/);
      expect(counts(file).Requirement).toBe(0);

      const server = net.createServer().listen(Number(env.PORT), "127.0.0.1");
      await new Promise((resolve) => server.once("listening", resolve));
      const busy = run("db-restore.mjs", [backup], env);
      server.close();
      expect(busy.status).toBe(1);
      expect(busy.err).toContain("stop it first");
      expect(counts(file).Requirement).toBe(0);

      const restored = run("db-restore.mjs", [backup], env);
      expect(restored.status, restored.err).toBe(0);
      expect(counts(file)).toEqual(counts(backup));
      expect(counts(file).Requirement).toBe(2);
    },
    slow,
  );
});

describe("npm run db:migrate", () => {
  it(
    "backs up a database that holds data before applying pending migrations, and loses nothing",
    () => {
      const before = folders.length - 1;
      const { file, env } = databaseAt(before);
      fill(file);
      const rows = counts(file);
      const result = run("db-migrate.mjs", [], env);
      expect(result.status, result.err).toBe(0);
      expect(result.out).toMatch(/1 pending migration\(s\); the database was backed up first to .*kravlots-.*\.db/);
      expect(result.err).not.toContain("will NOT be used");
      expect(counts(file)).toEqual(rows);
      const db = new Database(file, { readonly: true });
      expect(db.pragma("foreign_key_check")).toEqual([]);
      expect(
        (
          db.prepare("SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL").get() as {
            n: number;
          }
        ).n,
      ).toBe(folders.length);
      db.close();
      expect(readdirSync(env.KRAVLOTS_BACKUP_DIR)).toHaveLength(1);
      // Nothing pending: no second backup.
      expect(run("db-migrate.mjs", [], env).out).not.toContain("backed up");
      expect(readdirSync(env.KRAVLOTS_BACKUP_DIR)).toHaveLength(1);
    },
    slow,
  );
});
