import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RemissCommentItem } from "@/lib/remiss/types";
import { RemissCommentCount } from "@/components/remiss/remiss-comment-count";

// Granska: the requirements that have remiss comments, each with its count
// and list, and the way to the remiss page to answer them.
export function ReviewRemissComments({
  draftId,
  comments,
}: {
  draftId: string;
  comments: Record<string, RemissCommentItem[]>;
}) {
  const t = useTranslations("remiss");
  const entries = Object.values(comments)
    .filter((list) => list.length > 0)
    .sort((a, b) => (a[0]!.code ?? "").localeCompare(b[0]!.code ?? "", "sv", { numeric: true }));
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="granska-remiss" className="mb-10">
      <h2 id="granska-remiss" className="mb-4 text-3xl font-bold">
        {t("inEditor.heading")}
      </h2>
      <ul className="mb-4">
        {entries.map((list) => (
          <li key={list[0]!.id}>
            <h3 className="text-xl font-bold">{list[0]!.code}</h3>
            <RemissCommentCount comments={list} />
          </li>
        ))}
      </ul>
      <Link href={`/drafts/${draftId}/remiss`} className="text-brand underline">
        {t("inEditor.link")}
      </Link>
    </section>
  );
}
