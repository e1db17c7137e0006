import type { DraftContext } from "@/lib/drafts/schema";

// Pure mapping from a draft to what the PDF shows. The PDF components receive
// only this shape: they never fetch, translate or format on their own.

export type PdfLabels = {
  untitled: string;
  draftMarker: string;
  version: string;
  date: string;
  organisation: string;
  contextHeading: string;
  procuredItem: string;
  productTypes: string;
  personalData: string;
  userGroups: string;
  usersDescription: string;
  notAnswered: string;
  pageOf: string; // "Sida {page} av {total}"
  productTypeNames: Record<string, string>;
  personalDataNames: Record<string, string>;
  userGroupNames: Record<string, string>;
};

export type PdfRow = { label: string; value: string };

export type RequirementsDocumentData = {
  lang: string;
  title: string;
  organisation: string;
  draftMarker: string;
  versionLine: string;
  dateLine: string;
  pageOfTemplate: string;
  sections: { heading: string; rows: PdfRow[] }[];
};

export type PdfSource = {
  title: string;
  version: number;
  context: DraftContext;
};

function list(values: readonly string[] | undefined, names: Record<string, string>, empty: string): string {
  if (!values || values.length === 0) return empty;
  return values.map((value) => names[value] ?? value).join(", ");
}

export function toDocumentData(
  draft: PdfSource,
  labels: PdfLabels,
  options: { lang: string; formattedDate: string },
): RequirementsDocumentData {
  const { context } = draft;
  const empty = labels.notAnswered;
  const text = (value: string | undefined) => (value && value.trim() !== "" ? value : empty);
  return {
    lang: options.lang,
    title: draft.title.trim() || labels.untitled,
    organisation: text(context.organisation),
    draftMarker: labels.draftMarker,
    versionLine: `${labels.version} ${draft.version}`,
    dateLine: `${labels.date} ${options.formattedDate}`,
    pageOfTemplate: labels.pageOf,
    sections: [
      {
        heading: labels.contextHeading,
        rows: [
          { label: labels.organisation, value: text(context.organisation) },
          { label: labels.procuredItem, value: text(context.procuredItem) },
          { label: labels.productTypes, value: list(context.productTypes, labels.productTypeNames, empty) },
          {
            label: labels.personalData,
            value: context.personalData ? (labels.personalDataNames[context.personalData] ?? empty) : empty,
          },
          { label: labels.userGroups, value: list(context.userGroups, labels.userGroupNames, empty) },
          { label: labels.usersDescription, value: text(context.usersDescription) },
        ],
      },
    ],
  };
}

export function pageOf(template: string, page: number, total: number): string {
  return template.replace("{page}", String(page)).replace("{total}", String(total));
}
