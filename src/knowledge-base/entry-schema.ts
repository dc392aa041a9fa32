/**
 * The shape of an ArticleEntry as zod schemas, so entries read back from a prebuilt index file
 * are checked field by field before anything trusts them. Mirrors src/model; the type test at
 * the bottom fails to compile when the model gains a field this file does not know.
 */
import { z } from "zod";
import type { ArticleEntry } from "./knowledge-base.ts";

const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).readonly();
const strings = z.array(z.string()).readonly();
const stanceValue = z.enum(["supports", "opposes", "neutral", "mixed"]);

const passage = z.object({
  id: z.string(),
  n: z.number().int().positive(),
  kind: z.enum(["paragraph", "heading", "caption"]),
  text: z.string(),
});

const article = z.object({
  id: z.string().min(1),
  fileName: z.string(),
  title: z.string(),
  author: z.string().nullable(),
  published: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  section: z.string().nullable(),
  format: z.enum(["text", "markdown"]),
  passages: z.array(passage).readonly(),
  curation: z.object({
    aliases: z.record(z.string(), strings),
    stances: z.record(z.string(), stanceValue),
  }),
  warnings: strings,
});

const actor = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(["person", "organization"]),
  aliases: strings,
  role: z.string().nullable(),
  organization: z.string().nullable(),
  passages: strings,
});

const quote = z.object({
  id: z.string(),
  text: z.string(),
  speaker: z.string().nullable(),
  speakerId: z.string().nullable(),
  passage: z.string(),
  span,
  attribution: z.string().nullable(),
  isFragment: z.boolean(),
  continues: z.string().nullable(),
});

const datedEvent = z.object({
  date: z.string(),
  precision: z.enum(["year", "month", "day"]),
  expression: z.string(),
  expressionSpan: span,
  text: z.string(),
  span,
  passage: z.string(),
  actors: strings,
  resolution: z.object({ method: z.enum(["stated", "inferred"]), explanation: z.string() }),
});

const stance = z.object({
  actor: z.string(),
  actorId: z.string(),
  stance: stanceValue,
  evidence: strings,
  quotes: strings,
  origin: z.enum(["extracted", "curated"]),
  reason: z.string(),
});

const analysis = z.object({
  actors: z.array(actor).readonly(),
  quotes: z.array(quote).readonly(),
  events: z.array(datedEvent).readonly(),
  stances: z.array(stance).readonly(),
  centralAction: z.object({ text: z.string(), passage: z.string() }).nullable(),
  warnings: strings,
});

export const ENTRY_SCHEMA = z.object({ article, analysis });

// Compile-time check both ways: a parsed entry is an ArticleEntry, and every ArticleEntry parses.
type ParsedEntry = z.infer<typeof ENTRY_SCHEMA>;
export const ENTRY_SCHEMA_MATCHES_MODEL: [ParsedEntry] extends [ArticleEntry]
  ? [ArticleEntry] extends [ParsedEntry]
    ? true
    : false
  : false = true;
