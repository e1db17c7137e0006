import { sampleStart } from "../../lib/testing/sample-start";
import type { Actor, World } from "./access-world";

// Every page, route handler and server action of the app, found by
// e2e/access.spec.ts from the files themselves; the suite fails when one is
// missing here. Adding one is a single entry:
//   - no id taken:   "app/foo/page.tsx": open("why it needs no id check"),
//   - takes an id:   "lib/x/actions#fooAction": { takesId: true, attempts: (w) => [ ... ] },
// Each attempt names the actor (owner = the rightful user; reader = läsare in
// the same organisation; foreign = ägare of another organisation; signedOut;
// removed = the läsare after removal), the call, and the expected answer.

export type Expect =
  | { status: number; contains?: string; lacks?: string; pdf?: boolean }
  | { signIn: true } // a page that sends the signed-out to /sign-in
  | { ok: true }
  | { code: string | string[] }
  | { redirect: string | RegExp };

export type Call = { get: string } | { put: string; data: unknown } | { action: unknown[] };

export type Attempt = {
  actor: Actor;
  call: Call;
  expect: Expect;
  // A denial the code on this branch cannot make yet because the file belongs
  // to another branch; recorded as an annotation, not asserted. Remove the
  // flag once the integrator has wired the check.
  knownGap?: string;
};

export type Entry = { takesId: false; note: string } | { takesId: true; attempts: (w: World) => Attempt[] };

const open = (note: string): Entry => ({ takesId: false, note });
const act = (...args: unknown[]): Call => ({ action: args });
const get = (path: string): Call => ({ get: path });
const put = (path: string, data: unknown): Call => ({ put: path, data });

const NF = { code: "NOT_FOUND" } as const;
const UNAUTH = { code: "UNAUTHENTICATED" } as const;
const NEEDS_OWNER = { code: "FORBIDDEN_OWNER" } as const;
const NEEDS_EDITOR = { code: "FORBIDDEN_EDITOR" } as const;
const OK = { ok: true } as const;

// A draft page: members read, everybody else 404, signed-out to sign-in.
function draftPage(path: (w: World, draftId: string) => string): Entry {
  return {
    takesId: true,
    attempts: (w) => [
      { actor: "owner", call: get(path(w, w.d1)), expect: { status: 200 } },
      { actor: "owner", call: get(path(w, w.dp)), expect: { status: 200 } },
      { actor: "reader", call: get(path(w, w.d1)), expect: { status: 200 } },
      { actor: "reader", call: get(path(w, w.dp)), expect: { status: 404 } },
      { actor: "foreign", call: get(path(w, w.d1)), expect: { status: 404 } },
      { actor: "foreign", call: get(path(w, w.dp)), expect: { status: 404 } },
      { actor: "owner", call: get(path(w, w.d2)), expect: { status: 404 } },
      { actor: "signedOut", call: get(path(w, w.d1)), expect: { signIn: true } },
      { actor: "removed", call: get(path(w, w.d1)), expect: { status: 404 } },
    ],
  };
}

// A draft-scoped write: the owner (ägare) succeeds, a läsare is told to ask for
// redigerare, everyone else – and every mix of own and foreign ids – is a 404.
type IdEntry = Extract<Entry, { takesId: true }>;
function draftWrite(
  module: string,
  name: string,
  args: (w: World, draftId: string) => unknown[],
  ownerOk = true,
  mixed = false,
): IdEntry {
  return {
    takesId: true,
    attempts: (w) => [
      { actor: "reader", call: act(module, name, ...args(w, w.d1)), expect: NEEDS_EDITOR },
      { actor: "reader", call: act(module, name, ...args(w, w.dp)), expect: NF },
      { actor: "foreign", call: act(module, name, ...args(w, w.d1)), expect: NF },
      // Foreign ids mixed with the caller's own draft: only calls that also
      // name a requirement of d1 can be refused there.
      ...(mixed ? [{ actor: "foreign" as const, call: act(module, name, ...args(w, w.d2)), expect: NF }] : []),
      { actor: "owner", call: act(module, name, ...args(w, w.d2)), expect: NF },
      { actor: "signedOut", call: act(module, name, ...args(w, w.d1)), expect: UNAUTH },
      { actor: "removed", call: act(module, name, ...args(w, w.d1)), expect: NF },
      ...(ownerOk ? [{ actor: "owner" as const, call: act(module, name, ...args(w, w.d1)), expect: OK }] : []),
    ],
  };
}

// Requirement calls always name d1's requirement, so on d2 a mixed pair of
// ids (own draft, foreign requirement) is tried as well.
const requirementInput = {
  text: "Lösningen ska visa ärendets status för invånaren.",
  level: "ska",
  kravtyp: "KF",
  verifikat: "Demonstration.",
};
const R = "lib/requirements/actions";
const V = "lib/revisions/actions";
const T = "lib/trash/actions";
const A = "lib/answers/actions";
const S = "lib/drafts/actions";
const O = "lib/orgs/actions";
const X = "lib/exports/actions";
const I = "lib/exports/import-actions";
// The smallest Kravlots file (docs/kravlots-export.schema.json) the import accepts.
const kravlotsFile = JSON.stringify({
  format: "kravlots",
  formatVersion: 1,
  exportedAt: "2026-11-29T10:00:00.000Z",
  draft: {
    title: "Importerad kravspecifikation",
    status: "draft",
    context: {},
    answers: {},
    completedSteps: [],
    nextNumbers: { kundnytta: 1, juridik: 1, arbetsmiljo: 1, organisation: 1 },
  },
  requirements: [],
});
const M = "lib/templates/actions";
const F = "lib/followup/actions";
const L = "lib/library/actions";
const libraryEdit = { title: "Loggning", tags: "säkerhet", text: "Lösningen ska logga varje inloggning." };
// Curating the library needs ägare of the entry's organisation; everyone else outside it gets a 404.
function libraryCurate(
  name: string,
  args: (w: World, entryId: string) => unknown[],
  entry: (w: World) => string,
): IdEntry {
  return {
    takesId: true,
    attempts: (w) => [
      { actor: "reader", call: act(L, name, ...args(w, entry(w))), expect: NEEDS_OWNER },
      { actor: "foreign", call: act(L, name, ...args(w, entry(w))), expect: NF },
      { actor: "owner", call: act(L, name, ...args(w, w.lib2)), expect: NF },
      { actor: "signedOut", call: act(L, name, ...args(w, entry(w))), expect: UNAUTH },
      { actor: "removed", call: act(L, name, ...args(w, entry(w))), expect: NF },
      { actor: "owner", call: act(L, name, ...args(w, entry(w))), expect: OK },
    ],
  };
}
const RM = "lib/remiss/actions";
const remissComment = { target: "whole", kind: "fraga", text: "Hur följs kravet upp?" };
// A draft-scoped remiss write: the draftWrite matrix on d1's ids, plus the
// caller's own draft with another draft's round, reviewer or comment.
function remissWrite(
  name: string,
  id: (w: World) => string,
  foreignId: (w: World) => string,
  input?: unknown,
): IdEntry {
  const args = (w: World, d: string) => (input === undefined ? [d, id(w)] : [d, id(w), input]);
  return {
    takesId: true,
    attempts: (w) => [
      ...draftWrite(RM, name, args, true, true).attempts(w),
      {
        actor: "owner",
        call: act(RM, name, ...(input === undefined ? [w.d1, foreignId(w)] : [w.d1, foreignId(w), input])),
        expect: NF,
      },
    ],
  };
}
const followUpItem = { what: "Ärendets status", how: "Stickprov", timing: "delivery", role: "verksamhetsansvarig" };
const form = (fields: Record<string, string>) => ({ __formData: fields });
const TO_START = { redirect: /^\/drafts\/[a-z0-9]+\/start$/ } as const;

