"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import type { RevisionSummary } from "@/lib/revisions/types";
import { RestoreButton } from "@/components/revisions/restore-button";

// Who saved what when, newest first; every row but the current version can
// be restored (which itself becomes the newest revision).
export function RevisionTable({
  draftId,
  revisions,
  currentVersion,
}: {
  draftId: string;
  revisions: RevisionSummary[];
  currentVersion: number;
}) {
  const t = useTranslations("revisions");
  const format = useFormatter();
  const [message, setMessage] = useState("");
  return (
    <>
      <p role="status" className="mb-4 min-h-6 font-semibold text-success">
        {message}
      </p>
      {revisions.length === 0 ? (
        <p className="mb-8">{t("empty")}</p>
      ) : (
        <table className="mb-8 w-full border-collapse text-left">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("columns.version")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("columns.createdAt")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("columns.author")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("columns.reason")}
              </th>
              <th scope="col" className="py-2">
                {t("columns.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id} className="border-b border-line">
                <td className="py-3 pr-4">{revision.version}</td>
                <td className="py-3 pr-4">
                  {format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </td>
                <td className="py-3 pr-4">{revision.authorName ?? t("deletedUser")}</td>
                <td className="py-3 pr-4">{t(`reasons.${revision.reason}`)}</td>
                <td className="py-3">
                  {revision.version === currentVersion ? null : (
                    <RestoreButton
                      draftId={draftId}
                      revisionId={revision.id}
                      version={revision.version}
                      onDone={setMessage}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
