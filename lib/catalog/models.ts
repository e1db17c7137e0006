import type { GuidanceModel } from "@/lib/catalog/schema";
import { coreModels } from "@/lib/catalog/models-core";
import { practiceModels } from "@/lib/catalog/models-practice";
import { kundnyttaModels } from "@/lib/catalog/models-kundnytta";
import { juridikModels } from "@/lib/catalog/models-juridik";
import { arbetsmiljoModels } from "@/lib/catalog/models-arbetsmiljo";
import { organisationModels } from "@/lib/catalog/models-organisation";

// Every guidance model, in catalog order (split over files to keep them small:
// shared core and practice models, then those first cited by one perspective).
export const guidanceModels: readonly GuidanceModel[] = [
  ...coreModels,
  ...practiceModels,
  ...kundnyttaModels,
  ...juridikModels,
  ...arbetsmiljoModels,
  ...organisationModels,
];
