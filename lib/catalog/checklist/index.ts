import type { ChecklistDocument, ChecklistTopic } from "@/lib/catalog/checklist/types";
import { checklist as kundnytta } from "@/lib/catalog/checklist/kundnytta";
import { checklist as juridik } from "@/lib/catalog/checklist/juridik";
import { checklist as arbetsmiljo } from "@/lib/catalog/checklist/arbetsmiljo";
import { checklist as organisation } from "@/lib/catalog/checklist/organisation";

const parts = [kundnytta, juridik, arbetsmiljo, organisation];

// The same document may be read for several perspectives: keep it once.
export const checklistDocuments: readonly ChecklistDocument[] = [
  ...new Map(parts.flatMap((part) => part.documents).map((doc) => [doc.id, doc])).values(),
];
export const checklistTopics: readonly ChecklistTopic[] = parts.flatMap((part) => part.topics);
