import { describe, expect, it } from "vitest";
import { canonicalizeUrl } from "../../../src/ingest/html/canonical-url.ts";

describe("canonicalizeUrl", () => {
  it.each([
    [
      "HTTPS://News.Example:443/a/b/?utm_source=x&b=2&a=1#comments",
      "https://news.example/a/b?a=1&b=2",
    ],
    ["http://news.example:80/", "http://news.example/"],
    ["https://news.example/story?fbclid=abc", "https://news.example/story"],
    ["https://user:pw@news.example/story", "https://news.example/story"],
  ])("%s → %s", (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it("resolves a relative canonical link against the page", () => {
    expect(canonicalizeUrl("/local/story", "https://news.example/x/y")).toBe(
      "https://news.example/local/story",
    );
  });

  it.each(["javascript:alert(1)", "ftp://news.example/a", "not a url", "mailto:a@b.example"])(
    "refuses %s",
    (input) => {
      expect(canonicalizeUrl(input)).toBeNull();
    },
  );
});
