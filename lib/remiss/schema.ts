import { z } from "@/lib/zod";
import { perspectiveSchema } from "@/lib/vocabulary-schema";

// The remiss round's inputs (issue 17). Comments are plain text with limits;
// error messages are keys under "errors.fields".

import { commentKinds, commentTargets, reviewerRoles } from "@/lib/remiss/roles";
export { commentKinds, commentTargets, reviewerRoles, type CommentKind, type ReviewerRole } from "@/lib/remiss/roles";

// A link works this long after the deadline: a reviewer who opened it on the
// last evening can still finish; after that it answers 404.
export const remissGraceDays = 7;
// One reviewer cannot fill the round (or the disk) with comments.
export const commentsPerReviewer = 200;
export const reviewersPerRemiss = 50;
export const commentMaxLength = 2000;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
// "2027-01-31" → that day at UTC midnight; anything else fails without throwing.
export function parseIsoDate(value: string): Date | null {
  if (!isoDate.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

export const createRemissSchema = z.object({
  deadline: z
    .string()
    .trim()
    .refine((value) => parseIsoDate(value) !== null, "invalidDate")
    .refine((value) => value >= new Date().toISOString().slice(0, 10), "deadlinePast"),
});

// A reviewer by link (name, optional e-mail) or an organisation member.
export const addReviewerSchema = z
  .object({
    kind: z.enum(["link", "member"]),
    name: z.string().trim().max(120, "tooLong").default(""),
    email: z.union([z.literal(""), z.email("email").max(254, "tooLong")]).default(""),
    role: z.enum(reviewerRoles, "chooseOne"),
    memberUserId: z.string().max(100).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "link" && value.name === "")
      ctx.addIssue({ code: "custom", path: ["name"], message: "required" });
    if (value.kind === "member" && value.memberUserId === "")
      ctx.addIssue({ code: "custom", path: ["memberUserId"], message: "chooseOne" });
  });

// Anything with markup characters is refused rather than escaped: comments
// travel into Word and PDF, where escaping would show as literal text.
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .refine((value) => !/[<>]/.test(value), "plainTextOnly");

export const commentSchema = z
  .object({
    target: z.enum(commentTargets, "chooseOne"),
    requirementId: z.string().max(100).default(""),
    perspective: z.union([z.literal(""), perspectiveSchema]).default(""),
    kind: z.enum(commentKinds, "chooseOne"),
    text: plainText(commentMaxLength).pipe(z.string().min(1, "required")),
    proposedText: plainText(commentMaxLength).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.target === "requirement" && value.requirementId === "")
      ctx.addIssue({ code: "custom", path: ["requirementId"], message: "chooseOne" });
    if (value.target === "perspective" && value.perspective === "")
      ctx.addIssue({ code: "custom", path: ["perspective"], message: "chooseOne" });
    if (value.kind === "andringsforslag" && value.target !== "requirement")
      ctx.addIssue({ code: "custom", path: ["target"], message: "proposalNeedsRequirement" });
    if (value.kind === "andringsforslag" && value.proposedText === "")
      ctx.addIssue({ code: "custom", path: ["proposedText"], message: "required" });
  });
export type CommentInput = z.input<typeof commentSchema>;

export const answerSchema = z.object({ answer: plainText(commentMaxLength).pipe(z.string().min(1, "required")) });
export const declineSchema = z.object({ reason: plainText(commentMaxLength).pipe(z.string().min(1, "required")) });

export const remissIdSchema = z.cuid();
// 32 random bytes as base64url.
export const remissTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