export const registry: Record<string, Entry> = {
  // ---- pages ----
  "app/page.tsx": open("public start page"),
  "app/sign-in/page.tsx": open("public"),
  "app/sign-up/page.tsx": open("public"),
  "app/drafts/page.tsx": open("lists only drafts from visibleDraftsWhere; checked in the dashboard test"),
  "app/orgs/page.tsx": open("lists only the caller's memberships"),
  "app/drafts/[draftId]/page.tsx": draftPage((_, id) => `/drafts/${id}`),
  "app/drafts/[draftId]/start/page.tsx": draftPage((_, id) => `/drafts/${id}/start`),
  "app/drafts/[draftId]/export/page.tsx": draftPage((_, id) => `/drafts/${id}/export`),
  "app/drafts/[draftId]/import/page.tsx": draftPage((_, id) => `/drafts/${id}/import`),
  "app/drafts/[draftId]/checklist/page.tsx": draftPage((_, id) => `/drafts/${id}/checklist`),
  "app/drafts/[draftId]/[perspective]/page.tsx": draftPage((_, id) => `/drafts/${id}/juridik`),
  "app/drafts/[draftId]/granska/page.tsx": draftPage((_, id) => `/drafts/${id}/granska`),
  "app/drafts/[draftId]/print/page.tsx": draftPage((_, id) => `/drafts/${id}/print`),
  "app/drafts/[draftId]/history/page.tsx": draftPage((_, id) => `/drafts/${id}/history`),
  "app/drafts/[draftId]/uppfoljning/page.tsx": draftPage((_, id) => `/drafts/${id}/uppfoljning`),
  "app/drafts/[draftId]/remiss/page.tsx": draftPage((_, id) => `/drafts/${id}/remiss`),
  "app/drafts/[draftId]/remiss/[remissId]/sammanstallning/page.tsx": {
    takesId: true,
    attempts: (w) => {
      const path = (d: string, rm: string) => `/drafts/${d}/remiss/${rm}/sammanstallning`;
      return [
        { actor: "owner", call: get(path(w.d1, w.rm1)), expect: { status: 200, contains: "Remissammanställning" } },
        { actor: "reader", call: get(path(w.d1, w.rm1)), expect: { status: 200 } },
        { actor: "foreign", call: get(path(w.d1, w.rm1)), expect: { status: 404 } },
        // Own draft, another draft's round (and the other way round).
        { actor: "foreign", call: get(path(w.d2, w.rm1)), expect: { status: 404 } },
        { actor: "owner", call: get(path(w.d1, w.rm2)), expect: { status: 404 } },
        { actor: "signedOut", call: get(path(w.d1, w.rm1)), expect: { signIn: true } },
        { actor: "removed", call: get(path(w.d1, w.rm1)), expect: { status: 404 } },
      ];
    },
  },
  // A reviewer's link: the token is the credential (no account), so every
  // caller with it reads; revoked, expired and unknown tokens are a 404.
  "app/remiss/[token]/page.tsx": {
    takesId: true,
    attempts: (w) => [
      { actor: "signedOut", call: get(`/remiss/${w.tok1}`), expect: { status: 200, contains: "Lämna en kommentar" } },
      { actor: "foreign", call: get(`/remiss/${w.tok1}`), expect: { status: 200, contains: "Granskare Ett" } },
      { actor: "signedOut", call: get(`/remiss/${w.tokRevoked}`), expect: { status: 404 } },
      { actor: "signedOut", call: get(`/remiss/${w.tokExpired}`), expect: { status: 404 } },
      { actor: "owner", call: get(`/remiss/${"A".repeat(43)}`), expect: { status: 404 } },
      { actor: "owner", call: get("/remiss/kort"), expect: { status: 404 } },
    ],
  },
  "app/orgs/[orgId]/bibliotek/page.tsx": {
    takesId: true,
    attempts: (w) => [
      { actor: "owner", call: get(`/orgs/${w.org1}/bibliotek`), expect: { status: 200, contains: "Ta bort Loggning" } },
      { actor: "reader", call: get(`/orgs/${w.org1}/bibliotek`), expect: { status: 200, lacks: "Ta bort Loggning" } },
      { actor: "foreign", call: get(`/orgs/${w.org1}/bibliotek`), expect: { status: 404 } },
      { actor: "owner", call: get(`/orgs/${w.org2}/bibliotek`), expect: { status: 404 } },
      { actor: "signedOut", call: get(`/orgs/${w.org1}/bibliotek`), expect: { signIn: true } },
      { actor: "removed", call: get(`/orgs/${w.org1}/bibliotek`), expect: { status: 404 } },
    ],
  },
  "app/drafts/import/page.tsx": open("no id; offers only spaces where the caller may edit, the action checks again"),
  "app/drafts/new/page.tsx": open("no id; lists only templates and drafts from visibleDraftsWhere"),
  "app/drafts/trash/page.tsx": open("lists only trashedDraftsWhere (drafts the caller may manage); no id"),
  "app/catalog/page.tsx": open("no id; the same public guidance for every signed-in user"),
  "app/tillganglighet/page.tsx": open("public accessibility statement required by lag 2018:1937; no id, no user data"),
  "app/personuppgifter/page.tsx": open("public privacy notice; no id, no user data"),
  "app/account/page.tsx": open("the caller's own account only; no id; signed-out to sign-in"),
  "app/account/data/route.ts": open("the caller's own data only (exportAccountData(user.id)); no id; 401 signed out"),
  "app/verify-email/page.tsx": open("public; shows a button that spends the token in the query, reads nothing"),
  "app/forgot-password/page.tsx": open("public; the same text whether or not the address has an account"),
  "app/reset-password/page.tsx": open("public; a form bound to the token in the query, reads nothing"),
  "app/sign-in/two-factor/page.tsx": open("no id; only with the signed challenge cookie a correct password leaves"),
  "app/orgs/[orgId]/page.tsx": {
    takesId: true,
    attempts: (w) => [
      // Only an ägare gets the audit log (the message catalogue in the page
      // holds every text, so the check looks for the rendered table).
      { actor: "owner", call: get(`/orgs/${w.org1}`), expect: { status: 200, contains: 'data-testid="audit-log"' } },
      { actor: "reader", call: get(`/orgs/${w.org1}`), expect: { status: 200, lacks: 'data-testid="audit-log"' } },
      { actor: "foreign", call: get(`/orgs/${w.org1}`), expect: { status: 404 } },
      { actor: "owner", call: get(`/orgs/${w.org2}`), expect: { status: 404 } },
      { actor: "signedOut", call: get(`/orgs/${w.org1}`), expect: { signIn: true } },
      { actor: "removed", call: get(`/orgs/${w.org1}`), expect: { status: 404 } },
    ],
  },
  "app/invite/[token]/page.tsx": {
    takesId: true,
    attempts: (w) => [
      {
        actor: "foreign",
        call: get(`/invite/${w.inv1}`),
        expect: { status: 200, contains: "Logga in som nagon-annan@kommun.example" },
      },
      { actor: "reader", call: get(`/invite/${w.inv1}`), expect: { status: 200, lacks: "Gå med i Exempla kommun" } },
      { actor: "signedOut", call: get(`/invite/${w.inv1}`), expect: { status: 200, lacks: "Gå med i Exempla kommun" } },
      { actor: "foreign", call: get("/invite/finnsinte0000000000000000"), expect: { status: 404 } },
    ],
  },

  // ---- route handlers ----
  "app/drafts/[draftId]/remiss/[remissId]/export/route.ts": {
    takesId: true,
    attempts: (w) => [
      {
        actor: "owner",
        call: get(`/drafts/${w.d1}/remiss/${w.rm1}/export?format=pdf`),
        expect: { status: 200, pdf: true },
      },
      { actor: "reader", call: get(`/drafts/${w.d1}/remiss/${w.rm1}/export?format=docx`), expect: { status: 200 } },
      { actor: "foreign", call: get(`/drafts/${w.d1}/remiss/${w.rm1}/export?format=pdf`), expect: { status: 404 } },
      { actor: "foreign", call: get(`/drafts/${w.d2}/remiss/${w.rm1}/export?format=pdf`), expect: { status: 404 } },
      { actor: "owner", call: get(`/drafts/${w.d1}/remiss/${w.rm2}/export?format=pdf`), expect: { status: 404 } },
      { actor: "signedOut", call: get(`/drafts/${w.d1}/remiss/${w.rm1}/export?format=pdf`), expect: { status: 404 } },
      { actor: "removed", call: get(`/drafts/${w.d1}/remiss/${w.rm1}/export?format=pdf`), expect: { status: 404 } },
    ],
  },
  "app/api/health/route.ts": open("no id, no authentication, no personal data"),
  "app/api/test/actions/route.e2e.ts": open(
    "test-only: only in a KRAVLOTS_TEST_BUILD=1 build, and 404 unless KRAVLOTS_TEST_ROUTES=1",
  ),
  "app/drafts/[draftId]/exports/[exportId]/route.ts": {
    takesId: true,
    attempts: (w) => [
      { actor: "owner", call: get(`/drafts/${w.d1}/exports/${w.e1}`), expect: { status: 200, pdf: true } },
      { actor: "reader", call: get(`/drafts/${w.d1}/exports/${w.e1}`), expect: { status: 200, pdf: true } },
      { actor: "foreign", call: get(`/drafts/${w.d1}/exports/${w.e1}`), expect: { status: 404 } },
      // Own draft id with a foreign export id, and the other way round.
      { actor: "foreign", call: get(`/drafts/${w.d2}/exports/${w.e1}`), expect: { status: 404 } },
      { actor: "owner", call: get(`/drafts/${w.d1}/exports/${w.e2}`), expect: { status: 404 } },
      { actor: "owner", call: get(`/drafts/${w.d2}/exports/${w.e2}`), expect: { status: 404 } },
      { actor: "signedOut", call: get(`/drafts/${w.d1}/exports/${w.e1}`), expect: { status: 404 } },
      { actor: "removed", call: get(`/drafts/${w.d1}/exports/${w.e1}`), expect: { status: 404 } },
    ],
  },
  "app/drafts/[draftId]/exports/[exportId]/status/route.ts": {
    takesId: true,
    attempts: (w) => [
      {
        actor: "owner",
        call: get(`/drafts/${w.d1}/exports/${w.e1}/status`),
        expect: { status: 200, contains: "status" },
      },
      {
        actor: "reader",
        call: get(`/drafts/${w.d1}/exports/${w.e1}/status`),
        expect: { status: 200, contains: "status" },
      },
      { actor: "foreign", call: get(`/drafts/${w.d1}/exports/${w.e1}/status`), expect: { status: 404 } },
      { actor: "foreign", call: get(`/drafts/${w.d2}/exports/${w.e1}/status`), expect: { status: 404 } },
      { actor: "owner", call: get(`/drafts/${w.d1}/exports/${w.e2}/status`), expect: { status: 404 } },
      { actor: "signedOut", call: get(`/drafts/${w.d1}/exports/${w.e1}/status`), expect: { status: 404 } },
      { actor: "removed", call: get(`/drafts/${w.d1}/exports/${w.e1}/status`), expect: { status: 404 } },
    ],
  },
  "app/api/drafts/[draftId]/start/route.ts": {
    takesId: true,
    attempts: (w) => {
      const body = (id: string) => ({ baseVersion: w.version(id), values: sampleStart });
      return [
        { actor: "owner", call: get(`/api/drafts/${w.d1}/start`), expect: { status: 200 } },
        { actor: "reader", call: get(`/api/drafts/${w.d1}/start`), expect: { status: 200 } },
        { actor: "foreign", call: get(`/api/drafts/${w.d1}/start`), expect: { status: 404 } },
        { actor: "signedOut", call: get(`/api/drafts/${w.d1}/start`), expect: { status: 401 } },
        { actor: "removed", call: get(`/api/drafts/${w.d1}/start`), expect: { status: 404 } },
        { actor: "reader", call: put(`/api/drafts/${w.d1}/start`, body(w.d1)), expect: { status: 403 } },
        { actor: "foreign", call: put(`/api/drafts/${w.d1}/start`, body(w.d1)), expect: { status: 404 } },
        { actor: "owner", call: put(`/api/drafts/${w.d2}/start`, body(w.d2)), expect: { status: 404 } },
        { actor: "signedOut", call: put(`/api/drafts/${w.d1}/start`, body(w.d1)), expect: { status: 401 } },
        { actor: "removed", call: put(`/api/drafts/${w.d1}/start`, body(w.d1)), expect: { status: 404 } },
        { actor: "owner", call: put(`/api/drafts/${w.d1}/start`, body(w.d1)), expect: { status: 200 } },
      ];
    },
  },
  "app/api/drafts/[draftId]/answers/[perspective]/route.ts": {
    takesId: true,
    attempts: (w) => {
      const url = (id: string) => `/api/drafts/${id}/answers/kundnytta`;
      const body = (id: string) => ({ baseVersion: w.version(id), values: { needs: "Söka färdtjänst digitalt" } });
      return [
        { actor: "owner", call: get(url(w.d1)), expect: { status: 200 } },
        { actor: "reader", call: get(url(w.d1)), expect: { status: 200 } },
        { actor: "foreign", call: get(url(w.d1)), expect: { status: 404 } },
        { actor: "signedOut", call: get(url(w.d1)), expect: { status: 401 } },
        { actor: "removed", call: get(url(w.d1)), expect: { status: 404 } },
        { actor: "owner", call: get(`/api/drafts/${w.d1}/answers/okand`), expect: { status: 404 } },
        { actor: "reader", call: put(url(w.d1), body(w.d1)), expect: { status: 403 } },
        { actor: "foreign", call: put(url(w.d1), body(w.d1)), expect: { status: 404 } },
        { actor: "owner", call: put(url(w.d2), body(w.d2)), expect: { status: 404 } },
        { actor: "signedOut", call: put(url(w.d1), body(w.d1)), expect: { status: 401 } },
        { actor: "removed", call: put(url(w.d1), body(w.d1)), expect: { status: 404 } },
        { actor: "owner", call: put(url(w.d1), body(w.d1)), expect: { status: 200 } },
      ];
    },
  },
  "app/api/auth/[...all]/route.ts": {
    // Only the allowlist (lib/auth/http-surface.ts) is routed; Better Auth's
    // organisation endpoints answer 404 even to the ägare. Every path the
    // router knows is tried in "the auth HTTP surface" test.
    takesId: true,
    attempts: (w) => {
      const full = `/api/auth/organization/get-full-organization?organizationId=${w.org1}`;
      const invites = `/api/auth/organization/list-invitations?organizationId=${w.org1}`;
      return [
        { actor: "owner", call: get(full), expect: { status: 404, lacks: "Exempla kommun" } },
        { actor: "owner", call: get("/api/auth/get-session"), expect: { status: 200, contains: "@kommun.example" } },
        { actor: "foreign", call: get(full), expect: { status: 404, lacks: "Exempla kommun" } },
        { actor: "foreign", call: get(invites), expect: { status: 404, lacks: "@" } },
        { actor: "signedOut", call: get(full), expect: { status: 404, lacks: "Exempla kommun" } },
        { actor: "removed", call: get(full), expect: { status: 404, lacks: "Exempla kommun" } },
      ];
    },
  },

  // ---- server actions ----
  "lib/auth/actions#signUpAction": open("no id; rate limit tested separately"),
  "lib/auth/actions#signInAction": open("no id; rate limit tested separately"),
  "lib/auth/actions#signOutAction": open("no id"),
  "lib/auth/sso-actions#signInWithSsoAction": open("no id, no session; limited per IP; NOT_FOUND without OIDC_*"),
  "lib/account/actions#updateNameAction": open("the caller's own account; no id"),
  "lib/account/actions#changePasswordAction": open("the caller's own account; no id; needs the current password"),
  "lib/account/actions#deleteAccountAction": open("the caller's own account; no id; needs the password"),
  "lib/account/email-actions#changeEmailAction": open(
    "the caller's own account; no id; needs the password; takes effect by the link mailed to the new address",
  ),
  "lib/orgs/policy-actions#setTwoFactorPolicyAction": {
    takesId: true,
    attempts: (w) => [
      // Only an ägare of the organisation; the matrix's owner has no two-factor, so requiring it is refused.
      {
        actor: "owner",
        call: act("lib/orgs/policy-actions", "setTwoFactorPolicyAction", w.org1, { required: true }),
        expect: { code: "TWO_FACTOR_REQUIRED" },
      },
      {
        actor: "owner",
        call: act("lib/orgs/policy-actions", "setTwoFactorPolicyAction", w.org1, { required: false }),
        expect: OK,
      },
      {
        actor: "reader",
        call: act("lib/orgs/policy-actions", "setTwoFactorPolicyAction", w.org1, { required: false }),
        expect: NEEDS_OWNER,
      },
      {
        actor: "foreign",
        call: act("lib/orgs/policy-actions", "setTwoFactorPolicyAction", w.org1, { required: false }),
        expect: NF,
      },
      {
        actor: "owner",
        call: act("lib/orgs/policy-actions", "setTwoFactorPolicyAction", w.org2, { required: false }),
        expect: NF,
      },
      {
        actor: "signedOut",
        call: act("lib/orgs/policy-actions", "setTwoFactorPolicyAction", w.org1, { required: false }),
        expect: UNAUTH,
      },
      {
        actor: "removed",
        call: act("lib/orgs/policy-actions", "setTwoFactorPolicyAction", w.org1, { required: false }),
        expect: NF,
      },
    ],
  },
  "lib/orgs/policy-actions#setSsoPolicyAction": {
    takesId: true,
    attempts: (w) => [
      // Only an ägare of the organisation; the matrix's owner signed in with a password, so requiring SSO is refused.
      {
        actor: "owner",
        call: act("lib/orgs/policy-actions", "setSsoPolicyAction", w.org1, { required: true }),
        expect: { code: "SSO_REQUIRED" },
      },
      {
        actor: "owner",
        call: act("lib/orgs/policy-actions", "setSsoPolicyAction", w.org1, { required: false }),
        expect: OK,
      },
      {
        actor: "reader",
        call: act("lib/orgs/policy-actions", "setSsoPolicyAction", w.org1, { required: false }),
        expect: NEEDS_OWNER,
      },
      {
        actor: "foreign",
        call: act("lib/orgs/policy-actions", "setSsoPolicyAction", w.org1, { required: false }),
        expect: NF,
      },
      {
        actor: "owner",
        call: act("lib/orgs/policy-actions", "setSsoPolicyAction", w.org2, { required: false }),
        expect: NF,
      },
      {
        actor: "signedOut",
        call: act("lib/orgs/policy-actions", "setSsoPolicyAction", w.org1, { required: false }),
        expect: UNAUTH,
      },
      {
        actor: "removed",
        call: act("lib/orgs/policy-actions", "setSsoPolicyAction", w.org1, { required: false }),
        expect: NF,
      },
    ],
  },
  "lib/auth/two-factor-actions#startTwoFactorAction": open("the caller's own account; no id; needs the password"),
  "lib/auth/two-factor-actions#confirmTwoFactorAction": open(
    "the caller's own account; no id; limited per IP and user",
  ),
  "lib/auth/two-factor-actions#disableTwoFactorAction": open("the caller's own account; no id; needs the password"),
  "lib/auth/two-factor-actions#verifySignInCodeAction": open(
    "no session; the user comes from the plugin's signed challenge cookie; limited per IP and challenge (e2e/two-factor)",
  ),
  "lib/account/actions#endSessionAction": {
    takesId: true,
    attempts: () => [
      // Scoped by userId in endOwnSession (lib/account/mutations.test.ts tries another user's session).
      { actor: "owner", call: act("lib/account/actions", "endSessionAction", "finnsinte"), expect: NF },
      { actor: "foreign", call: act("lib/account/actions", "endSessionAction", "finnsinte"), expect: NF },
      { actor: "signedOut", call: act("lib/account/actions", "endSessionAction", "finnsinte"), expect: UNAUTH },
    ],
  },
  "lib/auth/recovery-actions#verifyEmailAction": open(
    "no session; takes a signed, expiring token that names its own address; limited per IP (e2e/mail)",
  ),
  "lib/auth/recovery-actions#requestPasswordResetAction": open(
    "no session; same answer for every address; limited per IP and address (e2e/mail)",
  ),
  "lib/auth/recovery-actions#resetPasswordAction": open(
    "no session; takes a single-use expiring token; limited per IP and token (e2e/mail)",
  ),
  "lib/i18n/actions#setLocaleAction": open("no id"),
  "lib/auth/session-actions#extendSessionAction": {
    takesId: true, // the session token from the cookie
    attempts: () => [
      { actor: "owner", call: act("lib/auth/session-actions", "extendSessionAction"), expect: OK },
      { actor: "signedOut", call: act("lib/auth/session-actions", "extendSessionAction"), expect: UNAUTH },
    ],
  },
  "lib/orgs/actions#createOrganizationAction": open("no id; the caller becomes ägare of a new organisation"),
  "lib/drafts/actions#createDraftAction": {
    takesId: true, // the session's active organisation
    attempts: () => [
      { actor: "reader", call: act(S, "createDraftAction"), expect: { redirect: "/drafts?error=FORBIDDEN_EDITOR" } },
      { actor: "signedOut", call: act(S, "createDraftAction"), expect: { redirect: "/sign-in" } },
    ],
  },
  "lib/drafts/actions#saveStartStepAction": {
    takesId: true,
    attempts: (w) => {
      const save = (id: string, version = w.version(id)) => act(S, "saveStartStepAction", id, version, sampleStart);
      return [
        { actor: "owner", call: save(w.d1), expect: { ok: true } },
        { actor: "reader", call: save(w.d1), expect: NEEDS_EDITOR },
        { actor: "reader", call: save(w.dp), expect: NF },
        { actor: "foreign", call: save(w.d1), expect: NF },
        { actor: "foreign", call: save(w.dp), expect: NF },
        { actor: "owner", call: save(w.d2), expect: NF },
        { actor: "signedOut", call: save(w.d1), expect: UNAUTH },
        { actor: "removed", call: save(w.d1), expect: NF },
      ];
    },
  },
  [`${X}#exportPdfAction`]: {
    takesId: true,
    attempts: (w) => [
      { actor: "owner", call: act(X, "exportPdfAction", w.d1), expect: OK },
      {
        actor: "reader",
        call: act(X, "exportPdfAction", w.d1),
        expect: NEEDS_EDITOR,
      },
      { actor: "foreign", call: act(X, "exportPdfAction", w.d1), expect: NF },
      { actor: "owner", call: act(X, "exportPdfAction", w.d2), expect: NF },
      { actor: "signedOut", call: act(X, "exportPdfAction", w.d1), expect: UNAUTH },
      { actor: "removed", call: act(X, "exportPdfAction", w.d1), expect: NF },
    ],
  },
  [`${X}#exportDocumentAction`]: {
    takesId: true,
    attempts: (w) => [
      { actor: "owner", call: act(X, "exportDocumentAction", w.d1, "docx"), expect: OK },
      { actor: "owner", call: act(X, "exportDocumentAction", w.d1, "xlsx"), expect: OK },
      { actor: "owner", call: act(X, "exportDocumentAction", w.d1, "exe"), expect: { code: "VALIDATION" } },
      { actor: "reader", call: act(X, "exportDocumentAction", w.d1, "docx"), expect: NEEDS_EDITOR },
      { actor: "foreign", call: act(X, "exportDocumentAction", w.d1, "docx"), expect: NF },
      { actor: "owner", call: act(X, "exportDocumentAction", w.d2, "docx"), expect: NF },
      { actor: "signedOut", call: act(X, "exportDocumentAction", w.d1, "docx"), expect: UNAUTH },
      { actor: "removed", call: act(X, "exportDocumentAction", w.d1, "xlsx"), expect: NF },
      { actor: "owner", call: act(X, "exportDocumentAction", w.d1, "json"), expect: OK },
      { actor: "reader", call: act(X, "exportDocumentAction", w.d1, "json"), expect: NEEDS_EDITOR },
      { actor: "foreign", call: act(X, "exportDocumentAction", w.d1, "json"), expect: NF },
      { actor: "owner", call: act(X, "exportDocumentAction", w.d1, "checklist"), expect: OK },
      { actor: "reader", call: act(X, "exportDocumentAction", w.d1, "checklist"), expect: NEEDS_EDITOR },
      { actor: "foreign", call: act(X, "exportDocumentAction", w.d1, "checklist"), expect: NF },
    ],
  },
  // Access is checked before the file is read, so an empty file stands in for
  // every denial; the owner's own call reaches the file check (unit tests in
  // lib/exports/matrix cover a real kravmatris).
  [`${I}#previewMatrixImportAction`]: {
    takesId: true,
    attempts: (w) => [
      ...draftWrite(I, "previewMatrixImportAction", (_, d) => [d, ""], false).attempts(w),
      { actor: "owner", call: act(I, "previewMatrixImportAction", w.d1, ""), expect: { code: "VALIDATION" } },
    ],
  },
  [`${I}#applyMatrixImportAction`]: {
    takesId: true,
    attempts: (w) => [
      ...draftWrite(I, "applyMatrixImportAction", (_, d) => [d, w.version(d), ""], false).attempts(w),
      {
        actor: "owner",
        call: act(I, "applyMatrixImportAction", w.d1, w.version(w.d1), ""),
        expect: { code: "VALIDATION" },
      },
    ],
  },
  // The space is the id: an organisation where the caller may edit, or "personal".
  [`${I}#importDraftAction`]: {
    takesId: true,
    attempts: (w) => [
      { actor: "owner", call: act(I, "importDraftAction", w.org1, kravlotsFile), expect: OK },
      { actor: "owner", call: act(I, "importDraftAction", "personal", kravlotsFile), expect: OK },
      { actor: "owner", call: act(I, "importDraftAction", w.org1, "{}"), expect: { code: "VALIDATION" } },
      { actor: "reader", call: act(I, "importDraftAction", w.org1, kravlotsFile), expect: NEEDS_EDITOR },
      { actor: "foreign", call: act(I, "importDraftAction", w.org1, kravlotsFile), expect: NF },
      { actor: "owner", call: act(I, "importDraftAction", w.org2, kravlotsFile), expect: NF },
      { actor: "signedOut", call: act(I, "importDraftAction", "personal", kravlotsFile), expect: UNAUTH },
      { actor: "removed", call: act(I, "importDraftAction", w.org1, kravlotsFile), expect: NF },
    ],
  },
  // "Ny från mall" (issue 14): a kind in the session's active space needs
  // redigerare there; a draft as the source needs only read (a läsare's copy
  // lands in the personal space); marking templates needs ägare.
  [`${M}#createFromKindAction`]: {
    takesId: true, // the session's active organisation
    attempts: () => [
      { actor: "owner", call: act(M, "createFromKindAction", null, form({ kind: "e_tjanst" })), expect: TO_START },
      {
        actor: "owner",
        call: act(M, "createFromKindAction", null, form({ kind: "okand" })),
        expect: { code: "VALIDATION" },
      },
      { actor: "reader", call: act(M, "createFromKindAction", null, form({ kind: "e_tjanst" })), expect: NEEDS_EDITOR },
      { actor: "signedOut", call: act(M, "createFromKindAction", null, form({ kind: "e_tjanst" })), expect: UNAUTH },
    ],
  },
  [`${M}#createFromDraftAction`]: {
    takesId: true,
    attempts: (w) => {
      const from = (id: string) =>
        act(M, "createFromDraftAction", null, form({ sourceId: id, title: "Ny upphandling" }));
      return [
        { actor: "owner", call: from(w.d1), expect: TO_START },
        { actor: "reader", call: from(w.d1), expect: TO_START },
        { actor: "reader", call: from(w.dp), expect: NF },
        { actor: "foreign", call: from(w.d1), expect: NF },
        { actor: "owner", call: from(w.d2), expect: NF },
        { actor: "signedOut", call: from(w.d1), expect: UNAUTH },
        { actor: "removed", call: from(w.d1), expect: NF },
      ];
    },
  },
  [`${M}#setDraftTemplateAction`]: {
    takesId: true,
    attempts: (w) => [
      { actor: "reader", call: act(M, "setDraftTemplateAction", w.d1, true), expect: NEEDS_OWNER },
      { actor: "foreign", call: act(M, "setDraftTemplateAction", w.d1, true), expect: NF },
      { actor: "owner", call: act(M, "setDraftTemplateAction", w.d2, true), expect: NF },
      // A personal draft is nobody else's template.
      { actor: "owner", call: act(M, "setDraftTemplateAction", w.dp, true), expect: NF },
      { actor: "signedOut", call: act(M, "setDraftTemplateAction", w.d1, true), expect: UNAUTH },
      { actor: "removed", call: act(M, "setDraftTemplateAction", w.d1, true), expect: NF },
      { actor: "owner", call: act(M, "setDraftTemplateAction", w.d1, true), expect: OK },
      { actor: "owner", call: act(M, "setDraftTemplateAction", w.d1, false), expect: OK },
    ],
  },
  [`${R}#createRequirementAction`]: draftWrite(R, "createRequirementAction", (_, d) => [
    d,
    "kundnytta",
    requirementInput,
  ]),
  [`${R}#updateRequirementAction`]: draftWrite(
    R,
    "updateRequirementAction",
    (w, d) => [d, w.r1, requirementInput],
    true,
    true,
  ),
  [`${R}#moveRequirementAction`]: draftWrite(R, "moveRequirementAction", (w, d) => [d, w.r1, "down"], true, true),
  [`${R}#deleteRequirementAction`]: {
    takesId: true,
    attempts: (w) => [
      ...draftWrite(R, "deleteRequirementAction", (_, d) => [d, w.r1], false, true).attempts(w),
      // A foreign requirement id through the caller's own draft.
      { actor: "foreign", call: act(R, "deleteRequirementAction", w.d2, w.r1), expect: NF },
      { actor: "owner", call: act(R, "deleteRequirementAction", w.d1, w.r2), expect: NF },
      { actor: "owner", call: act(R, "deleteRequirementAction", w.d1, w.rDel), expect: OK },
    ],
  },
  // "Fördela vikterna": an owner may run it on a draft without bör weights too (nothing changes).
  // The uppföljningsplan: a requirement of d1 through d2 (and the other way round) is a 404.
  [`${F}#saveFollowUpItemAction`]: draftWrite(
    F,
    "saveFollowUpItemAction",
    (w, d) => [d, w.r1, followUpItem],
    true,
    true,
  ),
  [`${F}#recordFollowUpDoneAction`]: draftWrite(
    F,
    "recordFollowUpDoneAction",
    (w, d) => [d, w.r1, { doneAt: "2027-01-15", note: "Kontrollerad." }],
    true,
    true,
  ),
  [`${F}#setContractStartAction`]: draftWrite(F, "setContractStartAction", (_, d) => [
    d,
    { contractStart: "2027-01-01" },
  ]),
  // The organisation library: save and adopt need redigerare on the draft;
  // an entry of another organisation is a 404 through one's own draft.
  [`${L}#saveToLibraryAction`]: draftWrite(
    L,
    "saveToLibraryAction",
    (w, d) => [d, { requirementId: w.r1, title: "Loggning", tags: "säkerhet" }],
    true,
    true,
  ),
  [`${L}#adoptLibraryEntryAction`]: {
    takesId: true,
    attempts: (w) => [
      ...draftWrite(L, "adoptLibraryEntryAction", (_, d) => [d, w.lib1], true, true).attempts(w),
      { actor: "owner", call: act(L, "adoptLibraryEntryAction", w.d1, w.lib2), expect: NF },
      { actor: "owner", call: act(L, "adoptLibraryEntryAction", w.dp, w.lib1), expect: NF },
    ],
  },
  [`${L}#updateLibraryEntryAction`]: libraryCurate(
    "updateLibraryEntryAction",
    (_, e) => [e, libraryEdit],
    (w) => w.lib1,
  ),
  [`${L}#removeLibraryEntryAction`]: libraryCurate(
    "removeLibraryEntryAction",
    (_, e) => [e],
    (w) => w.libDel,
  ),
  // The remiss round (issue 17).
  [`${RM}#createRemissAction`]: draftWrite(RM, "createRemissAction", (_, d) => [d, { deadline: "2999-01-31" }]),
  [`${RM}#addRemissReviewerAction`]: remissWrite(
    "addRemissReviewerAction",
    (w) => w.rm1,
    (w) => w.rm2,
    { kind: "link", name: "Ny granskare", role: "verksamhet" },
  ),
  [`${RM}#revokeRemissReviewerAction`]: remissWrite(
    "revokeRemissReviewerAction",
    (w) => w.rvRevoke,
    (w) => w.rv2,
  ),
  [`${RM}#closeRemissAction`]: remissWrite(
    "closeRemissAction",
    (w) => w.rmClose,
    (w) => w.rm2,
  ),
  [`${RM}#answerRemissCommentAction`]: remissWrite(
    "answerRemissCommentAction",
    (w) => w.cm1,
    (w) => w.cm2,
    {
      answer: "Tack, vi förtydligar.",
    },
  ),
  [`${RM}#acceptRemissProposalAction`]: remissWrite(
    "acceptRemissProposalAction",
    (w) => w.cm1,
    (w) => w.cm2,
  ),
  [`${RM}#declineRemissProposalAction`]: remissWrite(
    "declineRemissProposalAction",
    (w) => w.cmDecline,
    (w) => w.cm2,
    {
      reason: "Kravet gäller redan.",
    },
  ),
  // The reviewer's one action: the token decides, not the session.
  [`${RM}#addRemissCommentAction`]: {
    takesId: true,
    attempts: (w) => [
      { actor: "signedOut", call: act(RM, "addRemissCommentAction", w.tok1, remissComment), expect: OK },
      { actor: "foreign", call: act(RM, "addRemissCommentAction", w.tok1, remissComment), expect: OK },
      // Another draft's link cannot name this draft's requirement.
      {
        actor: "foreign",
        call: act(RM, "addRemissCommentAction", w.tok2, {
          ...remissComment,
          target: "requirement",
          requirementId: w.r1,
        }),
        expect: NF,
      },
      { actor: "signedOut", call: act(RM, "addRemissCommentAction", w.tokRevoked, remissComment), expect: NF },
      { actor: "signedOut", call: act(RM, "addRemissCommentAction", w.tokExpired, remissComment), expect: NF },
      { actor: "signedOut", call: act(RM, "addRemissCommentAction", "A".repeat(43), remissComment), expect: NF },
      { actor: "owner", call: act(RM, "addRemissCommentAction", w.d1, remissComment), expect: NF },
    ],
  },
  [`${R}#distributeWeightsAction`]: draftWrite(R, "distributeWeightsAction", (_, d) => [d]),
  [`${R}#resolveSourceUpdateAction`]: {
    takesId: true,
    attempts: (w) => [
      ...draftWrite(R, "resolveSourceUpdateAction", (_, d) => [d, w.r1, "keep"], false, true).attempts(w),
      // r1 was written by hand: there is no revised source to resolve.
      { actor: "owner", call: act(R, "resolveSourceUpdateAction", w.d1, w.r1, "use"), expect: NF },
      { actor: "owner", call: act(R, "resolveSourceUpdateAction", w.d1, w.r1, "drop"), expect: NF },
    ],
  },
  [`${R}#acceptSuggestionAction`]: draftWrite(R, "acceptSuggestionAction", (_, d) => [d, "s-kn-helt-digitalt"]),
  [`${R}#dismissSuggestionAction`]: draftWrite(R, "dismissSuggestionAction", (_, d) => [d, "s-kn-helt-digitalt"]),
  [`${R}#restoreSuggestionAction`]: draftWrite(R, "restoreSuggestionAction", (_, d) => [d, "s-kn-helt-digitalt"]),
  [`${A}#savePerspectiveStepAction`]: draftWrite(A, "savePerspectiveStepAction", (w, d) => [
    d,
    w.version(d),
    "kundnytta",
    { answers: { needs: "Invånare vill göra ärendet digitalt." }, completed: "no" },
  ]),
  [`${S}#getStartValuesAction`]: {
    takesId: true,
    attempts: (w) => [
      { actor: "owner", call: act(S, "getStartValuesAction", w.d1), expect: OK },
      { actor: "reader", call: act(S, "getStartValuesAction", w.d1), expect: OK },
      { actor: "foreign", call: act(S, "getStartValuesAction", w.d1), expect: NF },
      { actor: "owner", call: act(S, "getStartValuesAction", w.d2), expect: NF },
      { actor: "signedOut", call: act(S, "getStartValuesAction", w.d1), expect: UNAUTH },
      { actor: "removed", call: act(S, "getStartValuesAction", w.d1), expect: NF },
    ],
  },
  [`${S}#copyDraftAction`]: {
    takesId: true,
    attempts: (w) => [
      // Success sends the user to the copy's Start step.
      { actor: "owner", call: act(S, "copyDraftAction", w.d1), expect: { redirect: /^\/drafts\/[a-z0-9]+\/start$/ } },
      { actor: "foreign", call: act(S, "copyDraftAction", w.d1), expect: NF },
      { actor: "owner", call: act(S, "copyDraftAction", w.d2), expect: NF },
      { actor: "signedOut", call: act(S, "copyDraftAction", w.d1), expect: UNAUTH },
      { actor: "removed", call: act(S, "copyDraftAction", w.d1), expect: NF },
    ],
  },
  [`${V}#restoreRevisionAction`]: {
    takesId: true,
    attempts: (w) => [
      { actor: "reader", call: act(V, "restoreRevisionAction", w.d1, w.rev1), expect: NEEDS_EDITOR },
      { actor: "foreign", call: act(V, "restoreRevisionAction", w.d1, w.rev1), expect: NF },
      // Own draft, foreign revision id (and the other way round).
      { actor: "foreign", call: act(V, "restoreRevisionAction", w.d2, w.rev1), expect: NF },
      { actor: "owner", call: act(V, "restoreRevisionAction", w.d1, w.rev2), expect: NF },
      { actor: "signedOut", call: act(V, "restoreRevisionAction", w.d1, w.rev1), expect: UNAUTH },
      { actor: "removed", call: act(V, "restoreRevisionAction", w.d1, w.rev1), expect: NF },
      { actor: "owner", call: act(V, "restoreRevisionAction", w.d1, w.rev1), expect: OK },
    ],
  },
  [`${T}#trashDraftAction`]: {
    takesId: true,
    attempts: (w) => [
      { actor: "reader", call: act(T, "trashDraftAction", w.d1), expect: NEEDS_OWNER },
      { actor: "reader", call: act(T, "trashDraftAction", w.dp), expect: NF },
      { actor: "foreign", call: act(T, "trashDraftAction", w.d1), expect: NF },
      { actor: "owner", call: act(T, "trashDraftAction", w.d2), expect: NF },
      { actor: "signedOut", call: act(T, "trashDraftAction", w.d1), expect: UNAUTH },
      { actor: "removed", call: act(T, "trashDraftAction", w.d1), expect: NF },
      // The ägare trashes the personal draft; the next entry restores it.
      { actor: "owner", call: act(T, "trashDraftAction", w.dp), expect: OK },
    ],
  },
  [`${T}#restoreDraftFromTrashAction`]: {
    takesId: true,
    attempts: (w) => [
      { actor: "reader", call: act(T, "restoreDraftFromTrashAction", w.dp), expect: NF },
      { actor: "foreign", call: act(T, "restoreDraftFromTrashAction", w.dp), expect: NF },
      { actor: "signedOut", call: act(T, "restoreDraftFromTrashAction", w.dp), expect: UNAUTH },
      { actor: "owner", call: act(T, "restoreDraftFromTrashAction", w.dp), expect: OK },
    ],
  },
  [`${O}#inviteMemberAction`]: {
    takesId: true,
    attempts: (w) => {
      const inv = (org: string) =>
        act(O, "inviteMemberAction", org, { email: `ny-${Date.now()}@kommun.example`, role: "owner" });
      return [
        { actor: "owner", call: inv(w.org1), expect: OK },
        { actor: "reader", call: inv(w.org1), expect: NEEDS_OWNER },
        { actor: "foreign", call: inv(w.org1), expect: NF },
        { actor: "owner", call: inv(w.org2), expect: NF },
        { actor: "signedOut", call: inv(w.org1), expect: UNAUTH },
        { actor: "removed", call: inv(w.org1), expect: NF },
      ];
    },
  },
  [`${O}#cancelInvitationAction`]: {
    takesId: true,
    attempts: (w) => [
      { actor: "reader", call: act(O, "cancelInvitationAction", w.org1, w.inv1), expect: NEEDS_OWNER },
      { actor: "foreign", call: act(O, "cancelInvitationAction", w.org1, w.inv1), expect: NF },
      // Own organisation, foreign invitation id.
      { actor: "foreign", call: act(O, "cancelInvitationAction", w.org2, w.inv1), expect: NF },
      { actor: "signedOut", call: act(O, "cancelInvitationAction", w.org1, w.inv1), expect: UNAUTH },
      { actor: "removed", call: act(O, "cancelInvitationAction", w.org1, w.inv1), expect: NF },
      { actor: "owner", call: act(O, "cancelInvitationAction", w.org1, w.invCancel), expect: OK },
    ],
  },
  [`${O}#changeMemberRoleAction`]: {
    takesId: true,
    attempts: (w) => [
      { actor: "reader", call: act(O, "changeMemberRoleAction", w.org1, w.bobMember, "owner"), expect: NEEDS_OWNER },
      { actor: "foreign", call: act(O, "changeMemberRoleAction", w.org1, w.bobMember, "owner"), expect: NF },
      { actor: "foreign", call: act(O, "changeMemberRoleAction", w.org2, w.bobMember, "owner"), expect: NF },
      { actor: "owner", call: act(O, "changeMemberRoleAction", w.org1, w.carolMember, "reader"), expect: NF },
      { actor: "signedOut", call: act(O, "changeMemberRoleAction", w.org1, w.bobMember, "owner"), expect: UNAUTH },
      { actor: "removed", call: act(O, "changeMemberRoleAction", w.org1, w.aliceMember, "reader"), expect: NF },
      { actor: "owner", call: act(O, "changeMemberRoleAction", w.org1, w.bobMember, "reader"), expect: OK },
    ],
  },
  [`${O}#removeMemberAction`]: {
    takesId: true,
    attempts: (w) => [
      { actor: "reader", call: act(O, "removeMemberAction", w.org1, w.aliceMember), expect: NEEDS_OWNER },
      { actor: "foreign", call: act(O, "removeMemberAction", w.org1, w.bobMember), expect: NF },
      { actor: "foreign", call: act(O, "removeMemberAction", w.org2, w.bobMember), expect: NF },
      { actor: "owner", call: act(O, "removeMemberAction", w.org1, w.carolMember), expect: NF },
      { actor: "signedOut", call: act(O, "removeMemberAction", w.org1, w.bobMember), expect: UNAUTH },
      { actor: "removed", call: act(O, "removeMemberAction", w.org1, w.aliceMember), expect: NF },
      // The last ägare cannot remove themselves.
      { actor: "owner", call: act(O, "removeMemberAction", w.org1, w.aliceMember), expect: { code: "VALIDATION" } },
    ],
  },
  [`${O}#acceptInvitationAction`]: {
    takesId: true,
    attempts: (w) => [
      {
        actor: "foreign",
        call: act(O, "acceptInvitationAction", w.inv1),
        expect: { code: ["FORBIDDEN", "NOT_FOUND"] },
      },
      { actor: "reader", call: act(O, "acceptInvitationAction", w.inv1), expect: { code: ["FORBIDDEN", "NOT_FOUND"] } },
      { actor: "signedOut", call: act(O, "acceptInvitationAction", w.inv1), expect: UNAUTH },
    ],
  },
  [`${O}#switchSpaceAction`]: {
    takesId: true,
    attempts: (w) => [
      // Refused silently: back to the dashboard, active space unchanged (checked in the spec).
      {
        actor: "foreign",
        call: act(O, "switchSpaceAction", { __formData: { organizationId: w.org1 } }),
        expect: { redirect: "/drafts" },
      },
      {
        actor: "signedOut",
        call: act(O, "switchSpaceAction", { __formData: { organizationId: w.org1 } }),
        expect: { redirect: "/sign-in" },
      },
    ],
  },
};
