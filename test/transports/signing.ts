/** Test helpers: a fresh Ed25519 key pair and requests signed the way Discord signs them. */
import { generateKeyPairSync, sign } from "node:crypto";
import type { KeyObject } from "node:crypto";
import type { HttpRequest } from "../../src/transports/http.ts";

/** A fixed "now" for every test: 2026-01-01T00:00:00Z. */
export const NOW_MILLISECONDS = 1_767_225_600_000;
export const NOW_SECONDS = String(NOW_MILLISECONDS / 1000);

export interface TestKeys {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** The 64 hex characters the Developer Portal would show. */
  readonly publicKeyHex: string;
}

export function createTestKeys(): TestKeys {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const jwk = publicKey.export({ format: "jwk" });
  const publicKeyHex = Buffer.from(jwk.x ?? "", "base64url").toString("hex");
  return { privateKey, publicKey, publicKeyHex };
}

export function signBody(privateKey: KeyObject, timestamp: string, body: string): string {
  return sign(null, Buffer.from(timestamp + body, "utf8"), privateKey).toString("hex");
}

/** A POST /interactions request with valid headers for `body`, signed now with `privateKey`. */
export function buildSignedRequest(
  privateKey: KeyObject,
  body: string,
  timestamp: string = NOW_SECONDS,
): HttpRequest {
  return {
    method: "POST",
    path: "/interactions",
    headers: {
      "content-type": "application/json",
      "x-signature-ed25519": signBody(privateKey, timestamp, body),
      "x-signature-timestamp": timestamp,
    },
    rawBody: Buffer.from(body, "utf8"),
  };
}
