import type { RemissRound } from "@/lib/remiss/types";
import { perspectives } from "@/lib/vocabulary";

// "Remissammanställning": every comment of one round with its answer and
// decision, every string translated here, once, for the print view, the PDF
// and the Word file (like lib/document/build.ts for the document).
export type SummaryRow = {
  target: string;
  reviewer: string;
  kind: string;
  text: string;
  proposedText: string | null;
  answer: string;
  decision: string;
};

export type RemissSummary = {
  lang: string;
  heading: string;
  title: string;
  facts: { label: string; value: string }[];
  labels: { target: string; reviewer: string; comment: string; proposal: string; answer: string; decision: string };
  none: string | null;
  rows: SummaryRow[];
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

// Comments in document order: the whole first, then per perspective, then
// by requirement code, then as written.
const targetOrder = (c: RemissRound["comments"][number]) =>
  c.target === "whole" ? -1 : perspectives.indexOf(c.perspective ?? "kundnytta");

export function buildRemissSummary(round: RemissRound, draftTitle: string, t: Translate, lang: string): RemissSummary {
  const comments = [...round.comments].sort(
    (a, b) =>
      targetOrder(a) - targetOrder(b) ||
      (a.code ?? "").localeCompare(b.code ?? "", "sv", { numeric: true }) ||
      a.createdAt.localeCompare(b.createdAt),
  );
  return {
    lang,
    heading: t("remiss.summary.heading"),
    title: draftTitle,
    facts: [
      { label: t("remiss.summary.version"), value: String(round.draftVersion) },
      { label: t("remiss.summary.deadline"), value: round.deadline },
      { label: t("remiss.summary.status"), value: t(`remiss.status.${round.status}`) },
      { label: t("remiss.summary.reviewers"), value: String(round.reviewers.length) },
    ],
    labels: {
      target: t("remiss.summary.target"),
      reviewer: t("remiss.summary.reviewer"),
      comment: t("remiss.summary.comment"),
      proposal: t("remiss.summary.proposal"),
      answer: t("remiss.summary.answer"),
      decision: t("remiss.summary.decision"),
    },
    none: comments.length === 0 ? t("remiss.summary.none") : null,
    rows: comments.map((c) => ({
      target:
        c.target === "requirement"
          ? (c.code ?? "")
          : c.target === "perspective"
            ? t(`remiss.perspectives.${c.perspective ?? "kundnytta"}`)
            : t("remiss.target.whole"),
      reviewer: `${c.reviewerName} (${t(`remiss.roles.${c.reviewerRole}`)})`,
      kind: t(`remiss.kinds.${c.kind}`),
      text: c.text,
      proposedText: c.proposedText,
      answer: c.answer || t("remiss.summary.noAnswer"),
      decision:
        c.decision === "accepted"
          ? t("remiss.decision.accepted")
          : c.decision === "declined"
            ? t("remiss.decision.declinedWith", { reason: c.decisionReason })
            : c.kind === "andringsforslag"
              ? t("remiss.decision.open")
              : "–",
    })),
  };
}
