import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getDeletionImpact, getEmailVerified, getTwoFactorEnabled, listOwnSessions } from "@/lib/account/data";
import { endSessionAction } from "@/lib/account/actions";

import { DeleteAccountForm, EmailForm, NameForm, PasswordForm } from "@/components/account/account-sections";
import { EndSessionButton } from "@/components/account/end-session-button";
import { TwoFactorSection } from "@/components/account/two-factor-section";
import { TwoFactorRequiredNotice } from "@/components/account/two-factor-required-notice";
import { listOrgsRequiringTwoFactor } from "@/lib/orgs/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const user = await requireUser();
  const [t, t2, format, sessions, impact, verified, twoFactor] = await Promise.all([
    getTranslations("account"),
    getTranslations("twoFactor"),
    getFormatter(),
    listOwnSessions(user.id),
    getDeletionImpact(user.id),
    getEmailVerified(user.id),
    getTwoFactorEnabled(user.id),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl">{t("intro")}</p>

      <h2 className="mb-3 text-2xl font-bold">{t("name.heading")}</h2>
      <NameForm name={user.name} />

      <h2 className="mb-3 text-2xl font-bold">{t("email.heading")}</h2>
      <p className="mb-2">
        {t("email.current", { email: user.email })}{" "}
        <span data-testid="account-verified">{verified ? t("email.verified") : t("email.unverified")}</span>
      </p>
      <p className="mb-3 max-w-3xl">{t("email.change")}</p>
      <EmailForm />

      <h2 className="mb-3 text-2xl font-bold">{t("password.heading")}</h2>
      <PasswordForm />

      <h2 className="mb-3 text-2xl font-bold" id="two-factor">
        {t2("heading")}
      </h2>
      <p className="mb-3 max-w-3xl">{t2("intro")}</p>
      <TwoFactorRequiredNotice orgs={await listOrgsRequiringTwoFactor(user.id)} />
      <TwoFactorSection enabled={twoFactor} />

      <h2 className="mb-3 text-2xl font-bold">{t("sessions.heading")}</h2>
      <table className="mb-8 w-full border-collapse text-left" data-testid="sessions">
        <caption className="sr-only">{t("sessions.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              {t("sessions.started")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("sessions.lastUsed")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("sessions.device")}
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">{t("sessions.action")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id} className="border-b border-line">
              <td className="py-2 pr-4">{when(session.createdAt)}</td>
              <td className="py-2 pr-4">{when(session.updatedAt)}</td>
              <td className="py-2 pr-4 text-sm">
                {session.userAgent ?? t("sessions.unknown")}
                <br />
                {session.ipAddress ?? t("sessions.unknown")}
              </td>
              <td className="py-2">
                {session.id === user.sessionId ? (
                  <strong>{t("sessions.this")}</strong>
                ) : (
                  <EndSessionButton
                    label={t("sessions.end", { started: when(session.createdAt) })}
                    end={endSessionAction.bind(null, session.id)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="mb-3 text-2xl font-bold">{t("data.heading")}</h2>
      <p className="mb-3 max-w-3xl">{t("data.body")}</p>
      <p className="mb-8">
        <a href="/account/data" download className="text-brand underline">
          {t("data.download")}
        </a>
      </p>

      <h2 className="mb-3 text-2xl font-bold">{t("delete.heading")}</h2>
      <p className="mb-3 max-w-3xl">{t("delete.body", { count: impact.personalDrafts })}</p>
      {impact.soleOwnerOf.length > 0 ? (
        <p className="mb-3 max-w-3xl font-semibold" data-testid="sole-owner">
          {t("delete.soleOwner", { orgs: impact.soleOwnerOf.join(", ") })}
        </p>
      ) : null}
      <DeleteAccountForm />
    </>
  );
}
