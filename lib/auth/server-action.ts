import "server-only";
import { unstable_rethrow } from "next/navigation";
import { requestLog } from "@/lib/log";
import { z } from "@/lib/zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import {
  AppError,
  failure,
  missFailure,
  type ActionResult,
  type Failure,
  type MutationResult,
  type Permission,
} from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";
import { limitWrites } from "@/lib/security/write-limit";
import { wellFormed } from "@/lib/security/well-formed";

// The one wrapper every server action with a session goes through, in one
// order: read the session (UNAUTHENTICATED), parse every id (a malformed id is
// NOT_FOUND, like a foreign one), then run the body, which applies the scope
// through its mutation or data function. An expected miss ({ ok: false,
// reason }) becomes the code for the permission the action needs
// (missFailure); a Failure the body returns itself (VALIDATION …) passes
// through. No redirect on a missing session: a form full of unsaved answers
// must stay where it is and say to sign in again. Every action writes unless
// it says `reads: true`, and every write counts against the caller's per-user
// write limit (lib/security/write-limit.ts) before anything is parsed.
type IdSpec = Record<string, readonly [schema: z.core.$ZodType, raw: unknown]>;
export type ParsedIds<I extends IdSpec> = { [K in keyof I]: z.output<I[K][0]> };

export async function serverAction<T, I extends IdSpec = Record<never, never>>(
  spec: { ids?: I; permission?: Permission; reads?: true },
  run: (user: CurrentUser, ids: ParsedIds<I>) => Promise<MutationResult<T> | ActionResult<T>>,
): Promise<ActionResult<T>> {
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  if (!spec.reads) {
    const limited = await limitWrites(user.id);
    if (limited) return limited;
  }
  const ids: Record<string, unknown> = {};
  for (const [name, [schema, raw]] of Object.entries(spec.ids ?? {})) {
    const parsed = z.safeParse(schema, raw);
    if (!parsed.success) return failure("NOT_FOUND");
    ids[name] = parsed.data;
  }
  let result: MutationResult<T> | ActionResult<T>;
  try {
    result = await run(user, ids as ParsedIds<I>);
  } catch (error) {
    // A cap (lib/limits/data.ts) refuses inside the body's transaction by
    // throwing AppError; a fault is logged here, once, and the user gets
    // INTERNAL ("nothing was saved") instead of a stack trace.
    if (error instanceof AppError) return failure(error.code);
    // redirect() and notFound() are thrown on purpose: Next handles them.
    unstable_rethrow(error);
    (await requestLog()).error({ err: error }, "server action failed");
    return failure("INTERNAL");
  }
  if (result.ok) return result;
  return "reason" in result ? missFailure(result.reason, spec.permission ?? "edit") : result;
}

// A body's input check: the parsed value, or VALIDATION with the field errors
// (translation keys) for react-hook-form.
// Any zod schema, classic or mini (lib/zod-mini.ts): both share zod's core.
export function parseInput<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.output<S> } | Failure {
  const parsed = z.safeParse(schema, wellFormed(input));
  return parsed.success ? { ok: true, data: parsed.data } : failure("VALIDATION", fieldErrorsOf(parsed.error));
}
