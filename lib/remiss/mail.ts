import "server-only";
import { appOrigin, getEnv } from "@/lib/env";
import { mailEnabled, sendAccountMail } from "@/lib/mail/send";
import { getReviewerForMail } from "@/lib/remiss/data";

export const remissLink = (origin: string, token: string) => `${origin}/remiss/${token}`;

// With SMTP configured, a reviewer with an address gets the link by mail; the
// author sees the link once either way, so nothing depends on the mail.
export async function mailReviewer(reviewerId: string, token: string, inviter: string): Promise<boolean> {
  if (!mailEnabled()) return false;
  const reviewer = await getReviewerForMail(reviewerId);
  if (!reviewer?.email) return false;
  const sent = await sendAccountMail("remiss", reviewer.email, {
    name: reviewer.name,
    email: reviewer.email,
    link: remissLink(appOrigin(getEnv()), token),
    inviter,
    deadline: reviewer.remiss.deadline.toISOString().slice(0, 10),
  });
  return sent === "sent";
}
