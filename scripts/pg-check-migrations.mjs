// The PostgreSQL half of npm run db:check (run inside scripts/pg-test.mjs,
// which provides KRAVLOTS_PG_URL): builds one database from
// prisma/postgres/migrations (through the real runner) and one from the
// generated prisma/postgres/schema.prisma (Prisma's `migrate diff
// --from-empty`), and compares their tables, columns, indexes and foreign
// keys. A PostgreSQL migration that is missing or differs from the schema
// fails here. Prisma's own drift check cannot introspect through the pg
// adapter (../shared/guide/environment.md).
import pg from "pg";
import { diffSchemas } from "./pg-migration.mjs";
import { migratePostgres, migrationFolders } from "./pg-migrate.mjs";
import { pgSchemaFile } from "./pg-schema.mjs";

const admin = process.env.KRAVLOTS_PG_URL;
if (!admin) {
  console.error("pg-check-migrations: run me through node scripts/pg-test.mjs run -- …");
  process.exit(2);
}
const urlOf = (name) => admin.replace(/\/[^/]*$/, `/${name}`);

async function withClient(url, run) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

// Trigram indexes (the dashboard search) exist only in migrations: Prisma's
// schema cannot describe them.
const searchOnly = (name) => name.endsWith("_trgm_idx");

async function describe(url) {
  return withClient(url, async (client) => {
    const q = async (sql) => (await client.query(sql)).rows.map((row) => Object.values(row).join(" "));
    return {
      columns: await q(`SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, '')
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY 1, 2`),
      indexes: (
        await q(`SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`)
      ).filter((row) => !searchOnly(row.split(" ")[1])),
      constraints: await q(`SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`),
    };
  });
}

await withClient(admin, async (client) => {
  await client.query("DROP DATABASE IF EXISTS check_migrations");
  await client.query("DROP DATABASE IF EXISTS check_schema");
  await client.query("CREATE DATABASE check_migrations");
  await client.query("CREATE DATABASE check_schema");
});
await migratePostgres(urlOf("check_migrations"), { log: () => {} });
const sql = diffSchemas(null, pgSchemaFile);
await withClient(urlOf("check_schema"), (client) => client.query(sql));

const a = await describe(urlOf("check_migrations"));
const b = await describe(urlOf("check_schema"));
let differences = 0;
for (const key of Object.keys(a)) {
  const onlyA = a[key].filter((row) => !b[key].includes(row));
  const onlyB = b[key].filter((row) => !a[key].includes(row));
  for (const row of onlyA) console.error(`only in migrations: ${key}: ${row}`);
  for (const row of onlyB) console.error(`only in schema:     ${key}: ${row}`);
  differences += onlyA.length + onlyB.length;
}
if (differences > 0) {
  console.error(
    "The PostgreSQL migrations do not build the database prisma/postgres/schema.prisma describes: run npm run db:pg-migration -- <name>",
  );
  process.exit(1);
}
console.log(`PostgreSQL migrations match the schema (${migrationFolders().length} migrations).`);
