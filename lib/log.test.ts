import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLog } from "@/lib/log";

// The redaction and error shape of lib/log.ts, with the root logger's
// settings writing to memory.
describe("structured log", () => {
  it("keeps personal data out and logs an error with its cause", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = createLog(sink);
    const cause = new Error("SQLITE_BUSY");
    log.error(
      { err: new Error("save failed", { cause }), user: { email: "anna@kommun.se", password: "hemligt" } },
      "x",
    );
    const line = JSON.parse(lines[0]!) as { err: { message: string; cause: { message: string } }; user: object };
    expect(line.user).toEqual({ email: "[borttaget]", password: "[borttaget]" });
    expect(line.err.message).toBe("save failed");
    expect(line.err.cause.message).toBe("SQLITE_BUSY");
    expect(JSON.stringify(line)).not.toContain("anna@kommun.se");
    expect(line).toMatchObject({ level: 50, service: "kravlots", msg: "x" });
  });
});
