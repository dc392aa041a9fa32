/** Picks a free article id in a server: the slug, then slug-2, slug-3… */

const MAX_ID_LENGTH = 80;

/** The first of `base`, `base-2`, … that `isTaken` refuses; `base` is trimmed to fit. */
export function chooseArticleId(base: string, isTaken: (id: string) => boolean): string {
  const trimmed = base.slice(0, MAX_ID_LENGTH).replace(/-+$/u, "") || "article";
  if (!isTaken(trimmed)) return trimmed;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${trimmed}-${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}
