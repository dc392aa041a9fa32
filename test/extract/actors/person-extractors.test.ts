import { describe, expect, it } from "vitest";
import { extractAppositivePeople } from "../../../src/extract/actors/extract-appositive-people.ts";
import { extractTitledPeople } from "../../../src/extract/actors/extract-titled-people.ts";
import { expectFound, runActorExtractor, type PersonCase } from "./run-extractor.ts";

describe("titled people: a title before the name", () => {
  const cases: readonly PersonCase[] = [
    {
      text: "On Nov. 16, State Department spokesperson Matt Miller told reporters.",
      name: "Matt Miller",
      role: "State Department spokesperson",
      organization: "State Department",
    },
    {
      text: "It was a priority for Secretary of State Antony Blinken and others.",
      name: "Antony Blinken",
      role: "Secretary of State",
    },
    {
      text: "Environment Minister John Baird has asked officials.",
      name: "John Baird",
      role: "Environment Minister",
    },
    {
      text: "At the ceremony, NASA Administrator Charles Bolden announced it.",
      name: "Charles Bolden",
      role: "NASA Administrator",
      organization: "NASA",
    },
    {
      text: "She met Chinese Communist Party (CCP) leader Xi Jinping on Wednesday.",
      name: "Xi Jinping",
      role: "Chinese Communist Party (CCP) leader",
      organization: "Chinese Communist Party",
    },
    {
      text: "According to Afghan Ambassador to the United States Hamdullah Mohib, it worked.",
      name: "Hamdullah Mohib",
      role: "Afghan Ambassador to the United States",
    },
    {
      text: "After the leak, CEO of the Refugee Council Enver Solomon told Sky News.",
      name: "Enver Solomon",
      role: "CEO of the Refugee Council",
      organization: "Refugee Council",
    },
    {
      text: "It quoted critics like immigration barrister Colin Yeo.",
      name: "Colin Yeo",
      role: "immigration barrister",
    },
    {
      text: "He was helped by musician Tiziano Lugli and actor Jason Beghe.",
      name: "Jason Beghe",
      role: "actor",
    },
    {
      text: "He spoke to a Scientology attorney, Kendrick Moxon.",
      name: "Kendrick Moxon",
      role: "Scientology attorney",
      organization: "Scientology",
    },
    {
      text: "It was founded by science fiction writer L. Ron Hubbard.",
      name: "L. Ron Hubbard",
      role: "science fiction writer",
    },
    {
      text: "Environment Canada spokeswoman Sujata Raisinghani told CBC News.",
      name: "Sujata Raisinghani",
      role: "Environment Canada spokeswoman",
      organization: "Environment Canada",
    },
    {
      text: "The Afghan team's coach Alireza Mehraban said so.",
      name: "Alireza Mehraban",
      role: "Afghan team's coach",
      organization: null,
    },
    {
      text: "Senator Tom Park, a Republican from Ohio, defended it.",
      name: "Tom Park",
      role: "Senator",
    },
    {
      text: "Press secretary Karen Jean-Pierre told reporters.",
      name: "Karen Jean-Pierre",
      role: "Press secretary",
      organization: null,
    },
    {
      text: "European Commission President Ursula von der Leyen said so.",
      name: "Ursula von der Leyen",
      role: "European Commission President",
      organization: "European Commission",
    },
    {
      text: "It was a win for Syrian President Bashar al-Assad.",
      name: "Bashar al-Assad",
      role: "Syrian President",
    },
  ];
  it.each(cases)("finds $name in “$text”", (expected) => {
    expectFound(runActorExtractor(extractTitledPeople, expected.text), expected.text, expected);
  });

  const negatives = [
    "The prototype was moved to the Intrepid Sea-Air-Space Museum in New York City.",
    "President Trump's travel ban does not cover Afghanistan.",
    "He said it on Thursday, November 16, in San Francisco.",
    "The talks included Tom Devocht and Mark Rathbun.",
    "U.S. President.",
  ];
  it.each(negatives)("finds no titled person in “%s”", (text) => {
    expect(runActorExtractor(extractTitledPeople, text)).toEqual([]);
  });
});

describe("appositive people: a role or age after the name", () => {
  const cases: readonly PersonCase[] = [
    {
      text: "Rayhan Asat, a human rights lawyer of Uyghur heritage and nonresident senior fellow at the Atlantic Council, called the decision insulting.",
      name: "Rayhan Asat",
      role: "human rights lawyer of Uyghur heritage and nonresident senior fellow at the Atlantic Council",
      organization: "Atlantic Council",
    },
    {
      text: "Daniel Montalvo, 19, a member of Scientology all his life, was arrested.",
      name: "Daniel Montalvo",
      role: "member of Scientology all his life",
    },
    {
      text: "Kenneth Roth, former executive director of Human Rights Watch, called it a bribe.",
      name: "Kenneth Roth",
      role: "former executive director of Human Rights Watch",
      organization: "Human Rights Watch",
    },
    {
      text: "Paul Dewar, an Ottawa New Democrat MP, said the lapses were serious.",
      name: "Paul Dewar",
      role: "Ottawa New Democrat MP",
    },
  ];
  it.each(cases)("finds $name with role “$role”", (expected) => {
    expectFound(runActorExtractor(extractAppositivePeople, expected.text), expected.text, expected);
  });

  const negatives = [
    "It quoted critics like Colin Yeo, and Caitlin Boswell, who spoke later.",
    "They flew to San Francisco, where the summit was held.",
    "Mark Rathbun, who left in 2004, wrote a blog.",
    "Matt Miller, Antony Blinken and others attended.",
  ];
  it.each(negatives)("finds no appositive in “%s”", (text) => {
    expect(runActorExtractor(extractAppositivePeople, text)).toEqual([]);
  });
});
