"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import type { RemissReviewerItem } from "@/lib/remiss/types";
import { RemissForm } from "@/components/remiss/remiss-form";

export function ReviewerList({
  reviewers,
  revoke,
}: {
  reviewers: RemissReviewerItem[];
  // null for a läsare or a closed round.
  revoke: ((reviewerId: string) => Promise<ActionResult>) | null;
}) {
  const t = useTranslations("remiss");
  if (reviewers.length === 0) return <p className="mb-4">{t("reviewers.none")}</p>;
  return (
    <ul className="mb-6">
      {reviewers.map((r) => (
        <li key={r.id} className="mb-2">
          <span className="font-semibold">{r.name}</span> · {t(`roles.${r.role}`)} ·{" "}
          {r.kind === "member" ? t("reviewers.kindMember") : t("reviewers.kindLink")}
          {r.revoked ? <> · {t("reviewers.revoked")}</> : null}
          {revoke && !r.revoked ? (
            <RemissForm
              idPrefix={`rev-${r.id}`}
              action={() => revoke(r.id)}
              submitLabel={t("reviewers.revoke", { name: r.name })}
              variant="secondary"
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
