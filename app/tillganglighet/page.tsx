import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getOperator, legalPagesReviewed } from "@/lib/legal/operator";
import { ExternalLink } from "@/components/catalog/external-link";
import { LegalPage, LegalSection, OperatorContact } from "@/components/legal/legal-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.accessibility");
  return { title: t("title") };
}

// Follows the structure of Digg's template for a tillgänglighetsredogörelse
// (lag 2018:1937 and föreskrift MDFFS 2019:2); public, no sign-in needed.
export default async function AccessibilityStatementPage() {
  const [t, tLegal, format] = await Promise.all([
    getTranslations("legal.accessibility"),
    getTranslations("legal"),
    getFormatter(),
  ]);
  const operator = getOperator();
  const contact = (
    <OperatorContact email={operator.email} label={tLegal("contactLabel")} missing={tLegal("operatorMissing")} />
  );
  return (
    <LegalPage
      title={t("title")}
      reviewed={tLegal("reviewed", { date: format.dateTime(new Date(legalPagesReviewed), { dateStyle: "long" }) })}
    >
      <p className="mb-8 text-lg">{t("intro", { operator: operator.name ?? tLegal("operatorFallback") })}</p>
      <LegalSection heading={t("statusHeading")}>
        <p>{t("statusText")}</p>
      </LegalSection>
      <LegalSection heading={t("alternativeHeading")}>
        <p>{t("alternativeText")}</p>
        {contact}
      </LegalSection>
      <LegalSection heading={t("reportHeading")}>
        <p>{t("reportText")}</p>
        {contact}
      </LegalSection>
      <LegalSection heading={t("supervisionHeading")}>
        <p>{t("supervisionText")}</p>
        <p>
          <ExternalLink href="https://www.digg.se/tdosanmalan" label={tLegal("externalLabel")}>
            {t("supervisionLink")}
          </ExternalLink>
        </p>
      </LegalSection>
      <LegalSection heading={t("technicalHeading")}>
        <p>{t("technicalText")}</p>
      </LegalSection>
      <LegalSection heading={t("gapsHeading")}>
        <ul className="list-disc space-y-2 pl-6">
          <li>{t("gapPdf")}</li>
          <li>{t("gapCatalog")}</li>
        </ul>
      </LegalSection>
      <LegalSection heading={t("testedHeading")}>
        <p>{t("testedText")}</p>
      </LegalSection>
    </LegalPage>
  );
}
