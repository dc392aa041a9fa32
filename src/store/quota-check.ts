/** The quota rules both backends apply inside their add transaction, with one wording. */
import type { AddOutcome, StoreQuotas } from "./article-store.ts";

export const HOUR_MS = 60 * 60 * 1000;

/** What the transaction counted before the add. */
export interface QuotaUsage {
  readonly articleCount: number;
  readonly byteCount: number;
  readonly memberAddsLastHour: number;
}

/** The refusal for the first quota this add would break, or null when it fits. */
export function checkQuotas(
  usage: QuotaUsage,
  addedBytes: number,
  quotas: StoreQuotas,
): Extract<AddOutcome, { kind: "quota" }> | null {
  if (usage.memberAddsLastHour >= quotas.maxAddsPerMemberPerHour) {
    return {
      kind: "quota",
      code: "member-rate",
      message: `You have added ${usage.memberAddsLastHour} articles in the last hour, the limit is ${quotas.maxAddsPerMemberPerHour}; try again later.`,
    };
  }
  if (usage.articleCount >= quotas.maxArticlesPerServer) {
    return {
      kind: "quota",
      code: "server-articles",
      message: `This server's library is full: ${usage.articleCount} articles, the limit is ${quotas.maxArticlesPerServer}. Remove one with /library remove first.`,
    };
  }
  if (usage.byteCount + addedBytes > quotas.maxBytesPerServer) {
    return {
      kind: "quota",
      code: "server-bytes",
      message: `This server's library would hold ${formatMegabytes(usage.byteCount + addedBytes)}, over the ${formatMegabytes(quotas.maxBytesPerServer)} limit. Remove an article with /library remove first.`,
    };
  }
  return null;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
