/** Loads an event fixture article and builds small ones by hand, with a fixed publication date. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Actor } from "../../../src/model/analysis.ts";
import type { Article, PassageKind } from "../../../src/model/article.ts";

const FIXTURES = new URL("../../fixtures/events/", import.meta.url);

export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(name, FIXTURES)), "utf8")) as T;
}

export function buildArticle(
  published: string | null,
  passages: ReadonlyArray<readonly [PassageKind, string]>,
): Article {
  return {
    id: "fixture",
    fileName: "fixture.txt",
    title: "Fixture",
    author: null,
    published,
    source: null,
    url: null,
    section: null,
    format: "text",
    passages: passages.map(([kind, text], index) => ({
      id: `p${index + 1}`,
      n: index + 1,
      kind,
      text,
    })),
    curation: { aliases: {}, stances: {} },
    warnings: [],
  };
}

export function buildActor(name: string, aliases: string[], kind: Actor["kind"] = "person"): Actor {
  const id = name.toLowerCase().replace(/\W+/g, "-");
  return { id, name, kind, aliases, role: null, organization: null, passages: [] };
}

/** The seed's actors as the actors extractor is expected to name them. */
export const SEED_ACTORS: readonly Actor[] = [
  buildActor("Joe Biden", ["President Joe Biden", "President Biden", "Biden"]),
  buildActor("Xi Jinping", ["Mr. Xi"]),
  buildActor("Matt Miller", ["Mr. Miller"]),
  buildActor("Antony Blinken", ["Secretary of State Antony Blinken"]),
  buildActor("Rayhan Asat", ["Ms. Asat"]),
  buildActor("Kenneth Roth", ["Mr. Roth"]),
  buildActor("Bureau of Industry and Security", [], "organization"),
  buildActor("Uyghur Human Rights Project", [], "organization"),
  buildActor("Institute of Forensic Science", ["IFS"], "organization"),
];
