import { useTranslations } from "next-intl";
import type { RemissCommentItem } from "@/lib/remiss/types";

// One comment as written, with its answer and decision: shared by the
// author's page, the reviewer's page and the editor.
export function CommentView({ comment, headingLevel = 4 }: { comment: RemissCommentItem; headingLevel?: 3 | 4 | 5 }) {
  const t = useTranslations("remiss");
  const Heading = `h${headingLevel}` as const;
  const target =
    comment.target === "requirement"
      ? (comment.code ?? "")
      : comment.target === "perspective"
        ? t("target.perspective", { name: t(`perspectives.${comment.perspective ?? "kundnytta"}`) })
        : t("target.whole");
  return (
    <>
      <Heading className="font-bold">
        {t(`kinds.${comment.kind}`)} · {target} ·{" "}
        {t("comments.by", { name: comment.reviewerName, role: t(`roles.${comment.reviewerRole}`) })}
      </Heading>
      <p className="whitespace-pre-wrap">{comment.text}</p>
      {comment.proposedText ? (
        <p className="mt-1 whitespace-pre-wrap">
          <span className="font-semibold">{t("comments.proposal")}: </span>
          {comment.proposedText}
        </p>
      ) : null}
      {comment.answer ? (
        <p className="mt-1 whitespace-pre-wrap">
          <span className="font-semibold">{t("comments.answerLabel")}: </span>
          {comment.answer}
        </p>
      ) : null}
      {comment.decision ? (
        <p className="mt-1 font-semibold" data-testid="comment-decision">
          {comment.decision === "accepted"
            ? t("decision.accepted")
            : t("decision.declinedWith", { reason: comment.decisionReason })}
        </p>
      ) : null}
    </>
  );
}
