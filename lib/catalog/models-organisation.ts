import type { GuidanceModel } from "@/lib/catalog/schema";

// Guidance models first cited by the organisation suggestions (primary sources only).
export const organisationModels: readonly GuidanceModel[] = [];
