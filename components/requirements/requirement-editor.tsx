"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import {
  createRequirementAction,
  deleteRequirementAction,
  moveRequirementAction,
  resolveSourceUpdateAction,
  updateRequirementAction,
  type RequirementActionResult,
} from "@/lib/requirements/actions";
import type { Perspective } from "@/lib/vocabulary";
import type { RemissCommentItem } from "@/lib/remiss/types";
import type { RequirementRow } from "@/lib/requirements/types";
import { Button } from "@/components/ui/button";
import { RequirementForm } from "@/components/requirements/requirement-form";
import { RequirementItem, type ItemActions } from "@/components/requirements/requirement-item";
import { useDraftWorkspace, WorkspaceAnnouncer } from "@/components/wizard/draft-workspace";

// The perspective's requirements, in the user's order. Every change goes
// through a server action; the page re-renders with the stored rows, and the
// outcome is announced in this section's own status region.
export function RequirementEditor({
  perspective,
  requirements,
  remissComments = {},
}: {
  perspective: Perspective;
  requirements: RequirementRow[];
  // Remiss comments per requirement id (lib/remiss), shown as a count + list.
  remissComments?: Record<string, RemissCommentItem[]>;
}) {
  const t = useTranslations();
  const { draftId, setVersion, announce } = useDraftWorkspace();
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Element to focus and message to announce once the re-rendered list
  // arrives: the action's result comes before its new rows are committed, and
  // "KN-3 har flyttats upp" must not be heard while the list is still the old one.
  const pendingFocus = useRef<string | null>(null);
  const pendingAnnouncement = useRef<string | null>(null);

  // The review page links to #krav-KN-3: take keyboard focus there too.
  useEffect(() => {
    const target = window.location.hash.startsWith("#krav-")
      ? document.getElementById(window.location.hash.slice(1))
      : null;
    target?.focus();
  }, []);

  useEffect(() => {
    if (pendingAnnouncement.current) announce(pendingAnnouncement.current, "requirements");
    pendingAnnouncement.current = null;
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  }, [requirements, announce]);

  function settle(result: RequirementActionResult, message: (code: string) => string): boolean {
    if (!result.ok) {
      setError(t(`errors.codes.${result.code}`));
      return false;
    }
    setError(null);
    setVersion(result.data.version);
    pendingAnnouncement.current = message(result.data.code ?? "");
    return true;
  }

  const actions: ItemActions = {
    save: async (requirement, values) => {
      const result = await updateRequirementAction(draftId, requirement.id, values);
      if (result.ok) settle(result, (code) => t("requirements.announce.saved", { code }));
      return result;
    },
    remove: async (requirement) => {
      pendingFocus.current = "requirements-heading";
      const result = await deleteRequirementAction(draftId, requirement.id);
      if (!settle(result, (code) => t("requirements.announce.deleted", { code }))) pendingFocus.current = null;
    },
    move: async (requirement, direction) => {
      pendingFocus.current = `move-${direction}-${requirement.code}`;
      const result = await moveRequirementAction(draftId, requirement.id, direction);
      settle(result, (code) => t(`requirements.announce.${direction === "up" ? "movedUp" : "movedDown"}`, { code }));
      // React may have moved the item's DOM node; put focus back on its button.
      document.getElementById(`move-${direction}-${requirement.code}`)?.focus();
    },
    resolveSource: async (requirement, choice) => {
      // The notice goes away: focus moves to the requirement itself.
      pendingFocus.current = `krav-${requirement.code}`;
      const result = await resolveSourceUpdateAction(draftId, requirement.id, choice);
      const key = choice === "use" ? "usedAnnounce" : "keptAnnounce";
      if (!settle(result, (code) => t(`requirements.sourceUpdate.${key}`, { code }))) pendingFocus.current = null;
    },
  };

  return (
    <section aria-labelledby="requirements-heading" className="mb-10">
      <h2
        id="requirements-heading"
        tabIndex={-1}
        className="mb-2 text-2xl font-bold focus:outline-3 focus:outline-focus"
      >
        {t("requirements.heading")}
      </h2>
      <p className="mb-2 text-secondary">{t("requirements.intro")}</p>
      <WorkspaceAnnouncer region="requirements" />
      {error ? (
        <p role="alert" className="mb-4 font-semibold text-error">
          {error}
        </p>
      ) : null}
      {requirements.length === 0 ? (
        <p className="mb-4">{t("requirements.empty")}</p>
      ) : (
        <ol
          aria-label={t("requirements.listLabel", { perspective: t(`steps.${perspective}`) })}
          className="mb-6 border-t border-line"
        >
          {requirements.map((requirement, index) => (
            <RequirementItem
              key={requirement.id}
              requirement={requirement}
              first={index === 0}
              last={index === requirements.length - 1}
              actions={actions}
              remissComments={remissComments[requirement.id] ?? []}
            />
          ))}
        </ol>
      )}
      {adding ? (
        <RequirementForm
          idPrefix="new-requirement"
          heading={t("requirements.addHeading")}
          defaultValues={{ text: "", level: "ska", kravtyp: "KF", motiv: "", verifikat: "", uppfoljning: "" }}
          onSubmit={async (values) => {
            const result = await createRequirementAction(draftId, perspective, values);
            if (result.ok) {
              settle(result, (code) => t("requirements.announce.added", { code }));
              setAdding(false);
              pendingFocus.current = "add-requirement";
            }
            return result;
          }}
          onCancel={() => {
            setAdding(false);
            requestAnimationFrame(() => document.getElementById("add-requirement")?.focus());
          }}
        />
      ) : (
        <Button
          id="add-requirement"
          variant="secondary"
          onClick={() => {
            setAdding(true);
            requestAnimationFrame(() => document.getElementById("new-requirement-text")?.focus());
          }}
        >
          {t("requirements.add")}
        </Button>
      )}
    </section>
  );
}
