/**
 * How many articles one answer reads across a library. A cast or a timeline of more articles is
 * a list nobody reads, and a library loaded from the prebuilt index parses each article it reads
 * (about 0.3 ms), on the thread that answers everyone: 40,000 articles would hold every other
 * command for seconds. Past the limit the answer says how to narrow it instead.
 */
export const ARTICLES_READ_MAX = 200;

/** "“Whitaker” is in 2,345 articles: …" — why nothing is listed, and what narrows it. */
export function describeTooManyArticles(subject: string, count: number, narrow: string): string {
  return (
    `${subject} ${count.toLocaleString("en-US")} articles: more than the ` +
    `${ARTICLES_READ_MAX} one answer reads. ${narrow}`
  );
}
