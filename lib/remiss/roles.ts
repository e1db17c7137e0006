// The remiss vocabulary, free of zod so client components can import it.
export const reviewerRoles = ["skyddsombud", "verksamhet", "annan"] as const;
export type ReviewerRole = (typeof reviewerRoles)[number];
export const commentKinds = ["instammer", "andringsforslag", "fraga"] as const;
export type CommentKind = (typeof commentKinds)[number];
export const commentTargets = ["requirement", "perspective", "whole"] as const;
