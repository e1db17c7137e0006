import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDashboardPage } from "@/lib/dashboard/data";
import { dashboardHref, parseDashboardQuery } from "@/lib/dashboard/schema";
import { readableDraftsWhere } from "@/lib/dashboard/scope";
import { visibleDraftsWhere } from "@/lib/drafts/scope";
import { trashDraft } from "@/lib/trash/mutations";
import { createDraft, saveStartStep } from "@/lib/drafts/mutations";
import { setStepCompleted } from "@/lib/answers/mutations";
import { createRequirement } from "@/lib/requirements/mutations";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";
import { sampleStart } from "@/lib/testing/sample-start";

const query = (raw: Record<string, string> = {}) => parseDashboardQuery(raw);
const titles = async (userId: string, raw: Record<string, string> = {}) =>
  (await getDashboardPage(userId, query(raw))).rows.map((row) => row.title);

async function titled(userId: string, title: string, org: string | null = null) {
  const { id } = await createDraft(userId, org);
  const saved = await saveStartStep(userId, id, 1, { ...sampleStart, title });
  if (!saved.ok) throw new Error("save failed");
  return id;
}

describe("dashboard (real SQLite)", () => {
  it("searches, filters, sorts and pages within the caller's scope only", async () => {
    const me = await createTestUser("Maja Ägare");
    const other = await createTestUser("Utomstående");
    const org = await createTestOrg("Exempla kommun", [{ userId: me.id, role: "owner" }]);
    const a = await titled(me.id, "Bygglov e-tjänst");
    const b = await titled(me.id, "Arkivsystem", org.id);
    await titled(other.id, "Bygglov hos någon annan");
    await createRequirement(me.id, b, "juridik", {
      text: "Leverantören ska följa arkivlagen vid gallring.",
      level: "ska",
      kravtyp: "KF",
      motiv: "",
      verifikat: "Intyg.",
      uppfoljning: "",
    });
    const done = await setStepCompleted(me.id, b, 3, "juridik", true);
    expect(done.ok).toBe(true);

    expect(await titles(me.id, { sort: "title" })).toEqual(["Arkivsystem", "Bygglov e-tjänst"]);
    expect(await titles(me.id, { q: "Bygglov" })).toEqual(["Bygglov e-tjänst"]);
    // Requirement text is searched as well as the title.
    expect(await titles(me.id, { q: "arkivlagen" })).toEqual(["Arkivsystem"]);
    expect(await titles(me.id, { space: "personal" })).toEqual(["Bygglov e-tjänst"]);
    expect(await titles(me.id, { space: org.id })).toEqual(["Arkivsystem"]);
    expect(await titles(me.id, { status: "ready" })).toEqual([]);
    // Juridik has a requirement and is marked Klar in b: no gap there.
    expect(await titles(me.id, { gap: "juridik" })).toEqual(["Bygglov e-tjänst"]);
    expect((await titles(me.id, { gap: "kundnytta", sort: "title" })).length).toBe(2);

    const [row] = (await getDashboardPage(me.id, query({ q: "arkivlagen" }))).rows;
    expect(row).toMatchObject({
      id: b,
      space: { id: org.id, name: "Exempla kommun", role: "owner" },
      requirementCounts: { kundnytta: 0, juridik: 1, arbetsmiljo: 0, organisation: 0 },
      gaps: ["kundnytta", "arbetsmiljo", "organisation"],
      lastExport: null,
      lastChangedBy: "Maja Ägare",
    });
    // Start complete and Juridik marked Klar; Granska has warnings (three empty perspectives).
    expect(row!.warnings).toBeGreaterThanOrEqual(3);
    expect(row!.sectionsDone).toBe(2);
    expect((await getDashboardPage(me.id, query({ q: "Bygglov" }))).rows[0]!.id).toBe(a);
  });

  it("pages by 25 and shows the last page for a page past the end", async () => {
    const me = await createTestUser();
    const ids: string[] = [];
    for (let i = 0; i < 27; i += 1) ids.push((await createDraft(me.id)).id);
    const first = await getDashboardPage(me.id, query());
    expect(first).toMatchObject({ total: 27, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(25);
    // A search pages the same way (it counts in one pass).
    expect(await getDashboardPage(me.id, query({ q: "Senast", page: "3" }))).toMatchObject({ total: 0, page: 1 });
    const beyond = await getDashboardPage(me.id, query({ page: "9" }));
    expect(beyond.page).toBe(2);
    expect(beyond.rows).toHaveLength(2);
    const seen = new Set([...first.rows, ...beyond.rows].map((row) => row.id));
    expect(seen.size).toBe(27);
    await db.draft.update({ where: { id: ids[0]! }, data: { title: "Senast ändrad" } });
    expect((await getDashboardPage(me.id, query())).rows[0]!.title).toBe("Senast ändrad");
    const found = await getDashboardPage(me.id, query({ q: "Senast", page: "2" }));
    expect(found).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    expect(found.rows.map((row) => row.id)).toEqual([ids[0]]);
  });

  it("sees exactly the drafts visibleDraftsWhere grants, for every role", async () => {
    const owner = await createTestUser();
    const reader = await createTestUser();
    const outsider = await createTestUser();
    const org = await createTestOrg("Delad kommun", [
      { userId: owner.id, role: "owner" },
      { userId: reader.id, role: "reader" },
    ]);
    const shared = await createDraft(owner.id, org.id);
    await createDraft(owner.id);
    await createDraft(outsider.id);
    const trashed = await createDraft(owner.id, org.id);
    expect((await trashDraft(owner.id, trashed.id)).ok).toBe(true);
    for (const user of [owner, reader, outsider]) {
      const orgIds = user === outsider ? [] : [org.id];
      const ids = async (where: object) =>
        (await db.draft.findMany({ where, select: { id: true }, orderBy: { id: "asc" } })).map((d) => d.id);
      expect(await ids(readableDraftsWhere(user.id, orgIds))).toEqual(await ids(visibleDraftsWhere(user.id)));
    }
    const readerSees = (await getDashboardPage(reader.id, query())).rows;
    expect(readerSees.map((row) => row.id)).toEqual([shared.id]);
    expect(readerSees[0]!.space?.role).toBe("reader");
  });

  it("reads any URL without failing and writes short links", () => {
    const parsed = parseDashboardQuery({ sort: "bogus", page: "-4", status: ["ready", "draft"], space: "../x" });
    expect(parsed).toEqual({ q: "", space: "all", status: "ready", gap: "all", sort: "changed", page: 1 });
    expect(dashboardHref(parsed, { page: 3 })).toBe("/drafts?status=ready&page=3");
    expect(dashboardHref(query())).toBe("/drafts");
  });
});
