import { z } from "@/lib/zod";
import { adoptedSuggestionSchema } from "@/lib/drafts/adopted";
import { perspectiveAnswersSchema } from "@/lib/drafts/answers";
import { draftStatusSchema } from "@/lib/drafts/schema";
import { wizardSteps } from "@/lib/drafts/steps";
import { criticalAnswers, personalDataLevels, procedures, productTypes, userGroups, yesNo } from "@/lib/vocabulary";
import { kravtypSchema, levelSchema, perspectiveSchema } from "@/lib/vocabulary-schema";

// The Kravlots file (.json): everything needed to recreate a draft in another
// space or installation. One schema, used by the export, the import and
// `npm run docs:json-schema` (docs/kravlots-export.schema.json). Every object
// is strict: an unknown field is an error, not silently dropped, so a file
// from a newer release is refused instead of half read.
// Bump formatVersion on any change an older reader could misread.
export const kravlotsFormatVersion = 1;
// Limits of the file, not of the app: far above a real specification (the
// largest seen has ~400 requirements), low enough to refuse a hostile file
// before it costs a transaction.
export const importLimits = { bytes: 10 * 1024 * 1024, depth: 12, requirements: 2000 } as const;

const text = (max: number) => z.string().max(max);
const wholeNumber = (max: number) => z.number().int().min(0).max(max);

const contextSchema = z.strictObject({
  organisation: text(200).optional(),
  procuredItem: text(2000).optional(),
  productTypes: z.array(z.enum(productTypes)).max(productTypes.length).optional(),
  personalData: z.enum(personalDataLevels).optional(),
  userGroups: z.array(z.enum(userGroups)).max(userGroups.length).optional(),
  usersDescription: text(1000).optional(),
  userCounts: z
    .strictObject({
      citizens: wholeNumber(100_000_000).optional(),
      staff: wholeNumber(10_000_000).optional(),
      businesses: wholeNumber(10_000_000).optional(),
    })
    .optional(),
  critical: z.enum(criticalAnswers).optional(),
  aiComponent: z.enum(yesNo).optional(),
  procedure: z.enum(procedures).optional(),
  estimatedValueSek: wholeNumber(100_000_000_000).optional(),
  contractMonths: wholeNumber(240).optional(),
});

const stepIds = wizardSteps.map((step) => step.id) as [string, ...string[]];

export const requirementFileSchema = z.strictObject({
  // "KN-3": the requirement's ID as printed; must agree with perspective and number.
  code: z.string().regex(/^(KN|JU|AM|OR)-[1-9][0-9]{0,4}$/),
  perspective: perspectiveSchema,
  number: z.number().int().min(1).max(99_999),
  // Order within the perspective.
  position: z.number().int().min(0).max(99_999),
  level: levelSchema,
  kravtyp: kravtypSchema,
  text: z.string().trim().min(1).max(4000),
  motiv: text(4000),
  verifikat: text(4000),
  uppfoljning: text(4000),
  // Percent of the evaluation; bör-krav only.
  weight: z.number().int().min(1).max(100).nullable(),
  // Provenance: the catalog suggestion and guidance models it came from.
  suggestionId: text(200).nullable(),
  modelIds: z.array(text(200)).max(50),
  adoptedSuggestion: adoptedSuggestionSchema.strict().nullable(),
});

export const kravlotsFileSchema = z.strictObject({
  format: z.literal("kravlots"),
  formatVersion: z.literal(kravlotsFormatVersion),
  exportedAt: z.iso.datetime(),
  draft: z.strictObject({
    title: text(200),
    status: draftStatusSchema,
    // The Start step's answers except the title.
    context: contextSchema,
    // The perspectives' guided questions, keyed by perspective then question id.
    answers: z.strictObject(perspectiveAnswersSchema.shape),
    completedSteps: z.array(z.enum(stepIds)).max(stepIds.length),
    // The next free number per perspective, so an imported draft never hands
    // out an ID that was used (and deleted) before.
    nextNumbers: z.strictObject({
      kundnytta: z.number().int().min(1).max(100_000),
      juridik: z.number().int().min(1).max(100_000),
      arbetsmiljo: z.number().int().min(1).max(100_000),
      organisation: z.number().int().min(1).max(100_000),
    }),
  }),
  requirements: z.array(requirementFileSchema).max(importLimits.requirements),
});

export type KravlotsFile = z.infer<typeof kravlotsFileSchema>;
export type RequirementFile = z.infer<typeof requirementFileSchema>;
