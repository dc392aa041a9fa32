import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../../src/knowledge-base/build-knowledge-base.ts";
import {
  BRIDGE,
  BRIDGE_ANALYSIS,
  NAIR,
  buildBridgeKb,
  buildLibraryKb,
} from "../support/fixture-kb.ts";
import { runCommand } from "../support/run-command.ts";

describe("dispatch", () => {
  const kb = buildBridgeKb();

  it("answers publicly by default and privately when public is false", async () => {
    expect(await runCommand(kb, "who")).toMatchObject({ kind: "answer", isPrivate: false });
    expect(await runCommand(kb, "who", { public: false })).toMatchObject({
      kind: "answer",
      isPrivate: true,
    });
    expect(await runCommand(kb, "who", { public: "false" })).toMatchObject({
      kind: "answer",
      isPrivate: true,
    });
  });

  it.each([
    ["nope", {}, "unknown-command", "There is no /nope command"],
    [
      "who",
      { nmae: "x" },
      "bad-options",
      "/who has no option “nmae” (options: name, article, public).",
    ],
    ["search", {}, "bad-options", "/search needs the option “query”."],
    ["who", { public: "maybe" }, "bad-options", "must be true or false"],
    ["who", { name: "x".repeat(101) }, "bad-options", "too long (at most 100 characters)"],
    ["source", { article: "no such thing at all" }, "unknown-article", "No article matches"],
  ])("/%s %j is a private user error (%s)", async (name, options, code, message) => {
    const outcome = await runCommand(kb, name, options);
    expect(outcome).toMatchObject({ kind: "user-error", code });
    if (outcome.kind === "user-error") expect(outcome.message).toContain(message);
  });

  it("turns a bug into a failure with an error id, never a throw", async () => {
    const broken = { ...kb, entries: null } as unknown as typeof kb;
    expect(await runCommand(broken, "who")).toMatchObject({
      kind: "failure",
      errorId: "test-error-id",
    });
  });

  describe("autocomplete", () => {
    it("ranks actor names for a typed prefix", async () => {
      const outcome = await runCommand(kb, "who", { name: "bra" }, "name");
      expect(outcome).toMatchObject({ kind: "choices" });
      if (outcome.kind === "choices")
        expect(outcome.choices[0]).toEqual({ name: "Luis Brandt", value: "Luis Brandt" });
    });

    it("offers every actor, most mentioned first, when nothing is typed", async () => {
      const outcome = await runCommand(kb, "quote", { speaker: "" }, "speaker");
      if (outcome.kind !== "choices") throw new Error("expected choices");
      expect(outcome.choices.map((c) => c.value)).toEqual([
        "Luis Brandt",
        "Dana Ortiz",
        "Priya Nair",
        "Harbor Engineering Group",
      ]);
    });

    it("offers articles by title", async () => {
      const outcome = await runCommand(buildLibraryKb(), "summary", { article: "park" }, "article");
      if (outcome.kind !== "choices") throw new Error("expected choices");
      expect(outcome.choices[0]).toEqual({ name: "Park Reopens", value: "park-reopens" });
    });

    it("answers no choices for an option that does not exist", async () => {
      expect(await runCommand(kb, "who", { bogus: "x" }, "bogus")).toEqual({
        kind: "choices",
        choices: [],
      });
      expect(await runCommand(kb, "help", {}, "name")).toEqual({ kind: "choices", choices: [] });
    });
  });
});

describe("/help", () => {
  it("gives examples that name someone the library really quotes", async () => {
    const outcome = await runCommand(buildBridgeKb(), "help");
    if (outcome.kind !== "answer") throw new Error("expected an answer");
    const examples = outcome.answer.sections.flatMap((s) =>
      s.items.map((i) => i.body[2]?.text ?? ""),
    );
    expect(examples).toContain("/quote speaker:Luis Brandt");
    expect(examples.join(" ")).not.toContain("{person}");
  });

  it("prefers a quoted person over one mentioned more but never quoted", async () => {
    const nair = { ...NAIR, passages: ["p2", "p3", "p4", "p5", "p6"] };
    const actors = BRIDGE_ANALYSIS.actors.map((a) => (a.id === nair.id ? nair : a));
    const kb = buildKnowledgeBase([{ article: BRIDGE, analysis: { ...BRIDGE_ANALYSIS, actors } }]);
    const outcome = await runCommand(kb, "help");
    if (outcome.kind !== "answer") throw new Error("expected an answer");
    const examples = outcome.answer.sections.flatMap((s) =>
      s.items.map((i) => i.body[2]?.text ?? ""),
    );
    expect(examples).toContain("/quote speaker:Luis Brandt");
  });
});
