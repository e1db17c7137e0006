// The production server: Next.js behind one Node HTTP server, so the autosave
// doorways can be answered without Next's router (lib/autosave/direct.ts,
// registered by instrumentation.ts, which Next runs when it serves its first
// request; until then Next serves the doorways itself). Everything else,
// pages, actions and the other routes, is Next's own request handler, as
// under `next start`. Same options as `next start`: -p/--port (or PORT) and
// -H/--hostname; all interfaces by default. (Not the HOSTNAME variable: shells
// and containers set it to the machine's name.)
import { createServer } from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  strict: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = typeof values.hostname === "string" ? values.hostname : undefined;
// Before Next and React are loaded: they pick their production builds from it.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();
const directKey = Symbol.for("kravlots.directDoorway");

const server = createServer((req, res) => {
  const direct = globalThis[directKey];
  if (typeof direct === "function" && direct(req, res)) return;
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, hostname, () => {
  console.log(`Kravlots ready on http://${hostname ?? "localhost"}:${port}`);
  // Next prepares itself (and runs instrumentation.ts: the export worker, the
  // doorways) on its first request; make that now rather than at a visitor's.
  const self = hostname && hostname !== "0.0.0.0" && hostname !== "::" ? hostname : "127.0.0.1";
  fetch(`http://${self.includes(":") ? `[${self}]` : self}:${port}/api/health`).catch(() => {});
});

// As `next start` does: finish the requests under way, close Next, then exit
// with the signal's conventional code.
let closing = false;
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
]) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close(() => {
      app.close().finally(() => process.exit(code));
    });
    server.closeIdleConnections();
  });
}
