import * as z from "@/lib/zod-api";

// zod 4 compiles a fast path for object schemas with `new Function` when it
// is created; the CSP (lib/security/headers.ts) has no 'unsafe-eval', so in
// the browser that probe is a CSP violation on every page with a form. The
// setting is read when a schema is built, so it must run before any
// z.object(): every module takes `z` from here (checked by lib/zod.test.ts).
// The config lives on globalThis, so it covers every bundle copy of zod.
z.config({ jitless: true });

export { z };
