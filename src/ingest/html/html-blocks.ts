/**
 * Readability's article DOM → blocks of text: each paragraph, list item, caption or quote its own
 * block, headings marked. Inline markup is flattened to its words; whitespace is collapsed.
 */
import { normalizeWhitespace } from "../normalize-whitespace.ts";
import type { DomNode } from "./dom-node.ts";
import { isElement, TEXT_NODE } from "./dom-node.ts";

export interface HtmlBlock {
  readonly kind: "heading" | "paragraph";
  readonly text: string;
}

const HEADINGS = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);
// Elements that end the text run before them and start a new one.
const BLOCKS = new Set([
  ...HEADINGS,
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "BLOCKQUOTE",
  "PRE",
  "UL",
  "OL",
  "LI",
  "DL",
  "DT",
  "DD",
  "TABLE",
  "TR",
  "TD",
  "TH",
  "FIGURE",
  "FIGCAPTION",
  "HR",
  "BR",
  "ADDRESS",
  "DETAILS",
  "SUMMARY",
]);
const SKIPPED = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "BUTTON",
  "FORM",
  "IFRAME",
]);
// Readability's output is shallow; the cap only guards against a hostile nesting depth.
const MAX_DEPTH = 200;

/** Walks the tree once, in document order; never throws. */
export function collectHtmlBlocks(root: DomNode): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let run: string[] = [];
  let runKind: HtmlBlock["kind"] = "paragraph";
  const flush = () => {
    const text = normalizeWhitespace(run.join(""));
    if (text !== "") blocks.push({ kind: runKind, text });
    run = [];
    runKind = "paragraph";
  };
  const visit = (node: DomNode, depth: number) => {
    if (node.nodeType === TEXT_NODE) {
      run.push(node.textContent ?? "");
      return;
    }
    if (!isElement(node) || depth > MAX_DEPTH) return;
    const tag = node.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    const isBlock = BLOCKS.has(tag);
    if (isBlock) flush();
    if (HEADINGS.has(tag)) runKind = "heading";
    for (let index = 0; index < node.childNodes.length; index++) {
      const child = node.childNodes[index];
      if (child !== undefined) visit(child, depth + 1);
    }
    if (isBlock) flush();
  };
  visit(root, 0);
  flush();
  return blocks;
}
