/** A small knowledge base built by hand (no extraction), so answer tests do not move when
 *  extraction improves. Two fictional articles. */
import type { Article, Passage } from "../../src/model/article.ts";
import type { Actor, Analysis, DatedEvent, Quote, Stance } from "../../src/model/analysis.ts";
import { buildKnowledgeBase } from "../../src/knowledge-base/build-knowledge-base.ts";
import type { KnowledgeBase } from "../../src/knowledge-base/knowledge-base.ts";

const BRIDGE_TEXT = [
  "Council Votes to Close Old Harbor Bridge",
  "The Millbrook town council on Tuesday voted to close the Old Harbor Bridge to cars, citing a safety report.",
  "Mayor Dana Ortiz said the decision was overdue. “The inspectors told us the deck could fail within two years,” Ms. Ortiz said.",
  "Shop owner Luis Brandt called the closure “a disaster for Main Street.”",
  "“Nobody asked the people who cross it every day,” Mr. Brandt said.",
  "The Harbor Engineering Group wrote the report in 2021. Engineer Priya Nair led the inspection.",
];

function passages(texts: readonly string[]): Passage[] {
  return texts.map((text, index) => ({
    id: `p${index + 1}`,
    n: index + 1,
    kind: index === 0 ? "heading" : "paragraph",
    text,
  }));
}

function article(id: string, title: string, texts: readonly string[], url: string | null): Article {
  return {
    id,
    fileName: `${id}.txt`,
    title,
    author: "Sam Reporter",
    published: "2024-03-08",
    source: "The Millbrook Ledger",
    url,
    section: "Local",
    format: "text",
    passages: passages(texts),
    curation: { aliases: {}, stances: {} },
    warnings: [],
  };
}

export function span(text: string, part: string): readonly [number, number] {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`fixture: “${part}” not in “${text}”`);
  return [start, start + part.length];
}

function quote(
  id: string,
  passageIndex: number,
  words: string,
  speaker: Actor | null,
  isFragment = false,
): Quote {
  const passageText = BRIDGE_TEXT[passageIndex - 1] ?? "";
  return {
    id,
    text: words,
    speaker: speaker?.name ?? null,
    speakerId: speaker?.id ?? null,
    passage: `p${passageIndex}`,
    span: span(passageText, words),
    attribution: speaker ? `${speaker.name} said` : null,
    isFragment,
    continues: null,
  };
}

const actor = (
  id: string,
  name: string,
  kind: Actor["kind"],
  role: string | null,
  aliases: string[],
  ps: string[],
): Actor => ({
  id,
  name,
  kind,
  aliases,
  role,
  organization: null,
  passages: ps,
});

export const ORTIZ = actor(
  "dana-ortiz",
  "Dana Ortiz",
  "person",
  "Mayor",
  ["Ms. Ortiz", "Ortiz"],
  ["p3"],
);
export const BRANDT = actor(
  "luis-brandt",
  "Luis Brandt",
  "person",
  "Shop owner",
  ["Mr. Brandt", "Brandt"],
  ["p4", "p5"],
);
export const NAIR = actor("priya-nair", "Priya Nair", "person", "Engineer", ["Nair"], ["p6"]);
export const GROUP = actor(
  "harbor-engineering-group",
  "Harbor Engineering Group",
  "organization",
  null,
  [],
  ["p6"],
);

function event(
  passageIndex: number,
  date: string,
  expression: string,
  sentence: string,
  method: "stated" | "inferred",
  actors: string[],
): DatedEvent {
  const passageText = BRIDGE_TEXT[passageIndex - 1] ?? "";
  return {
    date,
    precision: date.length === 4 ? "year" : date.length === 7 ? "month" : "day",
    expression,
    expressionSpan: span(passageText, expression),
    text: sentence,
    span: span(passageText, sentence),
    passage: `p${passageIndex}`,
    actors,
    resolution: {
      method,
      explanation:
        method === "stated"
          ? `${expression} → ${date}`
          : `Tuesday → ${date}, the last Tuesday on or before Fri 2024-03-08`,
    },
  };
}

const stance = (
  a: Actor,
  value: Stance["stance"],
  quotes: string[],
  evidence: string[],
  reason: string,
): Stance => ({
  actor: a.name,
  actorId: a.id,
  stance: value,
  evidence,
  quotes,
  origin: "extracted",
  reason,
});

export const BRIDGE_ANALYSIS: Analysis = {
  actors: [ORTIZ, BRANDT, NAIR, GROUP],
  quotes: [
    quote("q1", 3, "The inspectors told us the deck could fail within two years,", ORTIZ),
    quote("q2", 4, "a disaster for Main Street.", BRANDT, true),
    quote("q3", 5, "Nobody asked the people who cross it every day,", BRANDT),
  ],
  events: [
    event(2, "2024-03-05", "on Tuesday", BRIDGE_TEXT[1] ?? "", "inferred", []),
    event(
      6,
      "2021",
      "in 2021",
      "The Harbor Engineering Group wrote the report in 2021.",
      "stated",
      ["Harbor Engineering Group"],
    ),
  ],
  stances: [
    stance(ORTIZ, "supports", ["q1"], ["p3"], "said the decision was overdue"),
    stance(
      BRANDT,
      "opposes",
      ["q2", "q3"],
      ["p4", "p5"],
      "called the closure “a disaster for Main Street”",
    ),
  ],
  centralAction: { text: BRIDGE_TEXT[1] ?? "", passage: "p2" },
  warnings: [],
};

export const BRIDGE = article(
  "old-harbor-bridge",
  "Council Votes to Close Old Harbor Bridge",
  BRIDGE_TEXT,
  "https://example.org/bridge",
);

const PARK_TEXT = [
  "Park Reopens",
  "The riverside park reopened on Saturday after a year of repairs, said Dana Ortiz.",
];
export const PARK = article("park-reopens", "Park Reopens", PARK_TEXT, null);
export const PARK_ANALYSIS: Analysis = {
  actors: [{ ...ORTIZ, aliases: [], passages: ["p2"] }],
  quotes: [],
  events: [],
  stances: [],
  centralAction: null,
  warnings: [],
};

export function buildBridgeKb(): KnowledgeBase {
  return buildKnowledgeBase([{ article: BRIDGE, analysis: BRIDGE_ANALYSIS }]);
}

export function buildLibraryKb(): KnowledgeBase {
  return buildKnowledgeBase([
    { article: BRIDGE, analysis: BRIDGE_ANALYSIS },
    { article: PARK, analysis: PARK_ANALYSIS },
  ]);
}
