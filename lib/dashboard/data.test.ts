import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseEngine } from "@/lib/env";
import { getDashboardPage } from "@/lib/dashboard/data";
import { dashboardHref, parseDashboardQuery } from "@/lib/dashboard/schema";
import { dashboardOrderBy, dashboardWhere, readableDraftsWhere } from "@/lib/dashboard/scope";
import { visibleDraftsWhere } from "@/lib/drafts/scope";
import { trashDraft } from "@/lib/trash/mutations";
import { createDraft, saveStartStep } from "@/lib/drafts/mutations";
import { setStepCompleted } from "@/lib/answers/mutations";
import { createRequirement, deleteRequirement, updateRequirement } from "@/lib/requirements/mutations";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";
import { perspectives } from "@/lib/vocabulary";
import { sampleStart } from "@/lib/testing/sample-start";

const query = (raw: Record<string, string> = {}) => parseDashboardQuery(raw);
const text = (t: string) =>
  ({ text: t, level: "ska", kravtyp: "KF", motiv: "", verifikat: "", uppfoljning: "" }) as const;
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
    // Written in Juridik but not marked Klar: still a gap there.
    const c = await titled(me.id, "Skolmat", org.id);
    expect((await createRequirement(me.id, c, "juridik", text("Leverantören ska följa livsmedelslagen."))).ok).toBe(
      true,
    );

    expect(await titles(me.id, { sort: "title" })).toEqual(["Arkivsystem", "Bygglov e-tjänst", "Skolmat"]);
    expect(await titles(me.id, { q: "Bygglov" })).toEqual(["Bygglov e-tjänst"]);
    // Requirement text is searched as well as the title.
    expect(await titles(me.id, { q: "arkivlagen" })).toEqual(["Arkivsystem"]);
    expect(await titles(me.id, { space: "personal" })).toEqual(["Bygglov e-tjänst"]);
    expect(await titles(me.id, { space: org.id, sort: "title" })).toEqual(["Arkivsystem", "Skolmat"]);
    expect(await titles(me.id, { status: "ready" })).toEqual([]);
    // Juridik has a requirement and is marked Klar in b: no gap there. a has
    // nothing written, c is not marked Klar.
    expect(await titles(me.id, { gap: "juridik", sort: "title" })).toEqual(["Bygglov e-tjänst", "Skolmat"]);
    expect((await titles(me.id, { gap: "kundnytta", sort: "title" })).length).toBe(3);
    // Marked Klar with nothing written is a gap as well.
    expect((await setStepCompleted(me.id, a, 2, "kundnytta", true)).ok).toBe(true);
    expect(await titles(me.id, { gap: "kundnytta", sort: "title" })).toEqual([
      "Arkivsystem",
      "Bygglov e-tjänst",
      "Skolmat",
    ]);

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

  it("searches through the trigram index: Swedish letters in any case, kept in step with every write", async () => {
    const me = await createTestUser();
    const a = await titled(me.id, "Ärendehantering Östersund");
    const b = await titled(me.id, "Skolplattform");
    const requirement = {
      text: "Systemet ska logga ÅTKOMST till journaler.",
      level: "ska",
      kravtyp: "KF",
      motiv: "",
      verifikat: "",
      uppfoljning: "",
    } as const;
    const created = await createRequirement(me.id, b, "juridik", requirement);
    if (!created.ok) throw new Error("create failed");
    const requirementId = created.data.id;

    expect(await titles(me.id, { q: "ärende" })).toEqual(["Ärendehantering Östersund"]);
    expect(await titles(me.id, { q: "ÖSTERSUND" })).toEqual(["Ärendehantering Östersund"]);
    expect(await titles(me.id, { q: "åtkomst" })).toEqual(["Skolplattform"]);
    // Diacritics are kept: "a" is not "å".
    expect(await titles(me.id, { q: "atkomst" })).toEqual([]);
    // FTS5's query syntax is taken literally.
    expect(await titles(me.id, { q: 'ska "logga' })).toEqual([]);
    expect(await titles(me.id, { q: "AND OR *" })).toEqual([]);
    // So are LIKE's wildcards (the PostgreSQL search uses ILIKE).
    expect(await titles(me.id, { q: "%%%" })).toEqual([]);
    expect(await titles(me.id, { q: "___" })).toEqual([]);
    // No match across two texts of one draft (they are indexed as one document).
    expect(await titles(me.id, { q: "plattformSystemet" })).toEqual([]);
    // Shorter than a trigram: the LIKE fallback still finds it.
    expect(await titles(me.id, { q: "Sk" })).toEqual(["Skolplattform"]);

    // A changed title, a changed and a deleted requirement, a trashed and a deleted draft.
    const renamed = await saveStartStep(me.id, a, 2, { ...sampleStart, title: "Bygglovshandläggning" });
    expect(renamed.ok).toBe(true);
    expect(await titles(me.id, { q: "ärende" })).toEqual([]);
    expect(await titles(me.id, { q: "bygglovsHANDL" })).toEqual(["Bygglovshandläggning"]);
    const updated = await updateRequirement(me.id, b, requirementId, {
      ...requirement,
      text: "Loggar sparas i tio år.",
    });
    expect(updated.ok).toBe(true);
    expect(await titles(me.id, { q: "åtkomst" })).toEqual([]);
    expect(await titles(me.id, { q: "TIO ÅR" })).toEqual(["Skolplattform"]);
    expect((await deleteRequirement(me.id, b, requirementId)).ok).toBe(true);
    expect(await titles(me.id, { q: "tio år" })).toEqual([]);
    expect((await trashDraft(me.id, a)).ok).toBe(true);
    expect(await titles(me.id, { q: "bygglov" })).toEqual([]);
    await db.draft.delete({ where: { id: b } });
    // SQLite's FTS5 key table is kept by triggers; PostgreSQL's trigram
    // indexes are ordinary indexes with nothing left to check.
    if (databaseEngine() === "sqlite") {
      const left = await db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM "DraftSearch_key" WHERE "draftId" = ${b}`;
      expect(Number(left[0]!.n)).toBe(0);
    }
  });

  it("finds through the index exactly what the LIKE scan finds, for every filter and sort", async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const org = await createTestOrg("Sökkommun", [
      { userId: me.id, role: "reader" },
      { userId: other.id, role: "owner" },
    ]);
    const foreign = await createTestOrg("Annan kommun", [{ userId: other.id, role: "owner" }]);
    const drafts = [
      await titled(me.id, "Upphandling av arkiv"),
      await titled(me.id, "Skolskjuts"),
      await titled(other.id, "Upphandling i organisationen", org.id),
      await titled(other.id, "Trygghetslarm", org.id),
      await titled(other.id, "Upphandling hos annan", foreign.id),
      await titled(other.id, "Upphandling, personligt"),
    ];
    for (const [i, id] of drafts.entries()) {
      const owner = i < 2 ? me.id : other.id;
      if (i % 2 === 1)
        expect((await createRequirement(owner, id, "juridik", text("Följ upphandlingslagen."))).ok).toBe(true);
      if (i % 3 === 0)
        expect((await createRequirement(owner, id, "kundnytta", text("Enkel att använda."))).ok).toBe(true);
      if (i % 3 === 1) expect((await setStepCompleted(owner, id, 2 + (i % 2), "juridik", true)).ok).toBe(true);
    }
    // The gap filter's Klar half: written in both perspectives, marked Klar
    // in one of them (f), or in none (g).
    const f = await titled(me.id, "Upphandling, juridik klar");
    const g = await titled(other.id, "Upphandling, inget klart", org.id);
    for (const [owner, id] of [
      [me.id, f],
      [other.id, g],
    ] as const) {
      for (const p of ["juridik", "kundnytta"] as const)
        expect((await createRequirement(owner, id, p, text("Följ upphandlingslagen."))).ok).toBe(true);
    }
    expect((await setStepCompleted(me.id, f, 4, "juridik", true)).ok).toBe(true);
    // Skolskjuts (written and Klar) and f are left out; Trygghetslarm and g
    // only through the Klar half (written in Juridik, not marked Klar).
    expect(await titles(me.id, { q: "upphandl", gap: "juridik", sort: "title" })).toEqual([
      "Trygghetslarm",
      "Upphandling av arkiv",
      "Upphandling i organisationen",
      "Upphandling, inget klart",
    ]);
    expect(await titles(me.id, { q: "upphandl", gap: "kundnytta" })).toContain("Upphandling, juridik klar");
    await db.draft.update({ where: { id: drafts[2]! }, data: { status: "ready" } });
    const readable = [org.id];
    let compared = 0;
    const sorts = ["changed", "title", "created"];
    for (const space of ["all", "personal", org.id, foreign.id])
      for (const status of ["all", "draft", "ready"])
        for (const gap of ["all", ...perspectives])
          // Each sort with every filter value, without the full product.
          for (const sort of [sorts[(space.length + status.length + gap.length) % 3]!, "title"]) {
            const raw = { q: "upphandl", space, status, gap, sort };
            const indexed = (await getDashboardPage(me.id, query(raw))).rows.map((row) => row.id);
            const q = query(raw);
            const like = await db.draft.findMany({
              where: dashboardWhere(me.id, readable, q),
              orderBy: dashboardOrderBy(q.sort),
              select: { id: true },
            });
            expect(indexed, JSON.stringify(raw)).toEqual(like.map((row) => row.id));
            compared += indexed.length;
          }
    // The combinations are not all empty: the comparison saw real matches.
    expect(compared).toBeGreaterThan(50);
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
