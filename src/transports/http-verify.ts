/**
 * Ed25519 verification of Discord's interaction requests, with Node's built-in crypto: the
 * signature in X-Signature-Ed25519 covers the X-Signature-Timestamp value followed by the raw body.
 */
import { createPublicKey, verify } from "node:crypto";
import type { KeyObject } from "node:crypto";
import { fail, ok } from "../model/result.ts";
import type { Result } from "../model/result.ts";

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const PUBLIC_KEY_HEX = /^[0-9a-fA-F]{64}$/;
const SIGNATURE_HEX = /^[0-9a-fA-F]{128}$/;
const TIMESTAMP_SECONDS = /^\d{1,12}$/;
/** How far the timestamp may be from now, either way, before the request counts as replayed. */
export const MAX_TIMESTAMP_SKEW_SECONDS = 5 * 60;

export type SignatureProblem =
  | "missing-signature"
  | "malformed-signature"
  | "missing-timestamp"
  | "malformed-timestamp"
  | "stale-timestamp"
  | "bad-signature";

export interface SignedRequest {
  readonly signature: string | undefined;
  readonly timestamp: string | undefined;
  readonly rawBody: Uint8Array;
}

/** Turns the application's public key (64 hex characters, as the Developer Portal shows it) into a key. */
export function parsePublicKey(hex: string): Result<KeyObject, string> {
  if (!PUBLIC_KEY_HEX.test(hex)) return fail("the public key must be 64 hexadecimal characters");
  try {
    const der = Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]);
    return ok(createPublicKey({ key: der, format: "der", type: "spki" }));
  } catch {
    return fail("the public key is not a valid Ed25519 key");
  }
}

/** The two headers are there and well formed: checked before a byte of the body is read. */
export function checkSignatureHeaders(
  signature: string | undefined,
  timestamp: string | undefined,
): Result<true, SignatureProblem> {
  if (signature === undefined || signature === "") return fail("missing-signature");
  if (!SIGNATURE_HEX.test(signature)) return fail("malformed-signature");
  if (timestamp === undefined || timestamp === "") return fail("missing-timestamp");
  if (!TIMESTAMP_SECONDS.test(timestamp)) return fail("malformed-timestamp");
  return ok(true);
}

/** Checks headers, freshness and signature, in that order; `nowInSeconds` is the caller's clock. */
export function verifyInteractionSignature(
  request: SignedRequest,
  publicKey: KeyObject,
  nowInSeconds: number,
): Result<true, SignatureProblem> {
  const { signature, timestamp } = request;
  const headers = checkSignatureHeaders(signature, timestamp);
  if (!headers.ok || signature === undefined || timestamp === undefined) return headers;
  if (Math.abs(nowInSeconds - Number(timestamp)) > MAX_TIMESTAMP_SKEW_SECONDS) {
    return fail("stale-timestamp");
  }
  const signedData = Buffer.concat([Buffer.from(timestamp, "utf8"), request.rawBody]);
  const isValid = verify(null, signedData, publicKey, Buffer.from(signature, "hex"));
  return isValid ? ok(true) : fail("bad-signature");
}
