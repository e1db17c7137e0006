import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditForOrg } from "@/lib/audit/data";
import { recordAudit, recordDraftAudit } from "@/lib/audit/mutations";
import { createDraft } from "@/lib/drafts/mutations";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";

describe("audit log (real SQLite)", () => {
  it("files events under the organisation and shows an ägare its members' sign-ins, not outsiders'", async () => {
    const owner = await createTestUser("Ägare");
    const outsider = await createTestUser("Utomstående");
    const org = await createTestOrg("Exempla kommun", [{ userId: owner.id, role: "owner" }]);
    const draft = await createDraft(owner.id, org.id);
    await recordDraftAudit("export", owner.id, draft.id, { version: 2 });
    await recordAudit({
      action: "role_changed",
      actorId: owner.id,
      organizationId: org.id,
      details: { from: "reader", to: "editor" },
    });
    await recordAudit({ action: "sign_in", actorId: owner.id });
    await recordAudit({ action: "sign_in", actorId: outsider.id });

    const rows = await listAuditForOrg(org.id);
    expect(rows.map((row) => row.action).sort()).toEqual(["export", "role_changed", "sign_in"]);
    expect(rows.find((row) => row.action === "export")).toMatchObject({
      targetId: draft.id,
      details: { version: 2 },
      actorName: "Ägare",
    });
    expect(await listAuditForOrg("another-org")).toEqual([]);
  });

  it("never fails the caller's action when the insert fails", async () => {
    await expect(recordAudit({ action: "sign_in", actorId: "no-such-user" })).resolves.toBeUndefined();
    expect(await db.auditEvent.count({ where: { actorId: "no-such-user" } })).toBe(0);
  });
});
