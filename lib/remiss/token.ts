import "server-only";
import { createHash, randomBytes } from "node:crypto";

// A reviewer's link token: shown once, stored only as its sha256, so a copy
// of the database does not open any round.
export function newRemissToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashRemissToken(token) };
}

export function hashRemissToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
