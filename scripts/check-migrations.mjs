// Compares the database the committed migrations build with the one the
// Prisma schema describes (tables, columns, indexes), so a merge that drops a
// column or forgets a migration fails. Prisma's own drift check needs a shadow
// database, which its WebAssembly engine cannot create here.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const dir = mkdtempSync(path.join(tmpdir(), "kravlots-migrations-"));
const fromMigrations = new Database(path.join(dir, "migrations.db"));
const folders = readdirSync("prisma/migrations", { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
for (const folder of folders)
  fromMigrations.exec(readFileSync(path.join("prisma/migrations", folder, "migration.sql"), "utf8"));

const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  },
).replace(/DEFAULT (\[\]|\{\})/g, "DEFAULT '$1'");
const fromSchema = new Database(path.join(dir, "schema.db"));
fromSchema.exec(sql);

// A virtual table (the dashboard's FTS5 search index) and the tables named
// after it ("<name>_*": FTS5's own storage and the migration's key table)
// exist only in migrations: Prisma's schema cannot describe them.
function searchOnly(db) {
  const virtual = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    .all()
    .map((row) => row.name);
  return (name) => virtual.some((v) => name === v || name.startsWith(`${v}_`));
}

function describe(db) {
  const skip = searchOnly(db);
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' ORDER BY name",
    )
    .all()
    .filter(({ name }) => !skip(name));
  return tables.map(({ name }) => ({
    table: name,
    columns: db
      .prepare(`PRAGMA table_info("${name}")`)
      .all()
      .map((c) => `${c.name} ${c.type} ${c.notnull ? "NOT NULL" : ""} ${c.dflt_value ?? ""} ${c.pk ? "PK" : ""}`)
      .sort(),
    indexes: db
      .prepare(`PRAGMA index_list("${name}")`)
      .all()
      .filter((i) => i.origin === "c")
      .map((i) => `${i.name} ${i.unique ? "UNIQUE" : ""}`)
      .sort(),
    foreignKeys: db
      .prepare(`PRAGMA foreign_key_list("${name}")`)
      .all()
      .map((f) => `${f.from}->${f.table}.${f.to} ${f.on_delete}`)
      .sort(),
  }));
}

const a = JSON.stringify(describe(fromMigrations), null, 1);
const b = JSON.stringify(describe(fromSchema), null, 1);
if (a !== b) {
  const la = a.split("\n"),
    lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++)
    if (la[i] !== lb[i]) console.error(`migrations: ${la[i]}\nschema:     ${lb[i]}`);
  console.error("The committed migrations do not build the database prisma/schema.prisma describes.");
  process.exit(1);
}
console.log(`Migrations match the schema (${folders.length} migrations).`);
