"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionResult, ErrorCode } from "@/lib/errors";
import { clearLocalCopy, readLocalCopy, writeLocalCopy, type LocalCopy } from "@/components/autosave/local-copy";
import type { SaveData, SaveFn } from "@/components/autosave/json-save";
import { announcePresence, isOpenElsewhere } from "@/components/autosave/tab-presence";
import { draftSchemaLoader, type DraftSchema, type DraftSchemaSource } from "@/components/autosave/draft-schema";

export type AutosaveStatus =
  | { kind: "idle" }
  | { kind: "saving"; lastSavedAt: string | null }
  | { kind: "saved"; at: string }
  | { kind: "retrying" }
  | { kind: "offline" }
  | { kind: "invalid" }
  | { kind: "conflict" }
  | { kind: "failed"; code: ErrorCode };

export type ServerValues<T> = ActionResult<{ version: number; values: T }>;
export type Conflict<T> = { theirs: T; version: number };

type Options<TForm extends FieldValues, TOut, TDraft, TServer> = {
  // Any react-hook-form step form (its input type is what is stored locally).
  form: UseFormReturn<TForm, unknown, TOut>;
  // Unique per draft and step, e.g. "kravlots:autosave:<draftId>:start".
  storageKey: string;
  // The step's draft schema: what an in-progress save must satisfy.
  schema: DraftSchemaSource<TDraft>;
  save: SaveFn<TDraft>;
  // Current server values for the conflict dialog, mapped into form values.
  loadServer: () => Promise<ServerValues<TServer>>;
  toFormValues: (server: TServer) => TForm;
  initialVersion: number;
  // The newest draft version the page has seen from its other writes (e.g.
  // requirement edits beside the form, DraftWorkspace); the next save builds on it.
  sharedVersion?: number;
  onSaved?: (version: number) => void;
  // A version conflict whose server values for this form equal what this form
  // last saved came from another part of the draft: save again on top of it.
  rebaseWhenUnchanged?: boolean;
  debounceMs?: number;
};

const maxBackoffMs = 30_000;

