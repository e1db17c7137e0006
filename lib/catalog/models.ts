import type { GuidanceModel } from "@/lib/catalog/schema";
import { coreModels } from "@/lib/catalog/models-core";
import { practiceModels } from "@/lib/catalog/models-practice";

// Every guidance model, in catalog order (split over two files to keep them small).
export const guidanceModels: readonly GuidanceModel[] = [...coreModels, ...practiceModels];
