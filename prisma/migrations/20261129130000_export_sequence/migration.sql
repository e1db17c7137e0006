-- AlterTable: the export's own version number per draft (see schema.prisma).
ALTER TABLE "Export" ADD COLUMN "sequence" INTEGER;

-- Existing exports get the rank of their draft version among the draft's exported versions.
UPDATE "Export" SET "sequence" = (
  SELECT COUNT(DISTINCT e2."draftVersion") FROM "Export" e2
  WHERE e2."draftId" = "Export"."draftId" AND e2."draftVersion" <= "Export"."draftVersion"
);
