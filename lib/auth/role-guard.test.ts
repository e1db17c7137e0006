import { describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { db } from "@/lib/db";

// Runs the real auth instance against this file's SQLite database: the hooks
// must refuse what Better Auth itself would accept and store.
let counter = 0;
async function signedUp(name: string) {
  counter += 1;
  const email = `roll-${Date.now().toString(36)}-${counter}@kommun.example`;
  const response = await getAuth().api.signUpEmail({
    body: { name, email, password: "Lösenord-för-test-123" },
    asResponse: true,
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: user.id, email, headers: new Headers({ cookie }) };
}

async function orgWithReader() {
  const auth = getAuth();
  const owner = await signedUp("Ägare");
  const reader = await signedUp("Läsare");
  const org = await auth.api.createOrganization({
    body: { name: "Exempla kommun", slug: `exempla-${owner.id}` },
    headers: owner.headers,
  });
  const member = await auth.api.addMember({ body: { userId: reader.id, role: "reader", organizationId: org.id } });
  return { owner, reader, orgId: org.id, memberId: member.id };
}

// (Better Auth itself turns " owner" and ["reader"] into one of ours; those are stored correctly.)
const combined = [["owner", "reader"], "owner,reader", "reader, editor", "admin", "member"];

// The error code a refused call answered with ("" when it succeeded).
async function refusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "";
  } catch (error) {
    const body = (error as { body?: { code?: string } }).body;
    return body?.code ?? String(error);
  }
}

describe("organisation roles", () => {
  it("makes the creator exactly ägare and refuses combined or foreign roles on invitations", async () => {
    const { owner, orgId } = await orgWithReader();
    expect((await db.member.findFirstOrThrow({ where: { organizationId: orgId, userId: owner.id } })).role).toBe(
      "owner",
    );
    for (const role of combined) {
      const call = getAuth().api.createInvitation({
        body: { email: "ny@kommun.example", role: role as "owner", organizationId: orgId },
        headers: owner.headers,
      });
      expect(await refusal(call), JSON.stringify(role)).toBe("ROLE_NOT_ALLOWED");
    }
    expect(await db.invitation.count({ where: { organizationId: orgId } })).toBe(0);
    await getAuth().api.createInvitation({
      body: { email: "ny@kommun.example", role: "editor", organizationId: orgId },
      headers: owner.headers,
    });
    expect((await db.invitation.findFirstOrThrow({ where: { organizationId: orgId } })).role).toBe("editor");
  });

  it("refuses combined roles when adding a member or changing a role, and keeps the stored role", async () => {
    const { owner, reader, orgId, memberId } = await orgWithReader();
    const other = await signedUp("Annan");
    for (const role of combined) {
      const add = getAuth().api.addMember({ body: { userId: other.id, role: role as "owner", organizationId: orgId } });
      expect(await refusal(add), `add ${JSON.stringify(role)}`).toBe("ROLE_NOT_ALLOWED");
      const update = getAuth().api.updateMemberRole({
        body: { memberId, role: role, organizationId: orgId },
        headers: owner.headers,
      });
      expect(await refusal(update), `update ${JSON.stringify(role)}`).toBe("ROLE_NOT_ALLOWED");
    }
    expect(await db.member.count({ where: { organizationId: orgId, userId: other.id } })).toBe(0);
    expect((await db.member.findFirstOrThrow({ where: { id: memberId, userId: reader.id } })).role).toBe("reader");
    await getAuth().api.updateMemberRole({
      body: { memberId, role: "editor", organizationId: orgId },
      headers: owner.headers,
    });
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).role).toBe("editor");
  });

  it("does not delete an organisation through the library", async () => {
    const { owner, orgId } = await orgWithReader();
    await expect(
      getAuth().api.deleteOrganization({ body: { organizationId: orgId }, headers: owner.headers }),
    ).rejects.toThrow();
    expect(await db.organization.count({ where: { id: orgId } })).toBe(1);
  });
});
