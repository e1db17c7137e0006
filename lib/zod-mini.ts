import * as z from "@/lib/zod-mini-api";

// The entry point for schemas that run in the browser as well as on the
// server (a form's zodResolver and the action that re-parses it): zod/mini,
// whose unused functions the bundler can drop. Server-only schemas use
// lib/zod.ts (zod classic). Both flavours build on zod's core, so a classic
// z.object() may hold a mini schema. jitless for the same reason as in
// lib/zod.ts (the CSP has no 'unsafe-eval'); the setting is global, so
// whichever entry loads first turns it on for both.
z.config({ jitless: true });

export { z };
