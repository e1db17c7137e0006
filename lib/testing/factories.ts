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

// An organisation with members, as the Better Auth organization plugin stores it.
export async function createTestOrg(
  name: string,
  members: { userId: string; role: "owner" | "editor" | "reader" }[],
): Promise<{ id: string; memberIds: Record<string, string> }> {
  const id = randomUUID();
  await db.organization.create({ data: { id, name, slug: `${id}`, createdAt: new Date() } });
  const memberIds: Record<string, string> = {};
  for (const member of members) {
    const memberId = randomUUID();
    await db.member.create({
      data: { id: memberId, organizationId: id, userId: member.userId, role: member.role, createdAt: new Date() },
    });
    memberIds[member.userId] = memberId;
  }
  return { id, memberIds };
}
