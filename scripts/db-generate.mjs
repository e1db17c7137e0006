// npm run db:generate — `prisma generate` for both engines' clients
// (lib/generated/prisma for SQLite, lib/generated/postgres for PostgreSQL;
// lib/db.ts picks one at run time), each skipped when it was generated from
// this very schema by this Prisma version (a restart need not spend seconds
// regenerating it).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { prisma } from "./prisma-quiet.mjs";

const clients = [
  { schema: "prisma/schema.prisma", out: "lib/generated/prisma", args: ["generate"] },
  {
    schema: "prisma/postgres/schema.prisma",
    out: "lib/generated/postgres",
    // Its own config: with the SQLite adapter the CLI would try to download a query engine.
    args: ["generate", "--config", "prisma/postgres/prisma.config.ts"],
  },
];

for (const { schema, out, args } of clients) {
  const stampFile = `${out}/.kravlots-schema-hash`;
  const hash = createHash("sha256")
    .update(readFileSync(schema))
    .update(readFileSync("node_modules/prisma/package.json"))
    .digest("hex");
  if (existsSync(`${out}/client.ts`) && existsSync(stampFile) && readFileSync(stampFile, "utf8").trim() === hash) {
    console.log(`db:generate: the Prisma client in ${out} is up to date with ${schema}`);
    continue;
  }
  try {
    prisma(args);
  } catch {
    process.exit(1);
  }
  writeFileSync(stampFile, `${hash}\n`);
}
