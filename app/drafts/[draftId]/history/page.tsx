import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireDraft } from "@/lib/drafts/require-draft";
import { getCurrentSnapshot, getRevision, listRevisions } from "@/lib/revisions/data";
import { revisionIdSchema } from "@/lib/revisions/schema";
import { CompareForm } from "@/components/revisions/compare-form";
import { RevisionDiff } from "@/components/revisions/revision-diff";
import { RevisionTable } from "@/components/revisions/revision-table";

type Props = {
  params: Promise<{ draftId: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("revisions");
  return { title: t("title") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function HistoryPage({ params, searchParams }: Props) {
  const { user, draft } = await requireDraft((await params).draftId);
  const revisions = (await listRevisions(user.id, draft.id)) ?? notFound();
  const query = await searchParams;
  const t = await getTranslations("revisions");
  // Default comparison: the newest revision older than the current version → now.
  const previous = revisions.find((revision) => revision.version < draft.version);
  const pick = (value: string | undefined, fallback: string) =>
    value === "current" || (value && revisionIdSchema.safeParse(value).success) ? value : fallback;
  const from = pick(one(query.from), previous?.id ?? "current");
  const to = pick(one(query.to), "current");

  const load = async (choice: string) => {
    if (choice === "current")
      return { label: t("current", { version: draft.version }), snapshot: await getCurrentSnapshot(user.id, draft.id) };
    const revision = await getRevision(user.id, draft.id, choice);
    return revision ? { label: `version ${revision.version}`, snapshot: revision.snapshot } : null;
  };
  const [before, after] = await Promise.all([load(from), load(to)]);

  return (
    <>
      <Link href={`/drafts/${draft.id}/start`} className="mb-6 inline-block text-brand underline">
        {t("backToStart")}
      </Link>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      <RevisionTable draftId={draft.id} revisions={revisions} currentVersion={draft.version} />
      <h2 className="mb-4 text-2xl font-bold">{t("compareHeading")}</h2>
      <CompareForm revisions={revisions} currentVersion={draft.version} from={from} to={to} />
      {before?.snapshot && after?.snapshot ? (
        <section aria-labelledby="diff-heading">
          <h3 id="diff-heading" className="mb-2 text-xl font-bold">
            {t("diffHeading", { from: before.label, to: after.label })}
          </h3>
          <RevisionDiff before={before.snapshot} after={after.snapshot} />
        </section>
      ) : null}
    </>
  );
}
