import type { Metadata } from "next";
import localFont from "next/font/local";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { getSpaces } from "@/lib/orgs/data";
import { SiteHeader } from "@/components/layout/site-header";
import { SessionExpiryWarning } from "@/components/auth/session-expiry-warning";
import { SiteFooter } from "@/components/legal/site-footer";
import { HydrationMarker } from "@/components/layout/hydration-marker";
import "./globals.css";

// Inter from an npm package: Google-hosted fonts would be fetched at build time,
// which these machines cannot do.
const inter = localFont({
  src: [
    { path: "../node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf", weight: "400" },
    { path: "../node_modules/@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf", weight: "600" },
    { path: "../node_modules/@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf", weight: "700" },
  ],
  variable: "--font-inter",
  display: "swap",
});

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s – ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("app");
  const user = await getCurrentUser();
  const tOrgs = await getTranslations("orgs.space");
  const spaces = user ? await getSpaces(user.id, user.activeOrganizationId) : null;
  const spaceOptions = spaces
    ? [
        { id: null, name: tOrgs("personal") },
        ...spaces.memberships.map((m) => ({ id: m.organizationId, name: m.name })),
      ]
    : [];
  return (
    <html lang={locale} className={inter.variable}>
      <body className="flex min-h-screen flex-col font-sans text-base leading-relaxed">
        <a
          href="#main-content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-focus focus:p-2"
        >
          {t("skipLink")}
        </a>
        <NextIntlClientProvider>
          <SiteHeader user={user} spaces={spaceOptions} activeSpaceId={spaces?.active?.organizationId ?? null} />
          {user ? <SessionExpiryWarning expiresInMs={user.sessionExpiresInMs} /> : null}
          <HydrationMarker />
          <main
            id="main-content"
            tabIndex={-1}
            className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none"
          >
            {children}
          </main>
        </NextIntlClientProvider>
        <SiteFooter />
      </body>
    </html>
  );
}
