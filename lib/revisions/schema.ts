import { z } from "zod";

export const revisionIdSchema = z.cuid();
