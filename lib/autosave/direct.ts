import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { answersDoorway, startDoorway } from "@/lib/autosave/doorways";
import { doorwayHeaders, type DoorwayAnswer, type DoorwayInput } from "@/lib/autosave/route";
import { parseJsonChunks, type BodyResult } from "@/lib/security/body-limit";
import { rootLog } from "@/lib/log";

// The autosave doorways without Next's router. A save is the app's hottest
// request (one per pause in typing, from every open step), and Next's routing
// and response streaming cost about 8 ms of CPU per request here against
// 0.5 ms for a bare Node answer (docs/BENCHMARKS.md, "Save CPU"). server.mjs
// asks this function first; it answers only the doorways' exact paths and
// methods and returns false for everything else, which Next then serves.
// The handlers' core is the one Next's route files wrap (autosaveRoute), so
// the origin check, session, write limit, body cap, schema and mutation are
// the same; only the request and answer are Node's own, not web objects.

type Core = (input: DoorwayInput, params: never, direct: boolean) => Promise<DoorwayAnswer>;
type Doorway = { direct: { GET: Core; PUT: Core; POST: Core } };

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

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

// The body, read only when the doorway asks for it and only up to the cap,
// then parsed as readJsonBody does (parseJsonChunks). A body refused before
// it is read (no session, foreign origin), or not read to its end (over the
// cap), is drained before the answer (see drain).
function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const tooLarge = { ok: false, status: 413, code: "TOO_LARGE" } as const;
  if (Number(req.headers["content-length"] ?? "0") > limit) return Promise.resolve(tooLarge);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = (result: BodyResult) => {
      if (finished) return;
      finished = true;
      req.off("data", onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(tooLarge);
      else chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => finish(parseJsonChunks(chunks, size)));
    req.once("error", () => finish({ ok: false, status: 400, code: "VALIDATION" }));
  });
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

async function send(req: IncomingMessage, res: ServerResponse, { status, body, setCookie }: DoorwayAnswer) {
  const json = Buffer.from(JSON.stringify(body));
  if (!(await drain(req))) res.setHeader("connection", "close");
  res.statusCode = status;
  for (const [name, value] of Object.entries(doorwayHeaders)) res.setHeader(name, value);
  if (setCookie.length > 0) res.setHeader("set-cookie", setCookie);
  res.setHeader("content-length", json.length);
  res.end(json);
}

export function answerDirectly(req: IncomingMessage, res: ServerResponse): boolean {
  const method = req.method;
  if (method !== "GET" && method !== "PUT" && method !== "POST") return false;
  for (const route of routes) {
    const match = route.pattern.exec(req.url ?? "");
    if (!match) continue;
    const segments = match.slice(1).map(decode);
    if (segments.some((segment) => segment === null)) return false;
    const params = route.params([match[0], ...(segments as string[])]) as never;
    const input: DoorwayInput = { headers: headersOf(req), readBody: (limit) => readBody(req, limit) };
    route.doorway.direct[method](input, params, true)
      .then((answer) => send(req, res, answer))
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
