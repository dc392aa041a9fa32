/**
 * "The union called the strike after …", "called a 48-hour walkout": whoever calls a strike,
 * boycott or protest organises it, the strongest sign of backing it. Read on the text with its
 * quotations, because "called the strike "reckless"" is a verdict, not an act.
 */
const CALLED_ACTION =
  /\bcall(?:ed|s)\s(?:a|an|the)\s(?:[\p{L}\d-]+\s){0,2}?(?:strike|walkout|stoppage|boycott|sit-in)\b(?!\s*["“'‘])/u;

/** How much organising the action counts: as much as carrying it out (see evidence-from-agency). */
export const ORGANIZER_WEIGHT = 2;

/** Where the subject is said to call the action, or null. */
export function findOrganizerCue(textWithQuotes: string): number | null {
  return CALLED_ACTION.exec(textWithQuotes)?.index ?? null;
}
