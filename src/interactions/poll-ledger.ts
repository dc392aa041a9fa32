/**
 * Which /discuss replies have a poll, for this process: a second press while the first poll is
 * being posted, or after, gets a link to it instead of another poll. The reply's button also
 * becomes a link once its poll is posted (discuss-flow.ts), which outlives a restart.
 */
export interface PollLedger {
  /** The poll's link, "posting" while one is being posted, or null when the reply has none. */
  find(messageId: string): string | null;
  /** Marks a reply as having its poll posted now; false when it already has one. */
  claim(messageId: string): boolean;
  record(messageId: string, pollLink: string): void;
  /** Forgets a claim whose poll failed, so the next press tries again. */
  release(messageId: string): void;
}

export const POSTING = "posting";
/** Replies remembered at most; the oldest is forgotten first (its button is a link by then). */
const REMEMBERED = 10_000;

export function createPollLedger(remembered = REMEMBERED): PollLedger {
  const polls = new Map<string, string>();
  const remember = (messageId: string, value: string): void => {
    polls.delete(messageId);
    polls.set(messageId, value);
    if (polls.size > remembered) {
      const [oldest] = polls.keys();
      if (oldest !== undefined) polls.delete(oldest);
    }
  };
  return {
    find: (messageId) => polls.get(messageId) ?? null,
    claim: (messageId) => {
      if (polls.has(messageId)) return false;
      remember(messageId, POSTING);
      return true;
    },
    record: (messageId, pollLink) => remember(messageId, pollLink),
    release: (messageId) => {
      if (polls.get(messageId) === POSTING) polls.delete(messageId);
    },
  };
}
