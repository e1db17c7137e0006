"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

// Where an outcome is shown: beside the part of the page whose control caused it.
export type AnnouncementRegion = "requirements" | "suggestions";

type Workspace = {
  draftId: string;
  version: number;
  setVersion: (version: number) => void;
  announce: (message: string, region: AnnouncementRegion) => void;
  announcement: { region: AnnouncementRegion; text: string } | null;
};

const WorkspaceContext = createContext<Workspace | null>(null);

// One draft version per page: the guided answers, the requirement editor and
// the suggestion panel all write to the same draft, so a save from one must
// not look like a conflict to the next. One announcement at a time, shown in
// the live region of the section that caused it (<WorkspaceAnnouncer>).
export function DraftWorkspace({
  draftId,
  version: serverVersion,
  children,
}: {
  draftId: string;
  version: number;
  children: ReactNode;
}) {
  const [version, setLocalVersion] = useState(serverVersion);
  const [seen, setSeen] = useState(serverVersion);
  const [announcement, setAnnouncement] = useState<Workspace["announcement"]>(null);
  // A server re-render (after any action's revalidation) may carry a newer
  // version than this page has seen; never go backwards.
  if (serverVersion !== seen) {
    setSeen(serverVersion);
    setLocalVersion((current) => Math.max(current, serverVersion));
  }
  const setVersion = useCallback((next: number) => setLocalVersion((current) => Math.max(current, next)), []);
  // Cleared first so the same words twice in a row ("Förslaget har dolts")
  // are announced twice.
  const announce = useCallback((text: string, region: AnnouncementRegion) => {
    setAnnouncement(null);
    requestAnimationFrame(() => setAnnouncement({ region, text }));
  }, []);
  return (
    <WorkspaceContext.Provider value={{ draftId, version, setVersion, announce, announcement }}>
      {children}
    </WorkspaceContext.Provider>
  );
}

// Always rendered (empty when quiet): a live region must exist before its text
// changes for screen readers to announce the change.
export function WorkspaceAnnouncer({ region }: { region: AnnouncementRegion }) {
  const { announcement } = useDraftWorkspace();
  return (
    <p role="status" aria-live="polite" data-testid={`${region}-status`} className="min-h-6 font-semibold text-success">
      {announcement?.region === region ? announcement.text : ""}
    </p>
  );
}

export function useDraftWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error("useDraftWorkspace must be used inside <DraftWorkspace>");
  return workspace;
}
