"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import { reviewerRoles } from "@/lib/remiss/roles";
import { RemissSelect, RemissTextField } from "@/components/remiss/remiss-fields";
import { RemissForm } from "@/components/remiss/remiss-form";

type AddAction = (input: unknown) => Promise<ActionResult<{ token: string; mailed: boolean }>>;

// Two ways to add a reviewer (by link, or a member of the organisation);
// either way the link is shown here once, since only its hash is kept.
export function AddReviewerForms({
  action,
  members,
}: {
  action: AddAction;
  members: { userId: string; name: string }[];
}) {
  const t = useTranslations("remiss");
  const [created, setCreated] = useState<{ token: string; mailed: boolean } | null>(null);
  const roles = reviewerRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const onDone = (data: { token: string; mailed: boolean }) => setCreated(data);
  const link = created ? `${window.location.origin}/remiss/${created.token}` : "";
  return (
    <section aria-label={t("reviewers.add")} className="mb-6">
      <h4 className="mb-2 text-lg font-bold">{t("reviewers.kindLink")}</h4>
      <RemissForm idPrefix="link" action={action} submitLabel={t("reviewers.submit")} onDone={onDone}>
        <input type="hidden" name="kind" value="link" />
        <RemissTextField idPrefix="link" name="name" label={t("reviewers.name")} autoComplete="off" />
        <RemissTextField
          idPrefix="link"
          name="email"
          type="email"
          label={t("reviewers.email")}
          hint={t("reviewers.emailHint")}
          autoComplete="off"
        />
        <RemissSelect idPrefix="link" name="role" label={t("reviewers.role")} options={roles} />
      </RemissForm>
      {members.length > 0 ? (
        <>
          <h4 className="mb-2 text-lg font-bold">{t("reviewers.kindMember")}</h4>
          <RemissForm idPrefix="member" action={action} submitLabel={t("reviewers.submit")} onDone={onDone}>
            <input type="hidden" name="kind" value="member" />
            <RemissSelect
              idPrefix="member"
              name="memberUserId"
              label={t("reviewers.member")}
              options={[
                { value: "", label: t("reviewers.memberNone") },
                ...members.map((m) => ({ value: m.userId, label: m.name })),
              ]}
            />
            <RemissSelect idPrefix="member" name="role" label={t("reviewers.role")} options={roles} />
          </RemissForm>
        </>
      ) : null}
      {created ? (
        <div className="mb-6 border-l-4 border-brand pl-4">
          <label htmlFor="reviewer-link" className="mb-1 block font-semibold">
            {t("reviewers.link")}
          </label>
          <p id="reviewer-link-hint" className="mb-2 text-secondary">
            {t("reviewers.linkHint")} {created.mailed ? t("reviewers.mailed") : ""}
          </p>
          <input
            id="reviewer-link"
            readOnly
            value={link}
            aria-describedby="reviewer-link-hint"
            onFocus={(event) => event.currentTarget.select()}
            className="block w-full border-2 border-ink px-2 py-1.5"
          />
        </div>
      ) : null}
    </section>
  );
}
