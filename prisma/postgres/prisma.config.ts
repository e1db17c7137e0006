import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The PostgreSQL twin of ../../prisma.config.ts, for `prisma generate` and
// `prisma migrate diff` on prisma/postgres/schema.prisma (with the SQLite
// adapter the CLI falls back to downloading a query engine). Prisma's migrate
// commands cannot apply migrations through the pg adapter here; that is
// scripts/pg-migrate.mjs's job.
process.env.DATABASE_URL ??= "postgresql://localhost/kravlots";
const connectionString = process.env.DATABASE_URL;

// Paths are relative to this file.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  adapter: () => Promise.resolve(new PrismaPg({ connectionString })),
});
