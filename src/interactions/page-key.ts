/**
 * A page button must re-create its request with no state kept by the bot, so the request is
 * written into the button's id: `who&name=Matt%20Miller`. Visibility is left out: a page click
 * updates the message it is on, which keeps its visibility.
 */
import { fail, ok, type Result } from "../model/result.ts";
import type { CommandRequest } from "./dispatch.ts";

const SEPARATOR = "&";
const NOT_KEPT = new Set(["public"]);
const NAME = /^[a-z0-9_-]{1,40}$/;

/** encodeURIComponent throws on a lone surrogate, which a client can send; U+FFFD stands in. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;
const encode = (value: string): string =>
  encodeURIComponent(value.replace(LONE_SURROGATE, "\ufffd"));

export function encodePageKey(request: CommandRequest): string {
  const options = Object.entries(request.options)
    .filter(([key]) => !NOT_KEPT.has(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${encode(key)}=${encode(String(value))}`);
  return [encode(request.name), ...options].join(SEPARATOR);
}

export function decodePageKey(key: string): Result<CommandRequest> {
  const [rawName = "", ...pairs] = key.split(SEPARATOR);
  try {
    const name = decodeURIComponent(rawName);
    if (!NAME.test(name)) return fail("not a command name");
    const options: Record<string, string> = {};
    for (const pair of pairs) {
      const index = pair.indexOf("=");
      if (index <= 0) return fail("malformed option");
      options[decodeURIComponent(pair.slice(0, index))] = decodeURIComponent(pair.slice(index + 1));
    }
    return ok({ name, options });
  } catch {
    // decodeURIComponent throws on a broken %-escape: a tampered or truncated id.
    return fail("malformed escape");
  }
}
