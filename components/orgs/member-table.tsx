import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/errors";
import type { OrgRole } from "@/lib/orgs/roles";
import { MemberRoleControl } from "@/components/orgs/row-action";

export type MemberRowProps = {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  twoFactorEnabled: boolean;
  role: OrgRole;
  isSelf: boolean;
  changeRole: (role: OrgRole) => Promise<ActionResult>;
  remove: () => Promise<ActionResult>;
};

export async function MemberTable({ members, canManage }: { members: MemberRowProps[]; canManage: boolean }) {
  const t = await getTranslations("orgs");
  const t2 = await getTranslations("twoFactor.member");
  return (
    <table className="mb-10 w-full border-collapse text-left">
      <caption className="sr-only">{t("members.caption")}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-4">
            {t("columns.member")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("columns.role")}
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.id} className="border-b border-line" data-testid={`member-${member.email}`}>
            <td className="py-2 pr-4">
              {member.name} {member.isSelf ? t("members.you") : null}
              <br />
              <span className="text-secondary">{member.email}</span>
              {canManage ? (
                <>
                  <br />
                  <span className="text-sm text-secondary" data-testid="member-verified">
                    {member.emailVerified ? t("members.verified") : t("members.unverified")}
                  </span>
                  <br />
                  <span className="text-sm text-secondary" data-testid="member-two-factor">
                    {member.twoFactorEnabled ? t2("on") : t2("off")}
                  </span>
                </>
              ) : null}
            </td>
            <td className="py-2 pr-4">
              {canManage ? (
                <MemberRoleControl
                  memberKey={member.id}
                  name={member.name}
                  role={member.role}
                  changeRole={member.changeRole}
                  remove={member.remove}
                />
              ) : (
                t(`roles.${member.role}`)
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
