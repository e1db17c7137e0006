import type { PerspectiveChecklist } from "@/lib/catalog/checklist/types";

// Coverage checklist for arbetsmiljo: topics from published specifications and guides.
export const checklist: PerspectiveChecklist = { documents: [], topics: [] };
