/** Bytes → text, refusing what is not a UTF-8 text article and saying why in one line. */
import type { Result } from "../model/result.ts";
import { fail, ok } from "../model/result.ts";

/** Articles are a few tens of kilobytes; anything over 2 MB is a mistake, not an article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Text ready for reading, with what decoding had to repair. */
export interface DecodedText {
  readonly text: string;
  readonly warnings: readonly string[];
}

// A handful of stray controls happen in pasted text; more than this means a binary file.
const MAX_STRAY_CONTROLS = 16;
const MAX_STRAY_CONTROL_RATIO = 0.005;
// The ratio only counts once there are a few: one stray control in a short note is not binary.
const MIN_STRAY_CONTROLS_FOR_RATIO = 4;

/** Checks size, encoding and content; strips a UTF-8 byte-order mark and stray controls. */
export function decodeArticleBytes(bytes: Uint8Array): Result<DecodedText, string> {
  if (bytes.length === 0) return fail("the file is empty");
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return fail(describeTooLarge(bytes.length));
  }
  const utf16 = describeUtf16(bytes);
  if (utf16 !== null) return fail(`${utf16}; save it as UTF-8`);
  if (bytes.includes(0)) return fail("binary file: it contains NUL bytes, not text");
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.value.startsWith("\ufeff") ? decoded.value.slice(1) : decoded.value;
  if (text.trim() === "") return fail("the file contains only whitespace");
  return removeStrayControls(text);
}

function decodeUtf8(bytes: Uint8Array): Result<string, string> {
  try {
    return ok(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    const offset = findInvalidUtf8Offset(bytes);
    const byte = bytes[offset];
    // Overlong forms and surrogates pass the simple scan; the decoder still refuses them.
    if (byte === undefined)
      return fail("not UTF-8: it holds an invalid byte sequence; save it as UTF-8");
    const hex = byte.toString(16).toUpperCase().padStart(2, "0");
    return fail(
      `not UTF-8: invalid byte 0x${hex} at offset ${offset} ` +
        "(it looks like Latin-1 or Windows-1252 text); save it as UTF-8",
    );
  }
}

function describeUtf16(bytes: Uint8Array): string | null {
  const [first, second] = bytes;
  if (first === 0xff && second === 0xfe)
    return "not UTF-8: it is UTF-16 (little-endian byte-order mark)";
  if (first === 0xfe && second === 0xff)
    return "not UTF-8: it is UTF-16 (big-endian byte-order mark)";
  // UTF-16 text without a BOM has a NUL in every other byte when it is mostly ASCII.
  const sample = bytes.subarray(0, 4096);
  let oddNuls = 0;
  let evenNuls = 0;
  sample.forEach((byte, index) => {
    if (byte === 0 && index % 2 === 0) evenNuls++;
    if (byte === 0 && index % 2 === 1) oddNuls++;
  });
  const half = sample.length / 2;
  if (half >= 2 && Math.max(oddNuls, evenNuls) >= half * 0.8) {
    return "not UTF-8: it looks like UTF-16 without a byte-order mark";
  }
  return null;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function findInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = measureUtf8Sequence(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return bytes.length;
}

function measureUtf8Sequence(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  if (lead < 0x80) return 1;
  const length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
  if (length === 0 || lead > 0xf4) return 0;
  for (let next = 1; next < length; next++) {
    const byte = bytes[index + next];
    if (byte === undefined || (byte & 0xc0) !== 0x80) return 0;
  }
  return length;
}

function removeStrayControls(text: string): Result<DecodedText, string> {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    if (isStrayControl(text.charCodeAt(index))) count++;
  }
  if (count === 0) return ok({ text, warnings: [] });
  if (
    count > MAX_STRAY_CONTROLS ||
    count > Math.max(MIN_STRAY_CONTROLS_FOR_RATIO, text.length * MAX_STRAY_CONTROL_RATIO)
  ) {
    return fail(`binary file: it contains ${count} control characters, not text`);
  }
  const cleaned = Array.from(text, (character) =>
    isStrayControl(character.charCodeAt(0)) ? " " : character,
  ).join("");
  const warning = `removed ${count} stray control character${count === 1 ? "" : "s"}`;
  return ok({ text: cleaned, warnings: [warning] });
}

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return, plus DEL.
function isStrayControl(code: number): boolean {
  return (code >= 0x01 && code <= 0x08) || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}

/** The reason given for a file over the limit; the loader says it before reading a byte. */
export function describeTooLarge(byteCount: number): string {
  return `the file is ${(byteCount / (1024 * 1024)).toFixed(1)} MB, larger than the 2 MB limit`;
}
