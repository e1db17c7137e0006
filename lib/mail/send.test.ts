import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A real SMTP server on loopback; the app's sender talks to it as to any other.
type Got = { to: string; subject: string; text: string };
const received: Got[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        received.push({ to: session.envelope.rcptTo[0]!.address, subject: mail.subject ?? "", text: mail.text ?? "" });
        callback();
      })
      .catch(callback);
  },
});

type SendModule = typeof import("@/lib/mail/send"); // eslint-disable-line @typescript-eslint/consistent-type-imports -- imported only after SMTP_URL is set
let send: SendModule;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  // Before the first getEnv(): the environment is parsed once per process.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.SMTP_FROM = "Kravlots <kravlots@exempla.example>";
  send = await import("@/lib/mail/send");
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("sendAccountMail", () => {
  it("delivers the rendered mail over SMTP, in the language asked for", async () => {
    const result = await send.sendAccountMail(
      "reset",
      "Asa@Kommun.example",
      { name: "Åsa", email: "asa@kommun.example", link: "http://localhost:3000/reset-password?token=t1" },
      "sv",
    );
    expect(result).toBe("sent");
    const mail = received.find((m) => m.to.toLowerCase() === "asa@kommun.example");
    expect(mail?.subject).toBe("Välj ett nytt lösenord i Kravlots");
    expect(mail?.text).toContain("http://localhost:3000/reset-password?token=t1");
  });

  it("sends at most mailsPerAddressPerHour mails of one kind to one address", async () => {
    const to = "flood@kommun.example";
    const values = { name: "X", email: to, link: "http://localhost:3000/verify-email?token=x" };
    const results = [];
    for (let i = 0; i < send.mailsPerAddressPerHour + 2; i += 1) {
      results.push(await send.sendAccountMail("verify", to, values, "en"));
    }
    expect(results.filter((r) => r === "sent")).toHaveLength(send.mailsPerAddressPerHour);
    expect(results.slice(-2)).toEqual(["limited", "limited"]);
    expect(received.filter((m) => m.to === to)).toHaveLength(send.mailsPerAddressPerHour);
    // Another kind to the same address is counted separately.
    expect(await send.sendAccountMail("passwordChanged", to, values, "en")).toBe("sent");
  });

  it("reports a mail server that does not answer as failed instead of throwing", async () => {
    const { port } = server.server.address() as AddressInfo;
    const down = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => down.listen(0, "127.0.0.1", () => resolve()));
    const downPort = (down.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => down.close(() => resolve()));
    expect(downPort).not.toBe(port);
    const mail = { from: "a@kommun.example", to: "x@kommun.example", subject: "s", text: "t", html: "<p>t</p>" };
    expect(await send.deliver(`smtp://127.0.0.1:${downPort}`, mail)).toBe("failed");
  });
});
