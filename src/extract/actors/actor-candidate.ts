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

/** An organisation named by `passage.text.slice(start, end)`; the evidence defaults to the name. */
export function createOrganizationCandidate(fields: {
  readonly passage: { readonly id: string; readonly text: string };
  readonly start: number;
  readonly end: number;
  readonly source: string;
  readonly evidence?: string;
  readonly aliases?: readonly string[];
}): ActorCandidate {
  const name = fields.passage.text.slice(fields.start, fields.end);
  return {
    name,
    kind: "organization",
    role: null,
    organization: null,
    aliases: fields.aliases ?? [],
    passageId: fields.passage.id,
    span: [fields.start, fields.end],
    evidence: fields.evidence ?? name,
    source: fields.source,
  };
}

/** A person named by `name`, found at `passage.text.slice(start, end)` (the evidence: name with its title or role). */
export function createPersonCandidate(fields: {
  readonly passage: { readonly id: string; readonly text: string };
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly source: string;
  readonly role?: string | null;
  readonly organization?: string | null;
  readonly aliases?: readonly string[];
}): ActorCandidate {
  return {
    name: fields.name,
    kind: "person",
    role: fields.role ?? null,
    organization: fields.organization ?? null,
    aliases: fields.aliases ?? [],
    passageId: fields.passage.id,
    span: [fields.start, fields.end],
    evidence: fields.passage.text.slice(fields.start, fields.end),
    source: fields.source,
  };
}

/** A person candidate for a name span (findNameSpans) of a passage. */
export function createPersonFromSpan(
  passage: { readonly id: string; readonly text: string },
  span: { readonly name: string; readonly start: number; readonly end: number },
  source: string,
): ActorCandidate {
  return createPersonCandidate({ passage, ...span, source });
}
