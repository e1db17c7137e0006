// The part of zod/mini's API the isomorphic schemas use (the ones a client
// component's form validates with), as named re-exports. zod classic's
// schemas carry every method on every instance, so the browser bundle keeps
// all of zod (≈ 27 kB gzip); zod/mini's functions are dropped when unused
// (≈ 8 kB for these schemas). Add a name here when a schema needs it.
import { pipe, transform, type core, type ZodMiniType } from "zod/mini";

export {
  _default,
  array,
  catch,
  coerce,
  cuid,
  config,
  enum,
  extend,
  flattenError,
  int,
  maximum,
  maxLength,
  minimum,
  minLength,
  number,
  object,
  omit,
  optional,
  partial,
  pipe,
  refine,
  strictObject,
  string,
  transform,
  trim,
  type core,
  type infer,
  type input,
  type output,
  type ZodMiniOptional,
  type ZodMiniType,
} from "zod/mini";

// zod/mini has no preprocess. A pipe from a transform behaves the same at run
// time (classic's ZodPreprocess is a pipe too); this type keeps classic's
// input typing: optional when the inner schema is, so an object's key stays
// optional for the form.
export type ZodMiniPreprocess<S extends core.$ZodType = core.$ZodType> = ZodMiniType<
  core.output<S>,
  unknown,
  core.$ZodPreprocessInternals<S, unknown>
>;

export function preprocess<S extends core.$ZodType>(fn: (value: unknown) => unknown, schema: S): ZodMiniPreprocess<S> {
  // The input type differs only in optionality (see above); the runtime object is the pipe.
  const piped: unknown = pipe(transform(fn), schema);
  return piped as ZodMiniPreprocess<S>;
}
