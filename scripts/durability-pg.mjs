// PostgreSQL counterparts of durability-server.mjs's SQLite helpers, for
// `npm run test:durability:pg` (scripts/durability.mjs --postgres inside
// scripts/pg-test.mjs, fsync on). Drafts are seeded with the same columns
// Prisma writes; the check afterwards is amcheck over every B-tree index.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migratePostgres } from "./pg-migrate.mjs";

async function withClient(url, run) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

// A new database in the cluster of KRAVLOTS_PG_URL, migrated by the real runner.
export async function freshPostgres(adminUrl) {
  const name = `durability_${randomBytes(4).toString("hex")}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  await migratePostgres(url, { log: () => {} });
  return url;
}

export function seedDraftsPostgres(url, email, count) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(`SELECT id FROM "User" WHERE email = $1`, [email]);
    const ids = Array.from({ length: count }, () => `c${randomBytes(12).toString("hex")}`);
    await client.query(
      `INSERT INTO "Draft" (id, "createdById", title, context, status, version, answers, "completedSteps", "createdAt", "updatedAt")
       SELECT unnest($1::text[]), $2, '', '{}', 'draft', 1, '{}', '[]', now(), now()`,
      [ids, rows[0].id],
    );
    return ids;
  });
}

// "ok" when amcheck finds every B-tree index consistent with its table.
export function checkPostgres(url) {
  return withClient(url, async (client) => {
    await client.query("CREATE EXTENSION IF NOT EXISTS amcheck");
    const { rows } = await client.query(`SELECT c.relname FROM pg_index i
      JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE am.amname = 'btree' AND n.nspname = 'public'`);
    for (const { relname } of rows) await client.query(`SELECT bt_index_check($1::regclass, true)`, [`"${relname}"`]);
    const revisions = await client.query(`SELECT count(*)::int AS n FROM "DraftRevision"`);
    return { integrity: "ok", revisions: revisions.rows[0].n };
  }).catch((error) => ({ integrity: String(error.message), revisions: 0 }));
}
