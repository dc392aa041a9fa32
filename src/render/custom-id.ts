/**
 * Button ids carry everything a click needs, so the bot keeps no state between messages.
 * The versioned prefix lets ids from an older release be recognised and politely refused.
 */
import { fail, ok, UserFacingError, type Result } from "../model/result.ts";
import { CUSTOM_ID_MAX } from "./limits.ts";

/** Bump the number when an id's layout changes, so older buttons are refused, not misread. */
export const CUSTOM_ID_PREFIX = "rt1:";
/** Any release's prefix ("rt0:", "rt2:") or the unversioned ids used before prefixes existed. */
const ANY_VERSION_PREFIX = /^(?:rt\d+:|(?:page|pin|edit):)/;
const PAGE_NUMBER = /^[1-9]\d{0,5}$/;
/** A Discord user id (snowflake). */
const USER_ID = /^\d{1,20}$/;
// eslint-disable-next-line no-control-regex -- ids travel through Discord and logs verbatim
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** What a button asks for. */
export type CustomIdAction =
  /** Show page `page` (1-based) of the answer to the request that `pageKey` re-creates. */
  | { readonly kind: "page"; readonly page: number; readonly pageKey: string }
  /** Pin the answer about this article. */
  | { readonly kind: "pin"; readonly articleId: string }
  /** Open the modal that edits the pinned answer about this article. */
  | { readonly kind: "edit"; readonly articleId: string }
  /** Open (or find) the discussion thread on this /discuss reply about the article. */
  | { readonly kind: "thread"; readonly articleId: string }
  /** Post a poll on the article's first disagreement. */
  | { readonly kind: "poll"; readonly articleId: string }
  /** Answer the request `pageKey` re-creates in a new message (the add reply's /summary). */
  | { readonly kind: "open"; readonly pageKey: string }
  /** Remove this server's article, as `askerId` asked; the presser is checked again. */
  | { readonly kind: "library-remove"; readonly articleId: string; readonly askerId: string }
  | { readonly kind: "library-cancel"; readonly askerId: string }
  /** Page `page` of /library list, for the server the button is pressed in. */
  | { readonly kind: "library-page"; readonly page: number }
  /** The paste modal of /library add. */
  | { readonly kind: "library-paste" };

const ARTICLE_ACTIONS: ReadonlySet<string> = new Set(["pin", "edit", "thread", "poll"]);
type ArticleActionKind = "pin" | "edit" | "thread" | "poll";
const isArticleAction = (kind: string): kind is ArticleActionKind => ARTICLE_ACTIONS.has(kind);

function validateKey(key: string, what: string): Result<string, string> {
  if (key === "") return fail(`${what} is empty`);
  if (CONTROL_CHARACTER.test(key)) return fail(`${what} holds a control character`);
  return ok(key);
}

/** The id for a button, or why it cannot be made (most often: longer than 100 characters). */
export function formatCustomId(action: CustomIdAction): Result<string, string> {
  let body: string;
  if (action.kind.startsWith("library-") || action.kind === "open") {
    const library = formatLibraryBody(action);
    if (!library.ok) return library;
    body = library.value;
  } else if (action.kind === "page") {
    if (!PAGE_NUMBER.test(String(action.page))) return fail(`bad page number ${action.page}`);
    const key = validateKey(action.pageKey, "page key");
    if (!key.ok) return key;
    body = `page:${action.page}:${key.value}`;
  } else if (isArticleAction(action.kind) && "articleId" in action) {
    const key = validateKey(action.articleId, "article id");
    if (!key.ok) return key;
    body = `${action.kind}:${key.value}`;
  } else return fail("unknown action");
  const id = `${CUSTOM_ID_PREFIX}${body}`;
  return id.length <= CUSTOM_ID_MAX ? ok(id) : fail(`custom id is ${id.length} characters`);
}

function formatLibraryBody(action: CustomIdAction): Result<string, string> {
  switch (action.kind) {
    case "open": {
      const key = validateKey(action.pageKey, "request key");
      return key.ok ? ok(`open:${key.value}`) : key;
    }
    case "library-remove": {
      const key = validateKey(action.articleId, "article id");
      if (!key.ok) return key;
      if (!USER_ID.test(action.askerId)) return fail("bad user id");
      return ok(`lrm:${action.askerId}:${key.value}`);
    }
    case "library-cancel":
      return USER_ID.test(action.askerId) ? ok(`lno:${action.askerId}`) : fail("bad user id");
    case "library-page":
      return PAGE_NUMBER.test(String(action.page))
        ? ok(`lpg:${action.page}`)
        : fail(`bad page number ${action.page}`);
    case "library-paste":
      return ok("ladd");
    default:
      return fail("not a library action");
  }
}

function parseLibraryBody(kind: string, rest: readonly string[]): CustomIdAction | null {
  const [first = "", ...others] = rest;
  const tail = others.join(":");
  if (kind === "open" && validateKey(rest.join(":"), "").ok)
    return { kind, pageKey: rest.join(":") };
  if (kind === "lrm" && USER_ID.test(first) && validateKey(tail, "").ok)
    return { kind: "library-remove", askerId: first, articleId: tail };
  if (kind === "lno" && USER_ID.test(first)) return { kind: "library-cancel", askerId: first };
  if (kind === "lpg" && PAGE_NUMBER.test(first))
    return { kind: "library-page", page: Number(first) };
  if (kind === "ladd" && rest.length === 0) return { kind: "library-paste" };
  return null;
}

const STALE_BUTTON = new UserFacingError(
  "stale-button",
  "This button comes from an older version of Roundtable. Run the command again for fresh buttons.",
);
const UNKNOWN_BUTTON = new UserFacingError(
  "unknown-button",
  "This button is not one Roundtable understands. Run the command again for fresh buttons.",
);

function parseBody(body: string): CustomIdAction | null {
  const [kind = "", ...rest] = body.split(":");
  const value = rest.join(":");
  if (kind === "page") {
    const [pageText = "", ...keyParts] = rest;
    const pageKey = keyParts.join(":");
    if (!PAGE_NUMBER.test(pageText) || !validateKey(pageKey, "").ok) return null;
    return { kind, page: Number(pageText), pageKey };
  }
  if (isArticleAction(kind) && validateKey(value, "").ok) {
    return { kind, articleId: value };
  }
  return parseLibraryBody(kind, rest);
}

/** Reads a button id. Old-version, foreign and malformed ids fail with a message for the user. */
export function parseCustomId(customId: string): Result<CustomIdAction, UserFacingError> {
  if (customId.length > CUSTOM_ID_MAX) return fail(UNKNOWN_BUTTON);
  if (!customId.startsWith(CUSTOM_ID_PREFIX)) {
    return fail(ANY_VERSION_PREFIX.test(customId) ? STALE_BUTTON : UNKNOWN_BUTTON);
  }
  const action = parseBody(customId.slice(CUSTOM_ID_PREFIX.length));
  return action === null ? fail(UNKNOWN_BUTTON) : ok(action);
}
