import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CUSTOM_ID_PREFIX,
  formatCustomId,
  parseCustomId,
  type CustomIdAction,
} from "../../src/render/custom-id.ts";
import { CUSTOM_ID_MAX } from "../../src/render/limits.ts";

describe("formatCustomId", () => {
  it.each([
    [{ kind: "page", page: 2, pageKey: "who|miller" }, "rt1:page:2:who|miller"],
    [
      { kind: "page", page: 1, pageKey: "search:fentanly precursers" },
      "rt1:page:1:search:fentanly precursers",
    ],
    [{ kind: "pin", articleId: "fentanyl-ifs" }, "rt1:pin:fentanyl-ifs"],
    [{ kind: "edit", articleId: "fentanyl-ifs" }, "rt1:edit:fentanyl-ifs"],
  ] satisfies [CustomIdAction, string][])("formats %j", (action, expected) => {
    expect(formatCustomId(action)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["a key that overflows 100 characters", { kind: "page", page: 1, pageKey: "k".repeat(92) }],
    ["page 0", { kind: "page", page: 0, pageKey: "k" }],
    ["a fractional page", { kind: "page", page: 1.5, pageKey: "k" }],
    ["an empty key", { kind: "page", page: 1, pageKey: "" }],
    ["a key with a newline", { kind: "page", page: 1, pageKey: "a\nb" }],
    ["an empty article id", { kind: "pin", articleId: "" }],
  ] satisfies [string, CustomIdAction][])("refuses %s", (_name, action) => {
    expect(formatCustomId(action).ok).toBe(false);
  });

  it("accepts a key exactly filling 100 characters", () => {
    const pageKey = "k".repeat(CUSTOM_ID_MAX - "rt1:page:1:".length);
    const id = formatCustomId({ kind: "page", page: 1, pageKey });
    expect(id.ok && id.value.length).toBe(CUSTOM_ID_MAX);
  });
});

describe("parseCustomId", () => {
  it("round-trips every id it formats", () => {
    const key = fc
      .string({ minLength: 1, maxLength: 120 })
      // eslint-disable-next-line no-control-regex -- control characters are refused by design
      .filter((text) => !/[\u0000-\u001f\u007f]/.test(text));
    const action = fc.oneof(
      fc.record({
        kind: fc.constant("page" as const),
        page: fc.integer({ min: 1, max: 999_999 }),
        pageKey: key,
      }),
      fc.record({ kind: fc.constantFrom("pin" as const, "edit" as const), articleId: key }),
    );
    fc.assert(
      fc.property(action, (value) => {
        const id = formatCustomId(value);
        if (!id.ok) return;
        expect(id.value.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
        expect(id.value.startsWith(CUSTOM_ID_PREFIX)).toBe(true);
        expect(parseCustomId(id.value)).toEqual({ ok: true, value });
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["an older version", "rt0:page:2:who|miller"],
    ["a newer version", "rt2:pin:fentanyl-ifs"],
    ["the unversioned ids of the first release", "page:2:who|miller"],
  ])("refuses %s as stale with advice", (_name, id) => {
    const parsed = parseCustomId(id);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe("stale-button");
    expect(parsed.error.message).toMatch(/older version.*Run the command again/);
  });

  it.each([
    ["empty", ""],
    ["foreign", "hello-world"],
    ["unknown kind", "rt1:delete:fentanyl-ifs"],
    ["page 0", "rt1:page:0:k"],
    ["leading zero", "rt1:page:01:k"],
    ["negative page", "rt1:page:-1:k"],
    ["exponent page", "rt1:page:1e3:k"],
    ["missing key", "rt1:page:2:"],
    ["missing page", "rt1:page"],
    ["empty article", "rt1:pin:"],
    ["control character", "rt1:edit:a\u0000b"],
    ["too long", `rt1:pin:${"a".repeat(100)}`],
  ])("refuses a malformed id (%s)", (_name, id) => {
    const parsed = parseCustomId(id);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe("unknown-button");
    expect(parsed.error.message).toMatch(/Run the command again/);
  });
});
