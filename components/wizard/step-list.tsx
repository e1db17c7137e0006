import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { WizardStepId } from "@/lib/drafts/steps";
import { tagStyles, type TaskListItem } from "@/components/wizard/task-list";

// The task list in short, beside every step: where one is, and each
// section's status, without going back to the overview. It follows the step's
// content in the page so the form comes first for keyboard users.
export async function StepList({ items, current }: { items: TaskListItem[]; current: WizardStepId }) {
  const t = await getTranslations();
  return (
    <nav aria-labelledby="step-list-heading" className="mt-10 lg:mt-0">
      <h2 id="step-list-heading" className="mb-2 text-xl font-bold">
        {t("ui.stepList.heading")}
      </h2>
      <ol className="border-t border-line">
        {items.map((item, index) => {
          const label = `${index + 1}. ${t(`steps.${item.id}`)}`;
          const statusId = `step-${item.id}-status`;
          const here = item.id === current;
          return (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-line py-2">
              {item.href ? (
                <Link
                  href={item.href}
                  aria-current={here ? "step" : undefined}
                  aria-describedby={statusId}
                  className={`text-brand underline ${here ? "font-bold" : ""}`}
                >
                  {label}
                </Link>
              ) : (
                <span>{label}</span>
              )}
              <strong id={statusId} className={`px-2 py-0.5 text-sm font-semibold ${tagStyles[item.status]}`}>
                {t(`wizard.status.${item.status}`)}
              </strong>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

// A step's content with the step list beside it (below it on narrow screens).
export function StepFrame({ children, aside }: { children: React.ReactNode; aside: React.ReactNode }) {
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:items-start lg:gap-10">
      <div>{children}</div>
      {aside}
    </div>
  );
}