// Debounced autosave with a local copy, retries with exponential backoff,
// saves on blur, on leaving the step and when the tab is hidden or closed,
// and a conflict state instead of any overwrite (docs/ARCHITECTURE.md, "Saving").
export function useAutosave<TForm extends FieldValues, TOut, TDraft, TServer>(
  options: Options<TForm, TOut, TDraft, TServer>,
) {
  const { form, storageKey, debounceMs = 1000 } = options;
  const [loadSchema] = useState(() => draftSchemaLoader(options.schema));
  const opts = useRef(options);
  useEffect(() => {
    opts.current = options;
  });
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "idle" });
  const [recovered, setRecovered] = useState<LocalCopy<TForm> | null>(null);
  const [conflict, setConflict] = useState<Conflict<TForm> | null>(null);
  const version = useRef(options.initialVersion);
  const savedJson = useRef<string | null>(null);
  const lastSavedAt = useRef<string | null>(null);
  const paused = useRef(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const attempt = useRef(0);
  // A restored local copy keeps its old base version so that a change made
  // elsewhere since then shows as a conflict, never as a silent rebase.
  const mayRebase = useRef(true);
  const shared = useRef(options.sharedVersion);
  useEffect(() => {
    const next = options.sharedVersion;
    if (next === undefined || next === shared.current) return;
    shared.current = next;
    version.current = Math.max(version.current, next);
  }, [options.sharedVersion]);

  // The schema may arrive after hydration (draft-schema.ts). Every use waits
  // for it: saves through the queue, the recovery check through schemaReady.
  const schema = useRef<DraftSchema<TDraft> | null>(null);
  const [schemaReady, setSchemaReady] = useState(false);
  const draftJson = useCallback((raw: unknown) => {
    const parsed = schema.current?.safeParse(raw);
    return parsed?.success ? JSON.stringify(parsed.data) : null;
  }, []);
  // What the page was rendered with is what the server has.
  const firstValues = useRef<unknown>(null);
  if (firstValues.current === null) firstValues.current = structuredClone(form.getValues());
  const ensureSchema = useCallback(async () => {
    if (schema.current) return;
    schema.current = await loadSchema();
    savedJson.current ??= draftJson(firstValues.current) ?? "";
  }, [draftJson, loadSchema]);
  useEffect(() => {
    // A failed import is tried again by the next save.
    ensureSchema().then(
      () => setSchemaReady(true),
      () => undefined,
    );
  }, [ensureSchema]);

  const keepLocal = useCallback(() => {
    writeLocalCopy(storageKey, {
      values: form.getValues(),
      changedAt: new Date().toISOString(),
      baseVersion: version.current,
    });
  }, [form, storageKey]);

  const schedule = useCallback((run: () => void, ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(run, ms);
  }, []);

  // saveNow is defined after apply; the retry reaches it through this ref.
  const saveRef = useRef<() => Promise<unknown>>(() => Promise.resolve());
  const retryLater = useCallback(() => {
    setStatus({ kind: "retrying" });
    const delay = Math.min(maxBackoffMs, 1000 * 2 ** attempt.current);
    attempt.current += 1;
    schedule(() => void saveRef.current(), delay);
  }, [schedule]);

  const apply = useCallback(
    // True when a conflict was rebased (see rebaseWhenUnchanged).
    async (result: ActionResult<SaveData>, sentJson: string | null): Promise<boolean> => {
      if (result.ok) {
        version.current = result.data.version;
        opts.current.onSaved?.(result.data.version);
        mayRebase.current = true;
        attempt.current = 0;
        if (sentJson !== null) savedJson.current = sentJson;
        lastSavedAt.current = result.data.savedAt;
        if (draftJson(form.getValues()) === savedJson.current) clearLocalCopy(storageKey);
        else keepLocal();
        setStatus({ kind: "saved", at: result.data.savedAt });
        return false;
      }
      if (result.code === "CONFLICT") {
        paused.current = true;
        setStatus({ kind: "conflict" });
        const server = await opts.current.loadServer();
        const theirs = server.ok ? draftJson(opts.current.toFormValues(server.data.values)) : null;
        if (server.ok && opts.current.rebaseWhenUnchanged && mayRebase.current && theirs === savedJson.current) {
          version.current = server.data.version;
          paused.current = false;
          const pending = draftJson(form.getValues()) !== savedJson.current;
          const at = lastSavedAt.current;
          setStatus(pending ? { kind: "saving", lastSavedAt: at } : at ? { kind: "saved", at } : { kind: "idle" });
          // Queued behind the current run; awaiting it here would deadlock.
          if (pending) void saveRef.current();
          return true;
        }
        if (server.ok)
          setConflict({ theirs: opts.current.toFormValues(server.data.values), version: server.data.version });
        return false;
      }
      if (result.code === "VALIDATION") setStatus({ kind: "invalid" });
      else if (result.code === "INTERNAL") retryLater();
      else setStatus({ kind: "failed", code: result.code });
      return false;
    },
    [draftJson, form, keepLocal, retryLater, storageKey],
  );

  const saveNow = useCallback(
    (keepalive = false, explicit = false): Promise<unknown> => {
      clearTimeout(timer.current);
      queue.current = queue.current.then(async () => {
        if (paused.current) return;
        // No schema yet (its import failed): retried like a failed save.
        if (!(await ensureSchema().then(() => true, retryLater))) return;
        const sentJson = draftJson(form.getValues());
        if (sentJson === null) return setStatus({ kind: "invalid" });
        if (sentJson === savedJson.current) {
          // "Spara utkast" with nothing new still confirms that all is saved.
          if (explicit) setStatus({ kind: "saved", at: lastSavedAt.current ?? new Date().toISOString() });
          return;
        }
        if (!navigator.onLine) return setStatus({ kind: "offline" });
        if (!keepalive) setStatus({ kind: "saving", lastSavedAt: lastSavedAt.current });
        try {
          const result = await opts.current.save(version.current, JSON.parse(sentJson) as TDraft, { keepalive });
          await apply(result, sentJson);
        } catch {
          if (!navigator.onLine) setStatus({ kind: "offline" });
          else retryLater();
        }
      });
      return queue.current;
    },
    [apply, draftJson, ensureSchema, form, retryLater],
  );
  useEffect(() => {
    saveRef.current = () => saveNow();
  }, [saveNow]);

  // A full save through another path (e.g. the step's validating action)
  // shares the queue, the version and the conflict handling.
  const submit = useCallback(
    (call: (baseVersion: number) => Promise<ActionResult<SaveData>>) => {
      const run = queue.current.then(async () => {
        await ensureSchema();
        const sentJson = draftJson(form.getValues());
        let result = await call(version.current);
        // Rebased onto the page's own other write: the full save goes once more.
        if (await apply(result, sentJson)) {
          result = await call(version.current);
          await apply(result, sentJson);
        }
        return result;
      });
      queue.current = run.catch(() => undefined);
      return run;
    },
    [apply, draftJson, ensureSchema, form],
  );

  // A copy nobody confirmed, from a tab that is gone, is offered back. While
  // the offer stands, autosave goes on; the offered values stay in memory.
  useEffect(() => {
    if (!schemaReady || !schema.current) return;
    let cancelled = false;
    const copy = readLocalCopy<TForm>(storageKey, schema.current);
    if (copy && draftJson(copy.values) !== savedJson.current) {
      void isOpenElsewhere(storageKey).then((open) => {
        if (!cancelled && !open) setRecovered(copy);
      });
    } else if (copy) clearLocalCopy(storageKey);
    const leave = announcePresence(storageKey);
    return () => {
      cancelled = true;
      leave();
    };
  }, [draftJson, schemaReady, storageKey]);

  useEffect(() => {
    const subscription = form.watch(() => {
      keepLocal();
      if (paused.current) return;
      if (!navigator.onLine) return setStatus({ kind: "offline" });
      schedule(() => void saveNow(), debounceMs);
    });
    const hidden = () => {
      if (document.visibilityState === "hidden") void saveNow(true);
    };
    const online = () => void saveNow();
    const offline = () => setStatus({ kind: "offline" });
    const leave = () => void saveNow(true);
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("pagehide", leave);
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    return () => {
      subscription.unsubscribe();
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      // Leaving the step inside the app unmounts the form: save what is left.
      void saveNow(true);
    };
  }, [debounceMs, form, keepLocal, saveNow, schedule]);

  const restore = useCallback(() => {
    if (!recovered) return;
    form.reset(recovered.values, { keepDefaultValues: true });
    version.current = Math.min(version.current, recovered.baseVersion);
    mayRebase.current = false;
    setRecovered(null);
    keepLocal();
    void saveNow();
  }, [form, keepLocal, recovered, saveNow]);

  const discard = useCallback(() => {
    if (draftJson(form.getValues()) === savedJson.current) clearLocalCopy(storageKey);
    setRecovered(null);
  }, [draftJson, form, storageKey]);

  // Both sides chosen: save the merged values against the other save's version.
  const resolve = useCallback(
    (values: TForm) => {
      if (!conflict) return;
      form.reset(values, { keepDefaultValues: true });
      version.current = conflict.version;
      paused.current = false;
      setConflict(null);
      keepLocal();
      void saveNow();
    },
    [conflict, form, keepLocal, saveNow],
  );

  return { status, recovered, restore, discard, conflict, resolve, saveNow, submit, blur: () => void saveNow() };
}
