import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireDraft } from "@/lib/drafts/require-draft";
import { stepStatuses, wizardSteps } from "@/lib/drafts/steps";
import { TaskList } from "@/components/wizard/task-list";

type Props = { params: Promise<{ draftId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { draft } = await requireDraft((await params).draftId);
  const t = await getTranslations("drafts");
  return { title: draft.title || t("untitled") };
}

export default async function DraftOverviewPage({ params }: Props) {
  const { draft } = await requireDraft((await params).draftId);
  const t = await getTranslations();
  const statuses = stepStatuses(draft.title, draft.context, draft);
  const items = wizardSteps.map((step) => ({
    id: step.id,
    status: statuses[step.id],
    href: step.path ? `/drafts/${draft.id}/${step.path}` : null,
  }));
  return (
    <>
      <Link href="/drafts" className="mb-6 inline-block text-brand underline">
        {t("wizard.backToDrafts")}
      </Link>
      <h1 className="mb-2 text-4xl font-bold">{draft.title || t("drafts.untitled")}</h1>
      <p className="mb-2 text-secondary">{t("wizard.version", { version: draft.version })}</p>
      <p className="mb-8">{t("wizard.overviewIntro")}</p>
      <h2 className="mb-4 text-2xl font-bold">{t("wizard.taskListHeading")}</h2>
      <TaskList items={items} />
      <p className="mt-8">
        <Link href={`/drafts/${draft.id}/uppfoljning`} className="text-brand underline">
          {t("followup.link")}
        </Link>
      </p>
      <p className="mt-2">
        <Link href={`/drafts/${draft.id}/remiss`} className="text-brand underline">
          {t("remiss.link")}
        </Link>
      </p>
    </>
  );
}
