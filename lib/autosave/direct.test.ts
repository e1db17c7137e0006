import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { answerDirectly } from "@/lib/autosave/direct";
import { db } from "@/lib/db";

// The doorways as server.mjs serves them: a real HTTP server on loopback whose
// only handler is answerDirectly, and a fallback that marks what it leaves to
// Next. The same auth instance and database as the app.
let server: Server;
let base = "";
let cookie = "";
let tokenOnly = "";
let draftId = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    if (answerDirectly(req, res)) return;
    res.writeHead(418).end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const email = `dorr-${Date.now().toString(36)}@kommun.example`;
  const response = await getAuth().api.signUpEmail({
    body: { name: "Dörr Testare", email, password: "Lösenord-för-test-123" },
    asResponse: true,
  });
  const pairs = response.headers.getSetCookie().map((line) => line.split(";")[0]!);
  cookie = pairs.join("; ");
  tokenOnly = pairs.filter((pair) => pair.includes("session_token")).join("; ");
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  draftId = (await db.draft.create({ data: { createdById: user.id, title: "Före", context: {} } })).id;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const put = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: "PUT",
    headers: { "content-type": "application/json", cookie, ...headers },
    body: JSON.stringify(body),
  });

describe("the direct autosave doorway", () => {
  it("saves the Start step with the route's checks and answers with a complete JSON reply", async () => {
    const response = await put(`/api/drafts/${draftId}/start`, { baseVersion: 1, values: { title: "Efter" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).not.toBeNull();
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await response.json()).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await db.draft.findUniqueOrThrow({ where: { id: draftId } })).title).toBe("Efter");
    // The same draft at the old version: the conflict the dialog shows.
    const stale = await put(`/api/drafts/${draftId}/start`, { baseVersion: 1, values: { title: "Gammal" } });
    expect(stale.status).toBe(409);
  });

  it("refuses a request without a session, from a foreign origin, or not declared JSON", async () => {
    expect((await put(`/api/drafts/${draftId}/start`, {}, { cookie: "" })).status).toBe(401);
    const foreign = await put(`/api/drafts/${draftId}/start`, {}, { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    const text = await put(`/api/drafts/${draftId}/start`, {}, { "content-type": "text/plain" });
    expect(text.status).toBe(415);
  });

  it("answers a body over the cap, or one it never reads, on an intact connection", async () => {
    // The fuzz pass found resets here: the cap's early stop destroyed the socket.
    const big = JSON.stringify({ baseVersion: 2, values: { title: "x".repeat(1024 * 1024) } });
    const headers = { "content-type": "application/json", cookie };
    const over = await fetch(`${base}/api/drafts/${draftId}/start`, { method: "PUT", headers, body: big });
    expect(over.status).toBe(413);
    const unsigned = await fetch(`${base}/api/drafts/${draftId}/start`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: big,
    });
    expect(unsigned.status).toBe(401);
    // The same connection pool still serves a normal save afterwards.
    const after = await put(`/api/drafts/${draftId}/start`, { baseVersion: 2, values: { title: "Sist" } });
    expect(after.status).toBe(200);
  });

  it("reads a perspective's answers through the answers doorway", async () => {
    const response = await fetch(`${base}/api/drafts/${draftId}/answers/kundnytta`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
  });

  it("passes on a refreshed session cookie, which Next would otherwise have set", async () => {
    const response = await fetch(`${base}/api/drafts/${draftId}/start`, { headers: { cookie: tokenOnly } });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().some((line) => line.includes("session_data"))).toBe(true);
  });

  it("leaves every other path, method and malformed address to Next", async () => {
    for (const [method, path] of [
      ["PUT", `/api/drafts/${draftId}/start/extra`],
      ["PUT", "/api/drafts/%E0%A4%A/start"],
      ["DELETE", `/api/drafts/${draftId}/start`],
      ["HEAD", `/api/drafts/${draftId}/start`],
      ["GET", "/drafts"],
    ] as const) {
      const response = await fetch(`${base}${path}`, { method, headers: { cookie } });
      expect(response.status, `${method} ${path}`).toBe(418);
    }
  });
});
