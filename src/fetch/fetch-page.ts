/**
 * Reads one web page for the library, guarded: HTTP(S) only, at most 5 redirects with every hop
 * checked again, 2 MB and 10 s at most. The host is resolved here and the connection goes to the
 * very address that was checked (a pinned lookup), so DNS cannot answer differently in between.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { ClientRequest, IncomingMessage, RequestOptions } from "node:http";
import type { Result } from "../model/result.ts";
import { fail, ok } from "../model/result.ts";
import { classifyAddress } from "./address-policy.ts";
import type { FetchProblem } from "./fetch-problem.ts";
import { createFetchProblem } from "./fetch-problem.ts";
import { readBody } from "./read-body.ts";

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}
export type HostLookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;
export type RequestFunction = (url: URL, options: RequestOptions) => ClientRequest;

export interface FetchPageOptions {
  /** ALLOW_PRIVATE_URLS: for tests against 127.0.0.1; off in every real run. */
  readonly isPrivateAllowed: boolean;
  readonly lookup?: HostLookup;
  readonly request?: RequestFunction;
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
  readonly maxRedirects?: number;
}

export interface FetchedPage {
  /** The URL after redirects. */
  readonly url: string;
  /** "text/html", "text/plain" or "text/markdown", lower case, without parameters. */
  readonly mediaType: string;
  readonly charset: string | null;
  readonly bytes: Uint8Array;
}

export const MAX_PAGE_BYTES = 2 * 1024 * 1024;
export const PAGE_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;

const READABLE_TYPES = new Map([
  ["text/html", "text/html"],
  ["application/xhtml+xml", "text/html"],
  ["text/plain", "text/plain"],
  ["text/markdown", "text/markdown"],
  ["text/x-markdown", "text/markdown"],
]);

const systemLookup: HostLookup = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => ({
    address: entry.address,
    family: entry.family === 6 ? 6 : 4,
  }));

const systemRequest: RequestFunction = (url, options) =>
  (url.protocol === "https:" ? https : http).request(url, options);

export async function fetchPage(
  rawUrl: string,
  options: FetchPageOptions,
): Promise<Result<FetchedPage, FetchProblem>> {
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? PAGE_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await followRedirects(rawUrl, options, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) {
      return fail(
        createFetchProblem("too-slow", `no complete answer within ${timeoutMs / 1000} s`),
      );
    }
    return fail(createFetchProblem("unreachable", describeNetworkError(error)));
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(
  rawUrl: string,
  options: FetchPageOptions,
  signal: AbortSignal,
): Promise<Result<FetchedPage, FetchProblem>> {
  let url = parseWebUrl(rawUrl);
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  for (let hop = 0; ; hop++) {
    if (!url.ok) return url;
    const address = await resolveAllowed(url.value, options);
    if (!address.ok) return address;
    const response = await send(url.value, address.value, options.request ?? systemRequest, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location !== undefined) {
      response.resume();
      if (hop >= maxRedirects) {
        return fail(createFetchProblem("unreachable", `more than ${maxRedirects} redirects`));
      }
      url = parseWebUrl(location, url.value);
      continue;
    }
    return readPage(url.value, response, options.maxBytes ?? MAX_PAGE_BYTES);
  }
}

async function readPage(
  url: URL,
  response: IncomingMessage,
  maxBytes: number,
): Promise<Result<FetchedPage, FetchProblem>> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    response.resume();
    const kind = status === 401 || status === 402 ? "paywalled" : "unreachable";
    return fail(
      createFetchProblem(kind, `the site answered ${status} ${response.statusMessage ?? ""}`),
    );
  }
  const [type = "", ...parameters] = (response.headers["content-type"] ?? "text/html").split(";");
  const mediaType = READABLE_TYPES.get(type.trim().toLowerCase());
  if (mediaType === undefined) {
    response.resume();
    return fail(
      createFetchProblem(
        "not-an-article",
        `the page is ${type.trim() || "of no type"}, not text or HTML`,
      ),
    );
  }
  const body = await readBody(response, maxBytes);
  if (!body.ok)
    return fail(createFetchProblem("too-large", `the page is over ${maxBytes / (1024 * 1024)} MB`));
  const charset = parameters
    .map((parameter) => /^\s*charset\s*=\s*"?([^";\s]+)/iu.exec(parameter)?.[1])
    .find((value) => value !== undefined);
  return ok({
    url: url.href,
    mediaType,
    charset: charset?.toLowerCase() ?? null,
    bytes: body.value,
  });
}

