import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { isAllowedAuthRequest } from "@/lib/auth/http-surface";

// Only the endpoints on the allowlist (lib/auth/http-surface.ts) reach Better
// Auth; the rest of its router answers 404 as if it did not exist. The
// handler is built per request from the lazily created auth instance, so the
// build never needs BETTER_AUTH_SECRET.
const notFound = () => new Response("Hittades inte", { status: 404, headers: { "cache-control": "no-store" } });

export async function GET(request: Request) {
  if (!isAllowedAuthRequest("GET", new URL(request.url).pathname)) return notFound();
  return toNextJsHandler(getAuth()).GET(request);
}

export async function POST(request: Request) {
  if (!isAllowedAuthRequest("POST", new URL(request.url).pathname)) return notFound();
  return toNextJsHandler(getAuth()).POST(request);
}
