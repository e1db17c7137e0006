import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireDraft } from "@/lib/drafts/require-draft";
import { recordFollowUpDoneAction, saveFollowUpItemAction, setContractStartAction } from "@/lib/followup/actions";
import { getFollowUpPlan } from "@/lib/followup/data";
import { todayInSweden } from "@/lib/followup/due";
import { ContractStartForm } from "@/components/followup/contract-start-form";
import { FollowUpItemForms } from "@/components/followup/follow-up-item-forms";
import { FollowUpTable } from "@/components/followup/follow-up-table";

type Props = { params: Promise<{ draftId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("followup");
  return { title: t("title") };
}

// The uppföljningsplan (issue 17): generated from the requirements'
// uppföljning fields, edited and marked done here; a läsare reads it.
export default async function FollowUpPage({ params }: Props) {
  const { user, draft } = await requireDraft((await params).draftId);
  const [t, plan] = await Promise.all([
    getTranslations("followup"),
    getFollowUpPlan(user.id, draft.id, todayInSweden()),
  ]);
  if (!plan) notFound();
  return (
    <>
      <Link href={`/drafts/${draft.id}`} className="mb-6 inline-block text-brand underline">
        {t("back")}
      </Link>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      {plan.canEdit ? null : <p className="mb-6 border-l-4 border-line pl-4">{t("readOnly")}</p>}
      <section aria-labelledby="contract-start-heading">
        <h2 id="contract-start-heading" className="mb-2 text-2xl font-bold">
          {t("contractStart.heading")}
        </h2>
        {plan.canEdit ? (
          <ContractStartForm contractStart={plan.contractStart} action={setContractStartAction.bind(null, draft.id)} />
        ) : (
          <p className="mb-8">
            {plan.contractStart ? t("contractStart.value", { date: plan.contractStart }) : t("contractStart.none")}
          </p>
        )}
      </section>
      {plan.items.length === 0 ? (
        <p className="mb-8">{t("none")}</p>
      ) : (
        <>
          <FollowUpTable plan={plan} />
          {plan.canEdit
            ? plan.items.map((item) => (
                <FollowUpItemForms
                  key={item.requirementId}
                  code={item.code}
                  item={{ ...item, doneAt: item.doneAt ?? "" }}
                  saveItem={saveFollowUpItemAction.bind(null, draft.id, item.requirementId)}
                  recordDone={recordFollowUpDoneAction.bind(null, draft.id, item.requirementId)}
                />
              ))
            : null}
        </>
      )}
    </>
  );
}
