"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import { commentKinds } from "@/lib/remiss/roles";
import type { RemissTarget } from "@/lib/remiss/targets";
import { perspectives } from "@/lib/vocabulary";
import { RemissSelect, RemissTextArea } from "@/components/remiss/remiss-fields";
import { RemissForm } from "@/components/remiss/remiss-form";

// The one form a reviewer has: what the comment is about (the whole, a
// section or a requirement of the frozen version), its kind and its text.
// The choice of target is one list: "requirement:<id>" or "perspective:<p>".
export function ReviewerCommentForm({
  action,
  targets,
}: {
  action: (input: unknown) => Promise<ActionResult<{ id: string }>>;
  targets: RemissTarget[];
}) {
  const t = useTranslations("remiss");
  const options = [
    { value: "whole", label: t("target.whole") },
    ...perspectives.map((p) => ({
      value: `perspective:${p}`,
      label: t("target.perspective", { name: t(`perspectives.${p}`) }),
    })),
    ...targets.map((target) => ({
      value: `requirement:${target.id}`,
      label: t("target.requirement", {
        code: target.code,
        text: target.text.length > 80 ? `${target.text.slice(0, 79)}…` : target.text,
      }),
    })),
  ];
  const send = (input: Record<string, string>) => {
    const [target = "", id = ""] = (input.about ?? "").split(":");
    return action({
      target,
      requirementId: target === "requirement" ? id : "",
      perspective: target === "perspective" ? id : "",
      kind: input.kind,
      text: input.text,
      proposedText: input.proposedText,
    });
  };
  return (
    <RemissForm idPrefix="comment" action={send} submitLabel={t("reviewer.submit")} doneMessage={t("reviewer.sent")}>
      <RemissSelect idPrefix="comment" name="about" label={t("target.label")} options={options} />
      <RemissSelect
        idPrefix="comment"
        name="kind"
        label={t("reviewer.kind")}
        options={commentKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
      />
      <RemissTextArea idPrefix="comment" name="text" label={t("reviewer.text")} hint={t("reviewer.textHint")} />
      <RemissTextArea
        idPrefix="comment"
        name="proposedText"
        label={t("reviewer.proposedText")}
        hint={t("reviewer.proposedTextHint")}
      />
    </RemissForm>
  );
}
