import type { PerspectiveChecklist } from "@/lib/catalog/checklist/types";

// Coverage checklist for organisation: topics from published specifications and guides.
export const checklist: PerspectiveChecklist = { documents: [], topics: [] };
