import type { DocumentData } from "@/lib/document/types";
import type { RemissTarget } from "@/lib/remiss/targets";
import type { CommentKind, ReviewerRole } from "@/lib/remiss/schema";
import type { Perspective } from "@/lib/vocabulary";

export type RemissCommentItem = {
  id: string;
  reviewerName: string;
  reviewerRole: ReviewerRole;
  target: "requirement" | "perspective" | "whole";
  requirementId: string | null;
  code: string | null;
  perspective: Perspective | null;
  kind: CommentKind;
  text: string;
  proposedText: string | null;
  answer: string;
  decision: "accepted" | "declined" | null;
  decisionReason: string;
  createdAt: string;
};

export type RemissReviewerItem = {
  id: string;
  name: string;
  email: string | null;
  role: ReviewerRole;
  kind: "link" | "member";
  revoked: boolean;
  expiresAt: string;
};

export type RemissRound = {
  id: string;
  draftVersion: number;
  deadline: string;
  status: "open" | "closed";
  createdAt: string;
  reviewers: RemissReviewerItem[];
  comments: RemissCommentItem[];
  targets: RemissTarget[];
};

// What a reviewer's link shows: the frozen document and their own comments.
export type ReviewerView = {
  reviewerName: string;
  role: ReviewerRole;
  open: boolean;
  deadline: string;
  document: DocumentData;
  targets: RemissTarget[];
  comments: RemissCommentItem[];
};
