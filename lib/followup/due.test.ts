import { describe, expect, it } from "vitest";
import { addMonths, dueDate, followUpStatus, todayInSweden } from "@/lib/followup/due";

describe("uppföljningsplan due dates (pure)", () => {
  it("counts each timing from the contract start", () => {
    const start = "2027-01-31";
    expect(dueDate("delivery", start, 36, null)).toBe("2027-01-31");
    // A shorter month ends on its last day.
    expect(dueDate("acceptance", start, 36, null)).toBe("2027-02-28");
    expect(dueDate("months3", start, 36, null)).toBe("2027-04-30");
    expect(dueDate("yearly", start, 36, null)).toBe("2028-01-31");
    expect(dueDate("renewal", start, 36, null)).toBe("2029-10-31");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
  });

  it("is unscheduled before the contract starts, and renewal needs the contract length", () => {
    expect(dueDate("delivery", null, 36, null)).toBeNull();
    expect(dueDate("renewal", "2027-01-01", undefined, null)).toBeNull();
    // A contract shorter than three months is decided on at its start.
    expect(dueDate("renewal", "2027-01-01", 2, null)).toBe("2027-01-01");
    expect(followUpStatus({ timing: "delivery", doneAt: null }, null, 12, "2030-01-01")).toEqual({
      status: "unscheduled",
      dueDate: null,
    });
  });

  it("tells due from upcoming and done; a yearly item comes back a year on", () => {
    const start = "2027-01-15";
    const status = (timing: "delivery" | "yearly", doneAt: string | null, today: string) =>
      followUpStatus({ timing, doneAt }, start, 24, today).status;
    expect(status("delivery", null, "2027-01-14")).toBe("upcoming");
    expect(status("delivery", null, "2027-01-15")).toBe("due");
    expect(status("delivery", "2027-01-20", "2030-01-01")).toBe("done");
    expect(status("yearly", null, "2028-01-15")).toBe("due");
    expect(status("yearly", "2028-01-20", "2028-06-01")).toBe("done");
    expect(followUpStatus({ timing: "yearly", doneAt: "2028-01-20" }, start, 24, "2029-01-16")).toEqual({
      status: "due",
      dueDate: "2029-01-15",
    });
  });

  it("takes today as the Swedish calendar day, not the server's", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    expect(todayInSweden(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});
