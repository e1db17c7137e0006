// The black-box half of `npm run test:fuzz` (started by scripts/fuzz.mjs
// against the built server): every route and server action in the access
// registry (e2e/support/access-registry.ts) gets mutated bodies, ids and
// content types from several callers. Pass: no answer ≥ 500, and every
// refusal carries an error code (INTERNAL counts as a failure: it means an
// exception was caught, not a clear answer). Prints one JSON line.
import Database from "better-sqlite3";
import fc from "fast-check";
import { registry, type Attempt, type Call } from "../e2e/support/access-registry";
import type { Actor, World } from "../e2e/support/access-world";
import { makeRemissWorld, remissWorldKeys, type RemissWorld } from "../e2e/support/remiss-world";
import { errorCodes } from "../lib/errors";
import { hostileString, hostileValue, mutatedObject } from "../lib/testing/fuzz";
import { sampleStart } from "../lib/testing/sample-start";

const base = process.env.FUZZ_BASE_URL ?? "http://localhost:3107";
const dbFile = process.env.FUZZ_DB_FILE ?? "data/fuzz.db";
const perCall = Number(process.env.FUZZ_PER_CALL ?? 14);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 100_000);

// A value nested deeper than JSON.stringify can walk is sent as a raw body
// nested as deep: the server must refuse that as well.
function bodyOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "null";
  } catch {
    return "[".repeat(20_000) + "]".repeat(20_000);
  }
}

const stats = { requests: 0, server5xx: 0, unclear: 0, examples: [] as string[] };

class Client {
  private cookies = new Map<string, string>();
  async send(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    if (!headers.has("origin")) headers.set("origin", base);
    const response = await fetch(base + path, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  }
}

const clients: Record<Actor, Client> = {
  owner: new Client(),
  reader: new Client(),
  foreign: new Client(),
  signedOut: new Client(),
  removed: new Client(),
};

function note(kind: string, what: string) {
  // One example per kind of finding and call, so a noisy one does not hide the others.
  const example = `${kind}: ${what.slice(0, 300)}`;
  if (stats.examples.length < 40 && !stats.examples.includes(example)) stats.examples.push(example);
}

// Sends one request and judges the answer.
async function probe(actor: Actor, path: string, init: RequestInit, label: string): Promise<unknown> {
  stats.requests += 1;
  let response: Response;
  try {
    response = await clients[actor].send(path, init);
  } catch (error) {
    stats.server5xx += 1;
    note("no answer", `${label}: ${String(error)}`);
    return undefined;
  }
  const text = await response.text();
  if (response.status >= 500) {
    stats.server5xx += 1;
    note(`HTTP ${response.status}`, `${label} ${text}`);
    return undefined;
  }
  const json = (() => {
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  })();
  const isJsonRoute = path.startsWith("/api/");
  if (isJsonRoute && response.status >= 400 && response.status !== 404 && typeof json?.code !== "string") {
    stats.unclear += 1;
    note(`HTTP ${response.status} without a code`, `${label} ${text}`);
  }
  const value = (json?.kind === "result" ? json.value : json) as { ok?: boolean; code?: unknown } | null | undefined;
  if (value && value.ok === false && (!errorCodes.includes(value.code as never) || value.code === "INTERNAL")) {
    stats.unclear += 1;
    note(`code ${String(value.code)}`, label);
  }
  return json;
}

const action = (actor: Actor, module: string, name: string, args: unknown[]) =>
  probe(
    actor,
    "/api/test/actions",
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      // The envelope stays intact; only the arguments may be over-deep.
      body: `{"module":${JSON.stringify(module)},"action":${JSON.stringify(name)},"args":${bodyOf(args)}}`,
    },
    `${actor} ${module}#${name}`,
  );

