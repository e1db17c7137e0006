import { isAnswered } from "@/lib/drafts/answers";
import { questions } from "@/lib/drafts/questions";
import type { DraftContext } from "@/lib/drafts/schema";
import type { GuidanceModel } from "@/lib/catalog/schema";
import { procedureSection } from "@/lib/document/procedure";
import { sourcesChapter } from "@/lib/document/sources";
import { kravtyper, perspectives, requirementCode, type Perspective } from "@/lib/vocabulary";
import type {
  DocField,
  DocPerspective,
  DocRequirement,
  DocRow,
  DocumentData,
  DocumentRequirement,
  DocumentSource,
} from "@/lib/document/types";

// Pure mapping from one draft version to the document. Everything the reader
// sees is decided here, once, for both the PDF and the HTML print view.

export type Translate = (key: string, values?: Record<string, string | number>) => string;
export type ModelLookup = (id: string) => GuidanceModel | undefined;
// `exportVersion` is the export's own sequence number per draft ("Version 3");
// without one (the print view of the live draft) the cover says "preview".
export type BuildOptions = {
  t: Translate;
  lang: string;
  formattedDate: string;
  getModel: ModelLookup;
  exportVersion?: number;
};

// Requirements on the buyer itself (IN) are not for bidders: they go to the
// internal checklist (lib/document/checklist.ts), never into the document.
export const isBidderFacing = (r: Pick<DocumentRequirement, "kravtyp">) => r.kravtyp !== "IN";

export const byPosition = (a: DocumentRequirement, b: DocumentRequirement) =>
  a.position - b.position || a.number - b.number;

export function buildDocumentData(source: DocumentSource, options: BuildOptions): DocumentData {
  const { t, lang } = options;
  const title = source.title.trim() || t("pdf.untitled");
  const organisation = source.context.organisation?.trim() || t("pdf.notAnswered");
  const requirements = source.requirements.filter(isBidderFacing).sort(byPosition);
  const chapters = perspectives.map((perspective, index) =>
    perspectiveChapter(
      perspective,
      index + 2,
      source,
      requirements.filter((r) => r.perspective === perspective),
      t,
    ),
  );
  const ordered = chapters.flatMap((chapter) => chapter.groups.flatMap((group) => group.requirements));
  const contact = [source.contact.name, source.contact.email].filter((part) => part.trim() !== "").join(", ");
  const ska = ordered.filter((r) => r.level === "ska").length;
  return {
    lang,
    title,
    labels: {
      documentType: t("pdf.documentType"),
      draftMarker: t("pdf.draftMarker"),
      pageOf: t("pdf.pageOf", { page: "{page}", total: "{total}" }),
      tocHeading: t("pdf.tocHeading"),
      coverNote: t("pdf.coverNote"),
    },
    cover: {
      organisation,
      version:
        options.exportVersion === undefined ? t("pdf.preview") : t("pdf.version", { version: options.exportVersion }),
      rows: [
        { label: t("pdf.organisation"), value: organisation },
        { label: t("pdf.date"), value: options.formattedDate },
        { label: t("pdf.contact"), value: contact || t("pdf.notAnswered") },
      ],
    },
    intro: {
      id: "intro",
      heading: `1 ${t("pdf.intro.heading")}`,
      sections: [
        {
          heading: `1.1 ${t("pdf.intro.background")}`,
          paragraphs: [
            t("pdf.intro.backgroundText", {
              organisation,
              item: source.context.procuredItem?.trim() || t("pdf.notAnswered"),
            }),
          ],
        },
        { heading: `1.2 ${t("pdf.intro.purpose")}`, paragraphs: [t("pdf.intro.purposeText")] },
        {
          heading: `1.3 ${t("pdf.intro.scope")}`,
          paragraphs: [t("pdf.intro.scopeText", { count: ordered.length, ska, bor: ordered.length - ska })],
        },
        { heading: `1.4 ${t("pdf.intro.procedure")}`, paragraphs: procedureSection(source.context, t, lang) },
      ],
      contextHeading: `1.5 ${t("pdf.intro.context")}`,
      context: contextRows(source.context, t, lang),
    },
    perspectives: chapters,
    evaluation: evaluationChapter(ordered, requirements, t, lang),
    followUp: followUpChapter(source, new Set(ordered.map((r) => r.code)), t),
    sources: sourcesChapter(requirements, options.getModel, t),
    glossary: {
      id: "glossary",
      heading: t("pdf.glossary.heading"),
      terms: ["ska", "bor", "kravtyp", "motiv", "verifikat", "uppfoljning"].map((term) => ({
        term: t(`pdf.glossary.${term}Term`),
        definition: t(`pdf.glossary.${term}`),
      })),
    },
  };
}

