/** Attribution forms, one case each: the paragraphs and, per quote, passage, text, speaker, isFragment, continues. */
export type Expected = readonly [
  passage: string,
  text: string,
  speaker: string | null,
  isFragment: boolean,
  continues: string | null,
];

const MILLER =
  "On Nov. 16, State Department spokesperson Matt Miller told reporters in a briefing that it was necessary.";
const COOPER =
  "Labour's Shadow Home Secretary Yvette Cooper said her party has supported the idea.";

export const ATTRIBUTION_CASES: readonly {
  readonly form: string;
  readonly paragraphs: readonly string[];
  readonly expected: readonly Expected[];
}[] = [
  {
    form: '"…," X said and a fragment after it in the same sentence',
    paragraphs: [
      MILLER,
      "“The listing was a barrier to cooperation,” Mr. Miller said, before adding that “it was a top priority” for the president.",
    ],
    expected: [
      ["p2", "The listing was a barrier to cooperation", "Matt Miller", false, null],
      ["p2", "it was a top priority", "Matt Miller", true, null],
    ],
  },
  {
    form: 'X continued, "…" and He added, "…"',
    paragraphs: [
      MILLER,
      "Mr. Miller continued, “It was an appropriate step to take.”",
      "When asked if removing it would “raise questions,” Mr. Miller said the administration is committed to human rights.",
      "He added, “We have to make tough decisions.”",
    ],
    expected: [
      ["p2", "It was an appropriate step to take.", "Matt Miller", false, null],
      ["p3", "raise questions", null, true, null],
      ["p4", "We have to make tough decisions.", "Matt Miller", false, null],
    ],
  },
  {
    form: '"…," said X and an interrupted quote',
    paragraphs: [
      "At the ceremony, NASA Administrator Charles Bolden announced the locations.",
      "“We want to thank all of the locations,” said Bolden to the crowd. “This was a very difficult decision.”",
    ],
    expected: [
      ["p2", "We want to thank all of the locations", "Charles Bolden", false, null],
      ["p2", "This was a very difficult decision.", "Charles Bolden", false, "q1"],
    ],
  },
  {
    form: "colon before the quote, and She continued:",
    paragraphs: [
      COOPER,
      "She continued: “Labour has a common-sense plan.”",
      "On Wednesday, Home Secretary Suella Braverman told GB News: “It's clear that we have a problem”.",
    ],
    expected: [
      ["p2", "Labour has a common-sense plan.", "Yvette Cooper", false, null],
      ["p3", "It's clear that we have a problem", "Suella Braverman", false, null],
    ],
  },
  {
    form: "a quote over two paragraphs (no closing mark) and one continued without attribution",
    paragraphs: [
      'In a statement, Governor of Washington Chris Gregoire said, "The museum put in a tremendous effort.',
      '"However, the trainer will soon call the museum home."',
      'Afghan Ambassador Hamdullah Mohib spoke. "Seventeen years ago, this would not have been possible," said Ambassador Mohib.',
      '"They represent our aspirations."',
    ],
    expected: [
      ["p1", "The museum put in a tremendous effort.", "Chris Gregoire", false, null],
      ["p2", "However, the trainer will soon call the museum home.", "Chris Gregoire", false, "q1"],
      [
        "p3",
        "Seventeen years ago, this would not have been possible",
        "Hamdullah Mohib",
        false,
        null,
      ],
      ["p4", "They represent our aspirations.", "Hamdullah Mohib", false, "q3"],
    ],
  },
  {
    form: "posts and statements",
    paragraphs: [
      "Rayhan Asat, a human rights lawyer, called the decision “insulting.”",
      "“Why sacrifice #Uyghurs given it’s a genocide?” Ms. Asat wrote on Thursday in a post on X, formerly Twitter.",
      'U.S. Senator John Cornyn, Republican from Texas, issued a statement. "I am disappointed with the decision."',
      "Cornyn's statement added, \"Today's announcement is an affront.“ However, the center will get seats.",
    ],
    expected: [
      ["p1", "insulting", "Rayhan Asat", true, null],
      ["p2", "Why sacrifice #Uyghurs given it’s a genocide?", "Rayhan Asat", false, null],
      ["p3", "I am disappointed with the decision.", "John Cornyn", false, null],
      ["p4", "Today's announcement is an affront.", "John Cornyn", false, null],
    ],
  },
  {
    form: "attribution at the end of the previous paragraph, and an organisation",
    paragraphs: [
      "According to Rathbun, a detective was involved. Mark Rathbun stated,",
      '"Daniel was picked up by an investigator."',
      "In an X post, the advocacy group Uyghur Human Rights Project noted that the IFS “possess DNA of millions.”",
    ],
    expected: [
      ["p2", "Daniel was picked up by an investigator.", "Mark Rathbun", false, null],
      ["p3", "possess DNA of millions", "Uyghur Human Rights Project", true, null],
    ],
  },
  {
    form: "the head of a titled subject speaks, not the organisation in the title",
    paragraphs: [
      'Critics, including the American Civil Liberties Union (ACLU), argued the bill was unconstitutional. "This is a dangerous precedent," ACLU spokesperson Mark Lee told The Associated Press.',
    ],
    expected: [["p1", "This is a dangerous precedent", "Mark Lee", false, null]],
  },
  {
    form: "according to X after the quote, and an appositive between the speaker and the verb",
    paragraphs: [
      'The plan is "dead on arrival," according to Senator Jane Doe.',
      '"We will appeal," Steve Whitmore, a representative for the Harbor Merchants Association, said.',
    ],
    expected: [
      ["p1", "dead on arrival", "Jane Doe", true, null],
      ["p2", "We will appeal", "Steve Whitmore", false, null],
    ],
  },
  {
    form: "a parenthesis between the name and the verb, then a pronoun",
    paragraphs: [
      'GM chief executive Mary Barra called the recall "the right thing to do."',
      'Sen. Elizabeth Warren (D-Mass.) said in a post on X that the company "should have acted months ago." She added: "Families deserve better."',
    ],
    expected: [
      ["p1", "the right thing to do", "Mary Barra", true, null],
      ["p2", "should have acted months ago", "Elizabeth Warren", true, null],
      ["p2", "Families deserve better.", "Elizabeth Warren", false, null],
    ],
  },
  {
    form: "a knight by first name, and a name set off by commas before its verb",
    paragraphs: [
      'Labour leader Keir Starmer welcomed the news. "We need a proper change of government," Sir Keir told reporters.',
      'The Liberal Democrats said he should go. Their leader, Ed Davey, called the position "untenable."',
    ],
    expected: [
      ["p1", "We need a proper change of government", "Keir Starmer", false, null],
      ["p2", "untenable", "Ed Davey", true, null],
    ],
  },
  {
    form: "a quotation over two paragraphs attributed at its end",
    paragraphs: [
      "Afghan Ambassador Hamdullah Mohib spoke at the ceremony.",
      '"Seventeen years ago, this would not have been possible.',
      '"They represent our aspirations," Mr. Mohib said.',
    ],
    expected: [
      [
        "p2",
        "Seventeen years ago, this would not have been possible.",
        "Hamdullah Mohib",
        false,
        null,
      ],
      ["p3", "They represent our aspirations", "Hamdullah Mohib", false, "q1"],
    ],
  },
  {
    form: "said, then a title and the name after a comma; a new sentence is not the speaker",
    paragraphs: [
      '"We will appeal," said the group\'s director, Jane Roe. Mark Rathbun, a former member, disagreed.',
      '"It is over," said the report. Mark Rathbun said nothing.',
    ],
    expected: [
      ["p1", "We will appeal", "Jane Roe", false, null],
      ["p2", "It is over", null, false, null],
    ],
  },
  {
    form: "a pronoun skips a subject of the other gender the article signals",
    paragraphs: [
      "Environment Canada spokeswoman Sujata Raisinghani told CBC News the department would look into it. Mr. Dewar said he would meet officials later.",
      '"We take document security seriously," she said.',
    ],
    expected: [["p2", "We take document security seriously", "Sujata Raisinghani", false, null]],
  },
  {
    form: "the group said: a definite description points back to the organisation that acted",
    paragraphs: [
      "The Harbor Merchants Association said on Tuesday it would appeal the vote.",
      '"We will not give up," the group said in a statement.',
    ],
    expected: [["p2", "We will not give up", "Harbor Merchants Association", false, null]],
  },
  {
    form: "scare quotes and names in quotes have no speaker",
    paragraphs: [
      'Environment Minister John Baird has asked officials how documents that are supposed to be stored in "approved security cabinets" wound up on the street.',
      'It referred to the database, adding the words "and Emergency" to the name.',
      'The Syrian team named their robot "Robogee."',
    ],
    expected: [
      ["p1", "approved security cabinets", null, true, null],
      ["p2", "and Emergency", null, true, null],
      ["p3", "Robogee", null, true, null],
    ],
  },
];