function parseWebUrl(text: string, base?: URL): Result<URL, FetchProblem> {
  let url: URL;
  try {
    url = new URL(text.trim(), base);
  } catch {
    return fail(createFetchProblem("bad-url", `"${text.slice(0, 100)}" is not a URL`));
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return fail(
      createFetchProblem("bad-url", `only http and https addresses, not ${url.protocol}`),
    );
  }
  return ok(url);
}

/** Resolves the host and refuses it when any of its addresses is one the bot must not reach. */
async function resolveAllowed(
  url: URL,
  options: FetchPageOptions,
): Promise<Result<ResolvedAddress, FetchProblem>> {
  const host = url.hostname.replace(/^\[|\]$/gu, "");
  const literal = classifyLiteral(host);
  let addresses: readonly ResolvedAddress[];
  if (literal !== null) addresses = [literal];
  else {
    try {
      addresses = await (options.lookup ?? systemLookup)(host);
    } catch (error) {
      return fail(createFetchProblem("unreachable", `${host}: ${describeNetworkError(error)}`));
    }
  }
  const [first] = addresses;
  if (first === undefined) return fail(createFetchProblem("unreachable", `${host} has no address`));
  if (options.isPrivateAllowed) return ok(first);
  for (const { address } of addresses) {
    const kind = classifyAddress(address);
    if (kind !== null) {
      return fail(
        createFetchProblem(
          "refused-address",
          `${host} is a ${kind} address (${address}); only public web pages can be added`,
        ),
      );
    }
  }
  return ok(first);
}

function classifyLiteral(host: string): ResolvedAddress | null {
  if (/^[\d.]+$/u.test(host)) return { address: host, family: 4 };
  if (host.includes(":")) return { address: host, family: 6 };
  return null;
}

function send(
  url: URL,
  address: ResolvedAddress,
  request: RequestFunction,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      method: "GET",
      signal,
      headers: {
        "user-agent": "Roundtable/0.1 (+discord study-group bot)",
        accept: "text/html,application/xhtml+xml,text/plain,text/markdown;q=0.9",
        // No compression: the 2 MB cap then counts the bytes as they arrive.
        "accept-encoding": "identity",
      },
      // Pinned: the socket connects to the checked address whatever DNS would say now.
      lookup: (_hostname, lookupOptions, callback) => {
        if (lookupOptions.all === true) callback(null, [address]);
        else callback(null, address.address, address.family);
      },
    });
    outgoing.once("response", resolve);
    outgoing.once("error", reject);
    outgoing.end();
  });
}

function describeNetworkError(error: unknown): string {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const reasons: Record<string, string> = {
    ENOTFOUND: "no such host",
    EAI_AGAIN: "the host name could not be looked up",
    ECONNREFUSED: "the connection was refused",
    ECONNRESET: "the connection was reset",
    EHOSTUNREACH: "the host cannot be reached",
    ENETUNREACH: "the network cannot be reached",
    ETIMEDOUT: "the connection timed out",
    CERT_HAS_EXPIRED: "its certificate has expired",
    DEPTH_ZERO_SELF_SIGNED_CERT: "its certificate is self-signed",
    ERR_TLS_CERT_ALTNAME_INVALID: "its certificate is for another name",
  };
  return reasons[code] ?? `network error${code === "" ? "" : ` (${code})`}`;
}
