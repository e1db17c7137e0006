import { NextResponse, type NextRequest } from "next/server";
import { bodyLimitFor } from "@/lib/security/body-limit";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/headers";

// Security headers for every document and route handler. The CSP carries a
// fresh nonce per request; Next reads it from the request's CSP header and
// puts it on its own scripts, and 'strict-dynamic' lets those load the chunks.
export function proxy(request: NextRequest) {
  // Oversized bodies (server actions and route handlers alike) are refused
  // here with a clear code instead of being truncated and failing to parse.
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > bodyLimitFor(request.nextUrl.pathname)) {
    return Response.json({ ok: false, code: "TOO_LARGE" }, { status: 413, headers: securityHeaders({ https: false }) });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https =
    request.nextUrl.protocol === "https:" ||
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Every log line of this request carries this id (lib/log.ts); a proxy in
  // front may pass its own, which is kept when it looks like one.
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      // The autosave JSON routes (/api/drafts/…) are left out: they answer
      // JSON only, set their own headers and limits (lib/autosave/route.ts),
      // and run on every pause in typing, where this work was measurable.
      source: "/((?!_next/static|_next/image|favicon.ico|api/drafts/).*)",
      // Prefetches do not render a document; they need no nonce.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
