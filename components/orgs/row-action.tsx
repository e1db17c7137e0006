"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { orgRoles, type OrgRole } from "@/lib/orgs/roles";
import { Button } from "@/components/ui/button";

type Bound<A extends unknown[]> = (...args: A) => Promise<ActionResult>;

function useRowAction() {
  const t = useTranslations();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (call: () => Promise<ActionResult>) =>
    start(async () => {
      setError(null);
      const result = await call();
      if (!result.ok) {
        const field = result.fieldErrors && Object.entries(result.fieldErrors)[0];
        setError(field?.[1]?.[0] ? t(`orgs.${field[0]}.errors.${field[1][0]}`) : t(`errors.codes.${result.code}`));
      }
    });
  return { pending, error, run };
}

function RowError({ id, error }: { id: string; error: string | null }) {
  return (
    <p id={id} role="status" className="font-semibold text-error">
      {error}
    </p>
  );
}

// Ids are bound by the page; the component only picks the role.
export function MemberRoleControl({
  memberKey,
  name,
  role,
  changeRole,
  remove,
}: {
  memberKey: string;
  name: string;
  role: OrgRole;
  changeRole: Bound<[OrgRole]>;
  remove: Bound<[]>;
}) {
  const t = useTranslations("orgs");
  const { pending, error, run } = useRowAction();
  const [value, setValue] = useState<OrgRole>(role);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={`role-${memberKey}`} className="sr-only">
        {t("members.changeRole", { name })}
      </label>
      <select
        id={`role-${memberKey}`}
        value={value}
        onChange={(event) => setValue(event.target.value as OrgRole)}
        className="border-2 border-ink bg-canvas px-2 py-1"
        aria-describedby={`role-${memberKey}-error`}
      >
        {orgRoles.map((option) => (
          <option key={option} value={option}>
            {t(`roles.${option}`)}
          </option>
        ))}
      </select>
      <Button variant="secondary" disabled={pending} onClick={() => run(() => changeRole(value))}>
        {t("members.save")}
      </Button>
      <Button variant="link" disabled={pending} onClick={() => run(() => remove())}>
        {t("members.remove", { name })}
      </Button>
      <RowError id={`role-${memberKey}-error`} error={error} />
    </div>
  );
}

export function RevokeInvitation({
  email,
  revoke,
  inviteKey,
}: {
  email: string;
  revoke: Bound<[]>;
  inviteKey: string;
}) {
  const t = useTranslations("orgs");
  const { pending, error, run } = useRowAction();
  return (
    <div>
      <Button variant="link" disabled={pending} onClick={() => run(() => revoke())}>
        {t("invitations.revoke", { email })}
      </Button>
      <RowError id={`revoke-${inviteKey}-error`} error={error} />
    </div>
  );
}

export function AcceptInvitation({
  org,
  accept,
}: {
  org: string;
  accept: () => Promise<ActionResult<{ organizationId: string }>>;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onClick = () =>
    start(async () => {
      setError(null);
      const result = await accept();
      if (result.ok) router.push(`/orgs/${result.data.organizationId}`);
      else setError(t(`errors.codes.${result.code}`));
    });
  return (
    <div>
      <Button onClick={onClick} disabled={pending}>
        {pending ? t("orgs.accept.submitting") : t("orgs.accept.submit", { org })}
      </Button>
      <RowError id="accept-error" error={error} />
    </div>
  );
}
