import { describe, expect, it } from "vitest";
import { isEmailDomainAllowed, parseAllowedDomains } from "@/lib/auth/email-domains";

describe("ALLOWED_EMAIL_DOMAINS", () => {
  it("parses a comma list, ignoring blanks, case and a leading @", () => {
    expect(parseAllowedDomains(" Kommun.se, @region.se ,,")).toEqual(["kommun.se", "region.se"]);
    expect(parseAllowedDomains(undefined)).toEqual([]);
  });

  it("admits everyone when unset", () => {
    expect(isEmailDomainAllowed("a@anywhere.example", [])).toBe(true);
  });

  it("admits the domain and its subdomains, nothing that only ends the same", () => {
    const allowed = parseAllowedDomains("kommun.se");
    expect(isEmailDomainAllowed("a@kommun.se", allowed)).toBe(true);
    expect(isEmailDomainAllowed("a@IT.Kommun.se", allowed)).toBe(true);
    expect(isEmailDomainAllowed("a@grannkommun.se", allowed)).toBe(false);
    expect(isEmailDomainAllowed("a@kommun.se.evil.example", allowed)).toBe(false);
    expect(isEmailDomainAllowed("kommun.se", allowed)).toBe(false);
  });
});
