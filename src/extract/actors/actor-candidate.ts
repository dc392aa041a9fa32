/** What actor extractors produce before refiners merge them into `Actor`s. */
import type { ActorKind, Span } from "../../model/analysis.ts";
import type { PassageContext } from "../context.ts";
import type { Token } from "./tokens.ts";

export interface ActorCandidate {
  readonly name: string;
  readonly kind: ActorKind;
  readonly role: string | null;
  readonly organization: string | null;
  /** Other forms seen with this mention: an acronym, "Mr. Miller". */
  readonly aliases: readonly string[];
  readonly passageId: string;
  readonly span: Span;
  readonly evidence: string;
  /** Name of the extractor that found it, for the trace. */
  readonly source: string;
}

/** One surface form: finds candidates in one passage. */
export interface ActorExtractor {
  readonly name: string;
  readonly extract: (
    context: PassageContext,
    tokens: readonly Token[],
  ) => readonly ActorCandidate[];
}
