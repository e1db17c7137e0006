import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { DueFollowUp } from "@/lib/followup/types";

// The dashboard's reminder: items of the uppföljningsplaner that are due,
// each linking to its plan. Nothing is shown when nothing is due.
export async function DueFollowUps({ items }: { items: DueFollowUp[] }) {
  if (items.length === 0) return null;
  const t = await getTranslations("followup.dashboard");
  const format = await getFormatter();
  // Not Map.groupBy: the app must run on Node 20.
  const byDraft = new Map<string, DueFollowUp[]>();
  for (const item of items) byDraft.set(item.draftId, [...(byDraft.get(item.draftId) ?? []), item]);
  return (
    <section
      aria-labelledby="due-follow-ups"
      className="mb-8 border-l-4 border-brand pl-4"
      data-testid="due-follow-ups"
    >
      <h2 id="due-follow-ups" className="mb-1 text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mb-3 text-secondary">{t("intro")}</p>
      <ul className="list-none">
        {[...byDraft.values()].map((group) => (
          <li key={group[0]!.draftId} className="mb-3">
            <Link href={`/drafts/${group[0]!.draftId}/uppfoljning`} className="font-semibold text-brand underline">
              {group[0]!.draftTitle}
            </Link>
            <ul className="ml-6 list-disc">
              {group.map((item) => (
                <li key={item.code}>
                  {t("item", {
                    code: item.code,
                    what: item.what,
                    date: format.dateTime(new Date(`${item.dueDate}T00:00:00Z`), {
                      dateStyle: "long",
                      timeZone: "UTC",
                    }),
                  })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
