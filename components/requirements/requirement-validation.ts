import { zodResolver } from "@hookform/resolvers/zod";
import { requirementInputSchema } from "@/lib/requirements/schema";

// The requirement form's schema, loaded by dynamic import() on the first
// check (requirement-form.tsx) so that zod is not in the perspective step's
// first-load JavaScript. The server action parses with the same schema.
export const requirementResolver = zodResolver(requirementInputSchema);
