import "server-only";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import {
  failure,
  missFailure,
  type ActionResult,
  type Failure,
  type MutationResult,
  type Permission,
} from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";

// The one wrapper every server action with a session goes through, in one
// order: read the session (UNAUTHENTICATED), parse every id (a malformed id is
// NOT_FOUND, like a foreign one), then run the body, which applies the scope
// through its mutation or data function. An expected miss ({ ok: false,
// reason }) becomes the code for the permission the action needs
// (missFailure); a Failure the body returns itself (VALIDATION …) passes
// through. No redirect on a missing session: a form full of unsaved answers
// must stay where it is and say to sign in again.
type IdSpec = Record<string, readonly [schema: z.ZodType, raw: unknown]>;
export type ParsedIds<I extends IdSpec> = { [K in keyof I]: z.output<I[K][0]> };

export async function serverAction<T, I extends IdSpec = Record<never, never>>(
  spec: { ids?: I; permission?: Permission },
  run: (user: CurrentUser, ids: ParsedIds<I>) => Promise<MutationResult<T> | ActionResult<T>>,
): Promise<ActionResult<T>> {
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  const ids: Record<string, unknown> = {};
  for (const [name, [schema, raw]] of Object.entries(spec.ids ?? {})) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return failure("NOT_FOUND");
    ids[name] = parsed.data;
  }
  const result = await run(user, ids as ParsedIds<I>);
  if (result.ok) return result;
  return "reason" in result ? missFailure(result.reason, spec.permission ?? "edit") : result;
}

// A body's input check: the parsed value, or VALIDATION with the field errors
// (translation keys) for react-hook-form.
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.output<S> } | Failure {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : failure("VALIDATION", fieldErrorsOf(parsed.error));
}
