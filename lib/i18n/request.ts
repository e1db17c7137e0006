import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, localeCookie, timeZone } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/load-messages";

// Cookie-based locale without URL prefixes; Swedish unless the user chose
// English (Accept-Language is deliberately ignored: Swedish must win).
export default getRequestConfig(async () => {
  const stored = (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(stored) ? stored : defaultLocale;
  return { locale, timeZone, messages: loadMessages(locale) };
});
