import { z } from "@/lib/zod";
import { perspectiveSchema } from "@/lib/vocabulary-schema";

// What Remiss.targets holds: the frozen version's requirements a reviewer can
// comment on (ids as they were, so a later delete leaves the comment intact).
export const remissTargetsSchema = z.array(
  z.object({ id: z.string(), code: z.string(), perspective: perspectiveSchema, text: z.string() }),
);
export type RemissTarget = z.infer<typeof remissTargetsSchema>[number];
