import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { organization, twoFactor } from "better-auth/plugins";
import { recordAudit } from "@/lib/audit/mutations";
import { accessControl, invitationLifetimeSeconds, orgRoleDefinitions } from "@/lib/auth/org-access";
import { db } from "@/lib/db";
import { appOrigin, databaseEngine, getEnv } from "@/lib/env";
import { ownOrigins } from "@/lib/security/origins";
import { passwordRules } from "@/lib/auth/schema";
import { roleGuardHooks } from "@/lib/auth/role-guard";
import { accountMailOptions, invitationMailOptions } from "@/lib/auth/account-mail";
import { checkSsoUserInfo, signInMethodOf, ssoPlugins, ssoProviderId, ssoSettings } from "@/lib/auth/sso";

function createAuth() {
  const env = getEnv();
  const origin = appOrigin(env);
  const secure = origin.startsWith("https://");
  const mailOptions = accountMailOptions(env);
  const sso = ssoSettings(env);
  return betterAuth({
    database: prismaAdapter(db, { provider: databaseEngine(env) === "postgres" ? "postgresql" : "sqlite" }),
    secret: env.BETTER_AUTH_SECRET,
    baseURL: origin,
    // Local origins that reach the same server (tests use both spellings).
    trustedOrigins: ownOrigins(env),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: passwordRules.min,
      maxPasswordLength: passwordRules.max,
      ...mailOptions.emailAndPassword,
    },
    emailVerification: mailOptions.emailVerification,
    // Through deleteAccountAction only (password checked, personal drafts and
    // the last-ägare rule handled there first).
    user: {
      deleteUser: { enabled: true },
      // Through changeEmailAction only: the new address gets a verification
      // link (emailVerification.sendVerificationEmail) and the address changes
      // when it is followed; the old address is told (lib/account/email-actions.ts).
      changeEmail: { enabled: true },
      validateUserInfo: (data) => Promise.resolve(checkSsoUserInfo(sso, data)),
    },
    // An SSO sign-in links to an existing account only when the provider says
    // the address is verified (email_verified) and the local account's address
    // is verified too (Better Auth's defaults, kept explicit here): otherwise
    // whoever registered the address first would share the account.
    account: { accountLinking: { enabled: true, trustedProviders: [], requireLocalEmailVerified: true } },
    databaseHooks: {
      session: {
        create: {
          before: (session, ctx) => Promise.resolve({ data: { ...session, signInMethod: signInMethodOf(ctx) } }),
          after: async (session, ctx) => {
            if (!ctx?.path?.startsWith("/callback/")) return;
            await recordAudit({
              action: "sign_in",
              actorId: session.userId,
              targetType: "user",
              targetId: session.userId,
              details: { method: "sso" },
            });
          },
        },
      },
      account: {
        create: {
          after: async (account) => {
            if (account.providerId !== ssoProviderId) return;
            await recordAudit({
              action: "sso_account_linked",
              actorId: account.userId,
              targetType: "user",
              targetId: account.userId,
            });
          },
        },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      // A signed cookie caches the session for a minute. Only the autosave
      // routes read it (getCurrentUserForAutosave), so a save does not cost a
      // session and user query each time (about half of its CPU, measured for
      // bench:autosave); pages and actions read the database. Roles and
      // memberships are read from the database on every query either way.
      cookieCache: { enabled: true, maxAge: 60 },
      // "password" or "sso" (lib/auth/sso.ts): set by the hook below, never by a request.
      additionalFields: { signInMethod: { type: "string", required: false, input: false, defaultValue: "password" } },
    },
    // Session cookies: never readable by scripts, not sent on cross-site
    // POSTs, and Secure whenever the app is served over https.
    advanced: {
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure },
    },
    // The HTTP endpoints (/api/auth/*) keep the library's limiter; the sign-in
    // and sign-up server actions are limited in lib/auth/rate-limit.ts.
    rateLimit: { enabled: env.NODE_ENV === "production", window: 10, max: 100 },
    telemetry: { enabled: false },
    // A refused or broken SSO callback (no state, expired state) lands on the
    // sign-in page, which explains it; the library's own /error page is not served.
    onAPIError: { errorURL: `${origin}/sign-in` },
    plugins: [
      organization({
        ac: accessControl,
        roles: orgRoleDefinitions,
        creatorRole: "owner",
        invitationExpiresIn: invitationLifetimeSeconds,
        cancelPendingInvitationsOnReInvite: true,
        // Deleting an organisation would take its drafts and audit log with
        // it; the foreign keys refuse it too (prisma/schema.prisma).
        disableOrganizationDeletion: true,
        // Without SMTP_URL the ägare copies the invitation link instead.
        ...invitationMailOptions(env),
        organizationHooks: {
          ...roleGuardHooks,
          afterAcceptInvitation: async ({ member, user, organization: org }) => {
            await recordAudit({
              action: "member_added",
              actorId: user.id,
              organizationId: org.id,
              targetType: "member",
              targetId: member.id,
              details: { role: member.role, email: user.email },
            });
          },
        },
      }),
      // TOTP only, driven by our own actions (lib/auth/two-factor-actions.ts):
      // a sign-in with it on answers twoFactorRedirect and sets a signed
      // challenge cookie instead of a session.
      twoFactor({ issuer: "Kravlots" }),
      ...ssoPlugins(sso),
      // nextCookies must be last: it writes Set-Cookie from server actions.
      nextCookies(),
    ],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { kravlotsAuth?: Auth };

// Built on first use so `next build` never needs the runtime secret.
export function getAuth(): Auth {
  globalForAuth.kravlotsAuth ??= createAuth();
  return globalForAuth.kravlotsAuth;
}
