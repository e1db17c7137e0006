import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireDraft } from "@/lib/drafts/require-draft";
import { StartStepForm } from "@/components/drafts/start-step-form";

type Props = { params: Promise<{ draftId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("start");
  return { title: t("title") };
}

export default async function StartStepPage({ params }: Props) {
  const { draft } = await requireDraft((await params).draftId);
  const t = await getTranslations();
  const { context } = draft;
  return (
    <div className="max-w-2xl">
      <Link href={`/drafts/${draft.id}`} className="mb-6 inline-block text-[#1d70b8] underline">
        {t("wizard.backToOverview")}
      </Link>
      <h1 className="mb-4 text-4xl font-bold">{t("start.title")}</h1>
      <p className="mb-8">{t("start.intro")}</p>
      <StartStepForm
        draftId={draft.id}
        initialVersion={draft.version}
        defaultValues={{
          title: draft.title,
          organisation: context.organisation ?? "",
          procuredItem: context.procuredItem ?? "",
          productTypes: context.productTypes ?? [],
          personalData: context.personalData,
          userGroups: context.userGroups ?? [],
          usersDescription: context.usersDescription ?? "",
          userCounts: context.userCounts ?? {},
          critical: context.critical,
          aiComponent: context.aiComponent,
          procedure: context.procedure ?? "undecided",
          estimatedValueSek: context.estimatedValueSek,
          contractMonths: context.contractMonths,
        }}
      />
    </div>
  );
}
