import { describe, expect, it } from "vitest";
import { safeAction } from "@/components/ui/safe-action";

describe("safeAction", () => {
  it("refuses an oversized payload without calling the server", async () => {
    let called = false;
    const action = (text: string) => {
      called = true;
      return Promise.resolve({ ok: true as const, data: text.length });
    };
    expect(await safeAction(action, "x".repeat(1024 * 1024))).toEqual({ ok: false, code: "TOO_LARGE" });
    expect(called).toBe(false);
    expect(await safeAction(action, "kort")).toEqual({ ok: true, data: 4 });
  });

  it("turns a thrown error into INTERNAL", async () => {
    const action = (): Promise<{ ok: true; data: undefined }> => Promise.reject(new Error("nätverket"));
    expect(await safeAction(action)).toEqual({ ok: false, code: "INTERNAL" });
  });
});
