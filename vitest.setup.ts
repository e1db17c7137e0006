import { createTempDatabase, createTempPostgresDatabase } from "@/lib/testing/temp-db";

// Each test file gets its own real database before any module opens lib/db:
// SQLite by default, PostgreSQL under npm run test:unit:pg.
const pgAdminUrl = process.env.KRAVLOTS_TEST_ENGINE === "postgres" ? process.env.KRAVLOTS_PG_URL : undefined;
if (process.env.KRAVLOTS_TEST_ENGINE === "postgres" && !pgAdminUrl)
  throw new Error("KRAVLOTS_TEST_ENGINE=postgres needs KRAVLOTS_PG_URL: run through scripts/pg-test.mjs");
process.env.DATABASE_URL = pgAdminUrl ? await createTempPostgresDatabase(pgAdminUrl) : createTempDatabase();
