/** Small builders for answers in render tests. */
import type {
  Answer,
  AnswerItem,
  AnswerSection,
  Citation,
  Inline,
  Tone,
} from "../../src/model/answer.ts";

export const SEED_URL =
  "https://www.nytimes.com/2023/11/16/us/politics/fentanyl-china-sanctions.html";

export function cite(n: number, overrides: Partial<Citation> = {}): Citation {
  return {
    articleId: "fentanyl-ifs",
    articleTitle: "U.S. Lifts Sanctions on Chinese Institute",
    passage: `p${n}`,
    n,
    url: SEED_URL,
    ...overrides,
  };
}

export const plain = (text: string): Inline => ({ text, style: "plain" });

export function item(body: Inline[] | string, citations: Citation[] = [cite(1)]): AnswerItem {
  return { body: typeof body === "string" ? [plain(body)] : body, citations };
}

export function section(heading: string, tone: Tone, items: AnswerItem[]): AnswerSection {
  return { heading, tone, items };
}

export function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    command: "who",
    title: "Matt Miller",
    intro: [plain("State Department spokesperson")],
    sections: [],
    hint: null,
    footer: null,
    url: null,
    actions: [],
    ...overrides,
  };
}
