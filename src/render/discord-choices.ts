/** Autocomplete choices within Discord's limits: at most 25, names and values ≤ 100. */
import type {
  APIApplicationCommandOptionChoice,
  APICommandAutocompleteInteractionResponseCallbackData,
} from "discord-api-types/v10";
import type { Choice } from "../model/answer.ts";
import { neutralizeMentions, sanitizeText } from "./escape.ts";
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX } from "./limits.ts";
import { truncateGraphemes, truncateText } from "./truncate.ts";

/** Newlines and runs of spaces mean nothing in a one-line choice. */
const WHITESPACE_RUN = /\s+/g;

function cleanLine(text: string): string {
  return sanitizeText(text).replace(WHITESPACE_RUN, " ").trim();
}

/**
 * Choices in the order given, de-duplicated by value, at most 25. Names are cut with "…"; a
 * value is cut without one (it is matched again by the handler, where a prefix still finds it).
 * Choices with nothing left to show or send are dropped.
 */
export function renderChoices(
  choices: readonly Choice[],
): APICommandAutocompleteInteractionResponseCallbackData {
  const seen = new Set<string>();
  const rendered: APIApplicationCommandOptionChoice<string>[] = [];
  for (const choice of choices) {
    if (rendered.length >= AUTOCOMPLETE_CHOICES_MAX) break;
    const value = truncateGraphemes(cleanLine(choice.value), CHOICE_VALUE_MAX);
    const name = truncateText(neutralizeMentions(cleanLine(choice.name) || value), CHOICE_NAME_MAX);
    if (value === "" || name === "" || seen.has(value)) continue;
    seen.add(value);
    rendered.push({ name, value });
  }
  return { choices: rendered };
}
