import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { addRemissCommentAction } from "@/lib/remiss/actions";
import { getReviewerView } from "@/lib/remiss/data";
import { PrintDocument } from "@/components/print/print-document";
import { printCss } from "@/components/print/styles";
import { CommentView } from "@/components/remiss/comment-view";
import { ReviewerCommentForm } from "@/components/remiss/reviewer-comment-form";

type Props = { params: Promise<{ token: string }> };

// The link is the credential: never indexed, never sent on as a referrer.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("remiss.reviewer");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// A reviewer's page (issue 17): no account; the token reaches exactly one
// frozen version of one draft, to read and comment. Unknown, revoked and
// expired links are the same 404.
export default async function ReviewerPage({ params }: Props) {
  const view = await getReviewerView((await params).token);
  if (!view) notFound();
  const t = await getTranslations("remiss");
  const { token } = await params;
  return (
    <>
      <style>{printCss}</style>
      <h1 className="mb-4 text-4xl font-bold">{t("reviewer.heading", { title: view.document.title })}</h1>
      <p className="mb-4 max-w-3xl">{t("reviewer.intro", { name: view.reviewerName, date: view.deadline })}</p>
      {view.role === "skyddsombud" ? (
        <p className="mb-6 max-w-3xl border-l-4 border-brand pl-4" data-testid="skyddsombud-note">
          {t("reviewer.skyddsombud")}{" "}
          <a href="#arbetsmiljo" className="text-brand underline">
            {t("reviewer.skyddsombudLink")}
          </a>
        </p>
      ) : null}
      <section aria-labelledby="comment-heading" className="mb-8">
        <h2 id="comment-heading" className="mb-2 text-2xl font-bold">
          {t("reviewer.formHeading")}
        </h2>
        {view.open ? (
          <ReviewerCommentForm action={addRemissCommentAction.bind(null, token)} targets={view.targets} />
        ) : (
          <p className="mb-6 border-l-4 border-line pl-4">{t("reviewer.closed")}</p>
        )}
        {view.comments.length > 0 ? (
          <>
            <h3 className="mb-2 text-xl font-bold">{t("reviewer.yours")}</h3>
            <ul>
              {view.comments.map((comment) => (
                <li key={comment.id} className="mb-4 border-l-4 border-line pl-4">
                  <CommentView comment={comment} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-label={t("reviewer.document")}>
        <PrintDocument data={view.document} />
      </section>
    </>
  );
}
