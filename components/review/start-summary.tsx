import { getFormatter, getTranslations } from "next-intl/server";
import type { DraftContext } from "@/lib/drafts/schema";
import { userGroups } from "@/lib/vocabulary";
import { SummaryList, type SummaryRow } from "@/components/review/summary-list";

type Props = { draftId: string; title: string; context: DraftContext };

// The Start answers, in the order the Start form asks them.
export async function StartSummary({ draftId, title, context }: Props) {
  const t = await getTranslations();
  const format = await getFormatter();
  const notAnswered = <span className="text-secondary">{t("review.notAnswered")}</span>;
  const text = (value: string | undefined) => (value && value.trim() !== "" ? value : notAnswered);
  const list = (values: readonly string[] | undefined, prefix: string) =>
    values && values.length > 0 ? values.map((value) => t(`${prefix}.${value}`)).join(", ") : notAnswered;
  const one = (value: string | undefined, prefix: string) => (value ? t(`${prefix}.${value}`) : notAnswered);
  const counts = userGroups
    .filter((group) => context.userCounts?.[group] !== undefined)
    .map((group) =>
      t("review.start.userCount", {
        group: t(`start.userGroups.${group}`),
        count: format.number(context.userCounts?.[group] ?? 0),
      }),
    );

  const field = (id: string, label: "label" | "legend", value: SummaryRow["value"]): SummaryRow => {
    const question = t(`start.fields.${id}.${label}`);
    return {
      key: id,
      label: question,
      value,
      change: { href: `/drafts/${draftId}/start`, text: t("review.change"), hidden: question },
    };
  };

  const rows: SummaryRow[] = [
    field("title", "label", text(title)),
    field("organisation", "label", text(context.organisation)),
    field("procuredItem", "label", text(context.procuredItem)),
    field("productTypes", "legend", list(context.productTypes, "start.productTypes")),
    field("personalData", "legend", one(context.personalData, "start.personalData")),
    field("userGroups", "legend", list(context.userGroups, "start.userGroups")),
    field("usersDescription", "label", text(context.usersDescription)),
    field("userCounts", "legend", counts.length > 0 ? counts.join(", ") : notAnswered),
    field("critical", "legend", one(context.critical, "start.critical")),
    field("aiComponent", "legend", one(context.aiComponent, "start.yesNo")),
    field("procedure", "label", one(context.procedure, "start.procedures")),
    field(
      "estimatedValueSek",
      "label",
      context.estimatedValueSek === undefined
        ? notAnswered
        : t("review.start.valueSek", { value: format.number(context.estimatedValueSek) }),
    ),
    field(
      "contractMonths",
      "label",
      context.contractMonths === undefined ? notAnswered : t("review.start.months", { months: context.contractMonths }),
    ),
  ];
  return <SummaryList rows={rows} testId="review-start" />;
}