async function setUp(): Promise<World> {
  const stamp = Date.now();
  for (const [actor, name] of [
    ["owner", "Alice"],
    ["reader", "Bob"],
    ["foreign", "Carol"],
  ] as const) {
    const reply = await action(actor, "lib/auth/actions", "signUpAction", [
      { name, email: `${name.toLowerCase()}-${stamp}@fuzz.example`, password: "fuzz-lösenord-1234" },
    ]);
    if ((reply as { kind?: string })?.kind !== "redirect")
      throw new Error(`sign-up of ${name} failed: ${JSON.stringify(reply)}`);
  }
  clients.removed = clients.reader;
  const draftOf = async (actor: Actor) => {
    const reply = (await action(actor, "lib/drafts/actions", "createDraftAction", [])) as { location?: string };
    return reply.location!.split("/")[2]!;
  };
  const dp = await draftOf("owner");
  const org = async (actor: Actor, name: string) =>
    (
      (await action(actor, "lib/orgs/actions", "createOrganizationAction", [{ name }])) as {
        value: { data: { id: string } };
      }
    ).value.data.id;
  const org1 = await org("owner", `Fuzz kommun ${stamp}`);
  const d1 = await draftOf("owner");
  const org2 = await org("foreign", `Annan fuzz ${stamp}`);
  const d2 = await draftOf("foreign");
  const inv = (await action("owner", "lib/orgs/actions", "inviteMemberAction", [
    org1,
    { email: `bob-${stamp}@fuzz.example`, role: "reader" },
  ])) as {
    value: { data: { invitationId: string } };
  };
  await action("reader", "lib/orgs/actions", "acceptInvitationAction", [inv.value.data.invitationId]);
  for (const [actor, draftId] of [
    ["owner", d1],
    ["foreign", d2],
  ] as const) {
    await action(actor, "lib/drafts/actions", "saveStartStepAction", [draftId, 1, sampleStart]);
    await action(actor, "lib/requirements/actions", "createRequirementAction", [
      draftId,
      "kundnytta",
      { text: "Lösningen ska logga.", level: "ska", kravtyp: "KF" },
    ]);
    await action(actor, "lib/requirements/actions", "createRequirementAction", [
      draftId,
      "juridik",
      { text: "Avtalet ska reglera.", level: "ska", kravtyp: "AV" },
    ]);
  }
  const db = new Database(dbFile, { readonly: true, timeout: 10_000 });
  const one = (sql: string, ...args: unknown[]) =>
    (db.prepare(sql).get(...args) as { id: string } | undefined)?.id ?? "saknas";
  const requirements = (draftId: string) =>
    (db.prepare("SELECT id FROM Requirement WHERE draftId = ? ORDER BY number").all(draftId) as { id: string }[]).map(
      (r) => r.id,
    );
  const member = (orgId: string, name: string) =>
    one(
      "SELECT m.id FROM Member m JOIN User u ON u.id = m.userId WHERE m.organizationId = ? AND u.name = ?",
      orgId,
      name,
    );
  const exp = (actor: Actor, draftId: string) =>
    action(actor, "lib/exports/actions", "exportPdfAction", [draftId]) as Promise<{
      value?: { data?: { exportId: string } };
    }>;
  const e1 = (await exp("owner", d1))?.value?.data?.exportId ?? "saknas";
  const e2 = (await exp("foreign", d2))?.value?.data?.exportId ?? "saknas";
  const inv2 = (await action("owner", "lib/orgs/actions", "inviteMemberAction", [
    org1,
    { email: `x-${stamp}@fuzz.example`, role: "editor" },
  ])) as typeof inv;
  // Issue 17: library entries of each organisation, saved from its draft.
  const entry = async (actor: Actor, draftId: string) =>
    (
      (await action(actor, "lib/library/actions", "saveToLibraryAction", [
        draftId,
        { requirementId: requirements(draftId)[0], title: "Loggning" },
      ])) as { value?: { data?: { id: string } } }
    )?.value?.data?.id ?? "saknas";
  const r1 = requirements(d1)[0]!;
  const r2 = requirements(d2)[0]!;
  // Issue 17: remiss rounds, links and comments (a failed set-up step leaves
  // "saknas" ids, which the fuzzer then sends like any other).
  const remiss = await makeRemissWorld(action, { d1, d2, r1, r2 }).catch(() => {
    note("set-up", "remiss world not created");
    return Object.fromEntries(remissWorldKeys.map((key) => [key, "saknas"])) as RemissWorld;
  });
  const world: World = {
    ...remiss,
    org1,
    org2,
    d1,
    dp,
    d2,
    e1,
    e2,
    r1,
    rDel: requirements(d1)[1]!,
    r2,
    rev1: one("SELECT id FROM DraftRevision WHERE draftId = ?", d1),
    rev2: one("SELECT id FROM DraftRevision WHERE draftId = ?", d2),
    lib1: await entry("owner", d1),
    libDel: await entry("owner", d1),
    lib2: await entry("foreign", d2),
    aliceMember: member(org1, "Alice"),
    bobMember: member(org1, "Bob"),
    carolMember: member(org2, "Carol"),
    inv1: inv.value.data.invitationId,
    invCancel: inv2.value.data.invitationId,
    version: (id) =>
      (db.prepare("SELECT version FROM Draft WHERE id = ?").get(id) as { version: number } | undefined)?.version ?? 1,
  };
  return world;
}

