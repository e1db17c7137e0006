"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

type Workspace = {
  draftId: string;
  version: number;
  setVersion: (version: number) => void;
  announce: (message: string) => void;
};

const WorkspaceContext = createContext<Workspace | null>(null);

// One draft version and one live region per page: the guided answers, the
// requirement editor and the suggestion panel all write to the same draft,
// so a save from one must not look like a conflict to the next.
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
  const [message, setMessage] = useState("");
  // A server re-render (after any action's revalidation) may carry a newer
  // version than this page has seen; never go backwards.
  if (serverVersion !== seen) {
    setSeen(serverVersion);
    setLocalVersion((current) => Math.max(current, serverVersion));
  }
  const setVersion = useCallback((next: number) => setLocalVersion((current) => Math.max(current, next)), []);
  // Cleared first so the same words twice in a row ("Förslaget har dolts")
  // are announced twice.
  const announce = useCallback((text: string) => {
    setMessage("");
    requestAnimationFrame(() => setMessage(text));
  }, []);
  return (
    <WorkspaceContext.Provider value={{ draftId, version, setVersion, announce }}>
      <p role="status" aria-live="polite" data-testid="workspace-status" className="min-h-6 font-semibold text-success">
        {message}
      </p>
      {children}
    </WorkspaceContext.Provider>
  );
}

export function useDraftWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error("useDraftWorkspace must be used inside <DraftWorkspace>");
  return workspace;
}