function contextRows(context: DraftContext, t: Translate, lang: string): DocRow[] {
  const number = (value: number | undefined) => (value === undefined ? "–" : new Intl.NumberFormat(lang).format(value));
  const names = (values: readonly string[] | undefined, ns: string) =>
    values && values.length > 0 ? values.map((value) => t(`${ns}.${value}`)).join(", ") : undefined;
  const counts = context.userCounts;
  const rows: [string, string | undefined][] = [
    ["procuredItem", context.procuredItem?.trim()],
    ["productTypes", names(context.productTypes, "start.productTypes")],
    ["personalData", context.personalData && t(`start.personalData.${context.personalData}`)],
    ["userGroups", names(context.userGroups, "start.userGroups")],
    ["usersDescription", context.usersDescription?.trim()],
    [
      "userCounts",
      counts && Object.values(counts).some((v) => v !== undefined)
        ? t("pdf.context.userCountsValue", {
            citizens: number(counts.citizens),
            staff: number(counts.staff),
            businesses: number(counts.businesses),
          })
        : undefined,
    ],
    ["critical", context.critical && t(`start.critical.${context.critical}`)],
    ["aiComponent", context.aiComponent && t(`start.yesNo.${context.aiComponent}`)],
    ["procedure", context.procedure && t(`start.procedures.${context.procedure}`)],
    [
      "estimatedValueSek",
      context.estimatedValueSek === undefined
        ? undefined
        : t("pdf.context.estimatedValueSekValue", { value: number(context.estimatedValueSek) }),
    ],
    [
      "contractMonths",
      context.contractMonths === undefined
        ? undefined
        : t("pdf.context.contractMonthsValue", { months: context.contractMonths }),
    ],
  ];
  return rows.map(([key, value]) => ({ label: t(`pdf.context.${key}`), value: value || t("pdf.notAnswered") }));
}

function toDocRequirement(r: DocumentRequirement, t: Translate): DocRequirement {
  const fields: DocField[] = (["motiv", "verifikat", "uppfoljning"] as const)
    .filter((key) => r[key].trim() !== "")
    .map((key) => ({ key, label: t(`pdf.requirement.${key}`), value: r[key].trim() }));
  return {
    kravtyp: r.kravtyp,
    weight: r.weight,
    code: requirementCode(r.perspective, r.number),
    level: r.level,
    levelLabel: t(`pdf.requirement.${r.level}`),
    text: r.text.trim(),
    weightLabel: r.level === "bor" && r.weight !== null ? t("pdf.requirement.weight", { weight: r.weight }) : null,
    fields,
  };
}

