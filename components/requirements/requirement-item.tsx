"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useState } from "react";
import type { RequirementActionResult } from "@/lib/requirements/actions";
import type { RequirementValues } from "@/lib/requirements/schema";
import type { RemissCommentItem } from "@/lib/remiss/types";
import type { RequirementRow } from "@/lib/requirements/types";
import { Button } from "@/components/ui/button";
import { RequirementDetails } from "@/components/requirements/requirement-details";
import { RequirementForm } from "@/components/requirements/requirement-form";
import { RemissCommentCount } from "@/components/remiss/remiss-comment-count";

// Shown only when the catalog revised this requirement's source, with a word
// diff (the diff package): loaded when shown, not with every step.
const SourceUpdateNotice = dynamic(() =>
  import("@/components/requirements/source-update").then((m) => m.SourceUpdateNotice),
);

export type ItemActions = {
  save: (requirement: RequirementRow, values: RequirementValues) => Promise<RequirementActionResult>;
  remove: (requirement: RequirementRow) => Promise<void>;
  move: (requirement: RequirementRow, direction: "up" | "down") => Promise<void>;
  resolveSource: (requirement: RequirementRow, choice: "use" | "keep") => Promise<void>;
};

const focusById = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

// One requirement: read view with edit, delete (confirmed) and move buttons.
// The element id krav-<CODE> is what the review page links to.
export function RequirementItem({
  requirement,
  first,
  last,
  actions,
  remissComments = [],
}: {
  requirement: RequirementRow;
  first: boolean;
  last: boolean;
  actions: ItemActions;
  remissComments?: RemissCommentItem[];
}) {
  const t = useTranslations("requirements");
  const [mode, setMode] = useState<"view" | "edit" | "confirm">("view");
  const [busy, setBusy] = useState(false);
  const { code } = requirement;
  const sr = (text: string) => (
    <>
      {text}
      <span className="sr-only"> {code}</span>
    </>
  );

  if (mode === "edit") {
    return (
      <li id={`krav-${code}`} className="border-b border-line py-4">
        <RequirementForm
          idPrefix={`edit-${code}`}
          heading={t("editHeading", { code })}
          defaultValues={{
            text: requirement.text,
            level: requirement.level,
            kravtyp: requirement.kravtyp,
            motiv: requirement.motiv,
            verifikat: requirement.verifikat,
            uppfoljning: requirement.uppfoljning,
            weight: requirement.weight ?? undefined,
          }}
          onSubmit={async (values) => {
            const result = await actions.save(requirement, values);
            if (result.ok) {
              setMode("view");
              focusById(`edit-button-${code}`);
            }
            return result;
          }}
          onCancel={() => {
            setMode("view");
            focusById(`edit-button-${code}`);
          }}
        />
      </li>
    );
  }

  // Move buttons stay focusable at the ends (aria-disabled, not disabled) so
  // focus never jumps away from the item a keyboard user is moving.
  const moveButton = (direction: "up" | "down", atEnd: boolean) => (
    <Button
      id={`move-${direction}-${code}`}
      variant="secondary"
      aria-disabled={atEnd || busy ? true : undefined}
      onClick={async () => {
        if (atEnd || busy) return;
        setBusy(true);
        await actions.move(requirement, direction);
        setBusy(false);
      }}
      className={atEnd ? "opacity-60" : ""}
    >
      {sr(direction === "up" ? t("moveUp") : t("moveDown"))}
    </Button>
  );

  return (
    <li id={`krav-${code}`} tabIndex={-1} className="border-b border-line py-4 focus:outline-3 focus:outline-focus">
      <h3 className="mb-1 text-xl font-bold">{code}</h3>
      <p className="mb-3 whitespace-pre-line text-lg">{requirement.text}</p>
      <RequirementDetails requirement={requirement} />
      <RemissCommentCount comments={remissComments} />
      {requirement.sourceUpdate ? (
        <SourceUpdateNotice
          code={code}
          update={requirement.sourceUpdate}
          editedByUser={requirement.text !== requirement.sourceUpdate.adopted.text}
          onResolve={(choice) => actions.resolveSource(requirement, choice)}
        />
      ) : null}
      {mode === "confirm" ? (
        <div role="group" aria-labelledby={`confirm-${code}`} className="border-l-4 border-error pl-4">
          <p id={`confirm-${code}`} tabIndex={-1} className="mb-3 font-semibold">
            {t("confirmDelete", { code })}
          </p>
          <div className="flex flex-wrap gap-4">
            <Button
              className="bg-error text-inverse shadow-[0_2px_0_var(--color-error-shadow)] hover:bg-error-dark"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                await actions.remove(requirement);
                setBusy(false);
              }}
            >
              {t("confirmDeleteYes", { code })}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setMode("view");
                focusById(`delete-button-${code}`);
              }}
            >
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3">
          <Button
            id={`edit-button-${code}`}
            variant="secondary"
            onClick={() => {
              setMode("edit");
              focusById(`edit-${code}-text`);
            }}
          >
            {sr(t("edit"))}
          </Button>
          <Button
            id={`delete-button-${code}`}
            variant="secondary"
            onClick={() => {
              setMode("confirm");
              focusById(`confirm-${code}`);
            }}
          >
            {sr(t("delete"))}
          </Button>
          {moveButton("up", first)}
          {moveButton("down", last)}
        </div>
      )}
    </li>
  );
}
