"use server";

import { cookies } from "next/headers";
import { isLocale, localeCookie } from "@/lib/i18n/config";

export async function setLocaleAction(formData: FormData): Promise<void> {
  // A crafted call can send anything (found by npm run test:fuzz).
  if (!(formData instanceof FormData)) return;
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, {
    path: "/",
    sameSite: "lax",
    maxAge: 60 * 60 * 24 * 365,
    httpOnly: false,
  });
}