function perspectiveChapter(
  perspective: Perspective,
  chapter: number,
  source: DocumentSource,
  rows: DocumentRequirement[],
  t: Translate,
): DocPerspective {
  const given = source.answers[perspective] ?? {};
  const answers = questions[perspective].flatMap((question) => {
    const value = given[question.id];
    if (!isAnswered(value)) return [];
    const base = `questions.${perspective}.${question.id}`;
    // An old revision may hold an option the question no longer has (answers
    // in snapshots are loosely typed): it is left out, never shown as a raw
    // message key (found by npm run test:fuzz).
    const options =
      question.kind === "text"
        ? []
        : (Array.isArray(value) ? value : [value]).filter(
            (option) => typeof option === "string" && question.options.includes(option),
          );
    const text =
      question.kind === "text"
        ? [value].flat().join(", ").trim()
        : options.map((option) => t(`${base}.options.${option}`)).join(", ");
    if (text === "") return [];
    return [{ label: t(`${base}.label`), value: text }];
  });
  const groups = kravtyper
    .map((kravtyp) => ({
      kravtyp,
      heading: t("pdf.perspective.kravtypHeading", { name: t(`pdf.kravtyper.${kravtyp}`), code: kravtyp }),
      requirements: rows.filter((r) => r.kravtyp === kravtyp).map((r) => toDocRequirement(r, t)),
    }))
    .filter((group) => group.requirements.length > 0);
  return {
    id: perspective,
    perspective,
    heading: `${chapter} ${t(`steps.${perspective}`)}`,
    answersHeading: `${chapter}.1 ${t("pdf.perspective.answersHeading")}`,
    answers,
    noAnswers: answers.length === 0 ? t("pdf.perspective.noAnswers") : null,
    requirementsHeading: `${chapter}.2 ${t("pdf.perspective.requirementsHeading")}`,
    noRequirements: groups.length === 0 ? t("pdf.perspective.noRequirements") : null,
    groups,
  };
}

function evaluationChapter(
  ordered: DocRequirement[],
  all: DocumentRequirement[],
  t: Translate,
  lang: string,
): DocumentData["evaluation"] {
  const weights = new Map(all.map((r) => [requirementCode(r.perspective, r.number), r.weight]));
  const bor = ordered.filter((r) => r.level === "bor");
  const total = bor.reduce((sum, r) => sum + (weights.get(r.code) ?? 0), 0);
  const percent = (value: number) => t("pdf.evaluation.percent", { value: new Intl.NumberFormat(lang).format(value) });
  return {
    id: "evaluation",
    heading: `${perspectives.length + 2} ${t("pdf.evaluation.heading")}`,
    intro: t("pdf.evaluation.intro"),
    none: bor.length === 0 ? t("pdf.evaluation.none") : null,
    columns: {
      id: t("pdf.evaluation.id"),
      requirement: t("pdf.evaluation.requirement"),
      weight: t("pdf.evaluation.weight"),
    },
    rows: bor.map((r) => {
      const weight = weights.get(r.code);
      return {
        code: r.code,
        text: excerpt(r.text),
        weight: weight == null ? t("pdf.evaluation.missingWeight") : percent(weight),
      };
    }),
    total: bor.length === 0 ? null : { label: t("pdf.evaluation.total"), value: percent(total) },
    warning: bor.length > 0 && total !== 100 ? t("pdf.evaluation.notHundred", { total }) : null,
  };
}

// The uppföljningsplan of the requirements the document shows (an internal
// IN requirement's follow-up stays on the plan's page).
function followUpChapter(source: DocumentSource, shown: Set<string>, t: Translate): DocumentData["followUp"] {
  const rows = (source.followUp ?? [])
    .filter((item) => shown.has(item.code))
    .map((item) => ({
      code: item.code,
      what: item.what,
      how: item.how,
      timing: t(`followup.timings.${item.timing}`),
      role: t(`followup.roles.${item.role}`),
    }));
  return {
    id: "followup",
    heading: `${perspectives.length + 3} ${t("followup.document.heading")}`,
    intro: t("followup.document.intro"),
    none: rows.length === 0 ? t("followup.document.none") : null,
    columns: {
      code: t("followup.columns.code"),
      what: t("followup.columns.what"),
      how: t("followup.columns.how"),
      timing: t("followup.columns.timing"),
      role: t("followup.columns.role"),
    },
    rows,
  };
}

// The evaluation table names each bör-krav briefly; its full text stays in
// its perspective chapter, once.
export function excerpt(text: string, max = 90): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}
