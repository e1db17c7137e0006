import { z } from "@/lib/zod";
import { adoptedSuggestionSchema } from "@/lib/drafts/adopted";
import { draftContextSchema } from "@/lib/drafts/schema";

// What a DraftRevision.snapshot holds: the draft's whole content at one
// version. Every write to a draft records one (recordRevision in
// lib/drafts/mutations.ts), so the snapshot belongs to lib/drafts;
// lib/revisions lists, compares and restores them. Answers are kept loosely typed (question ids may change between
// releases) so an old snapshot always parses and can still be restored.
const answerValueSchema = z.union([z.string(), z.array(z.string())]).optional();

export const requirementSnapshotSchema = z.object({
  perspective: z.string(),
  number: z.number().int(),
  position: z.number().int(),
  text: z.string(),
  level: z.string(),
  kravtyp: z.string(),
  motiv: z.string(),
  verifikat: z.string(),
  uppfoljning: z.string(),
  weight: z.number().int().nullable(),
  suggestionId: z.string().nullable(),
  modelIds: z.array(z.string()),
  // The catalog revision the requirement was adopted from (absent in older
  // snapshots and for requirements written by hand). Null is read as absent
  // so a restore can write the row back as it was.
  adoptedSuggestion: z.preprocess((value) => value ?? undefined, adoptedSuggestionSchema.optional()),
  // null once the author's account is deleted; an older snapshot may name a
  // deleted user, which restoreRevision writes back as null.
  createdById: z.string().nullable(),
});

export const revisionSnapshotSchema = z.object({
  title: z.string(),
  context: draftContextSchema,
  answers: z.record(z.string(), z.record(z.string(), answerValueSchema)),
  requirements: z.array(requirementSnapshotSchema),
});

export type RequirementSnapshot = z.infer<typeof requirementSnapshotSchema>;
export type RevisionSnapshot = z.infer<typeof revisionSnapshotSchema>;

export const revisionReasons = [
  "save",
  "restore",
  "copy",
  "before_restore",
  "source_update",
  "source_kept",
  "import",
  // A remiss comment's proposed text accepted (lib/remiss); the note names it.
  "remiss_accept",
] as const;
export type RevisionReason = (typeof revisionReasons)[number];

// The throttle: at most one "save" revision per draft in this window,
// whoever saves, so two people alternating cannot write one per save
// (docs/ARCHITECTURE.md, "Revisions").
export const revisionThrottleMs = 5 * 60 * 1000;

// Thinning: every revision of the last day is kept; older ones are thinned
// to the newest of each calendar day in Sweden.
export const revisionKeepAllMs = 24 * 60 * 60 * 1000;
