import { describe, expect, it } from "vitest";
import { extractAcronymOrganizations } from "../../../src/extract/actors/extract-acronym-organizations.ts";
import { extractNamedOrganizations } from "../../../src/extract/actors/extract-named-organizations.ts";
import { extractRoleOrganizations } from "../../../src/extract/actors/extract-role-organizations.ts";
import { runActorExtractor } from "./run-extractor.ts";

function spanTexts(text: string, found: ReturnType<typeof runActorExtractor>): readonly string[] {
  return found.map((item) => text.slice(item.span[0], item.span[1]));
}

describe("named organisations: capitalised phrases headed by an organisation word", () => {
  const cases = [
    {
      text: "The Department of Commerce’s Bureau of Industry and Security added China’s Ministry of Public Security’s Institute of Forensic Science (IFS) to its list.",
      names: [
        "Department of Commerce",
        "Bureau of Industry and Security",
        "Ministry of Public Security",
        "Institute of Forensic Science",
      ],
    },
    {
      text: "In an X post, the advocacy group Uyghur Human Rights Project noted it.",
      names: ["Uyghur Human Rights Project"],
    },
    {
      text: "After the leak, CEO of the Refugee Council Enver Solomon spoke.",
      names: ["Refugee Council"],
    },
    {
      text: "Joint Council for the Welfare of Immigrants campaigner Caitlin Boswell said so.",
      names: ["Joint Council for the Welfare of Immigrants"],
    },
    {
      text: "The United Kingdom Home Office today is to begin.",
      names: ["United Kingdom Home Office"],
    },
    {
      text: "Members of the Sea Org live a strict lifestyle.",
      names: ["Sea Org"],
    },
    {
      text: "He was taken to the National Museum of the U.S. Air Force.",
      names: ["National Museum of the U.S. Air Force"],
    },
    {
      text: "Simulators will go to the Evergreen Aviation & Space Museum.",
      names: ["Evergreen Aviation & Space Museum"],
    },
  ];
  it.each(cases)("finds $names", ({ text, names }) => {
    const found = runActorExtractor(extractNamedOrganizations, text);
    expect(found.map((item) => item.name)).toEqual(names);
    expect(spanTexts(text, found)).toEqual(names);
    expect(found.every((item) => item.kind === "organization" && item.passageId === "p1")).toBe(
      true,
    );
  });

  const negatives = [
    "The Administration's misguided decision was criticised.",
    "On Thursday, President Joe Biden met Xi Jinping in San Francisco.",
    "Space Shuttle Endeavour will launch on STS-134.",
    "It was added to the Commerce Entity List in 2020.",
    "Friends of the Daughters of the American Revolution met.",
    "The Org said nothing.",
  ];
  it.each(negatives)("finds no organisation in “%s”", (text) => {
    expect(runActorExtractor(extractNamedOrganizations, text)).toEqual([]);
  });
});

describe("acronym organisations: a name with its acronym in parentheses, or a bare acronym", () => {
  it("links a long name to its acronym", () => {
    const text =
      "China’s Ministry of Public Security’s Institute of Forensic Science (IFS) was listed.";
    const found = runActorExtractor(extractAcronymOrganizations, text);
    expect(found.map((item) => [item.name, item.aliases])).toEqual([
      ["Institute of Forensic Science", ["IFS"]],
    ]);
    expect(spanTexts(text, found)).toEqual(["Institute of Forensic Science (IFS)"]);
  });

  it("finds a bare acronym that stands alone", () => {
    const found = runActorExtractor(extractAcronymOrganizations, "NASA celebrated the launch.");
    expect(found.map((item) => [item.name, item.span])).toEqual([["NASA", [0, 4]]]);
  });

  const negatives = [
    "The U.S. and the UK agreed.",
    "Space Shuttle Endeavour will launch on STS-134.",
    "The CEO of the company left.",
    "He spoke at the APEC CEO Summit.",
    "Texas A&M's department was listed.",
    "It was posted on X, formerly Twitter.",
  ];
  it.each(negatives)("finds no organisation in “%s”", (text) => {
    expect(runActorExtractor(extractAcronymOrganizations, text)).toEqual([]);
  });
});

describe("role organisations: the capitalised words before a lower-case role noun", () => {
  const cases = [
    {
      text: "Environment Canada spokeswoman Sujata Raisinghani told CBC News.",
      names: ["Environment Canada"],
    },
    {
      text: "He was put through to a Scientology attorney, Kendrick Moxon.",
      names: ["Scientology"],
    },
    {
      text: "On Nov. 16, State Department spokesperson Matt Miller spoke.",
      names: ["State Department"],
    },
  ];
  it.each(cases)("finds $names", ({ text, names }) => {
    const found = runActorExtractor(extractRoleOrganizations, text);
    expect(found.map((item) => item.name)).toEqual(names);
    expect(spanTexts(text, found)).toEqual(names);
  });

  const negatives = [
    "The Afghan team's coach, Alireza Mehraban, said so.",
    "A Chinese spokesman declined to comment.",
    "U.S. Senator John Cornyn issued a statement.",
    "It quoted critics like immigration barrister Colin Yeo.",
    "Labour's Shadow Home Secretary Yvette Cooper said it.",
  ];
  it.each(negatives)("finds no organisation in “%s”", (text) => {
    expect(runActorExtractor(extractRoleOrganizations, text)).toEqual([]);
  });
});
