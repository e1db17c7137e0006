import { describe, expect, it } from "vitest";
import { createDraft, saveStartStep } from "@/lib/drafts/mutations";
import { createTestUser } from "@/lib/testing/factories";
import { sampleStart } from "@/lib/testing/sample-start";
import { wellFormed } from "@/lib/security/well-formed";

describe("wellFormed", () => {
  it("replaces lone surrogates deep inside input and keeps everything else", () => {
    const input = { title: "a\ud800b", list: ["ok", "\udc00"], nested: { emoji: "🙂", n: 3, none: null } };
    expect(wellFormed(input)).toEqual({
      title: "a\ufffdb",
      list: ["ok", "\ufffd"],
      nested: { emoji: "🙂", n: 3, none: null },
    });
    const clean = { title: "Åtkomst 🙂", n: [1, 2] };
    expect(wellFormed(clean)).toBe(clean);
  });

  it("makes text Prisma would refuse storable in a real SQLite database", async () => {
    const owner = await createTestUser();
    const { id } = await createDraft(owner.id);
    const raw = { ...sampleStart, title: "Bokning\ud83d av lokaler" };
    await expect(saveStartStep(owner.id, id, 1, raw)).rejects.toThrow(/surrogate|hex escape/);
    const saved = await saveStartStep(owner.id, id, 1, wellFormed(raw));
    expect(saved).toMatchObject({ ok: true });
  });
});
