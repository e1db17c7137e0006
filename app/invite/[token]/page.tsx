import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { acceptInvitationAction } from "@/lib/orgs/actions";
import { getInvitationView } from "@/lib/orgs/data";
import { orgIdSchema } from "@/lib/orgs/schema";
import { AcceptInvitation } from "@/components/orgs/row-action";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("orgs");
  return { title: t("title") };
}

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  if (!orgIdSchema.safeParse(token).success) notFound();
  const [t, invitation, user] = await Promise.all([
    getTranslations("orgs"),
    getInvitationView(token),
    getCurrentUser(),
  ]);
  if (!invitation) notFound();
  const org = invitation.organizationName;
  const role = t(`roles.${invitation.role}`);
  let body;
  if (invitation.state === "expired") body = <p data-testid="invite-state">{t("accept.expired")}</p>;
  else if (invitation.state === "used") body = <p data-testid="invite-state">{t("accept.used")}</p>;
  else if (!user) {
    body = (
      <p>
        <Link href={`/sign-in`} className="text-brand underline">
          {t("accept.signIn")}
        </Link>
        {" · "}
        <Link href={`/sign-up`} className="text-brand underline">
          {t("accept.signUp")}
        </Link>
      </p>
    );
  } else if (user.email.toLowerCase() !== invitation.email.toLowerCase()) {
    body = <p data-testid="invite-state">{t("accept.wrongUser", { email: invitation.email })}</p>;
  } else {
    body = <AcceptInvitation org={org} accept={acceptInvitationAction.bind(null, invitation.id)} />;
  }
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">{t("accept.title", { org })}</h1>
      {invitation.state === "pending" ? (
        <p className="mb-6">{t("accept.body", { org, role, email: invitation.email })}</p>
      ) : null}
      {body}
    </>
  );
}
