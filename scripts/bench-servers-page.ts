/**
 * A news page for the add bench: a ~2,000-word article in the HTML a news site serves (head
 * metadata, navigation, byline, footer), holding one made-up word no other article has, so
 * /search can tell when this very article became answerable.
 */

export interface AddPage {
  readonly path: string;
  readonly html: string;
  /** Words of one sentence only this article holds. */
  readonly probe: string;
  readonly words: number;
}

const SYLLABLES = ["ka", "lo", "mi", "ren", "sto", "vu", "dal", "pe", "qui", "zor"];

/** A word per index, the same each run: "Zorvakalo", "Zorvakami", … */
function madeUpWord(index: number): string {
  const digits = String(index).padStart(3, "0").split("").map(Number);
  return `Zorva${digits.map((digit) => SYLLABLES[digit] ?? "").join("")}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

export function renderAddPage(index: number, passages: readonly string[]): AddPage {
  const word = madeUpWord(index);
  const marked = passages.map((passage, at) =>
    at === 2 ? `${passage} ${word} inspectors confirmed the shipment figures.` : passage,
  );
  const title = `${word} report ${index + 1}`;
  const day = String(1 + (index % 28)).padStart(2, "0");
  const html = [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)} | Bench News</title>`,
    `<meta property="og:title" content="${escapeHtml(title)}">`,
    `<meta property="article:published_time" content="2026-03-${day}T09:00:00Z">`,
    "</head><body>",
    '<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>',
    `<main><article><h1>${escapeHtml(title)}</h1>`,
    '<p class="byline">By Bench Reporter</p>',
    ...marked.map((passage) => `<p>${escapeHtml(passage)}</p>`),
    "</article></main>",
    "<footer><p>© Bench News. All rights reserved.</p></footer>",
    "</body></html>",
  ].join("\n");
  return {
    path: `/news/${word.toLowerCase()}`,
    html,
    probe: `${word} inspectors confirmed shipment`,
    words: marked.join(" ").split(" ").length,
  };
}
