import { describe, expect, it } from "vitest";
import { parsePublicKey, verifyInteractionSignature } from "../../src/transports/http-verify.ts";
import type { SignedRequest } from "../../src/transports/http-verify.ts";
import { NOW_MILLISECONDS, NOW_SECONDS, createTestKeys, signBody } from "./signing.ts";

const keys = createTestKeys();
const otherKeys = createTestKeys();
const BODY = '{"type":1}';
const NOW = NOW_MILLISECONDS / 1000;

function parsedKey(hex: string) {
  const result = parsePublicKey(hex);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const good: SignedRequest = {
  signature: signBody(keys.privateKey, NOW_SECONDS, BODY),
  timestamp: NOW_SECONDS,
  rawBody: Buffer.from(BODY),
};

describe("parsePublicKey", () => {
  it("builds the same key as the generated one from its 64 hex characters", () => {
    const key = parsedKey(keys.publicKeyHex);
    expect(key.asymmetricKeyType).toBe("ed25519");
    expect(key.equals(keys.publicKey)).toBe(true);
  });

  it.each(["", "abc", "g".repeat(64), "a".repeat(66)])("rejects %j", (hex) => {
    expect(parsePublicKey(hex)).toEqual({
      ok: false,
      error: "the public key must be 64 hexadecimal characters",
    });
  });
});

describe("verifyInteractionSignature", () => {
  const key = parsedKey(keys.publicKeyHex);

  it("accepts a request signed with the application's key", () => {
    expect(verifyInteractionSignature(good, key, NOW)).toEqual({ ok: true, value: true });
  });

  it("accepts a timestamp up to five minutes either side of now", () => {
    for (const offset of [-300, 300]) {
      const timestamp = String(NOW + offset);
      const request = { ...good, timestamp, signature: signBody(keys.privateKey, timestamp, BODY) };
      expect(verifyInteractionSignature(request, key, NOW)).toEqual({ ok: true, value: true });
    }
  });

  it.each([
    { case: "no signature header", change: { signature: undefined }, problem: "missing-signature" },
    { case: "an empty signature", change: { signature: "" }, problem: "missing-signature" },
    {
      case: "a signature that is not hex",
      change: { signature: "zz".repeat(64) },
      problem: "malformed-signature",
    },
    {
      case: "a short signature",
      change: { signature: "ab".repeat(32) },
      problem: "malformed-signature",
    },
    { case: "no timestamp header", change: { timestamp: undefined }, problem: "missing-timestamp" },
    {
      case: "a timestamp that is not a number",
      change: { timestamp: "yesterday" },
      problem: "malformed-timestamp",
    },
    {
      case: "a tampered body",
      change: { rawBody: Buffer.from('{"type":2}') },
      problem: "bad-signature",
    },
    {
      case: "a changed timestamp",
      change: { timestamp: String(NOW + 1) },
      problem: "bad-signature",
    },
    {
      case: "a signature by another key",
      change: { signature: signBody(otherKeys.privateKey, NOW_SECONDS, BODY) },
      problem: "bad-signature",
    },
  ])("rejects $case as $problem", ({ change, problem }) => {
    expect(verifyInteractionSignature({ ...good, ...change }, key, NOW)).toEqual({
      ok: false,
      error: problem,
    });
  });

  it.each([-301, 301, -86_400])(
    "rejects a validly signed request %i seconds away from now",
    (offset) => {
      const timestamp = String(NOW + offset);
      const request = { ...good, timestamp, signature: signBody(keys.privateKey, timestamp, BODY) };
      expect(verifyInteractionSignature(request, key, NOW)).toEqual({
        ok: false,
        error: "stale-timestamp",
      });
    },
  );
});
