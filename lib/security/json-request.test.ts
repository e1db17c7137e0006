import { describe, expect, it } from "vitest";
import { refuseJsonRequest } from "@/lib/security/json-request";

const own = ["https://kravlots.kommun.example", "http://localhost:3000"];
const request = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/drafts/x/start", { method: "PUT", headers, body: "{}" });

describe("the JSON routes' doorway", () => {
  it("accepts application/json from the app's own origin, or from a client that sends no Origin", () => {
    expect(
      refuseJsonRequest(request({ origin: "http://localhost:3000", "content-type": "application/json" }), own),
    ).toBeNull();
    expect(
      refuseJsonRequest(
        request({ origin: "https://kravlots.kommun.example", "content-type": "application/json; charset=utf-8" }),
        own,
      ),
    ).toBeNull();
    expect(
      refuseJsonRequest(request({ "content-type": "application/json", "sec-fetch-site": "same-origin" }), own),
    ).toBeNull();
    expect(refuseJsonRequest(request({ "content-type": "application/json" }), own)).toBeNull();
  });

  it("refuses a foreign, opaque or look-alike Origin with 403 FORBIDDEN_ORIGIN", () => {
    for (const origin of [
      "https://evil.example",
      "null",
      "http://localhost:3001",
      "https://kravlots.kommun.example.evil.example",
      "http://LOCALHOST:3000x",
    ]) {
      expect(refuseJsonRequest(request({ origin, "content-type": "application/json" }), own), origin).toEqual({
        status: 403,
        code: "FORBIDDEN_ORIGIN",
      });
    }
    expect(
      refuseJsonRequest(request({ "content-type": "application/json", "sec-fetch-site": "cross-site" }), own),
    ).toEqual({ status: 403, code: "FORBIDDEN_ORIGIN" });
  });

  it("refuses any body not declared application/json with 415 UNSUPPORTED_MEDIA_TYPE", () => {
    for (const type of [
      "text/plain",
      "text/plain;charset=UTF-8",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonp",
      "",
    ]) {
      const headers: Record<string, string> = { origin: "http://localhost:3000" };
      if (type) headers["content-type"] = type;
      expect(refuseJsonRequest(request(headers), own), type).toEqual({ status: 415, code: "UNSUPPORTED_MEDIA_TYPE" });
    }
  });
});
