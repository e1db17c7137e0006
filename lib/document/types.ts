import type { DraftAnswers } from "@/lib/drafts/answers";
import type { DraftContext } from "@/lib/drafts/schema";
import type { FollowUpPlanItem } from "@/lib/followup/plan";
import type { RequirementRow } from "@/lib/requirements/types";
import type { Kravtyp, Level, Perspective } from "@/lib/vocabulary";

// What the document is made from: one draft version with its rows (the one
// requirement read model, lib/requirements/types.ts; fixtures need not invent
// ids or codes, which the document computes itself).
export type DocumentRequirement = Omit<RequirementRow, "id" | "code" | "suggestionId" | "sourceUpdate">;

export type DocumentSource = {
  title: string;
  version: number;
  context: DraftContext;
  answers: DraftAnswers;
  requirements: DocumentRequirement[];
  contact: { name: string; email: string };
  // The uppföljningsplan (lib/followup/plan.ts); absent in fixtures = none.
  followUp?: FollowUpPlanItem[];
};

// What the document shows: every string already translated and formatted, so
// the PDF components and the HTML print view only lay it out. Plain JSON: it
// crosses the worker boundary and is stored as the export's snapshot.
export type DocRow = { label: string; value: string };

export type DocRequirement = {
  code: string;
  level: Level;
  levelLabel: string;
  text: string;
  weightLabel: string | null;
  fields: DocField[];
  // Raw values the Excel kravmatris needs as cells, not as labelled text.
  kravtyp?: Kravtyp;
  weight?: number | null;
};

export type DocField = DocRow & { key?: "motiv" | "verifikat" | "uppfoljning" };

export type DocChapter = { id: string; heading: string };

export type DocPerspective = DocChapter & {
  perspective: Perspective;
  answersHeading: string;
  answers: DocRow[];
  noAnswers: string | null;
  requirementsHeading: string;
  noRequirements: string | null;
  groups: { kravtyp: Kravtyp; heading: string; requirements: DocRequirement[] }[];
};

export type DocumentData = {
  lang: string;
  title: string;
  labels: { documentType: string; draftMarker: string; pageOf: string; tocHeading: string; coverNote: string };
  cover: { organisation: string; version: string; rows: DocRow[] };
  intro: DocChapter & {
    sections: { heading: string; paragraphs: string[] }[];
    contextHeading: string;
    context: DocRow[];
  };
  perspectives: DocPerspective[];
  evaluation: DocChapter & {
    intro: string;
    none: string | null;
    columns: { id: string; requirement: string; weight: string };
    rows: { code: string; text: string; weight: string }[];
    total: { label: string; value: string } | null;
    warning: string | null;
  };
  sources: DocChapter & {
    intro: string;
    none: string | null;
    labels: { publisher: string; year: string; citedBy: string };
    // status: "Kontrollerad 2026-11-29", then "Ej verifierad: …" and "Kopia hos tredje part" where they apply.
    models: {
      id: string;
      name: string;
      publisher: string;
      year: number;
      url: string;
      citedBy: string;
      status: string[];
    }[];
  };
  // Optional: exports snapshotted before the plan existed have none.
  followUp?: DocChapter & {
    intro: string;
    none: string | null;
    columns: { code: string; what: string; how: string; timing: string; role: string };
    rows: { code: string; what: string; how: string; timing: string; role: string }[];
  };
  glossary: DocChapter & { terms: { term: string; definition: string }[] };
};

// Every chapter in reading order: the table of contents of the PDF, the
// print view and the Word document.
export function documentChapters(data: DocumentData): DocChapter[] {
  return [
    data.intro,
    ...data.perspectives,
    data.evaluation,
    ...(data.followUp ? [data.followUp] : []),
    data.sources,
    data.glossary,
  ];
}

export function pageOf(template: string, page: number, total: number | undefined): string {
  return template.replace("{page}", String(page)).replace("{total}", total === undefined ? "" : String(total));
}
