import type { Actor } from "./access-world";

// Issue 17: remiss rounds, reviewers, tokens and comments for the access
// matrix and the fuzzer, made through the actions themselves. `call` answers
// like the test action route ({ value: ActionResult }).
export type RemissWorld = {
  rm1: string; // an open round of d1
  rmClose: string; // a round of d1 the owner closes in the matrix
  rm2: string; // a round of d2
  rvRevoke: string; // a reviewer of rm1 the owner revokes in the matrix
  rv2: string; // a reviewer of rm2
  tok1: string; // a working link to rm1
  tok2: string; // a working link to rm2
  tokRevoked: string; // a link to rm1 revoked before the matrix
  tokExpired: string; // a link to rm1 (aged past its expiry by the access spec)
  tokExpiredReviewer: string;
  cm1: string; // a proposal on r1 through tok1 (accepted in the matrix)
  cmDecline: string; // a proposal on r1 through tok1 (declined in the matrix)
  cm2: string; // a comment on rm2
};

export const remissWorldKeys = [
  "rm1",
  "rmClose",
  "rm2",
  "rvRevoke",
  "rv2",
  "tok1",
  "tok2",
  "tokRevoked",
  "tokExpired",
  "tokExpiredReviewer",
  "cm1",
  "cmDecline",
  "cm2",
] as const satisfies readonly (keyof RemissWorld)[];

type Call = (actor: Actor, module: string, name: string, args: unknown[]) => Promise<unknown>;
const M = "lib/remiss/actions";
const data = <T>(reply: unknown): T => {
  const value = (reply as { value?: { ok?: boolean; data?: T } }).value;
  if (!value?.ok) throw new Error(`remiss set-up failed: ${JSON.stringify(reply)}`);
  return value.data as T;
};

export async function makeRemissWorld(
  call: Call,
  ids: { d1: string; d2: string; r1: string; r2: string },
): Promise<RemissWorld> {
  const round = async (actor: Actor, draftId: string) =>
    data<{ id: string }>(await call(actor, M, "createRemissAction", [draftId, { deadline: "2999-01-31" }])).id;
  const reviewer = async (actor: Actor, draftId: string, remissId: string, name: string) =>
    data<{ token: string; reviewerId: string }>(
      await call(actor, M, "addRemissReviewerAction", [draftId, remissId, { kind: "link", name, role: "annan" }]),
    );
  const proposal = (requirementId: string) => ({
    target: "requirement",
    requirementId,
    kind: "andringsforslag",
    text: "Förtydliga kravet.",
    proposedText: "Lösningen ska logga varje inloggning och utloggning.",
  });
  const comment = async (token: string, input: unknown) =>
    data<{ id: string }>(await call("signedOut", M, "addRemissCommentAction", [token, input])).id;

  const rm1 = await round("owner", ids.d1);
  const rmClose = await round("owner", ids.d1);
  const rm2 = await round("foreign", ids.d2);
  const one = await reviewer("owner", ids.d1, rm1, "Granskare Ett");
  const revoke = await reviewer("owner", ids.d1, rm1, "Återkallas");
  const revoked = await reviewer("owner", ids.d1, rm1, "Redan återkallad");
  const expired = await reviewer("owner", ids.d1, rm1, "Utgången");
  const two = await reviewer("foreign", ids.d2, rm2, "Granskare Två");
  data(await call("owner", M, "revokeRemissReviewerAction", [ids.d1, revoked.reviewerId]));
  return {
    rm1,
    rmClose,
    rm2,
    rvRevoke: revoke.reviewerId,
    rv2: two.reviewerId,
    tok1: one.token,
    tok2: two.token,
    tokRevoked: revoked.token,
    tokExpired: expired.token,
    tokExpiredReviewer: expired.reviewerId,
    cm1: await comment(one.token, proposal(ids.r1)),
    cmDecline: await comment(one.token, proposal(ids.r1)),
    cm2: await comment(two.token, proposal(ids.r2)),
  };
}
