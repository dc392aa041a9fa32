import { describe, expect, it } from "vitest";
import { speakersOf } from "./quotes-of.ts";

describe("a pronoun after a speaker nobody was found for", () => {
  it("gives “he” to no earlier person when an unknown name spoke in between", () => {
    const { rows, trace } = speakersOf([
      "Councillor Ingrid Solberg told the meeting that the pier was unsafe.",
      'Pham said the port had already hired divers. He told reporters, "The divers start on Monday."',
    ]);
    expect(rows, trace).toEqual([["p2", "The divers start on Mond", null]]);
  });

  it("still gives “he” to a known subject when nobody unknown spoke (must not fire)", () => {
    const { rows, trace } = speakersOf([
      "Mr Tomasz Wieczorek spoke at the meeting.",
      'Wieczorek said the port had already hired divers. He told reporters, "The divers start on Monday."',
    ]);
    expect(rows, trace).toEqual([["p2", "The divers start on Mond", "Tomasz Wieczorek"]]);
  });

  it("is not stopped by a common noun the article also writes in lower case (must not fire)", () => {
    const { rows, trace } = speakersOf([
      "Mr Tomasz Wieczorek spoke at the meeting.",
      'Wieczorek said the port had hired divers for residents. Residents said the pier was unsafe. He told reporters, "The divers start on Monday."',
    ]);
    expect(rows, trace).toEqual([["p2", "The divers start on Mond", "Tomasz Wieczorek"]]);
  });
});
