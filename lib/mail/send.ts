import "server-only";
import { cookies } from "next/headers";
import { createTransport, type Mail } from "nodemailer";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { getEnv } from "@/lib/env";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { localeCookie } from "@/lib/i18n/config";
import { renderMail, type MailKind, type MailValues } from "@/lib/mail/templates";
import { sharedLimiter } from "@/lib/limits/mutations";
import { rootLog } from "@/lib/log";

export function mailEnabled(): boolean {
  return Boolean(getEnv().SMTP_URL);
}

const globalForMail = globalThis as unknown as {
  kravlotsMailers?: Map<string, Mail>;
  kravlotsMailLimiter?: RateLimiterAbstract;
};

function mailer(url: string): Mail {
  globalForMail.kravlotsMailers ??= new Map();
  let transport = globalForMail.kravlotsMailers.get(url);
  if (!transport) {
    // Short timeouts (nodemailer waits minutes by default): the user waits
    // for this inside their request.
    transport = createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    globalForMail.kravlotsMailers.set(url, transport);
  }
  return transport;
}

export type OutgoingMail = { from: string; to: string; subject: string; text: string; html: string };

// Hands one mail to the SMTP server at `url`; "failed" (logged) instead of
// throwing.
export async function deliver(url: string, mail: OutgoingMail): Promise<"sent" | "failed"> {
  try {
    await mailer(url).sendMail(mail);
    return "sent";
  } catch (error) {
    rootLog.error({ err: error, subject: mail.subject }, "mail not sent");
    return "failed";
  }
}

// Whoever can type an address into a form can make us mail it: at most this
// many mails of one kind to one address per hour, whatever the IP.
export const mailsPerAddressPerHour = 5;

// Shared by every instance (lib/limits/mutations.ts), like the auth limits.
function limiter(): RateLimiterAbstract {
  globalForMail.kravlotsMailLimiter ??= sharedLimiter({
    keyPrefix: "mail",
    points: mailsPerAddressPerHour,
    duration: 60 * 60,
  });
  return globalForMail.kravlotsMailLimiter;
}

// The language the user is using right now (the cookie the language switch
// sets); outside a request, Swedish.
export async function requestLocale(): Promise<Locale> {
  try {
    const value = (await cookies()).get(localeCookie)?.value;
    return isLocale(value) ? value : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export type SendResult = "sent" | "disabled" | "limited" | "failed";

// Never throws: a mail server that is down must not undo the account change
// that triggered the mail (the user can ask for the mail again), so failures
// are logged for the operator and reported to the caller.
export async function sendAccountMail(
  kind: MailKind,
  to: string,
  values: MailValues,
  locale?: Locale,
): Promise<SendResult> {
  const env = getEnv();
  if (!env.SMTP_URL) return "disabled";
  try {
    await limiter().consume(`${kind}:${to.toLowerCase()}`);
  } catch {
    rootLog.warn({ kind }, "mail not sent: too many to this address");
    return "limited";
  }
  const mail = renderMail(kind, locale ?? (await requestLocale()), values);
  const from = env.SMTP_FROM ?? env.KRAVLOTS_OPERATOR_EMAIL ?? "Kravlots <kravlots@localhost>";
  return deliver(env.SMTP_URL, { from, to, ...mail });
}
