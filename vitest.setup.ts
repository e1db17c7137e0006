import { createTempDatabase } from "@/lib/testing/temp-db";

// Each test file gets its own real database before any module opens lib/db.
process.env.DATABASE_URL = createTempDatabase();
