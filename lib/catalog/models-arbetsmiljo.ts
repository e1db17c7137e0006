import type { GuidanceModel } from "@/lib/catalog/schema";

// Guidance models first cited by the arbetsmiljo suggestions (primary sources only).
export const arbetsmiljoModels: readonly GuidanceModel[] = [];
