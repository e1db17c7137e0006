"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { clientIp, createAuthLimiter, type AuthLimiter } from "@/lib/auth/rate-limit";
import { parseInput, serverAction } from "@/lib/auth/server-action";
import { loadDocument } from "@/lib/document/load";
import { draftIdSchema } from "@/lib/drafts/schema";
import { AppError, failure, missFailure, type ActionResult } from "@/lib/errors";
import { requestLog } from "@/lib/log";
import { mailReviewer } from "@/lib/remiss/mail";
import {
  acceptProposal,
  addComment,
  addReviewer,
  answerComment,
  closeRemiss,
  createRemiss,
  declineProposal,
  revokeReviewer,
} from "@/lib/remiss/mutations";
import {
  addReviewerSchema,
  answerSchema,
  commentSchema,
  createRemissSchema,
  declineSchema,
  remissIdSchema,
  remissTokenSchema,
} from "@/lib/remiss/schema";
import { hashRemissToken } from "@/lib/remiss/token";

// The remiss round (issue 17). Author side: redigerare on the draft, every
// other id looked up inside that draft. Reviewer side: the link's token only.

const page = (draftId: string) => `/drafts/${draftId}`;

export async function createRemissAction(draftId: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return serverAction({ ids: { draftId: [draftIdSchema, draftId] }, permission: "edit" }, async (user, ids) => {
    const parsed = parseInput(createRemissSchema, input);
    if (!parsed.ok) return parsed;
    const loaded = await loadDocument(user.id, ids.draftId);
    if (!loaded) return failure("NOT_FOUND");
    const result = await createRemiss(user.id, ids.draftId, {
      deadline: parsed.data.deadline,
      document: loaded.data,
      version: loaded.source.version,
    });
    if (result.ok) revalidatePath(page(ids.draftId), "layout");
    return result;
  });
}

export async function addRemissReviewerAction(
  draftId: string,
  remissId: string,
  input: unknown,
): Promise<ActionResult<{ token: string; mailed: boolean; reviewerId: string }>> {
  const spec = { draftId: [draftIdSchema, draftId], remissId: [remissIdSchema, remissId] } as const;
  return serverAction({ ids: spec, permission: "edit" }, async (user, ids) => {
    const parsed = parseInput(addReviewerSchema, input);
    if (!parsed.ok) return parsed;
    const result = await addReviewer(user.id, ids.draftId, ids.remissId, parsed.data);
    if (!result.ok) return result;
    if ("invalidMember" in result.data) return failure("VALIDATION", { memberUserId: ["chooseOne"] });
    const { token, reviewerId } = result.data;
    const mailed = await mailReviewer(reviewerId, token, user.name);
    revalidatePath(page(ids.draftId), "layout");
    return { ok: true, data: { token, mailed, reviewerId } };
  });
}

export async function revokeRemissReviewerAction(draftId: string, reviewerId: string): Promise<ActionResult> {
  const spec = { draftId: [draftIdSchema, draftId], reviewerId: [remissIdSchema, reviewerId] } as const;
  return serverAction({ ids: spec, permission: "edit" }, async (user, ids) => {
    const result = await revokeReviewer(user.id, ids.draftId, ids.reviewerId);
    if (!result.ok) return result;
    revalidatePath(page(ids.draftId), "layout");
    return { ok: true, data: undefined };
  });
}

export async function closeRemissAction(draftId: string, remissId: string): Promise<ActionResult> {
  const spec = { draftId: [draftIdSchema, draftId], remissId: [remissIdSchema, remissId] } as const;
  return serverAction({ ids: spec, permission: "edit" }, async (user, ids) => {
    const result = await closeRemiss(user.id, ids.draftId, ids.remissId);
    if (!result.ok) return result;
    revalidatePath(page(ids.draftId), "layout");
    return { ok: true, data: undefined };
  });
}

export async function answerRemissCommentAction(
  draftId: string,
  commentId: string,
  input: unknown,
): Promise<ActionResult> {
  const spec = { draftId: [draftIdSchema, draftId], commentId: [remissIdSchema, commentId] } as const;
  return serverAction({ ids: spec, permission: "edit" }, async (user, ids) => {
    const parsed = parseInput(answerSchema, input);
    if (!parsed.ok) return parsed;
    const result = await answerComment(user.id, ids.draftId, ids.commentId, parsed.data.answer);
    if (!result.ok) return result;
    revalidatePath(page(ids.draftId), "layout");
    return { ok: true, data: undefined };
  });
}

export async function acceptRemissProposalAction(
  draftId: string,
  commentId: string,
): Promise<ActionResult<{ version: number }>> {
  const spec = { draftId: [draftIdSchema, draftId], commentId: [remissIdSchema, commentId] } as const;
  return serverAction({ ids: spec, permission: "edit" }, async (user, ids) => {
    const result = await acceptProposal(user.id, ids.draftId, ids.commentId);
    if (!result.ok) return result;
    revalidatePath(page(ids.draftId), "layout");
    return { ok: true, data: { version: result.data.version } };
  });
}

export async function declineRemissProposalAction(
  draftId: string,
  commentId: string,
  input: unknown,
): Promise<ActionResult> {
  const spec = { draftId: [draftIdSchema, draftId], commentId: [remissIdSchema, commentId] } as const;
  return serverAction({ ids: spec, permission: "edit" }, async (user, ids) => {
    const parsed = parseInput(declineSchema, input);
    if (!parsed.ok) return parsed;
    const result = await declineProposal(user.id, ids.draftId, ids.commentId, parsed.data.reason);
    if (!result.ok) return result;
    revalidatePath(page(ids.draftId), "layout");
    return { ok: true, data: undefined };
  });
}

// Comments come from people without an account: limited per IP and per link
// (counted in the database like the sign-in limits, so they hold across instances),
// on top of the cap per reviewer.
const globalForRemiss = globalThis as unknown as { kravlotsRemissLimiter?: AuthLimiter };
function commentLimiter(): AuthLimiter {
  globalForRemiss.kravlotsRemissLimiter ??= createAuthLimiter(
    { ipPoints: 120, accountPoints: 30, windowSeconds: 300 },
    "remiss-comment",
  );
  return globalForRemiss.kravlotsRemissLimiter;
}

export async function addRemissCommentAction(token: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsedToken = remissTokenSchema.safeParse(token);
  if (!parsedToken.success) return failure("NOT_FOUND");
  try {
    const limit = await commentLimiter().attempt(clientIp(await headers()), hashRemissToken(parsedToken.data));
    if (!limit.allowed) return failure("RATE_LIMITED");
    const parsed = parseInput(commentSchema, input);
    if (!parsed.ok) return parsed;
    const result = await addComment(parsedToken.data, parsed.data);
    if (!result.ok) return missFailure(result.reason, "read");
    revalidatePath(`/remiss/${parsedToken.data}`);
    return result;
  } catch (error) {
    if (error instanceof AppError) return failure(error.code);
    unstable_rethrow(error);
    (await requestLog()).error({ err: error }, "remiss comment failed");
    return failure("INTERNAL");
  }
}
