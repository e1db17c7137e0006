import { z } from "@/lib/zod";
import { kravtypSchema, levelSchema } from "@/lib/vocabulary-schema";

// What a requirement keeps of the suggestion it was adopted from: the catalog
// revision (content hash, lib/catalog/revision.ts) and the texts of that
// revision, so a later release can be compared word by word.
export const adoptedSuggestionSchema = z.object({
  revision: z.string().regex(/^[0-9a-f]{16}$/),
  title: z.string().optional(),
  text: z.string(),
  motiv: z.string(),
  verifikat: z.string(),
  uppfoljning: z.string(),
  level: levelSchema,
  kravtyp: kravtypSchema,
});
export type AdoptedSuggestion = z.infer<typeof adoptedSuggestionSchema>;

// A revised source: the texts as adopted and as the catalog has them now.
// `source` "library": the organisation library entry (id in suggestionId)
// was edited since adoption (lib/library/revision.ts); absent = the catalog.
export type SourceUpdate = {
  suggestionId: string;
  adopted: AdoptedSuggestion;
  current: AdoptedSuggestion;
  source?: "catalog" | "library";
};
