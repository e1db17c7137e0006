import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getOperator, legalPagesReviewed } from "@/lib/legal/operator";
import { trashRetentionDays } from "@/lib/trash/schema";
import { ExternalLink } from "@/components/catalog/external-link";
import { LegalPage, LegalSection, OperatorContact } from "@/components/legal/legal-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.privacy");
  return { title: t("title") };
}

// The information GDPR art. 13 asks for: what, why, legal basis, how long,
// rights and whom to contact; public, no sign-in needed.
export default async function PrivacyNoticePage() {
  const [t, tLegal, format] = await Promise.all([
    getTranslations("legal.privacy"),
    getTranslations("legal"),
    getFormatter(),
  ]);
  const operator = getOperator();
  const stored = [
    "storedAccount",
    "storedSessions",
    "storedWork",
    "storedOrgs",
    "storedAudit",
    "storedCookies",
  ] as const;
  return (
    <LegalPage
      title={t("title")}
      reviewed={tLegal("reviewed", { date: format.dateTime(new Date(legalPagesReviewed), { dateStyle: "long" }) })}
    >
      <p className="mb-8 text-lg">{t("intro", { operator: operator.name ?? tLegal("operatorFallback") })}</p>
      <LegalSection heading={t("storedHeading")}>
        <ul className="list-disc space-y-2 pl-6">
          {stored.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </LegalSection>
      <LegalSection heading={t("purposeHeading")}>
        <p>{t("purposeText")}</p>
      </LegalSection>
      <LegalSection heading={t("basisHeading")}>
        <p>{t("basisText")}</p>
      </LegalSection>
      <LegalSection heading={t("retentionHeading")}>
        <ul className="list-disc space-y-2 pl-6">
          <li>{t("retentionSessions")}</li>
          <li>{t("retentionTrash", { days: trashRetentionDays })}</li>
          <li>{t("retentionAccount")}</li>
        </ul>
      </LegalSection>
      <LegalSection heading={t("rightsHeading")}>
        <p>{t("rightsText")}</p>
        <p>{t("complaintText")}</p>
        <p>
          <ExternalLink href="https://www.imy.se" label={tLegal("externalLabel")}>
            {t("complaintLink")}
          </ExternalLink>
        </p>
      </LegalSection>
      <LegalSection heading={t("contactHeading")}>
        <p>{operator.name ?? tLegal("operatorFallback")}</p>
        <OperatorContact email={operator.email} label={tLegal("contactLabel")} missing={tLegal("operatorMissing")} />
      </LegalSection>
    </LegalPage>
  );
}
