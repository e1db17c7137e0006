import type { Perspective } from "@/lib/vocabulary";

// The coverage checklist: topics found in published Swedish and Nordic
// requirement specifications, templates and guides for IT procurements, each
// mapped to the suggestions that cover it (docs/CONTENT.md explains the method).

// A published document the topics were read from.
export type ChecklistDocument = {
  id: `d-${string}`;
  title: string;
  publisher: string;
  year: number;
  // The publisher's own page for the document (or the document itself).
  url: string;
  // ISO date the document was read.
  checkedAt: string;
};

export type ChecklistTopic = {
  id: `t-${string}`;
  perspective: Perspective;
  // The topic as the documents name it, in Swedish.
  topic: string;
  documentIds: readonly `d-${string}`[];
  // Suggestions that cover the topic; empty when it is not yet covered.
  suggestionIds: readonly string[];
  // For process topics the product covers outside the catalog (for example
  // "Granska: andel ska-krav"): where. Counts as covered.
  coveredElsewhere?: string;
};

export type PerspectiveChecklist = { documents: readonly ChecklistDocument[]; topics: readonly ChecklistTopic[] };
