import { getFormatter, getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/errors";
import type { OrgRole } from "@/lib/orgs/roles";
import { RevokeInvitation } from "@/components/orgs/row-action";

type Row = {
  id: string;
  email: string;
  role: OrgRole;
  expiresAt: Date;
  expired: boolean;
  revoke: () => Promise<ActionResult>;
};

export async function InvitationTable({ invitations, origin }: { invitations: Row[]; origin: string }) {
  const t = await getTranslations("orgs");
  const format = await getFormatter();
  if (invitations.length === 0) return <p className="mb-10">{t("invitations.none")}</p>;
  return (
    <table className="mb-10 w-full border-collapse text-left">
      <caption className="sr-only">{t("invitations.caption")}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-4">
            {t("columns.email")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("columns.role")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("columns.expires")}
          </th>
          <th scope="col" className="py-2">
            {t("columns.action")}
          </th>
        </tr>
      </thead>
      <tbody>
        {invitations.map((inv) => (
          <tr key={inv.id} className="border-b border-line">
            <td className="py-2 pr-4">
              {inv.email}
              <br />
              <a href={`${origin}/invite/${inv.id}`} className="text-brand underline">
                {t("invitations.copyLink")}
                <span className="sr-only"> {inv.email}</span>
              </a>
            </td>
            <td className="py-2 pr-4">{t(`roles.${inv.role}`)}</td>
            <td className="py-2 pr-4">
              {inv.expired
                ? t("invitations.expired")
                : format.dateTime(inv.expiresAt, { dateStyle: "medium", timeStyle: "short" })}
            </td>
            <td className="py-2">
              <RevokeInvitation email={inv.email} revoke={inv.revoke} inviteKey={inv.id} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
