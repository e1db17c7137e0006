import type { z } from "@/lib/zod-mini";
import { loadOnce } from "@/components/ui/load-once";

export type DraftSchema<T> = z.ZodMiniType<T, unknown>;
// The schema itself, or a dynamic import() of it: the Start step loads its
// schemas after hydration to keep zod out of its first-load JavaScript.
export type DraftSchemaSource<T> = DraftSchema<T> | (() => Promise<DraftSchema<T>>);

export function draftSchemaLoader<T>(source: DraftSchemaSource<T>): () => Promise<DraftSchema<T>> {
  return typeof source === "function" ? loadOnce(source) : () => Promise.resolve(source);
}
