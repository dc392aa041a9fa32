/** What an event filter sees: one date mention in its passage, with its sentence. */
import type { TextSlice } from "../../shared/sentences.ts";
import type { DateMention } from "../date-mention.ts";

export interface DateScene {
  /** The passage text the spans index into. */
  readonly text: string;
  readonly mention: DateMention;
  /** The date found just before this one in the same passage, kept or not. */
  readonly previous: DateMention | null;
  /** The sentence holding the mention. */
  readonly sentence: TextSlice;
  /** Publication date "YYYY-MM-DD", or null. */
  readonly referenceDate: string | null;
  /** True when the mention stands between quotation marks (someone's words). */
  readonly isQuoted: boolean;
}

/** A date expression that is a date but dates no statement of the article ("by 2050"). */
export interface EventFilter {
  readonly name: string;
  readonly rejects: (scene: DateScene) => boolean;
}

/** The `length` characters before `position`, cut at the start of the text. */
export function textBefore(text: string, position: number, length: number): string {
  return text.slice(Math.max(0, position - length), position);
}

/** True when `date` ("YYYY", "YYYY-MM" or "YYYY-MM-DD") lies after the reference day. */
export function isAfterReference(date: string, referenceDate: string | null): boolean {
  if (referenceDate === null) return false;
  return date > referenceDate.slice(0, date.length);
}
