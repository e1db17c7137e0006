// The JSON route handlers' doorway check. A cross-site page can make a
// browser send a "simple" POST (text/plain, form types) without a preflight;
// SameSite=Lax cookies are the only other protection against that. Refusing
// every foreign Origin and every body that is not declared application/json
// closes it: a browser sends application/json cross-site only after a CORS
// preflight, which this app never grants.
// A request without Origin comes from a non-browser client (scripts, load
// tests), which cannot act with a victim's cookies; it is let through.

export type JsonRequestRefusal =
  { status: 403; code: "FORBIDDEN_ORIGIN" } | { status: 415; code: "UNSUPPORTED_MEDIA_TYPE" };

export function refuseJsonRequest(
  request: { headers: Headers },
  ownOrigins: readonly string[],
): JsonRequestRefusal | null {
  const origin = request.headers.get("origin");
  if (origin !== null && !ownOrigins.includes(origin)) return { status: 403, code: "FORBIDDEN_ORIGIN" };
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none")
    return { status: 403, code: "FORBIDDEN_ORIGIN" };
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE" };
  return null;
}
