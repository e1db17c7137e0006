import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/load-messages";

export const mailKinds = ["verify", "reset", "invitation", "passwordChanged", "emailChanged", "remiss"] as const;
export type MailKind = (typeof mailKinds)[number];

export type MailValues = {
  // The recipient's name (or the address when there is no account yet).
  name: string;
  email: string;
  link: string;
  newEmail?: string;
  organization?: string;
  inviter?: string;
  role?: string;
  // A remiss round's last day to comment.
  deadline?: string;
};

export type RenderedMail = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

// Plain text first (what many municipal mail clients show) and a simple HTML
// part with the same words; the link is written out in both so it can be
// copied when a client strips links.
export function renderMail(kind: MailKind, locale: Locale, values: MailValues): RenderedMail {
  // The catalog is loaded from disk here (no request), so its keys are not
  // typed; the unit test renders every kind in both languages instead.
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "mail" }) as unknown as (
    key: string,
    values?: Record<string, string>,
  ) => string;
  const params = {
    name: values.name,
    email: values.email,
    newEmail: values.newEmail ?? "",
    organization: values.organization ?? "",
    inviter: values.inviter ?? "",
    role: values.role ?? "",
    deadline: values.deadline ?? "",
  };
  const subject = t(`${kind}.subject`, params);
  const greeting = t("greeting", params);
  const body = t(`${kind}.body`, params);
  const action = t(`${kind}.action`);
  const closing = [t("ignore"), t("signature")];
  const text = [greeting, "", body, "", `${action}:`, values.link, "", ...closing].join("\n");
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(body)}</p>`,
    `<p><a href="${escapeHtml(values.link)}">${escapeHtml(action)}</a></p>`,
    `<p>${escapeHtml(values.link)}</p>`,
    ...closing.map((line) => `<p>${escapeHtml(line)}</p>`),
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}

// "owner" → "ägare"/"owner", as the organisation page names the roles.
export function roleLabel(locale: Locale, role: string): string {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "orgs.roles" }) as unknown as {
    (key: string): string;
    has(key: string): boolean;
  };
  return t.has(role) ? t(role) : role;
}
