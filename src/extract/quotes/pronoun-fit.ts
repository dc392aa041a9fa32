/** Whether a pronoun can point to an actor: "it" to an organisation, "she" not to a "Mr." or a spokesman. */
import type { Actor } from "../../model/analysis.ts";

type Gender = "female" | "male" | null;

const FEMALE_CUES =
  /^(?:Ms\.?|Mrs\.?|Miss|Dame|Lady) |\b(?:spokeswoman|chairwoman|congresswoman|actress|queen|princess|businesswoman)\b/iu;
const MALE_CUES =
  /^(?:Mr\.?|Sir|Lord) |\b(?:spokesman|chairman|congressman|actor|king|prince|businessman)\b/iu;

/** The gender the article itself signals for a person, through honorifics or gendered role nouns; null when it does not. */
function genderOf(actor: Actor): Gender {
  const signals = [...actor.aliases, actor.role ?? ""];
  const isFemale = signals.some((signal) => FEMALE_CUES.test(signal));
  const isMale = signals.some((signal) => MALE_CUES.test(signal));
  return isFemale === isMale ? null : isFemale ? "female" : "male";
}

/** `textGender`: what the article's own pronouns say of the person, when they agree. */
export function fitsPronoun(
  actor: Actor | undefined,
  pronoun: string,
  textGender?: Gender | "mixed",
): boolean {
  if (!actor) return false;
  const word = pronoun.toLowerCase();
  if (word === "it" || word === "its") return actor.kind === "organization";
  if (word === "they" || word === "their") return true;
  if (actor.kind !== "person") return false;
  const cued = genderOf(actor);
  const gender = cued ?? (textGender === "mixed" ? null : (textGender ?? null));
  const wanted: Gender = word === "she" || word === "her" ? "female" : "male";
  return gender === null || gender === wanted;
}
