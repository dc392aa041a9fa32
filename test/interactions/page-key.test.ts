import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePageKey, encodePageKey } from "../../src/interactions/page-key.ts";

describe("page keys", () => {
  it.each([
    [{ name: "who", options: { name: "Matt Miller" } }, "who&name=Matt%20Miller"],
    [
      { name: "search", options: { query: "a&b=c", article: "x" } },
      "search&article=x&query=a%26b%3Dc",
    ],
    [{ name: "who", options: { public: false, name: "x" } }, "who&name=x"],
  ])("writes %j as %s and reads it back", (request, key) => {
    expect(encodePageKey(request)).toBe(key);
    const kept = Object.fromEntries(
      Object.entries(request.options).filter(([k]) => k !== "public"),
    );
    expect(decodePageKey(key)).toEqual({ ok: true, value: { name: request.name, options: kept } });
  });

  it("never throws on text a client may send, lone surrogates included", () => {
    expect(encodePageKey({ name: "who", options: { name: "a\ud800b" } })).toBe(
      "who&name=a%EF%BF%BDb",
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const decoded = decodePageKey(encodePageKey({ name: "who", options: { name: value } }));
        expect(decoded.ok).toBe(true);
      }),
    );
  });

  it.each([["WHO"], ["who&name"], ["who&=x"], ["who&name=%E0%A4%A"], [""], ["a".repeat(41)]])(
    "refuses %j",
    (key) => {
      expect(decodePageKey(key).ok).toBe(false);
    },
  );
});
