/** What extraction produces from one article: actors, quotes, dated events and stances. */
import type { StanceValue } from "./article.ts";

/** A character range [start, end) inside one passage's text. */
export type Span = readonly [start: number, end: number];

export type ActorKind = "person" | "organization";

export interface Actor {
  /** Stable within the article: slug of the canonical name. */
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** Every other form the article uses: "Mr. Miller", "Miller", "IFS". */
  readonly aliases: readonly string[];
  /** "State Department spokesperson", or null when the article gives none. */
  readonly role: string | null;
  /** Organisation named in the role, when one is ("Atlantic Council"). */
  readonly organization: string | null;
  /** Passage ids where the actor is mentioned, in reading order. */
  readonly passages: readonly string[];
}

export interface Quote {
  /** "q1", "q2", … in reading order. */
  readonly id: string;
  /** Verbatim: `passage.text.slice(span[0], span[1]) === text`. */
  readonly text: string;
  /** Canonical actor name, or null when the article does not say who. */
  readonly speaker: string | null;
  readonly speakerId: string | null;
  readonly passage: string;
  readonly span: Span;
  /** The words that attribute it ("Mr. Miller said"), or null. */
  readonly attribution: string | null;
  /** A few quoted words inside reported speech ("called the decision “insulting”"). */
  readonly isFragment: boolean;
  /** Id of the quote this one continues (a quotation running over several passages). */
  readonly continues: string | null;
}

export type DatePrecision = "year" | "month" | "day";

export interface DateResolution {
  /** Stated: the text gives the full value. Inferred: worked out from the publication date. */
  readonly method: "stated" | "inferred";
  /** For a person: "Thursday → 2023-11-16, the last Thursday on or before Fri 2023-11-17". */
  readonly explanation: string;
}

export interface DatedEvent {
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", at the precision the text supports. */
  readonly date: string;
  readonly precision: DatePrecision;
  /** The date expression as written ("on Thursday", "in 2020"). */
  readonly expression: string;
  readonly expressionSpan: Span;
  /** The sentence or clause the date belongs to, verbatim. */
  readonly text: string;
  readonly span: Span;
  readonly passage: string;
  /** Canonical names of actors mentioned in `text`. */
  readonly actors: readonly string[];
  readonly resolution: DateResolution;
}

export interface Stance {
  readonly actor: string;
  readonly actorId: string;
  readonly stance: StanceValue;
  /** Passage ids that show the stance, in reading order. */
  readonly evidence: readonly string[];
  /** Quote ids that show it, strongest first. */
  readonly quotes: readonly string[];
  readonly origin: "extracted" | "curated";
  /** Why, for a person: "called the decision “a bribe”". */
  readonly reason: string;
}

export interface Analysis {
  readonly actors: readonly Actor[];
  readonly quotes: readonly Quote[];
  readonly events: readonly DatedEvent[];
  readonly stances: readonly Stance[];
  /** The article's central action, as the lead states it, with its passage. */
  readonly centralAction: { readonly text: string; readonly passage: string } | null;
  readonly warnings: readonly string[];
}

/** Optional, lazy debugging hook for extraction; the core never logs. */
export type Trace = (message: () => string) => void;
