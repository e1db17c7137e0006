import type { GuidanceModel } from "@/lib/catalog/schema";

// Guidance models first cited by the juridik suggestions (primary sources only).
export const juridikModels: readonly GuidanceModel[] = [];
