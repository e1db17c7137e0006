import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import {
  normaliseStepValues,
  perspectiveAnswersDraftSchema,
  perspectiveFormSchema,
  type PerspectiveForm,
  type PerspectiveFormInput,
} from "@/lib/answers/schema";
import type { Perspective } from "@/lib/vocabulary";

// A perspective step's zod schemas, loaded by dynamic import() after
// hydration (perspective-step-form.tsx) so that zod is not in the step's
// first-load JavaScript. The server action parses with the same schemas.
export function perspectiveResolver(
  perspective: Perspective,
): Resolver<PerspectiveFormInput, unknown, PerspectiveForm> {
  const resolve = zodResolver(perspectiveFormSchema(perspective));
  return (values, context, options) => resolve(normaliseStepValues(values), context, options);
}

export { perspectiveAnswersDraftSchema };
