import { getFormatter, getTranslations } from "next-intl/server";
import type { FollowUpPlan } from "@/lib/followup/types";

// The plan as one table: a caption, column headers and each item's status in
// words (not only colour), so a screen reader reads it row by row.
export async function FollowUpTable({ plan }: { plan: FollowUpPlan }) {
  const t = await getTranslations("followup");
  const format = await getFormatter();
  // Plain text: next-intl's rich values are tags, not elements for a {date} argument.
  const day = (value: string) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const status = (item: FollowUpPlan["items"][number]) => {
    if (item.status === "done") return t("status.done", { date: day(item.doneAt!) });
    if (item.status === "unscheduled") return t("status.unscheduled");
    return t(`status.${item.status}`, { date: day(item.dueDate!) });
  };
  const cell = "py-2 pr-4 align-top";
  return (
    <table className="mb-8 w-full border-collapse text-left" data-testid="follow-up-plan">
      <caption className="mb-2 text-left text-secondary">{t("caption", { count: plan.items.length })}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          {(["code", "what", "how", "timing", "role", "status"] as const).map((column) => (
            <th key={column} scope="col" className="py-2 pr-4">
              {t(`columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {plan.items.map((item) => (
          <tr key={item.requirementId} className="border-b border-line" data-code={item.code}>
            <th scope="row" className={`${cell} font-semibold`}>
              {item.code}
            </th>
            <td className={cell}>{item.what}</td>
            <td className={`${cell} whitespace-pre-line`}>{item.how}</td>
            <td className={cell}>{t(`timings.${item.timing}`)}</td>
            <td className={cell}>{t(`roles.${item.role}`)}</td>
            <td className={cell}>
              <span className={item.status === "due" ? "font-semibold" : ""}>{status(item)}</span>
              {item.note ? (
                <p className="mt-1 text-secondary">
                  {t("noteLabel")}: {item.note}
                </p>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
