/** What the answer step returns and render draws: items with citations, no Discord types. */
import type { StanceValue } from "./article.ts";

/** Where a claim comes from: one passage of one article. */
export interface Citation {
  readonly articleId: string;
  readonly articleTitle: string;
  /** Passage id, "p3". */
  readonly passage: string;
  /** Passage number, 3 for ¶3. */
  readonly n: number;
  readonly url: string | null;
}

export type InlineStyle = "plain" | "bold" | "italic" | "quote" | "highlight" | "code";

/**
 * A run of text with one style. Text is untrusted (it comes from articles or users): render
 * escapes it and then applies the style, so no markdown travels inside `text`.
 */
export interface Inline {
  readonly text: string;
  readonly style: InlineStyle;
}

export type Tone = StanceValue | "info";

export interface AnswerItem {
  readonly body: readonly Inline[];
  /** Every item that states something from an article cites it; help text cites nothing. */
  readonly citations: readonly Citation[];
}

export interface AnswerSection {
  readonly heading: string;
  readonly tone: Tone;
  readonly items: readonly AnswerItem[];
}

/** What a reply offers besides paging: pin it (summaries); a thread or a poll (discussions). */
export type AnswerAction = "pin" | "thread" | "poll";

/** One side of a disagreement: a voice, where it stands, its words and where it says them. */
export interface Position {
  readonly voice: string;
  readonly stance: StanceValue;
  /** The voice's own words in a quote inline, or its position in plain words: never invented quotes. */
  readonly words: readonly Inline[];
  readonly citations: readonly Citation[];
}

/** The first point two voices disagree on, for a poll: the point itself and each side. */
export interface Disagreement {
  /** What they disagree about: the article's central action, or its title when none is found. */
  readonly point: string;
  readonly positions: readonly Position[];
}

export interface Answer {
  /** The command that produced it, "who". */
  readonly command: string;
  readonly title: string;
  /** A lead line under the title. */
  readonly intro: readonly Inline[];
  readonly sections: readonly AnswerSection[];
  /** Said when nothing (or little) was found: "No one called “Milner” — did you mean Matt Miller?" */
  readonly hint: string | null;
  /** Provenance line: source, date, "generated from the article". */
  readonly footer: string | null;
  /** The source link when a single article is the subject and its URL is known. */
  readonly url: string | null;
  readonly actions: readonly AnswerAction[];
  /** Set by /discuss when two voices disagree: what a poll asks. */
  readonly disagreement?: Disagreement | undefined;
}

export interface Choice {
  readonly name: string;
  readonly value: string;
}
