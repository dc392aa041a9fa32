/** How a REST route of the fake is declared: a method, a pattern over the decoded route, an answer. */
import type { FormErrors } from "./discord-error.ts";
import type { UploadedFile } from "./multipart.ts";
import type { FakeResponse, FakeState } from "./types.ts";

export interface RouteInput {
  readonly state: FakeState;
  /** The pattern's capture groups: ids, tokens. */
  readonly params: readonly string[];
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
  /** The files of a multipart request, in the order sent. */
  readonly files: readonly UploadedFile[];
}

export interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly answer: (input: RouteInput) => FakeResponse;
  /** Discord's rules for the body; a broken one is answered 400 before `answer` runs. */
  readonly validate?: (input: RouteInput) => FormErrors;
}

export const NO_CONTENT: FakeResponse = { status: 204 };

/** Discord's JSON error shape, e.g. 10062 "Unknown interaction". */
export function answerError(status: number, code: number, message: string): FakeResponse {
  return { status, body: { message, code } };
}

export function param(input: RouteInput, index: number): string {
  return input.params[index] ?? "";
}
