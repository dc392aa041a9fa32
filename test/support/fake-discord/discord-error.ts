/**
 * Discord's 400 "Invalid Form Body" (code 50035): every broken rule is filed under the path of
 * the field that broke it, as `{ errors: { embeds: { 0: { title: { _errors: [...] } } } } }`.
 * The shape is the one in developers/reference.mdx ("Error Messages") of discord/discord-api-docs.
 */
import type { FakeResponse } from "./types.ts";

export const INVALID_FORM_BODY = 50035;

export type FieldPath = readonly (string | number)[];

export interface FieldError {
  readonly code: string;
  readonly message: string;
}

export interface FiledError extends FieldError {
  readonly path: FieldPath;
}

interface ErrorTree {
  _errors?: FieldError[];
  [key: string]: ErrorTree | FieldError[] | undefined;
}

/** Collects the broken rules of one request body, each under its field path. */
export class FormErrors {
  readonly #filed: FiledError[] = [];

  add(path: FieldPath, code: string, message: string): void {
    this.#filed.push({ path, code, message });
  }

  get isEmpty(): boolean {
    return this.#filed.length === 0;
  }

  get filed(): readonly FiledError[] {
    return this.#filed;
  }

  /** The nested `errors` object Discord answers with; the empty path is the request itself. */
  toTree(): ErrorTree {
    const root: ErrorTree = {};
    for (const { path, code, message } of this.#filed) {
      let node = root;
      for (const key of path) {
        const child = node[String(key)];
        const next: ErrorTree = child !== undefined && !Array.isArray(child) ? child : {};
        node[String(key)] = next;
        node = next;
      }
      node._errors = [...(node._errors ?? []), { code, message }];
    }
    return root;
  }
}

export function answerInvalidFormBody(errors: FormErrors): FakeResponse {
  return {
    status: 400,
    body: { code: INVALID_FORM_BODY, message: "Invalid Form Body", errors: errors.toTree() },
  };
}

/** Discord counts characters, not UTF-16 units: an emoji is one. */
export function countCharacters(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    const previous = index > 0 ? text.charCodeAt(index - 1) : 0;
    // The low half of a surrogate pair belongs to the character its high half started.
    const isPairEnd = unit >= 0xdc00 && unit <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
    if (!isPairEnd) count += 1;
  }
  return count;
}

export interface LengthRule {
  readonly min?: number;
  readonly max: number;
  readonly isRequired?: boolean;
  /** Embed text is measured after trimming (message.mdx, "Embed Limits"). */
  readonly isTrimmed?: boolean;
}

/** Checks one string field; absent is fine unless required. Returns its measured length. */
export function checkString(
  errors: FormErrors,
  path: FieldPath,
  value: unknown,
  rule: LengthRule,
): number {
  if (value === undefined || value === null) {
    if (rule.isRequired === true) errors.add(path, "BASE_TYPE_REQUIRED", "This field is required");
    return 0;
  }
  if (typeof value !== "string") {
    errors.add(path, "STRING_TYPE_CONVERT", "Could not interpret value as string.");
    return 0;
  }
  const length = countCharacters(rule.isTrimmed === true ? value.trim() : value);
  const min = rule.min ?? 0;
  if (length < min || length > rule.max) {
    const message =
      min > 0
        ? `Must be between ${min} and ${rule.max} in length.`
        : `Must be ${rule.max} or fewer in length.`;
    errors.add(path, min > 0 ? "BASE_TYPE_BAD_LENGTH" : "BASE_TYPE_MAX_LENGTH", message);
  }
  return length;
}

/** Checks that a field, when present, is an array of at most `max` (and at least `min`) items. */
export function checkArray(
  errors: FormErrors,
  path: FieldPath,
  value: unknown,
  rule: { readonly min?: number; readonly max: number },
): readonly unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    errors.add(path, "LIST_TYPE_CONVERT", "Must be an array.");
    return [];
  }
  const min = rule.min ?? 0;
  if (value.length < min || value.length > rule.max) {
    const message =
      min > 0
        ? `Must be between ${min} and ${rule.max} in length.`
        : `Must be ${rule.max} or fewer in length.`;
    errors.add(path, min > 0 ? "BASE_TYPE_BAD_LENGTH" : "BASE_TYPE_MAX_LENGTH", message);
  }
  return value as readonly unknown[];
}

/** One line per broken rule in an `errors` tree: `data.embeds.0.title: CODE message`. */
export function describeErrorTree(tree: unknown, path: readonly string[] = []): string[] {
  if (typeof tree !== "object" || tree === null) return [];
  const lines: string[] = [];
  for (const [key, value] of Object.entries(tree)) {
    if (key === "_errors" && Array.isArray(value)) {
      for (const error of value as FieldError[]) {
        lines.push(`${path.join(".") || "(body)"}: ${error.code} ${error.message}`);
      }
    } else {
      lines.push(...describeErrorTree(value, [...path, key]));
    }
  }
  return lines;
}
