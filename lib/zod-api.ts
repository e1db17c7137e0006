// The part of zod's API this app uses, as named re-exports. zod's own `z`
// namespace object keeps every export alive in the browser bundle (all its
// locales included); a namespace of named re-exports lets the bundler drop
// the rest. Add a name here when a schema needs it.
export {
  array,
  boolean,
  coerce,
  config,
  cuid,
  email,
  enum,
  flattenError,
  iso,
  literal,
  number,
  object,
  preprocess,
  record,
  safeParse,
  strictObject,
  string,
  union,
  toJSONSchema,
  url,
  ZodError,
  ZodOptional,
  ZodType,
  type core,
  type infer,
  type input,
  type output,
} from "zod";
