import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { sampleStart } from "@/lib/testing/sample-start";

// Seeds the dashboard benchmark's database straight through better-sqlite3
// (10,000 drafts through Prisma would take minutes). A realistic mix for one
// procurer in a large municipality: personal drafts, three organisations with
// different roles, and other people's drafts the scope must leave out.
// Dates in Prisma's stored SQLite format.
const stamp = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const id = () => `c${randomBytes(12).toString("hex")}`;

const subjects = [
  "Arkivsystem",
  "E-tjänst för bygglov",
  "Verksamhetssystem för socialtjänsten",
  "Trygghetslarm",
  "Skolplattform",
  "Ekonomisystem",
  "Ärendehantering",
  "Molntjänst för e-post",
  "Digital signering",
  "Bokningssystem för lokaler",
];
const places = ["Östersund", "Åre", "Växjö", "Kiruna", "Lund", "Umeå", "Gävle", "Borås"];
const texts = [
  "Leverantören ska följa arkivlagen vid gallring av handlingar.",
  "Tjänsten ska uppfylla WCAG 2.1 nivå AA.",
  "Personuppgifter ska behandlas inom EU/EES.",
  "Systemet bör erbjuda inloggning med e-legitimation.",
  "Handläggare ska kunna se ärendets historik.",
  "Leverantören ska tillhandahålla utbildning för personal.",
];
const perspectives = ["kundnytta", "juridik", "arbetsmiljo", "organisation"] as const;

export type Seeded = { userId: string; orgIds: string[]; drafts: number; requirements: number };

export function seedDashboard(file: string, total: number): Seeded {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  let random = 42;
  // Deterministic, so two runs measure the same data.
  const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const now = Date.now();
  const userIds = Array.from({ length: 40 }, id);
  const orgIds = Array.from({ length: 8 }, id);
  let requirements = 0;
  sqlite.transaction(() => {
    const user = sqlite.prepare(`INSERT INTO "User" (id, name, email, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)`);
    userIds.forEach((u, i) => user.run(u, `Användare ${i}`, `anvandare-${i}@kommun.example`, stamp(now), stamp(now)));
    const org = sqlite.prepare(`INSERT INTO "Organization" (id, name, slug, createdAt) VALUES (?, ?, ?, ?)`);
    orgIds.forEach((o, i) => org.run(o, `Kommun ${i}`, `kommun-${i}`, stamp(now)));
    const member = sqlite.prepare(
      `INSERT INTO "Member" (id, organizationId, userId, role, createdAt) VALUES (?, ?, ?, ?, ?)`,
    );
    // The measured user: ägare, redigerare and läsare in three organisations.
    (["owner", "editor", "reader"] as const).forEach((role, i) =>
      member.run(id(), orgIds[i], userIds[0], role, stamp(now)),
    );
    userIds
      .slice(1)
      .forEach((u, i) =>
        member.run(id(), orgIds[i % orgIds.length], u, pick(["owner", "editor", "reader"]), stamp(now)),
      );
    const draft = sqlite.prepare(
      `INSERT INTO "Draft" (id, createdById, organizationId, title, context, status, completedSteps, isTemplate, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const requirement = sqlite.prepare(
      `INSERT INTO "Requirement" (id, draftId, perspective, number, position, text, level, kravtyp, verifikat, createdById, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const exportRow = sqlite.prepare(
      `INSERT INTO "Export" (id, draftId, draftVersion, format, sequence, status, createdAt, createdById) VALUES (?, ?, ?, ?, ?, 'ready', ?, ?)`,
    );
    const revision = sqlite.prepare(
      `INSERT INTO "DraftRevision" (id, draftId, version, snapshot, createdAt, createdById) VALUES (?, ?, ?, '{}', ?, ?)`,
    );
    const context = JSON.stringify({ ...sampleStart, title: undefined });
    for (let i = 0; i < total; i += 1) {
      // 30 % personal (a fifth of them the measured user's), 70 % in organisations.
      const personal = next() < 0.3;
      const orgId = personal ? null : pick(orgIds);
      const author = personal && next() < 0.2 ? userIds[0]! : pick(userIds);
      const created = now - Math.floor(next() * 2 * 365 * 86_400_000);
      const updated = created + Math.floor(next() * (now - created));
      const draftId = id();
      const completed = perspectives.filter(() => next() < 0.4);
      draft.run(
        draftId,
        author,
        orgId,
        `${pick(subjects)} ${pick(places)} ${2025 + (i % 3)}`,
        next() < 0.6 ? context : "{}",
        next() < 0.15 ? "ready" : "draft",
        JSON.stringify(["start", ...completed]),
        next() < 0.01 ? 1 : 0,
        stamp(created),
        stamp(updated),
      );
      // Four in ten drafts have requirements: 4–40 of them.
      const count = next() < 0.4 ? 4 + Math.floor(next() * 37) : 0;
      const numbers: Record<string, number> = {};
      for (let r = 0; r < count; r += 1) {
        const perspective = pick(perspectives);
        numbers[perspective] = (numbers[perspective] ?? 0) + 1;
        const n = numbers[perspective];
        const level = next() < 0.7 ? "ska" : "bor";
        requirement.run(
          id(),
          draftId,
          perspective,
          n,
          n,
          `${pick(texts)} (${r})`,
          level,
          "KF",
          next() < 0.8 ? "Intyg." : "",
          author,
          stamp(updated),
          stamp(updated),
        );
      }
      requirements += count;
      for (let e = 0; e < (next() < 0.2 ? 1 + Math.floor(next() * 4) : 0); e += 1)
        exportRow.run(
          id(),
          draftId,
          e + 1,
          pick(["pdf", "docx", "xlsx"]),
          e + 1,
          stamp(updated - e * 3_600_000),
          author,
        );
      for (let v = 0; v < (count ? 1 + Math.floor(next() * 8) : 0); v += 1)
        revision.run(id(), draftId, v + 1, stamp(updated - v * 3_600_000), pick(userIds));
    }
  })();
  sqlite.exec("ANALYZE");
  sqlite.close();
  return { userId: userIds[0]!, orgIds, drafts: total, requirements };
}
