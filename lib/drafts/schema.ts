import { z } from "@/lib/zod-mini";
import { blankToUndefined } from "@/lib/validation";
import {
  criticalAnswers,
  personalDataLevels,
  procedures,
  productTypes,
  titleMaxLength,
  userGroups,
  yesNo,
} from "@/lib/vocabulary";

// Isomorphic: the Start form validates with startStepSchema through
// zodResolver, the server action re-parses it, and the stored context is
// parsed with draftContextSchema on every read and write.
// Error messages are translation keys under "errors.fields".

export const draftStatuses = ["draft", "ready"] as const;

const requiredText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(max, "tooLong"));

// Number inputs submit strings; an empty box means "not answered".
const optionalWholeNumber = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z.optional(
      z.coerce
        .number({ error: "notANumber" })
        .check(z.int("notAWholeNumber"), z.minimum(0, "notNegative"), z.maximum(max, "tooLarge")),
    ),
  );

export const userCountsSchema = z.object({
  citizens: optionalWholeNumber(100_000_000),
  staff: optionalWholeNumber(10_000_000),
  businesses: optionalWholeNumber(10_000_000),
});

export const startStepSchema = z.object({
  title: requiredText(titleMaxLength),
  organisation: requiredText(200),
  procuredItem: requiredText(2000),
  productTypes: z
    .array(z.enum(productTypes, { error: "chooseOne" }), { error: "chooseAtLeastOne" })
    .check(z.minLength(1, "chooseAtLeastOne")),
  personalData: z.enum(personalDataLevels, { error: "chooseOne" }),
  userGroups: z
    .array(z.enum(userGroups, { error: "chooseOne" }), { error: "chooseAtLeastOne" })
    .check(z.minLength(1, "chooseAtLeastOne")),
  usersDescription: z.optional(z.string().check(z.trim(), z.maxLength(1000, "tooLong"))),
  userCounts: z.optional(userCountsSchema),
  // Samhällsviktig verksamhet: drives security and continuity suggestions.
  critical: z.enum(criticalAnswers, { error: "chooseOne" }),
  aiComponent: z.enum(yesNo, { error: "chooseOne" }),
  procedure: z.enum(procedures, { error: "chooseOne" }),
  estimatedValueSek: optionalWholeNumber(100_000_000_000),
  contractMonths: optionalWholeNumber(240),
});

export type StartStepInput = z.input<typeof startStepSchema>;
export type StartStep = z.output<typeof startStepSchema>;

// What is stored in Draft.context: the Start answers except the title, which
// has its own column. Partial because a new draft has answered nothing yet.
export const draftContextSchema = z.partial(z.omit(startStepSchema, { title: true }));
export type DraftContext = z.output<typeof draftContextSchema>;

export const draftStatusSchema = z.enum(draftStatuses);
export type DraftStatus = z.infer<typeof draftStatusSchema>;

export const draftIdSchema = z.cuid();
export const baseVersionSchema = z.number().check(z.int(), z.minimum(1));

// What autosave and "Spara utkast" store: every Start answer may still be
// missing, but what is there must be valid (the same enums and limits as
// startStepSchema, from which this is derived). Blank answers (empty or
// whitespace-only text, an empty list, an unchecked radio) are dropped first,
// so the result always fits draftContextSchema. The title may be empty: it
// has its own column, which is never null.
function withoutBlankAnswers(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const entries = Object.entries(input).map(
    ([key, value]) => [key, key === "title" ? value : blankAnswer(value)] as const,
  );
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}
const blankAnswer = (value: unknown) => blankToUndefined(typeof value === "string" ? value.trim() : value);

export const startStepDraftSchema = z.preprocess(
  withoutBlankAnswers,
  z.extend(z.partial(startStepSchema), {
    title: z.preprocess((value) => value ?? "", z.string().check(z.trim(), z.maxLength(titleMaxLength, "tooLong"))),
  }),
);
export type StartStepDraft = z.output<typeof startStepDraftSchema>;
