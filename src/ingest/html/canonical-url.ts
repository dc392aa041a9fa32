/** One spelling per web page, so the same article added twice is found by its URL. */

// Parameters that say where a reader came from, never which page it is.
const TRACKING_PARAMETER =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|cmpid|ocid|smid|sr_share)$/iu;

/**
 * Lower-case scheme and host, no default port, fragment, tracking parameters or trailing slash;
 * the remaining parameters sorted. Null for anything that is not an http(s) URL.
 */
export function canonicalizeUrl(text: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  url.username = "";
  url.password = "";
  const kept = [...url.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
  kept.sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/u, "");
  return url.href;
}
