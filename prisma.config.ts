import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

// The CLI does not read .env files when a config file exists; pick up the same
// local overrides that `next start` reads so both talk to one database.
for (const file of [".env.local", ".env"]) {
  if (existsSync(file)) process.loadEnvFile(file);
}

// Without DATABASE_URL the CLI falls back to downloading a native query engine,
// which these machines cannot reach.
// This config is the SQLite engine's; with a postgresql:// URL (the app on
// PostgreSQL) the CLI is only used here to generate the SQLite client and to
// diff schema files, so it gets the default file instead
// (prisma/postgres/prisma.config.ts is PostgreSQL's).
if (!process.env.DATABASE_URL?.startsWith("file:")) process.env.DATABASE_URL = "file:./data/kravlots.db";
const url = process.env.DATABASE_URL;
const filePath = url.replace(/^file:/, "");
mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });

// Prisma 6.19's WebAssembly schema engine ("js") runs migrations through the
// driver adapter, so no native schema engine is downloaded. Keep all migration
// commands behind the npm db:* scripts: this mode is gone in Prisma 7.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: () => Promise.resolve(new PrismaBetterSQLite3({ url })),
});
