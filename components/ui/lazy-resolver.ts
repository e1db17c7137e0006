import type { FieldValues, Resolver } from "react-hook-form";
import { loadOnce } from "@/components/ui/load-once";

// A react-hook-form resolver whose schema arrives by dynamic import(): a
// step's zod schema is not in its first-load JavaScript (issue 14, ≤ 180 kB
// gzip), and the server-rendered form already holds the saved values. The
// step's autosave starts the same import right after hydration, so checking
// while typing waits for it at most once.
export function lazyResolver<TValues extends FieldValues, TContext, TOut>(
  load: () => Promise<Resolver<TValues, TContext, TOut>>,
): Resolver<TValues, TContext, TOut> {
  const resolver = loadOnce(load);
  return async (values, context, options) => (await resolver())(values, context, options);
}
