import { z } from "@/lib/zod";
import {
  kravtyper,
  levels,
  perspectives,
  personalDataLevels,
  phases,
  procedures,
  productTypes,
  userGroups,
} from "@/lib/vocabulary";

// The catalog is typed code (lib/catalog/*.ts) checked against these schemas
// in tests, so a malformed entry fails CI instead of reaching a user.

export const modelKinds = ["law", "generic", "digital", "aspect", "example"] as const;
// law: statute or regulation; generic: general procurement guidance;
// digital: guidance specific to digital products; aspect: guidance on one
// aspect (informationssäkerhet, krisberedskap, samverkan, tillgänglighet …);
// example: an example procurement (funktions-/innovationsupphandling …).
export type ModelKind = (typeof modelKinds)[number];

const isoDate = z.iso.date();
const id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}-[a-z0-9-]+$`));

export const guidanceModelSchema = z.object({
  id: id("m"),
  name: z.string().min(3),
  publisher: z.string().min(2),
  year: z.number().int().min(1970).max(2026),
  url: z.url({ protocol: /^https$/ }),
  summary: z.string().min(40).max(700),
  perspectives: z.array(z.enum(perspectives)).min(1),
  phases: z.array(z.enum(phases)).min(1),
  kind: z.enum(modelKinds),
  // Anything we could not confirm against a source (a year, a renamed
  // publisher, a URL that may have moved): shown to the user, never hidden.
  // Absent means verified against the publisher's own page on checkedAt.
  unverified: z.string().optional(),
  // The day the URL and summary were last read against the source (ISO date).
  // Optional in the type while the catalog is migrated; catalog.test requires it.
  checkedAt: isoDate.optional(),
  // The URL is a third-party copy because the publisher has none of its own.
  copy: z.literal(true).optional(),
});
export type GuidanceModel = z.infer<typeof guidanceModelSchema>;

// When a suggestion applies. Every listed condition must hold (AND); within a
// list any value matches (OR). An empty object means "always relevant".
export const suggestionConditionsSchema = z
  .object({
    productTypes: z.array(z.enum(productTypes)).min(1).optional(),
    personalData: z.array(z.enum(personalDataLevels)).min(1).optional(),
    userGroups: z.array(z.enum(userGroups)).min(1).optional(),
    critical: z.literal(true).optional(),
    aiComponent: z.literal(true).optional(),
    // Estimated contract value in SEK at or above which the suggestion applies.
    minValueSek: z.number().int().positive().optional(),
    // Upphandlingsförfaranden the suggestion belongs to (e.g. dialogue rules).
    procedures: z.array(z.enum(procedures)).min(1).optional(),
    // The solution handles information covered by secrecy (OSL).
    secrecy: z.literal(true).optional(),
  })
  .strict();
export type SuggestionConditions = z.infer<typeof suggestionConditionsSchema>;

// Topics let ranking and the UI group suggestions ("dataskydd", "säkerhet" …).
export const topics = [
  "behov",
  "anvandbarhet",
  "tillganglighet",
  "effekt",
  "dataskydd",
  "sekretess",
  "sakerhet",
  "kontinuitet",
  "arkiv",
  "oppenhet",
  "avtal",
  "leverantor",
  "ai",
  "arbetsmiljo",
  "utbildning",
  "inforande",
  "forvaltning",
  "samverkan",
  "exit",
  "hallbarhet",
  "uppfoljning",
] as const;
export type Topic = (typeof topics)[number];

export const suggestionSchema = z.object({
  id: id("s"),
  // Short title shown first in the wizard and the catalog.
  // Optional in the type while the catalog is migrated; catalog.test requires it.
  title: z.string().min(5).max(70).optional(),
  perspective: z.enum(perspectives),
  topic: z.enum(topics),
  text: z.string().min(20).max(1200),
  motiv: z.string().min(20).max(1200),
  verifikat: z.string().min(10).max(800),
  level: z.enum(levels),
  kravtyp: z.enum(kravtyper),
  phase: z.enum(phases),
  uppfoljning: z.string().min(10).max(800),
  modelIds: z.array(id("m")).min(1),
  conditions: suggestionConditionsSchema,
  // Suggested share of the evaluation (percent) for bör-krav.
  weight: z.number().int().min(1).max(100).optional(),
  // The day text and sources were last checked against the models' sources.
  checkedAt: isoDate.optional(),
  // Why the suggestion could not be verified against its sources; absent = verified.
  unverified: z.string().optional(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;
