import type { FollowUpTiming } from "@/lib/followup/schema";

// When an item of the uppföljningsplan falls due (pure; dates are calendar
// days "YYYY-MM-DD", computed in UTC so the server's time zone never moves a
// day). Everything counts from the contract start; before there is one,
// nothing is due.
//   delivery   – at the contract start (the delivery is accepted then)
//   acceptance – one month in, when the acceptance test is run
//   months3    – three months in
//   yearly     – each anniversary; done marks count for that year only
//   renewal    – three months before the contract period ends, when the
//                decision to extend is taken (needs the contract length)
export type FollowUpStatus = "done" | "due" | "upcoming" | "unscheduled";

const offsets: Record<Exclude<FollowUpTiming, "yearly" | "renewal">, number> = {
  delivery: 0,
  acceptance: 1,
  months3: 3,
};

const parse = (day: string) => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return { y, m: m - 1, d };
};

// The same day n months later, or the month's last day when it is shorter
// (31 January + 1 month = 28 or 29 February).
export function addMonths(day: string, months: number): string {
  const { y, m, d } = parse(day);
  const first = new Date(Date.UTC(y, m + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export function dueDate(
  timing: FollowUpTiming,
  contractStart: string | null,
  contractMonths: number | undefined,
  doneAt: string | null,
): string | null {
  if (!contractStart) return null;
  if (timing === "renewal") {
    if (!contractMonths) return null;
    const due = addMonths(contractStart, contractMonths - 3);
    return due < contractStart ? contractStart : due;
  }
  if (timing !== "yearly") return addMonths(contractStart, offsets[timing]);
  // The first anniversary after the last time it was done.
  for (let years = 1; years <= 100; years += 1) {
    const due = addMonths(contractStart, 12 * years);
    if (!doneAt || due > doneAt) return due;
  }
  return null;
}

export function followUpStatus(
  item: { timing: FollowUpTiming; doneAt: string | null },
  contractStart: string | null,
  contractMonths: number | undefined,
  today: string,
): { status: FollowUpStatus; dueDate: string | null } {
  const due = dueDate(item.timing, contractStart, contractMonths, item.doneAt);
  if (item.doneAt && item.timing !== "yearly") return { status: "done", dueDate: due };
  if (!due) return { status: item.doneAt ? "done" : "unscheduled", dueDate: null };
  if (due <= today) return { status: "due", dueDate: due };
  return { status: item.doneAt ? "done" : "upcoming", dueDate: due };
}

// Today as the procurer's calendar day in Sweden, where the app is used.
export function todayInSweden(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(now);
}
