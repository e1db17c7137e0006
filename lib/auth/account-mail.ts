import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { appOrigin, type Env } from "@/lib/env";
import { requestLocale, sendAccountMail } from "@/lib/mail/send";
import { roleLabel } from "@/lib/mail/templates";
import { rootLog } from "@/lib/log";

export const verificationLifetimeSeconds = 24 * 60 * 60;
export const resetLifetimeSeconds = 60 * 60;

// Our own pages, not Better Auth's HTTP endpoints (which stay behind the
// allowlist in http-surface.ts): the page asks for a click or a new password
// and a server action spends the token, so a mail scanner that opens every
// link cannot use it up.
export function accountLinks(origin: string) {
  return {
    verify: (token: string) => `${origin}/verify-email?token=${encodeURIComponent(token)}`,
    reset: (token: string) => `${origin}/reset-password?token=${encodeURIComponent(token)}`,
    forgot: () => `${origin}/forgot-password`,
    invitation: (id: string) => `${origin}/invite/${id}`,
  };
}

type MailUser = { id: string; name: string; email: string };

// The e-mail parts of the Better Auth options. With SMTP_URL a new address
// must be verified before it can sign in; without it the app stays usable on
// one machine: no verification, and a reset link is written to the server
// log for the operator to hand over.
export function accountMailOptions(env: Env) {
  const mail = Boolean(env.SMTP_URL);
  const links = accountLinks(appOrigin(env));
  return {
    emailAndPassword: {
      requireEmailVerification: mail,
      autoSignIn: !mail,
      resetPasswordTokenExpiresIn: resetLifetimeSeconds,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }: { user: MailUser; token: string }) => {
        const link = links.reset(token);
        if (!mail) {
          // For the operator, who knows the user by the id (not logged: the
          // address). The link is the secret: hand it over in person.
          rootLog.warn({ userId: user.id, resetLink: link }, "password reset requested without SMTP_URL");
          return;
        }
        await sendAccountMail("reset", user.email, { name: user.name, email: user.email, link });
      },
      onPasswordReset: async ({ user }: { user: MailUser }) => {
        await recordAudit({ action: "password_reset", actorId: user.id, targetType: "user", targetId: user.id });
        await sendAccountMail("passwordChanged", user.email, {
          name: user.name,
          email: user.email,
          link: links.forgot(),
        });
      },
    },
    emailVerification: {
      sendOnSignUp: mail,
      sendOnSignIn: mail,
      autoSignInAfterVerification: true,
      expiresIn: verificationLifetimeSeconds,
      sendVerificationEmail: async ({ user, token }: { user: MailUser; token: string }) => {
        await sendAccountMail("verify", user.email, { name: user.name, email: user.email, link: links.verify(token) });
      },
      afterEmailVerification: async (user: MailUser) => {
        await recordAudit({ action: "email_verified", actorId: user.id, targetType: "user", targetId: user.id });
      },
    },
  };
}

type InvitationMail = {
  id: string;
  email: string;
  role: string;
  organization: { name: string };
  inviter: { user: { name: string } };
};

// The organisation plugin's part: the invitation link by mail (it also stays
// copyable on the organisation page), and with mail on only a verified
// address that matches the invitation can accept it.
export function invitationMailOptions(env: Env) {
  const mail = Boolean(env.SMTP_URL);
  const links = accountLinks(appOrigin(env));
  return {
    requireEmailVerificationOnInvitation: mail,
    sendInvitationEmail: async (data: InvitationMail) => {
      // The invitee has no language yet: the inviter's is the best guess.
      const locale = await requestLocale();
      await sendAccountMail(
        "invitation",
        data.email,
        {
          name: data.email,
          email: data.email,
          link: links.invitation(data.id),
          organization: data.organization.name,
          inviter: data.inviter.user.name,
          role: roleLabel(locale, data.role),
        },
        locale,
      );
    },
  };
}
