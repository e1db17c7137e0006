import type { GuidanceModel } from "@/lib/catalog/schema";

// Guidance models first cited by the kundnytta suggestions (primary sources only).
export const kundnyttaModels: readonly GuidanceModel[] = [];
