import { describe, expect, it } from "vitest";
import { requiredRole, roleAllows, rolesWith } from "@/lib/orgs/roles";

describe("organisation roles", () => {
  it("orders läsare < redigerare < ägare", () => {
    expect(rolesWith("read")).toEqual(["owner", "editor", "reader"]);
    expect(rolesWith("edit")).toEqual(["owner", "editor"]);
    expect(rolesWith("manage")).toEqual(["owner"]);
    expect(requiredRole("edit")).toBe("editor");
    expect(roleAllows("reader", "edit")).toBe(false);
    expect(roleAllows("admin", "read")).toBe(false);
  });
});
