/**
 * Width estimates for DejaVu Sans, the font the picture ships, so layout can wrap and cut text
 * without measuring glyphs. The factors are a little wider than the font's real advances: a line
 * may end early, never spill out of its box.
 */

const NARROW = /[\s.,:;'’‘!|ijlrtfI()[\]¶-]/u;
const WIDE = /[MWmw@%&—]/u;
/** Han, kana, Hangul and full-width forms take a whole em. */
const FULL_WIDTH =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/u;

function characterWidth(character: string): number {
  if (NARROW.test(character)) return 0.36;
  if (WIDE.test(character)) return 0.92;
  if (FULL_WIDTH.test(character)) return 1;
  if (/[A-Z]/.test(character)) return 0.74;
  return 0.64;
}

/** Estimated width in pixels of `text` at `fontSize`; bold is about 10 % wider. */
export function estimateWidth(text: string, fontSize: number, isBold = false): number {
  let ems = 0;
  for (const character of text) ems += characterWidth(character);
  return ems * fontSize * (isBold ? 1.1 : 1);
}

/** Cuts `text` to fit `maxWidth`, ending with "…" when anything was cut. */
export function fitLine(text: string, maxWidth: number, fontSize: number, isBold = false): string {
  if (estimateWidth(text, fontSize, isBold) <= maxWidth) return text;
  const characters = [...text];
  let width = estimateWidth("…", fontSize, isBold);
  let kept = "";
  for (const character of characters) {
    width += estimateWidth(character, fontSize, isBold);
    if (width > maxWidth) break;
    kept += character;
  }
  return `${kept.trimEnd()}…`;
}

/** Wraps `text` at spaces into at most `maxLines` lines; the last one ends with "…" if cut. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let current = "";
  const words = text.split(/\s+/).filter((word) => word !== "");
  for (const [index, word] of words.entries()) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (estimateWidth(candidate, fontSize) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current !== "") lines.push(fitLine(current, maxWidth, fontSize));
    current = word;
    if (lines.length === maxLines - 1) {
      const rest = words.slice(index).join(" ");
      lines.push(fitLine(rest, maxWidth, fontSize));
      return lines;
    }
  }
  if (current !== "") lines.push(fitLine(current, maxWidth, fontSize));
  return lines;
}
