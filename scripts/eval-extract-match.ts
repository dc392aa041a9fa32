/** How names, quotes and passages are compared with the gold (see test/fixtures/eval/README.md). */

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord"]);

/** "Mr. O'Neil," → "o neil": lower case, punctuation to spaces, leading honorifics dropped. */
export function normalizeName(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[’']s$/u, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((word) => word !== "");
  while (words.length > 1 && HONORIFICS.has(words[0] ?? "")) words.shift();
  return words.join(" ");
}

/** True when any form of one name equals any form of the other. */
export function namesMatch(forms: readonly string[], goldForms: readonly string[]): boolean {
  const gold = new Set(goldForms.map(normalizeName).filter((form) => form !== ""));
  return forms.some((form) => gold.has(normalizeName(form)));
}

/** Organisations match by containment: "The U.S. Department of Agriculture" ⊇ "U.S. …". */
export function organizationsMatch(forms: readonly string[], organization: string): boolean {
  const gold = ` ${normalizeName(organization)} `;
  if (gold.trim() === "") return false;
  return forms.some((form) => {
    const system = ` ${normalizeName(form)} `;
    if (system.trim() === "") return false;
    return system.includes(gold) || gold.includes(system);
  });
}

/** Words of a quotation, with typographic marks and dashes folded away. */
export function quoteTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function commonCount(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of b) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(token, left - 1);
    }
  }
  return common;
}

/** Token F1 of two word lists (bag of words). */
export function tokenF1(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const common = commonCount(a, b);
  if (common === 0) return 0;
  const precision = common / a.length;
  const recall = common / b.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Overlap for spuriousness: half of either side's words are in the other. */
export function tokensOverlap(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const common = commonCount(a, b);
  return common / a.length >= 0.5 || common / b.length >= 0.5;
}

/** Whitespace folded to single spaces, for comparing passages and anchors. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** part / whole, with 0 of 0 counted as fully right. */
export function ratioOrOne(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
