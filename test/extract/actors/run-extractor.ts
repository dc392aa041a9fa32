/** Runs one actor extractor over a one-paragraph article. */
import type {
  ActorCandidate,
  ActorExtractor,
} from "../../../src/extract/actors/actor-candidate.ts";
import { tokenize } from "../../../src/extract/actors/tokens.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { expect } from "vitest";
import { buildFixtureArticle } from "../fixture-article.ts";

export function runActorExtractor(
  extractor: ActorExtractor,
  text: string,
): readonly ActorCandidate[] {
  const article = buildFixtureArticle(text);
  const passage = article.passages[0];
  if (!passage) return [];
  return extractor.extract({ ...createExtractContext(article), passage }, tokenize(passage.text));
}

export interface PersonCase {
  readonly text: string;
  readonly name: string;
  readonly role: string | null;
  readonly organization?: string | null;
}

export function expectFound(
  found: ReturnType<typeof runActorExtractor>,
  text: string,
  expected: PersonCase,
): void {
  const candidate = found.find((item) => item.name === expected.name);
  expect(candidate, `${expected.name} in “${text}”`).toBeDefined();
  expect(candidate?.kind).toBe("person");
  expect(candidate?.passageId).toBe("p1");
  expect(candidate?.role).toBe(expected.role);
  if (expected.organization !== undefined)
    expect(candidate?.organization).toBe(expected.organization);
  const [start, end] = candidate?.span ?? [0, 0];
  expect(text.slice(start, end)).toBe(candidate?.evidence);
}
