"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreDraftFromTrashAction } from "@/lib/trash/actions";
import type { TrashedDraft } from "@/lib/trash/types";
import { Button } from "@/components/ui/button";

export function TrashList({ drafts }: { drafts: TrashedDraft[] }) {
  const t = useTranslations("trash");
  const terr = useTranslations("errors.codes");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });

  const restore = (draft: TrashedDraft) =>
    startTransition(async () => {
      const result = await restoreDraftFromTrashAction(draft.id);
      setMessage(
        result.ok
          ? { ok: true, text: t("restored", { title: draft.title || t("untitled") }) }
          : { ok: false, text: terr(result.code) },
      );
      router.refresh();
    });

  return (
    <>
      <p
        role="status"
        className={`mb-4 min-h-6 font-semibold ${message?.ok === false ? "text-error" : "text-success"}`}
      >
        {message?.text ?? ""}
      </p>
      {drafts.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("columns.title")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("columns.deletedAt")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("columns.purgeAt")}
              </th>
              <th scope="col" className="py-2">
                {t("columns.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((draft) => (
              <tr key={draft.id} className="border-b border-line">
                <td className="py-3 pr-4">{draft.title || t("untitled")}</td>
                <td className="py-3 pr-4">{date(draft.deletedAt)}</td>
                <td className="py-3 pr-4">{date(draft.purgeAt)}</td>
                <td className="py-3">
                  <Button variant="secondary" onClick={() => restore(draft)} disabled={pending}>
                    {t("restore")}
                    <span className="sr-only"> {draft.title || t("untitled")}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
