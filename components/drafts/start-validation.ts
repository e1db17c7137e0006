import { zodResolver } from "@hookform/resolvers/zod";
import { startStepDraftSchema, startStepSchema } from "@/lib/drafts/schema";

// The Start step's zod schemas, loaded by dynamic import() after hydration
// (start-step-form.tsx) so that zod is not in the step's first-load
// JavaScript. Still the one schema the server action parses with.
export const startResolver = zodResolver(startStepSchema);
export { startStepDraftSchema };
