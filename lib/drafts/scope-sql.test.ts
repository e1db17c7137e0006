import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { directSql } from "@/lib/db-direct";
import { accessibleBySql, draftWhere } from "@/lib/drafts/scope";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";
import type { DraftPermission } from "@/lib/orgs/roles";

// accessibleBySql is the access rule written a second time, as SQL, for the
// autosave's single statement. This test is what keeps it the same rule: on a
// world with every combination of space, role, organisation policy, two-factor
// state and live or expired password sign-in, both forms must let exactly the
// same users at exactly the same drafts for every permission. It runs on
// SQLite and, in npm run test:unit:pg, on PostgreSQL, through Prisma and
// through the driver the autosave uses (lib/db-direct.ts).
const hour = 3_600_000;
const roles = ["reader", "editor", "owner"] as const;
const policies = [
  { requireTwoFactor: false, requireSso: false },
  { requireTwoFactor: true, requireSso: false },
  { requireTwoFactor: false, requireSso: true },
  { requireTwoFactor: true, requireSso: true },
];

async function world() {
  const users: string[] = [];
  for (const twoFactorEnabled of [true, false, null]) {
    for (const session of ["none", "live", "expired", "sso"] as const) {
      const user = await createTestUser(`${twoFactorEnabled}-${session}`);
      await db.user.update({ where: { id: user.id }, data: { twoFactorEnabled } });
      if (session !== "none")
        await db.session.create({
          data: {
            id: randomUUID(),
            token: randomUUID(),
            userId: user.id,
            signInMethod: session === "sso" ? "sso" : "password",
            expiresAt: new Date(Date.now() + (session === "expired" ? -hour : hour)),
            createdAt: new Date(),
            updatedAt: new Date(),
          },
        });
      users.push(user.id);
    }
  }
  const outsider = (await createTestUser("utanför")).id;
  const drafts: string[] = [];
  const draft = (createdById: string, organizationId: string | null, deletedAt: Date | null = null) =>
    db.draft.create({
      data: { createdById, organizationId, deletedAt, title: "x", context: {} },
      select: { id: true },
    });
  for (const policy of policies) {
    for (const role of roles) {
      const org = await createTestOrg(`${role}`, [
        ...users.map((userId) => ({ userId, role })),
        { userId: outsider, role: "owner" as const },
      ]);
      await db.organization.update({ where: { id: org.id }, data: policy });
      drafts.push((await draft(outsider, org.id)).id);
    }
  }
  drafts.push((await draft(users[0]!, null)).id, (await draft(outsider, null)).id);
  drafts.push((await draft(users[0]!, null, new Date())).id);
  return { users: [...users, outsider], drafts };
}

describe("the access rule as SQL", () => {
  it("agrees with the Prisma where clause for every user, draft and permission", async () => {
    const { users, drafts } = await world();
    const now = new Date();
    let granted = 0;
    let checked = 0;
    for (const userId of users) {
      for (const draftId of drafts) {
        for (const permission of ["read", "edit", "manage"] as DraftPermission[]) {
          const viaPrisma = await db.draft.count({ where: draftWhere(userId, draftId, permission) });
          const query = Prisma.sql`
            SELECT COUNT(*) AS n FROM "Draft" AS d
            WHERE d."id" = ${draftId} AND d."deletedAt" IS NULL AND ${accessibleBySql(userId, permission, now)}`;
          const [row] = await db.$queryRaw<{ n: bigint | number }[]>(query);
          expect(Number(row!.n), `${userId} ${draftId} ${permission}`).toBe(viaPrisma);
          // The autosave runs it through the driver (lib/db-direct.ts), which
          // converts the values itself: dates must compare as Prisma's do.
          const direct = await directSql().rows<{ n: bigint | number | string }>(query);
          expect(Number(direct![0]!.n), `direct: ${userId} ${draftId} ${permission}`).toBe(viaPrisma);
          granted += viaPrisma;
          checked += 1;
        }
      }
    }
    // Both outcomes occur often enough for the comparison to mean something.
    expect(checked).toBe(13 * 15 * 3);
    expect(granted).toBeGreaterThan(100);
    expect(checked - granted).toBeGreaterThan(100);
  });
});
