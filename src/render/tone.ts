/** How each tone looks: an embed colour in Discord, a label in the console. */
import type { Tone } from "../model/answer.ts";

/** Discord's own palette where it has one, so stances read the same as the client's UI. */
export const TONE_COLORS: Readonly<Record<Tone, number>> = {
  supports: 0x57f287,
  opposes: 0xed4245,
  neutral: 0x95a5a6,
  mixed: 0xf0b232,
  info: 0x5865f2,
};

export const TONE_LABELS: Readonly<Record<Tone, string>> = {
  supports: "supports",
  opposes: "opposes",
  neutral: "neutral",
  mixed: "mixed",
  info: "info",
};
