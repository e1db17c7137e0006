"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import type { RemissCommentItem } from "@/lib/remiss/types";
import { CommentView } from "@/components/remiss/comment-view";
import { RemissTextArea } from "@/components/remiss/remiss-fields";
import { RemissForm } from "@/components/remiss/remiss-form";

type Act = (input: unknown) => Promise<ActionResult<unknown>>;

// A comment on the author's page: answer it, and for a proposed change
// accept it in one step or decline it with a reason.
export function AuthorComment({
  comment,
  canEdit,
  answer,
  accept,
  decline,
}: {
  comment: RemissCommentItem;
  canEdit: boolean;
  answer: Act;
  accept: () => Promise<ActionResult<unknown>>;
  decline: Act;
}) {
  const t = useTranslations("remiss.comments");
  const p = `c-${comment.id}`;
  const undecided = comment.kind === "andringsforslag" && !comment.decision;
  return (
    <li className="mb-6 border-l-4 border-line pl-4" data-testid="remiss-comment">
      <CommentView comment={comment} />
      {canEdit ? (
        <div className="mt-3">
          <RemissForm idPrefix={`${p}-a`} action={answer} submitLabel={t("answerSubmit")} doneMessage={t("answered")}>
            <RemissTextArea
              idPrefix={`${p}-a`}
              name="answer"
              label={t("answer")}
              defaultValue={comment.answer}
              rows={2}
            />
          </RemissForm>
          {undecided ? (
            <>
              <RemissForm idPrefix={`${p}-y`} action={() => accept()} submitLabel={t("accept")} />
              <RemissForm idPrefix={`${p}-n`} action={decline} submitLabel={t("declineSubmit")} variant="secondary">
                <RemissTextArea idPrefix={`${p}-n`} name="reason" label={t("declineReason")} rows={2} />
              </RemissForm>
            </>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
