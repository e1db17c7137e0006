import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StepStatus, WizardStepId } from "@/lib/drafts/steps";

export type TaskListItem = { id: WizardStepId; href: string | null; status: StepStatus };

export const tagStyles: Record<StepStatus, string> = {
  notStarted: "bg-surface text-ink",
  inProgress: "bg-brand-light text-brand-darker",
  completed: "bg-success-light text-success-dark",
  comingSoon: "bg-surface text-secondary-dark",
  available: "bg-brand-light text-brand-darker",
};

// GOV.UK task list: every step with its status; steps not built yet are shown
// as text, not links, so nobody lands on an empty page.
export async function TaskList({ items }: { items: TaskListItem[] }) {
  const t = await getTranslations();
  return (
    <ol className="border-t border-line">
      {items.map((item, index) => {
        const label = `${index + 1}. ${t(`steps.${item.id}`)}`;
        const statusId = `task-${item.id}-status`;
        return (
          <li key={item.id} className="flex flex-wrap items-start justify-between gap-2 border-b border-line py-3">
            <div>
              {item.href ? (
                <Link href={item.href} aria-describedby={statusId} className="font-semibold text-brand underline">
                  {label}
                </Link>
              ) : (
                <span className="font-semibold">{label}</span>
              )}
              <p className="text-secondary">{t(`steps.descriptions.${item.id}`)}</p>
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
