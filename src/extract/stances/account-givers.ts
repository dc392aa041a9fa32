/** Who is neutral when their words take no side: people and bodies whose job is to give an account. */
import type { Actor } from "../../model/analysis.ts";

/** Roles that report for an institution rather than argue: a spokesperson, an official, an investigator. */
const ACCOUNT_ROLE =
  /\b(?:spokesperson|spokesman|spokeswoman|representative|official|officer|engineer|inspector|investigator|director|police|sheriff|coroner|registrar|clerk)\b/iu;
/** Public bodies that state facts: "Bureau of Industry and Security", "U.S. Department of Agriculture". */
const PUBLIC_BODY =
  /\b(?:department|bureau|agency|ministry|office|authority|service|commission|administration|police|sheriff)\b/iu;

/**
 * True for an actor whose neutral words are an account, not a missed position. Anyone else who
 * speaks without taking a side gets no stance at all: a wrong "neutral" is worse than none.
 */
export function isAccountGiver(actor: Actor): boolean {
  if (actor.kind === "organization") return PUBLIC_BODY.test(actor.name);
  return ACCOUNT_ROLE.test(actor.role ?? "");
}
