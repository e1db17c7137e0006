import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireDraft } from "@/lib/drafts/require-draft";
import {
  acceptRemissProposalAction,
  addRemissReviewerAction,
  answerRemissCommentAction,
  closeRemissAction,
  createRemissAction,
  declineRemissProposalAction,
  revokeRemissReviewerAction,
} from "@/lib/remiss/actions";
import { getRemissPage } from "@/lib/remiss/data";
import { AddReviewerForms } from "@/components/remiss/add-reviewer-forms";
import { AuthorComment } from "@/components/remiss/author-comment";
import { CreateRemissForm } from "@/components/remiss/create-remiss-form";
import { RemissForm } from "@/components/remiss/remiss-form";
import { ReviewerList } from "@/components/remiss/reviewer-list";

type Props = { params: Promise<{ draftId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("remiss");
  return { title: t("title") };
}

// The author's side of the remiss (issue 17): start a round on a frozen
// version, add reviewers (each link shown once), answer and decide comments,
// close the round; the summary is a print view and a PDF or Word download.
export default async function RemissPage({ params }: Props) {
  const { user, draft } = await requireDraft((await params).draftId);
  const [t, page] = await Promise.all([getTranslations("remiss"), getRemissPage(user.id, draft.id)]);
  if (!page) notFound();
  const hasOpen = page.rounds.some((round) => round.status === "open");
  return (
    <>
      <Link href={`/drafts/${draft.id}`} className="mb-6 inline-block text-brand underline">
        {t("back")}
      </Link>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      {page.canEdit ? null : <p className="mb-6 border-l-4 border-line pl-4">{t("readOnly")}</p>}
      {page.canEdit && !hasOpen ? (
        <section aria-labelledby="create-heading" className="mb-8">
          <h2 id="create-heading" className="mb-2 text-2xl font-bold">
            {t("create.heading")}
          </h2>
          <CreateRemissForm action={createRemissAction.bind(null, draft.id)} />
        </section>
      ) : null}
      {page.rounds.length === 0 ? <p className="mb-8">{t("none")}</p> : null}
      {page.rounds.map((round) => {
        const editable = page.canEdit && round.status === "open";
        const base = `/drafts/${draft.id}/remiss/${round.id}`;
        return (
          <section key={round.id} aria-labelledby={`round-${round.id}`} className="mb-10 border-t-2 border-line pt-6">
            <h2 id={`round-${round.id}`} className="mb-2 text-2xl font-bold">
              {t("round.heading", { version: round.draftVersion })} · {t(`status.${round.status}`)}
            </h2>
            <p className="mb-4">{t("round.deadline", { date: round.deadline })}</p>
            <ul className="mb-6 flex flex-wrap gap-6">
              <li>
                <Link href={`${base}/sammanstallning`} className="text-brand underline">
                  {t("round.summary")}
                </Link>
              </li>
              <li>
                <a href={`${base}/export?format=pdf`} className="text-brand underline">
                  {t("round.pdf")}
                </a>
              </li>
              <li>
                <a href={`${base}/export?format=docx`} className="text-brand underline">
                  {t("round.docx")}
                </a>
              </li>
            </ul>
            <h3 className="mb-2 text-xl font-bold">{t("reviewers.heading")}</h3>
            <ReviewerList
              reviewers={round.reviewers}
              revoke={editable ? revokeRemissReviewerAction.bind(null, draft.id) : null}
            />
            {editable ? (
              <AddReviewerForms
                action={addRemissReviewerAction.bind(null, draft.id, round.id)}
                members={page.members.filter((m) => m.userId !== user.id)}
              />
            ) : null}
            <h3 className="mb-2 text-xl font-bold">{t("comments.heading")}</h3>
            {round.comments.length === 0 ? <p className="mb-4">{t("comments.none")}</p> : null}
            <ul>
              {round.comments.map((comment) => (
                <AuthorComment
                  key={comment.id}
                  comment={comment}
                  canEdit={page.canEdit}
                  answer={answerRemissCommentAction.bind(null, draft.id, comment.id)}
                  accept={acceptRemissProposalAction.bind(null, draft.id, comment.id)}
                  decline={declineRemissProposalAction.bind(null, draft.id, comment.id)}
                />
              ))}
            </ul>
            {editable ? (
              <RemissForm
                idPrefix={`close-${round.id}`}
                action={closeRemissAction.bind(null, draft.id, round.id)}
                submitLabel={t("round.close")}
                variant="secondary"
              />
            ) : null}
          </section>
        );
      })}
    </>
  );
}
