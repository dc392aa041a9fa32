/** HTML bytes → text, in the charset the server or the page declares (UTF-8 when neither does). */

const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})/iu;
// A page declares its charset near the top; look no further than this.
const SNIFF_BYTES = 4096;

/** Null when the declared charset is one this runtime cannot decode. */
export function decodeHtmlBytes(bytes: Uint8Array, declaredCharset: string | null): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, SNIFF_BYTES));
  const charset = declaredCharset ?? META_CHARSET.exec(head)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return null;
  }
}
