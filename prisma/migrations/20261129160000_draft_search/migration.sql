-- Issue 14: the dashboard's search ("Sök på titel och kravtext") through an
-- FTS5 index with the trigram tokenizer: any substring of three or more
-- characters is found through the index instead of a LIKE scan over every
-- requirement, and case is folded for all of Unicode (å/Å, ä/Ä, ö/Ö), not
-- only ASCII as with LIKE. Diacritics are kept: "a" does not find "å".
--
-- One FTS row per searchable text: each draft's title and each requirement's
-- text, so a write re-indexes one text. (One row per draft, all its texts
-- joined, searched 2-3x faster but re-indexed the whole draft on every
-- requirement: 13 s of CPU to add 1,000 requirements to one draft.) FTS rows
-- are addressed by an integer rowid, and Draft/Requirement have text ids
-- (their implicit rowids may change on VACUUM), so DraftSearch_key gives each
-- text a stable integer and names its draft. Triggers keep both in step with
-- every write, whatever code path makes it. These tables are not in
-- schema.prisma (Prisma cannot describe a virtual table); lib/dashboard/data.ts
-- reads them with $queryRaw, and scripts/check-migrations.mjs leaves a virtual
-- table and its "<name>_*" tables out of the comparison.
CREATE TABLE "DraftSearch_key" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "draftId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "DraftSearch_key_sourceId_key" ON "DraftSearch_key"("sourceId");
CREATE INDEX "DraftSearch_key_draftId_idx" ON "DraftSearch_key"("draftId");

CREATE VIRTUAL TABLE "DraftSearch" USING fts5("text", tokenize = 'trigram');

-- Existing drafts and requirements.
INSERT INTO "DraftSearch_key" ("sourceId", "draftId") SELECT "id", "id" FROM "Draft";
INSERT INTO "DraftSearch_key" ("sourceId", "draftId") SELECT "id", "draftId" FROM "Requirement";
INSERT INTO "DraftSearch" ("rowid", "text")
    SELECT k."id", d."title" FROM "DraftSearch_key" k JOIN "Draft" d ON d."id" = k."sourceId";
INSERT INTO "DraftSearch" ("rowid", "text")
    SELECT k."id", r."text" FROM "DraftSearch_key" k JOIN "Requirement" r ON r."id" = k."sourceId";

CREATE TRIGGER "Draft_search_insert" AFTER INSERT ON "Draft" BEGIN
    INSERT INTO "DraftSearch_key" ("sourceId", "draftId") VALUES (new."id", new."id");
    INSERT INTO "DraftSearch" ("rowid", "text")
        SELECT "id", new."title" FROM "DraftSearch_key" WHERE "sourceId" = new."id";
END;

CREATE TRIGGER "Draft_search_update" AFTER UPDATE OF "title" ON "Draft" WHEN old."title" IS NOT new."title" BEGIN
    UPDATE "DraftSearch" SET "text" = new."title"
        WHERE "rowid" = (SELECT "id" FROM "DraftSearch_key" WHERE "sourceId" = new."id");
END;

-- The requirements go by their own cascade (each fires its trigger); this
-- removes the title and anything left.
CREATE TRIGGER "Draft_search_delete" AFTER DELETE ON "Draft" BEGIN
    DELETE FROM "DraftSearch" WHERE "rowid" IN (SELECT "id" FROM "DraftSearch_key" WHERE "draftId" = old."id");
    DELETE FROM "DraftSearch_key" WHERE "draftId" = old."id";
END;

CREATE TRIGGER "Requirement_search_insert" AFTER INSERT ON "Requirement" BEGIN
    INSERT INTO "DraftSearch_key" ("sourceId", "draftId") VALUES (new."id", new."draftId");
    INSERT INTO "DraftSearch" ("rowid", "text")
        SELECT "id", new."text" FROM "DraftSearch_key" WHERE "sourceId" = new."id";
END;

CREATE TRIGGER "Requirement_search_update" AFTER UPDATE OF "text", "draftId" ON "Requirement" BEGIN
    UPDATE "DraftSearch_key" SET "draftId" = new."draftId" WHERE "sourceId" = old."id";
    UPDATE "DraftSearch" SET "text" = new."text"
        WHERE "rowid" = (SELECT "id" FROM "DraftSearch_key" WHERE "sourceId" = old."id")
        AND old."text" IS NOT new."text";
END;

CREATE TRIGGER "Requirement_search_delete" AFTER DELETE ON "Requirement" BEGIN
    DELETE FROM "DraftSearch" WHERE "rowid" = (SELECT "id" FROM "DraftSearch_key" WHERE "sourceId" = old."id");
    DELETE FROM "DraftSearch_key" WHERE "sourceId" = old."id";
END;
