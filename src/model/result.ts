/** Parsing and validation return a Result instead of throwing. */
export type Result<T, E = string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** An expected problem whose message is written for the user and shown to them. */
export class UserFacingError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "UserFacingError";
    this.code = code;
  }
}
