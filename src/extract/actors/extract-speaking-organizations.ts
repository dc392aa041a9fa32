/** Surface form: a capitalised name with no organisation word that speaks, "Microsoft says", `"…," said Reuters`, "PC World's analysis concluded". */
import {
  createOrganizationCandidate,
  createPersonCandidate,
  type ActorCandidate,
  type ActorExtractor,
} from "./actor-candidate.ts";
import { HONORIFICS, NEVER_NAME_WORDS, SPEECH_VERBS, TITLE_WORDS } from "./lexicon.ts";
import { findNameSpans } from "./person-names.ts";
import { isRoleWord } from "./roles.ts";
import { isJoined, isSentenceStart, tokenize, type Token } from "./tokens.ts";

const MAX_WORDS = 4;
const APPOSITIVE = /^,\s(?:the|a|an)\s([^,.;:]{1,50})/u;
/** "PC World's recent analysis … concluded": what an organisation speaks through. */
const STATEMENT_NOUNS = new Set(
  "statement analysis report study website site blog post letter review survey release spokesperson spokesman spokeswoman".split(
    " ",
  ),
);
const STATEMENT_REACH = 3;
const VERB_REACH = 10;
/** "…," said X: the verb follows a closing quotation mark or its comma. */
const AFTER_QUOTE = /[,"”]\s*$/u;
/** `"…," Microsoft says`: capitalised after a quote's comma for its own sake, not as a sentence start. */
const AFTER_QUOTE_COMMA = /,["”]\s+$/u;

function isPhraseWord(token: Token | undefined): token is Token {
  return (
    token !== undefined &&
    token.isCapitalized &&
    !NEVER_NAME_WORDS.has(token.word) &&
    !TITLE_WORDS.has(token.word) &&
    !HONORIFICS.has(token.word) &&
    !isRoleWord(token.word)
  );
}

/** The verb this phrase is the subject of: right after it, or after "'s … statement noun …". */
function speaksAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next) return false;
  // "Chrome continues to grow": a verb with "to" after it is no speech.
  if (!(tokens[last] as Token).isPossessive)
    return isJoined(next) && SPEECH_VERBS.has(next.word) && tokens[last + 2]?.word !== "to";
  const nouns = tokens.slice(last + 1, last + 1 + STATEMENT_REACH);
  const noun = nouns.findIndex((token) => STATEMENT_NOUNS.has(token.word));
  if (noun < 0) return false;
  const rest = tokens.slice(last + 2 + noun, last + 2 + noun + VERB_REACH);
  return rest.some((token) => !token.isCapitalized && SPEECH_VERBS.has(token.word));
}

function speaksBefore(tokens: readonly Token[], first: number): boolean {
  const verb = tokens[first - 1];
  return verb !== undefined && AFTER_QUOTE.test(verb.gapBefore) && SPEECH_VERBS.has(verb.word);
}

/** ", the council's finance chair", ", a retired teacher": an appositive that names a role. */
function hasRoleAppositive(text: string, end: number): boolean {
  const appositive = APPOSITIVE.exec(text.slice(end, end + 60));
  return (
    appositive !== null && tokenize(appositive[1] ?? "").some((token) => isRoleWord(token.word))
  );
}

/** Words capitalised somewhere other than at a sentence start. */
function findMidSentenceWords(text: string): ReadonlySet<string> {
  const tokens = tokenize(text);
  return new Set(
    tokens
      .filter((token, index) => token.isCapitalized && !isSentenceStart(token, tokens[index - 1]))
      .map((token) => token.word),
  );
}

/**
 * Per article, computed once: "Lumora said in a statement" opens a sentence, but "the Lumora
 * Fold" two paragraphs earlier shows the word is a name, not a capitalised common noun.
 */
const MID_SENTENCE_WORDS = new WeakMap<object, ReadonlySet<string>>();

function midSentenceWordsOf(article: {
  readonly passages: readonly { readonly text: string }[];
}): ReadonlySet<string> {
  const known = MID_SENTENCE_WORDS.get(article);
  if (known) return known;
  const words = new Set(
    article.passages.flatMap((passage) => [...findMidSentenceWords(passage.text)]),
  );
  MID_SENTENCE_WORDS.set(article, words);
  return words;
}

export const extractSpeakingOrganizations: ActorExtractor = {
  name: "speaking-organization",
  extract: ({ passage, article }, tokens) => {
    const people = new Set(findNameSpans(passage.text, tokens).map((span) => span.last));
    const midSentence = midSentenceWordsOf(article);
    const found: ActorCandidate[] = [];
    for (let last = 0; last < tokens.length; last += 1) {
      if (!isPhraseWord(tokens[last]) || people.has(last)) continue;
      let first = last;
      while (
        last - first < MAX_WORDS - 1 &&
        isJoined(tokens[first] as Token) &&
        isPhraseWord(tokens[first - 1]) &&
        !tokens[first - 1]?.isPossessive
      )
        first -= 1;
      const next = tokens[last + 1];
      if (next && isJoined(next) && isPhraseWord(next) && !(tokens[last] as Token).isPossessive)
        continue;
      if (!speaksAfter(tokens, last) && !speaksBefore(tokens, first)) continue;
      // "Mr. Clinton said", "Coach Okafor said": a title makes the name a person's.
      const before = tokens[first - 1];
      if (before && (HONORIFICS.has(before.word) || TITLE_WORDS.has(before.word))) continue;
      const start = tokens[first] as Token;
      // "Critics said": a lone word opening a sentence may be capitalised only for that.
      const isDoubtful =
        first === last &&
        !start.isAcronym &&
        isSentenceStart(start, tokens[first - 1]) &&
        !AFTER_QUOTE_COMMA.test(start.gapBefore) &&
        !midSentence.has(start.word);
      if (isDoubtful) continue;
      const end = (tokens[last] as Token).wordEnd;
      // `said Okonkwo, the council's finance chair`: a role in apposition makes the name a person's.
      const isPerson = first === last && hasRoleAppositive(passage.text, end);
      const fields = { passage, start: start.start, end, source: "speaking-organization" };
      found.push(
        isPerson
          ? createPersonCandidate({ ...fields, name: start.word, source: "speaking-person" })
          : createOrganizationCandidate(fields),
      );
    }
    return found;
  },
};
