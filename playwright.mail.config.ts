import { defineConfig } from "@playwright/test";
import base from "./playwright.config";
import { smtpPort } from "./e2e/support/mail-sink";
import { oidcClient, oidcIssuer } from "./e2e/support/oidc-provider";

// The account mail specs need a server that sends mail (SMTP_URL), which
// turns on e-mail verification for every sign-up; the other specs sign up
// without it, so these run against their own server start:
//   npx playwright test -c playwright.mail.config.ts
// The SMTP sink itself is started by the spec (e2e/support/mail-sink.ts), and
// so is the OpenID provider for single sign-on (e2e/support/oidc-provider.ts).
const webServer = base.webServer as Exclude<typeof base.webServer, unknown[] | undefined>;

export default defineConfig({
  ...base,
  testDir: "e2e/mail",
  testIgnore: [],
  webServer: {
    ...webServer,
    env: {
      ...webServer.env,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SMTP_FROM: "Kravlots <kravlots@exempla.example>",
      ALLOWED_EMAIL_DOMAINS: "kommun.example",
      OIDC_ISSUER: oidcIssuer,
      OIDC_CLIENT_ID: oidcClient.id,
      OIDC_CLIENT_SECRET: oidcClient.secret,
      OIDC_ALLOWED_DOMAINS: "kommun.example",
    },
  },
});
