import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
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

// The body as a web stream that reads only when the handler asks. A request
// refused before its body is read (no session, foreign origin) is then drained
// by Node after the answer, and a body the handler stops reading (over the
// size cap) is drained and discarded: either way the client gets its answer
// on an intact connection. (Readable.toWeb would start reading at once and
// destroy the socket on cancel, so the client saw a reset, not the 401/413.)
function bodyOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  let listening = false;
  let finished = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!listening) {
        listening = true;
        req.on("data", (chunk: Buffer) => {
          if (finished) return;
          controller.enqueue(new Uint8Array(chunk));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.once("end", () => {
          if (!finished) controller.close();
          finished = true;
        });
        req.once("error", (error) => {
          if (!finished) controller.error(error);
          finished = true;
        });
      }
      req.resume();
    },
    cancel() {
      finished = true;
      req.resume();
    },
  });
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
    body: hasBody ? bodyOf(req) : null,
    duplex: "half",
  } as RequestInit);
}

// A body the handler left unread (refused before reading, or over the cap) is
// read to its end and discarded before the answer, so the client has finished
// sending and the keep-alive connection is clean for its next request
// (answering mid-body made the next request on it fail with a reset: found by
// the fuzz pass). Past this much the connection is closed instead.
const maxDrainBytes = 32 * 1024 * 1024;
function drain(req: IncomingMessage): Promise<boolean> {
  if (req.complete) return Promise.resolve(true);
  return new Promise((resolve) => {
    let seen = 0;
    req.removeAllListeners("data");
    req.on("data", (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > maxDrainBytes) resolve(false);
    });
    req.once("end", () => resolve(true));
    req.once("error", () => resolve(false));
    req.resume();
  });
}

async function send(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  if (!(await drain(req))) res.setHeader("connection", "close");
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
      .then((response) => send(req, res, response))
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
