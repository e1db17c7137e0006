// Signs a user up through the app's own sign-up server action, as the sign-up
// form does: Better Auth's /api/auth/sign-up/email is not routed (issue 10).
// Needs a production build (.next) for the action's id.
import { readFileSync } from "node:fs";

export function actionId(exportedName, file) {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
  const hit = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && entry.filename?.includes(file),
  );
  if (!hit) throw new Error(`server action ${exportedName} not found in the build; run next build first`);
  return hit[0];
}

// Returns the session cookie header for the new user.
export async function signUpThroughAction(origin, { name, email, password }) {
  const response = await fetch(`${origin}/sign-up`, {
    method: "POST",
    headers: {
      "next-action": actionId("signUpAction", "lib/auth/actions"),
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin,
    },
    body: JSON.stringify([{ name, email, password }]),
    redirect: "manual",
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  if (!cookie.includes("session_token"))
    throw new Error(`sign-up failed: ${response.status} ${(await response.text()).slice(0, 200)}`);
  return cookie;
}
