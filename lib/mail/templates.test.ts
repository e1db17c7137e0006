import { describe, expect, it } from "vitest";
import { mailKinds, renderMail } from "@/lib/mail/templates";

const values = {
  name: "Åsa <Öberg>",
  email: "asa@kommun.example",
  newEmail: "ny@kommun.example",
  link: "http://localhost:3000/reset-password?token=abc&x=1",
  organization: "Exempla kommun",
  inviter: "Per",
  role: "redigerare",
};

describe("renderMail", () => {
  it("writes every kind in both languages with the link in text and HTML", () => {
    for (const kind of mailKinds) {
      const sv = renderMail(kind, "sv", values);
      const en = renderMail(kind, "en", values);
      expect(sv.subject).not.toEqual(en.subject);
      for (const mail of [sv, en]) {
        expect(mail.text).toContain(values.link);
        expect(mail.html).toContain("token=abc&amp;x=1");
        expect(mail.text).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it("escapes user-supplied values in the HTML part only", () => {
    const mail = renderMail("verify", "sv", values);
    expect(mail.text).toContain("Hej Åsa <Öberg>!");
    expect(mail.html).toContain("Hej Åsa &lt;Öberg&gt;!");
    expect(mail.html).not.toContain("<Öberg>");
  });

  it("names the organisation, inviter and role in an invitation", () => {
    const mail = renderMail("invitation", "sv", values);
    expect(mail.subject).toBe("Inbjudan till Exempla kommun i Kravlots");
    expect(mail.text).toContain("Per har bjudit in dig till organisationen Exempla kommun");
    expect(mail.text).toContain("med rollen redigerare");
  });
});

describe("roleLabel", () => {
  it("names the roles as the organisation page does", async () => {
    const { roleLabel } = await import("@/lib/mail/templates");
    expect(roleLabel("sv", "owner")).toBe("ägare");
    expect(roleLabel("en", "reader")).toBe("läsare (reader)");
    expect(roleLabel("sv", "unknown")).toBe("unknown");
  });
});
