import { z } from "@/lib/zod";

export const revisionIdSchema = z.cuid();
