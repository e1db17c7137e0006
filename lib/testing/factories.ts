import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

// Test data straight through Prisma into the test's own SQLite file.
export async function createTestUser(name = "Test Användare"): Promise<{ id: string; name: string }> {
  const id = randomUUID();
  return db.user.create({
    data: { id, name, email: `${id}@kommun.example`, emailVerified: false },
    select: { id: true, name: true },
  });
}
