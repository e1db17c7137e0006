import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { appOrigin, getEnv } from "@/lib/env";
import { ssoSettings } from "@/lib/auth/sso";
import { listAuditForOrg } from "@/lib/audit/data";
import {
  cancelInvitationAction,
  changeMemberRoleAction,
  inviteMemberAction,
  removeMemberAction,
} from "@/lib/orgs/actions";
import { checkOrgAccess, getOrgMembers, getOrgPolicy, getPendingInvitations } from "@/lib/orgs/data";
import { setSsoPolicyAction, setTwoFactorPolicyAction } from "@/lib/orgs/policy-actions";
import { TwoFactorPolicyForm } from "@/components/orgs/two-factor-policy-form";
import { orgIdSchema } from "@/lib/orgs/schema";
import { AuditTable } from "@/components/orgs/audit-table";
import { InvitationTable } from "@/components/orgs/invitation-table";
import { InviteForm } from "@/components/orgs/invite-form";
import { MemberTable } from "@/components/orgs/member-table";

type Props = { params: Promise<{ orgId: string }> };

// Any member sees the members; only an ägare sees the controls, the
// invitations and the audit log. A non-member gets the same 404 as a missing id.
async function load(orgId: string) {
  const user = await requireUser();
  if (!orgIdSchema.safeParse(orgId).success) notFound();
  const access = await checkOrgAccess(user.id, orgId, "read");
  if (!access.ok) notFound();
  return { user, access };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { access } = await load((await params).orgId);
  return { title: access.name };
}

export default async function OrgPage({ params }: Props) {
  const { orgId } = await params;
  const { user, access } = await load(orgId);
  const t = await getTranslations("orgs");
  const tLibrary = await getTranslations("library.page");
  const isOwner = access.role === "owner";
  const [members, invitations, audit, policy, t2, tSso] = await Promise.all([
    getOrgMembers(orgId),
    isOwner ? getPendingInvitations(orgId) : Promise.resolve([]),
    isOwner ? listAuditForOrg(orgId) : Promise.resolve([]),
    getOrgPolicy(orgId),
    getTranslations("twoFactor.policy"),
    getTranslations("sso.policy"),
  ]);
  const rows = members.map((member) => ({
    ...member,
    isSelf: member.userId === user.id,
    changeRole: changeMemberRoleAction.bind(null, orgId, member.id),
    remove: removeMemberAction.bind(null, orgId, member.id),
  }));
  return (
    <>
      <Link href="/orgs" className="mb-6 inline-block text-brand underline">
        {t("back")}
      </Link>
      <h1 className="mb-2 text-4xl font-bold">{access.name}</h1>
      <p className="mb-8" data-testid="your-role">
        {t("yourRole", { role: t(`roles.${access.role}`) })}
      </p>
      <p className="mb-8">
        <Link href={`/orgs/${orgId}/bibliotek`} className="text-brand underline">
          {tLibrary("link")}
        </Link>
      </p>
      <h2 className="mb-4 text-2xl font-bold">{t("members.heading")}</h2>
      <MemberTable members={rows} canManage={isOwner} />
      {isOwner ? (
        <>
          <h2 className="mb-4 text-2xl font-bold">{t("invite.heading")}</h2>
          <InviteForm action={inviteMemberAction.bind(null, orgId)} origin={appOrigin()} />
          <h2 className="mb-4 text-2xl font-bold">{t2("heading")}</h2>
          <p className="mb-3 max-w-3xl">{t2("body")}</p>
          <TwoFactorPolicyForm required={policy.requireTwoFactor} action={setTwoFactorPolicyAction.bind(null, orgId)} />
          {/* Offered only with SSO configured, or while an earlier rule still stands. */}
          {ssoSettings(getEnv()) || policy.requireSso ? (
            <>
              <p className="mb-3 max-w-3xl">{tSso("body")}</p>
              <TwoFactorPolicyForm
                required={policy.requireSso}
                action={setSsoPolicyAction.bind(null, orgId)}
                namespace="sso.policy"
                testId="sso-policy"
              />
            </>
          ) : null}
          <h2 className="mb-4 text-2xl font-bold">{t("invitations.heading")}</h2>
          <InvitationTable
            invitations={invitations.map((inv) => ({
              ...inv,
              revoke: cancelInvitationAction.bind(null, orgId, inv.id),
            }))}
            origin={appOrigin()}
          />
          <h2 className="mb-4 text-2xl font-bold">{t("audit.heading")}</h2>
          <AuditTable rows={audit} />
        </>
      ) : null}
    </>
  );
}
