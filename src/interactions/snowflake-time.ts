/**
 * When Discord made an id: a snowflake's top bits are milliseconds since 2015. Two ids from one
 * interaction (the press and the message pressed) measure time on Discord's clock, so a
 * confirmation can expire without trusting this machine's clock.
 */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;
const SNOWFLAKE = /^\d{1,20}$/u;

/** Milliseconds since 1970 when the id was made, or null for a string that is no snowflake. */
export function snowflakeTime(id: string): number | null {
  if (!SNOWFLAKE.test(id)) return null;
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH_MS);
}

/** Milliseconds from the making of `earlier` to that of `later`; null if either is no id. */
export function msBetween(earlier: string, later: string): number | null {
  const start = snowflakeTime(earlier);
  const end = snowflakeTime(later);
  return start === null || end === null ? null : end - start;
}
