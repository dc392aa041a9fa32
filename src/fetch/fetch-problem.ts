/** Why a page could not be read: one kind per cause, each with one line for the member. */

export type FetchProblemKind =
  | "bad-url"
  | "unreachable"
  | "refused-address"
  | "too-large"
  | "too-slow"
  | "not-an-article"
  | "paywalled";

export interface FetchProblem {
  readonly kind: FetchProblemKind;
  /** One line, written for the member who gave the URL. */
  readonly message: string;
}

export function createFetchProblem(kind: FetchProblemKind, detail: string): FetchProblem {
  const prefix: Record<FetchProblemKind, string> = {
    "bad-url": "That is not a web address I can read",
    unreachable: "The page could not be reached",
    "refused-address": "Refused address",
    "too-large": "Too large",
    "too-slow": "Too slow",
    "not-an-article": "Not an article",
    paywalled: "Looks paywalled",
  };
  return { kind, message: `${prefix[kind]}: ${detail.replace(/\s+/gu, " ").trim()}` };
}
