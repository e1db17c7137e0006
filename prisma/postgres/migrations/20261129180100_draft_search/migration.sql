-- The dashboard's search on PostgreSQL (the SQLite twin is the FTS5 index in
-- prisma/migrations/20261129160000_draft_search): ILIKE '%…%' on the draft's
-- title and the requirements' text, served by trigram GIN indexes, so a
-- substring of three or more characters is found through an index. ILIKE
-- folds case through the database's ctype (å/Å with a UTF-8 locale).
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may
-- create it without superuser rights. Prisma's schema cannot describe these
-- indexes; scripts/pg-check-migrations.mjs leaves "*_trgm_idx" out.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Draft_title_trgm_idx" ON "Draft" USING gin ("title" gin_trgm_ops);
CREATE INDEX "Requirement_text_trgm_idx" ON "Requirement" USING gin ("text" gin_trgm_ops);
