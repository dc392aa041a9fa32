import { describe, expect, it } from "vitest";
import { BODY, ingestText } from "./ingest-text.ts";

describe("paragraph boundaries", () => {
  it("keeps a long pasted line as one paragraph", () => {
    const line = `${BODY} `.repeat(40).trim();
    expect(ingestText(`Bridge Repairs\n\n${line}`).passages).toEqual([
      { id: "p1", n: 1, kind: "paragraph", text: line },
    ]);
  });

  it("joins hard-wrapped lines back into their paragraph", () => {
    const text =
      "Bridge Repairs\n\nThe council met on Tuesday and agreed to repair\nthe old bridge before winter, officials said.\n\nWork starts soon.";
    expect(ingestText(text).passages.map((passage) => passage.text)).toEqual([
      "The council met on Tuesday and agreed to repair the old bridge before winter, officials said.",
      "Work starts soon.",
    ]);
  });

  it("joins text wrapped at a fixed width even where a line ends a sentence", () => {
    const text = [
      "Bridge Repairs\n\nBy Ana Ruiz\nMay 1, 2020\n",
      "The council met on Tuesday and voted to repair the old bridge over the",
      "river. Work will begin in June and last for at least six months, the",
      "mayor said.\n",
      "Residents have complained about the bridge for many years, they said.",
      "It was closed twice last winter and once again in the early spring.",
      "Shop owners on both sides of the river said they had lost customers.",
      "Drivers said so too.\n",
      "A short last paragraph.",
    ].join("\n");
    expect(ingestText(text).passages.map((passage) => passage.text)).toEqual([
      "The council met on Tuesday and voted to repair the old bridge over the river. Work will begin in June and last for at least six months, the mayor said.",
      "Residents have complained about the bridge for many years, they said. It was closed twice last winter and once again in the early spring. Shop owners on both sides of the river said they had lost customers. Drivers said so too.",
      "A short last paragraph.",
    ]);
  });

  it("does not join a lower-case byline to a long title", () => {
    const article = ingestText(
      "Bridge Repairs Begin After Years of Delay in the Valley\nby Ana Ruiz\n\nWork starts soon.",
    );
    expect(article).toMatchObject({
      title: "Bridge Repairs Begin After Years of Delay in the Valley",
      author: "Ana Ruiz",
    });
  });

  it("normalises whitespace but keeps every character otherwise", () => {
    const text = "Bridge Repairs\n\n  The  council\u00a0 met\ton “Tuesday” — at 5\u202fp.m.  ";
    expect(ingestText(text).passages[0]?.text).toBe("The council met on “Tuesday” — at 5 p.m.");
  });
});