// One argument list with one or more arguments replaced, or reshaped inside.
function mutatedArgs(args: unknown[]): fc.Arbitrary<unknown[]> {
  const one = (value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? fc.oneof(mutatedObject(value as Record<string, unknown>), hostileValue)
      : hostileValue;
  if (args.length === 0) return fc.array(hostileValue, { minLength: 1, maxLength: 3 });
  return fc.oneof(
    fc.tuple(
      ...args.map((arg) => fc.oneof({ weight: 1, arbitrary: fc.constant(arg) }, { weight: 1, arbitrary: one(arg) })),
    ),
    fc.array(hostileValue, { maxLength: args.length + 2 }),
  );
}

const sample = <T>(arbitrary: fc.Arbitrary<T>, n: number, salt: number) =>
  fc.sample(arbitrary, { numRuns: n, seed: seed + salt });
const segment = hostileString.map((s) => encodeURIComponent(s.slice(0, 300).toWellFormed()) || "x");

// Replaces one path segment after the first with a hostile one.
function mutatedPath(path: string, salt: number): string[] {
  const parts = path.split("?")[0]!.split("/");
  return sample(
    fc.tuple(fc.integer({ min: 2, max: Math.max(2, parts.length - 1) }), segment),
    Math.ceil(perCall / 2),
    salt,
  ).map(([at, value]) => parts.map((part, i) => (i === at ? value : part)).join("/"));
}

const rawBodies = [
  "",
  "null",
  "[]",
  "1",
  '"x"',
  "{",
  '{"baseVersion":',
  "\u0000",
  '{"values":null}',
  '{"baseVersion":1e309,"values":{}}',
];
const contentTypes = [
  "application/json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "",
];

async function fuzzCall(actor: Actor, call: Call, salt: number) {
  if ("action" in call) {
    const [module, name, ...args] = call.action as [string, string, ...unknown[]];
    const n = name === "exportPdfAction" || name === "createDraftAction" || name === "copyDraftAction" ? 4 : perCall;
    for (const mutated of sample(mutatedArgs(args), n, salt)) await action(actor, module, name, mutated);
    return;
  }
  const path = "get" in call ? call.get : call.put;
  for (const mutated of mutatedPath(path, salt))
    await probe(
      actor,
      mutated,
      {
        method: "get" in call ? "GET" : "PUT",
        headers: { "content-type": "application/json" },
        body: "get" in call ? undefined : JSON.stringify(call.data),
      },
      `${actor} ${mutated}`,
    );
  if ("put" in call) {
    const valid = call.data as Record<string, unknown>;
    for (const body of sample(fc.oneof(mutatedObject(valid), hostileValue), perCall, salt + 1)) {
      await probe(
        actor,
        path,
        { method: "PUT", headers: { "content-type": "application/json" }, body: bodyOf(body ?? null) },
        `${actor} PUT ${path}`,
      );
    }
    for (const [i, body] of rawBodies.entries()) {
      await probe(
        actor,
        path,
        { method: i % 2 ? "POST" : "PUT", headers: { "content-type": contentTypes[i % contentTypes.length]! }, body },
        `${actor} raw ${path} ${JSON.stringify(body)}`,
      );
    }
  }
}

async function main() {
  const w = await setUp();
  const started = stats.requests;
  let salt = 0;
  for (const [key, entry] of Object.entries(registry)) {
    const attempts: Attempt[] = entry.takesId
      ? entry.attempts(w)
      : key.includes("#")
        ? // Auth actions as the signed-out, so a lucky sign-up never replaces the owner's session.
          [
            {
              actor: key.startsWith("lib/auth/") ? "signedOut" : "owner",
              call: { action: [key.split("#")[0], key.split("#")[1], { name: "x", email: "x@y.se", password: "p" }] },
              expect: { ok: true },
            },
          ]
        : key.endsWith("page.tsx")
          ? [
              {
                actor: "owner",
                call: { get: "/" + key.replace(/^app\/?/, "").replace(/\/?page\.tsx$/, "") },
                expect: { status: 200 },
              },
            ]
          : [];
    // One mutation series per caller and call shape (not per expected answer).
    const seen = new Set<string>();
    for (const attempt of attempts) {
      const shape = `${attempt.actor} ${JSON.stringify(attempt.call).slice(0, 80)}`;
      if (seen.has(shape)) continue;
      seen.add(shape);
      await fuzzCall(attempt.actor, attempt.call, (salt += 7));
    }
  }
  // A plain server-action POST with a garbage action id and body.
  for (const body of sample(hostileValue, perCall, 999)) {
    await probe(
      "owner",
      "/drafts",
      {
        method: "POST",
        headers: { "next-action": "0".repeat(40), "content-type": "text/plain;charset=UTF-8" },
        body: bodyOf([body]),
      },
      "server action with unknown id",
    );
  }
  console.log(
    JSON.stringify({
      serverRequests: stats.requests,
      fuzzRequests: stats.requests - started,
      server5xx: stats.server5xx,
      unclear: stats.unclear,
      seed,
      examples: stats.examples,
    }),
  );
}

main().catch((error: unknown) => {
  console.error("fuzz-server: set-up failed", error);
  console.log(
    JSON.stringify({
      serverRequests: stats.requests,
      server5xx: stats.server5xx + 1,
      unclear: stats.unclear,
      seed,
      examples: [...stats.examples, String(error)],
    }),
  );
  process.exitCode = 1;
});
