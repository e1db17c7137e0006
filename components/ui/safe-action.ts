"use client";

import type { ActionResult } from "@/lib/errors";
import { requestBodyLimitBytes } from "@/lib/security/body-limit";

// Calls a server action from a client form so that an oversized payload or a
// refused request comes back as a coded failure the form can show
// (TOO_LARGE / INTERNAL), never as an exception that leaves the user guessing.
// The size is checked before sending: the server refuses such bodies anyway.
export async function safeAction<A extends unknown[], T>(
  action: (...args: A) => Promise<ActionResult<T>>,
  ...args: A
): Promise<ActionResult<T>> {
  const size = new TextEncoder().encode(JSON.stringify(args)).byteLength;
  if (size > requestBodyLimitBytes * 0.95) return { ok: false, code: "TOO_LARGE" };
  try {
    return await action(...args);
  } catch (error) {
    console.error("server action failed", error);
    return { ok: false, code: "INTERNAL" };
  }
}
