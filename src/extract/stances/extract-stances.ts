/** The stance pipeline: evidence from quotes and framing, refined, then one stance per speaker. */
import type { Actor, Quote, Stance } from "../../model/analysis.ts";
import type { StanceValue } from "../../model/article.ts";
import type { ExtractContext } from "../context.ts";
import { isAccountGiver } from "./account-givers.ts";
import { extractAgencyEvidence } from "./evidence-from-agency.ts";
import { extractAgentEvidence } from "./evidence-from-agents.ts";
import { extractFramingEvidence } from "./evidence-from-framing.ts";
import { extractNeutralityEvidence } from "./evidence-from-neutrality.ts";
import { extractQuoteEvidence } from "./evidence-from-quotes.ts";
import { addCriticismFrame, dropEarlierYears } from "./refine-evidence.ts";
import { dropToneWithoutContest } from "./refine-contest.ts";
import { addOfficeHolders } from "./refine-office-holders.ts";
import { addItsOfficersSides } from "./refine-its-officers.ts";
import { addSpokespeopleSides } from "./refine-spokespeople.ts";
import {
  groupByActor,
  type StanceEvidence,
  type StanceExtractor,
  type StanceInput,
  type StanceRefiner,
} from "./stance-evidence.ts";

export const STANCE_EXTRACTORS: readonly StanceExtractor[] = [
  extractQuoteEvidence,
  extractFramingEvidence,
  extractAgencyEvidence,
  extractAgentEvidence,
  extractNeutralityEvidence,
];
/** Old evidence goes first, so that a past accusation does not count against the critics frame either. */
/**
 * Whether anything is contested is judged on the evidence the critics frame has completed;
 * office-holders come next: they count only when nothing else gives them a side; then an
 * organisation with no side of its own takes the side of the person who speaks for it; last,
 * an officer introduced as "Its chair, X," and the organisation before share a side either way.
 */
export const STANCE_REFINERS: readonly StanceRefiner[] = [
  dropEarlierYears,
  addCriticismFrame,
  dropToneWithoutContest,
  addOfficeHolders,
  addSpokespeopleSides,
  addItsOfficersSides,
];

/** Clear majority wins; cues on both sides with neither twice the other is "mixed". */
function decide(support: number, oppose: number): StanceValue {
  if (support === 0 && oppose === 0) return "neutral";
  if (oppose === 0 || support >= 2 * oppose) return "supports";
  if (support === 0 || oppose >= 2 * support) return "opposes";
  return "mixed";
}

/** "called the decision “insulting”" says a position in the fewest words, so it is the reason when there is one. */
const CHARACTERIZING = /^(?:called|calling|described|describing|labelled|labeled|dubbed)\b/u;

function characterization(
  own: readonly StanceEvidence[],
  stance: StanceValue,
): StanceEvidence | undefined {
  return own.find((item) => CHARACTERIZING.test(item.reason) && strength(item, stance) > 0);
}

function strength(item: StanceEvidence, stance: StanceValue): number {
  if (stance === "supports") return item.support - item.oppose;
  if (stance === "opposes") return item.oppose - item.support;
  return item.support + item.oppose;
}

function isFragmentReason(item: StanceEvidence): boolean {
  return !/^(?:said|wrote) “/u.test(item.reason);
}

const NEUTRAL_REASON = "quoted without a clear position on the central action";

/** Strongest evidence first; on a tie a full quote reads better than a fragment. */
function rankEvidence(
  own: readonly StanceEvidence[],
  stance: StanceValue,
): readonly StanceEvidence[] {
  const byStrength = (a: StanceEvidence, b: StanceEvidence) =>
    strength(b, stance) - strength(a, stance) ||
    Number(isFragmentReason(a)) - Number(isFragmentReason(b));
  return [...own].sort(byStrength);
}

function describeReason(
  own: readonly StanceEvidence[],
  ranked: readonly StanceEvidence[],
  stance: StanceValue,
): string {
  if (stance === "neutral") return NEUTRAL_REASON;
  const isShowing = (item: StanceEvidence) => strength(item, stance) > 0;
  // The reporter's own summary ("said her party has supported the idea") says the side more
  // plainly than the strongest word of a quote, which may read the other way out of context.
  const best =
    characterization(own, stance) ??
    ranked.find((item) => isShowing(item) && item.isExplicit && item.quoteId === null) ??
    ranked.find((item) => isShowing(item) && !item.reason.startsWith("quoted among")) ??
    ranked.find(isShowing) ??
    ranked[0];
  return best?.reason ?? NEUTRAL_REASON;
}

function buildStance(
  actor: Actor,
  own: readonly StanceEvidence[],
  passageOrder: ReadonlyMap<string, number>,
): Stance {
  const support = own.reduce((sum, item) => sum + item.support, 0);
  const oppose = own.reduce((sum, item) => sum + item.oppose, 0);
  const stance = decide(support, oppose);
  const ranked = rankEvidence(own, stance);
  const showing =
    stance === "neutral" ? ranked : ranked.filter((item) => strength(item, stance) > 0);
  const shown = stance === "mixed" ? ranked : showing;
  const byReading = (a: string, b: string) =>
    (passageOrder.get(a) ?? 0) - (passageOrder.get(b) ?? 0);
  const evidence = [...new Set(shown.map((item) => item.passage))].sort(byReading);
  const quotes = [...new Set(showing.flatMap((item) => item.quoteId ?? []))];
  const reason = describeReason(own, ranked, stance);
  return {
    actor: actor.name,
    actorId: actor.id,
    stance,
    evidence,
    quotes,
    origin: "extracted",
    reason,
  };
}

/**
 * One stance per speaker who takes a side or gives an official account (and per actor whose
 * framing takes a side), in the order actors appear.
 */
export function extractStances(
  context: ExtractContext,
  actors: readonly Actor[],
  quotes: readonly Quote[],
): readonly Stance[] {
  const input: StanceInput = { article: context.article, actors, quotes };
  let evidence: readonly StanceEvidence[] = STANCE_EXTRACTORS.flatMap((extract) => extract(input));
  for (const refine of STANCE_REFINERS) evidence = refine(input, evidence);
  context.trace(
    () =>
      `stances: ${evidence.map((item) => `${item.actorId}+${item.support}-${item.oppose}`).join(", ")}`,
  );
  const speakers = new Set(quotes.flatMap((quote) => quote.speakerId ?? []));
  const order = new Map(context.article.passages.map((passage, index) => [passage.id, index]));
  const byActor = groupByActor(evidence);
  return actors.flatMap((actor) => {
    const own = byActor.get(actor.id) ?? [];
    const hasPosition = own.some((item) => item.isExplicit && item.support + item.oppose > 0);
    const isDeclaredNeutral = own.some((item) => item.isNeutral === true);
    if (!speakers.has(actor.id) && !hasPosition && !isDeclaredNeutral) return [];
    const stance = buildStance(actor, own, order);
    const isShown = stance.stance !== "neutral" || isAccountGiver(actor) || isDeclaredNeutral;
    return isShown ? [stance] : [];
  });
}
