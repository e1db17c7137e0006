import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { answersDoorway, startDoorway } from "@/lib/autosave/doorways";
import type { DoorwayContext } from "@/lib/autosave/route";
import { rootLog } from "@/lib/log";

// The autosave doorways without Next's router. A save is the app's hottest
// request (one per pause in typing, from every open step), and Next's routing
// and response streaming cost about 8 ms of CPU per request here against
// 0.5 ms for a bare Node answer (docs/BENCHMARKS.md, "Save CPU"). server.mjs
// asks this function first; it answers only the doorways' exact paths and
// methods and returns false for everything else, which Next then serves.
// The handlers are the very ones Next's route files export, so the origin
// check, session, write limit, body cap, schema and mutation are the same.

type Handler = (request: Request, context: DoorwayContext<never>) => Promise<Response>;
type Doorway = { GET: Handler; PUT: Handler; POST: Handler };

const routes: { pattern: RegExp; doorway: Doorway; params: (match: string[]) => object }[] = [
  {
    pattern: /^\/api\/drafts\/([^/?]+)\/start(?:\?.*)?$/,
    doorway: startDoorway,
    params: ([, draftId]) => ({ draftId }),
  },
  {
    pattern: /^\/api\/drafts\/([^/?]+)\/answers\/([^/?]+)(?:\?.*)?$/,
    doorway: answersDoorway,
    params: ([, draftId, perspective]) => ({ draftId, perspective }),
  },
];

function decode(segment: string | undefined): string | null {
  try {
    return decodeURIComponent(segment ?? "");
  } catch {
    return null; // a malformed escape: let Next answer it as it always has
  }
}

function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method === "PUT" || req.method === "POST";
  return new Request(`http://${req.headers.host ?? "localhost"}${req.url}`, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null,
    duplex: "half",
  } as RequestInit);
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  res.setHeader("content-length", body.length);
  res.end(body);
}

export function answerDirectly(req: IncomingMessage, res: ServerResponse): boolean {
  const method = req.method as keyof Doorway;
  if (method !== "GET" && method !== "PUT" && method !== "POST") return false;
  for (const route of routes) {
    const match = route.pattern.exec(req.url ?? "");
    if (!match) continue;
    const segments = match.slice(1).map(decode);
    if (segments.some((segment) => segment === null)) return false;
    const params = Promise.resolve(route.params([match[0], ...(segments as string[])]) as never);
    route.doorway[method](toRequest(req), { params, direct: true })
      .then((response) => send(res, response))
      .catch((error: unknown) => {
        rootLog.error({ err: error, url: req.url }, "direct autosave doorway failed");
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false, code: "INTERNAL" }));
      });
    return true;
  }
  return false;
}

// server.mjs reads it from here once Next has run instrumentation.ts.
export const directDoorwayKey = Symbol.for("kravlots.directDoorway");
export function registerDirectDoorway(): void {
  (globalThis as Record<symbol, unknown>)[directDoorwayKey] = answerDirectly;
}
