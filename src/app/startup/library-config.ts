/** The settings of the per-server library: where it is kept, what is shared, the limits. */
import { z } from "zod";

export interface LibrarySettings {
  /** postgres://… (PostgreSQL), or null for the SQLite file in `dataDir`. */
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  /** Servers see the bundled knowledge/ library beside their own (SHARED_LIBRARY=off hides it). */
  readonly isSharedLibrary: boolean;
  /** Test-only: lets URLs reach private addresses such as 127.0.0.1. */
  readonly isPrivateUrlAllowed: boolean;
  readonly maxArticlesPerServer: number;
  readonly maxBytesPerServer: number;
  readonly maxAddsPerMemberPerHour: number;
  /** Memory budget for the servers' own indices, in bytes. */
  readonly cacheBytes: number;
}

const positiveWhole = (error: string) =>
  z
    .string()
    .regex(/^[1-9]\d{0,8}$/, { error })
    .transform(Number);

const onOff = (error: string) =>
  z
    .enum(["1", "0", "on", "off", "true", "false", "yes", "no"], { error })
    .transform((value) => ["1", "on", "true", "yes"].includes(value));

/** Merged into the config schema; every value arrives as text from the environment. */
export const LIBRARY_VARIABLES = {
  DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\/\S+$/, {
      error: "must be a postgres:// URL (leave it blank for SQLite)",
    })
    .optional(),
  DATA_DIR: z.string().default("data"),
  SHARED_LIBRARY: onOff('must be "on" or "off"').default(true),
  ALLOW_PRIVATE_URLS: onOff('must be "1" or "0"').default(false),
  LIBRARY_MAX_ARTICLES: positiveWhole("must be a positive whole number").default(500),
  LIBRARY_MAX_MB: positiveWhole("must be a positive whole number of megabytes").default(50),
  LIBRARY_MAX_ADDS_PER_HOUR: positiveWhole("must be a positive whole number").default(20),
  LIBRARY_CACHE_MB: positiveWhole("must be a positive whole number of megabytes").default(512),
};

type LibraryValues = z.output<ReturnType<typeof z.object<typeof LIBRARY_VARIABLES>>>;

export function readLibrarySettings(values: LibraryValues): LibrarySettings {
  const megabyte = 1024 * 1024;
  return Object.freeze({
    databaseUrl: values.DATABASE_URL ?? null,
    dataDir: values.DATA_DIR,
    isSharedLibrary: values.SHARED_LIBRARY,
    isPrivateUrlAllowed: values.ALLOW_PRIVATE_URLS,
    maxArticlesPerServer: values.LIBRARY_MAX_ARTICLES,
    maxBytesPerServer: values.LIBRARY_MAX_MB * megabyte,
    maxAddsPerMemberPerHour: values.LIBRARY_MAX_ADDS_PER_HOUR,
    cacheBytes: values.LIBRARY_CACHE_MB * megabyte,
  });
}
