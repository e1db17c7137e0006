import { useTranslations } from "next-intl";
import type { RemissCommentItem } from "@/lib/remiss/types";
import { CommentView } from "@/components/remiss/comment-view";

// Beside a requirement in the editor and in Granska: how many remiss
// comments it has, opened into the list.
export function RemissCommentCount({ comments }: { comments: RemissCommentItem[] }) {
  const t = useTranslations("remiss.comments");
  if (comments.length === 0) return null;
  return (
    <details className="mb-3" data-testid="remiss-comment-count">
      <summary className="cursor-pointer font-semibold text-brand">{t("count", { count: comments.length })}</summary>
      <ul className="mt-2">
        {comments.map((comment) => (
          <li key={comment.id} className="mb-3 border-l-4 border-line pl-4">
            <CommentView comment={comment} />
          </li>
        ))}
      </ul>
    </details>
  );
}
