import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server on loopback that keeps what it receives, so the mail
// specs read the very mails the app sent (e2e/mail, playwright.mail.config.ts).
export const smtpPort = Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1000);

export type ReceivedMail = { to: string; subject: string; text: string; html: string };

export type MailSink = {
  // The next mail to `to` whose subject matches, waiting up to 15 s.
  next(to: string, subject: RegExp): Promise<ReceivedMail>;
  all(): ReceivedMail[];
  close(): Promise<void>;
};

export async function startMailSink(port = smtpPort): Promise<MailSink> {
  const received: ReceivedMail[] = [];
  const taken = new Set<ReceivedMail>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          for (const rcpt of session.envelope.rcptTo) {
            received.push({
              to: rcpt.address.toLowerCase(),
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: typeof parsed.html === "string" ? parsed.html : "",
            });
          }
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    async next(to, subject) {
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const mail = received.find((m) => !taken.has(m) && m.to === to.toLowerCase() && subject.test(m.subject));
        if (mail) {
          taken.add(mail);
          return mail;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no mail to ${to} matching ${subject} (got: ${received.map((m) => m.subject).join("; ")})`);
    },
    all: () => [...received],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// The app's own link in a mail's plain-text part (the HTML part has the same).
export function linkIn(mail: ReceivedMail, path: string): string {
  const match = mail.text.match(new RegExp(`https?://\\S+${path.replace(/[/?]/g, "\\$&")}\\S*`));
  if (!match) throw new Error(`no ${path} link in mail "${mail.subject}":\n${mail.text}`);
  return match[0];
}
