/** Reasons are shown to people: a long one is cut after a whole word and the cut is marked. */
export function shortenReason(reason: string, max: number): string {
  if (reason.length <= max) return reason;
  const space = reason.lastIndexOf(" ", max);
  const cut = space > max / 2 ? space : max;
  return `${reason.slice(0, cut).replace(/[\s,;:]+$/u, "")} …`;
}
