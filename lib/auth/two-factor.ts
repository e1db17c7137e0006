import "server-only";
import { cookies } from "next/headers";
import { getAuth } from "@/lib/auth/auth";

// The signed cookie Better Auth's twoFactor plugin sets between the password
// and the code (its name carries the library's prefix); undefined when no
// sign-in is waiting for a code.
export async function twoFactorChallengeCookie(): Promise<string | undefined> {
  const name = (await getAuth().$context).createAuthCookie("two_factor").name;
  return (await cookies()).get(name)?.value;
}
