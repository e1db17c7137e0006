import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StepStatus, WizardStepId } from "@/lib/drafts/steps";

export type TaskListItem = { id: WizardStepId; href: string | null; status: StepStatus };

const tagStyles: Record<StepStatus, string> = {
  notStarted: "bg-[#f3f2f1] text-[#0b0c0c]",
  inProgress: "bg-[#d2e2f1] text-[#0c2d4a]",
  completed: "bg-[#cce2d8] text-[#005a30]",
  comingSoon: "bg-[#f3f2f1] text-[#383f43]",
  available: "bg-[#d2e2f1] text-[#0c2d4a]",
};

// GOV.UK task list: every step with its status; steps not built yet are shown
// as text, not links, so nobody lands on an empty page.
export async function TaskList({ items }: { items: TaskListItem[] }) {
  const t = await getTranslations();
  return (
    <ol className="border-t border-[#b1b4b6]">
      {items.map((item, index) => {
        const label = `${index + 1}. ${t(`steps.${item.id}`)}`;
        const statusId = `task-${item.id}-status`;
        return (
          <li key={item.id} className="flex flex-wrap items-start justify-between gap-2 border-b border-[#b1b4b6] py-3">
            <div>
              {item.href ? (
                <Link href={item.href} aria-describedby={statusId} className="font-semibold text-[#1d70b8] underline">
                  {label}
                </Link>
              ) : (
                <span className="font-semibold">{label}</span>
              )}
              <p className="text-[#505a5f]">{t(`steps.descriptions.${item.id}`)}</p>
            </div>
            <strong id={statusId} className={`px-2 py-0.5 text-sm font-semibold ${tagStyles[item.status]}`}>
              {t(`wizard.status.${item.status}`)}
            </strong>
          </li>
        );
      })}
    </ol>
  );
}
