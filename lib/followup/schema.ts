import { z } from "@/lib/zod";

// The uppföljningsplan's vocabulary and forms (issue 17). Error messages are
// translation keys under "errors.fields", like every isomorphic schema.

// When an item is followed up, in contract order; labels in messages/*/followup.json.
export const followUpTimings = ["delivery", "acceptance", "months3", "yearly", "renewal"] as const;
export type FollowUpTiming = (typeof followUpTimings)[number];
export const followUpTimingSchema = z.enum(followUpTimings, { error: "chooseOne" });

// Who follows it up: the roles a municipality's contract follow-up names.
export const followUpRoles = [
  "avtalsansvarig",
  "verksamhetsansvarig",
  "forvaltningsledare",
  "informationssakerhet",
  "dataskyddsombud",
  "arbetsmiljo",
] as const;
export type FollowUpRole = (typeof followUpRoles)[number];
export const followUpRoleSchema = z.enum(followUpRoles, { error: "chooseOne" });

// A calendar date as the date input sends it; stored as that day's UTC midnight.
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate")
  // One check that cannot throw: zod runs every check even after the regex
  // failed, and toISOString() throws on an invalid date (found by npm run test:fuzz).
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  }, "invalidDate");

export const followUpItemInputSchema = z.object({
  what: z.string().trim().min(1, "required").max(300, "tooLong"),
  how: z.string().trim().min(1, "required").max(2000, "tooLong"),
  timing: followUpTimingSchema,
  role: followUpRoleSchema,
});
export type FollowUpItemInput = z.input<typeof followUpItemInputSchema>;
export type FollowUpItemValues = z.output<typeof followUpItemInputSchema>;

// "Markera som utförd": the day it was done and what was found. A blank date
// takes the mark away again (the note stays).
export const followUpDoneInputSchema = z.object({
  doneAt: z.union([z.literal(""), isoDate]),
  note: z.string().trim().max(1000, "tooLong").default(""),
});
export type FollowUpDoneInput = z.input<typeof followUpDoneInputSchema>;
export type FollowUpDoneValues = z.output<typeof followUpDoneInputSchema>;

// Avtalsstart; blank = not signed yet (nothing is due).
export const contractStartInputSchema = z.object({ contractStart: z.union([z.literal(""), isoDate]) });
export type ContractStartInput = z.input<typeof contractStartInputSchema>;

export const toUtcDate = (day: string): Date | null => (day === "" ? null : new Date(`${day}T00:00:00Z`));
export const fromUtcDate = (date: Date | null): string | null => (date ? date.toISOString().slice(0, 10) : null);
