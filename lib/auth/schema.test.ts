import { describe, expect, it } from "vitest";
import { signInSchema, signUpSchema } from "@/lib/auth/schema";
import { fieldErrorsOf } from "@/lib/validation";

describe("signUpSchema", () => {
  it("normalises the email address", () => {
    const parsed = signUpSchema.parse({ name: "Åsa", email: "  Asa.Oberg@Kommun.SE ", password: "långt-lösenord" });
    expect(parsed.email).toBe("asa.oberg@kommun.se");
  });

  it("names each problem with a translation key", () => {
    const result = signUpSchema.safeParse({ name: "", email: "inte-en-adress", password: "kort" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrorsOf(result.error)).toEqual({
        name: ["required"],
        email: ["email"],
        password: ["passwordTooShort"],
      });
    }
  });
});

describe("signInSchema", () => {
  it("asks for both fields", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)).toEqual({ email: ["required"], password: ["required"] });
  });
});
