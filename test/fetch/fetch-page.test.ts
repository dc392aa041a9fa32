import http from "node:http";
import type { ClientRequest, RequestOptions } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HostLookup, RequestFunction } from "../../src/fetch/fetch-page.ts";
import { fetchPage } from "../../src/fetch/fetch-page.ts";
import type { PageServer } from "./page-server.ts";
import { sendHtml, startPageServer } from "./page-server.ts";

const PAGE = "<html><head><title>A page</title></head><body><p>Hello.</p></body></html>";
let server: PageServer;

beforeAll(async () => {
  server = await startPageServer({
    "/page": sendHtml(PAGE),
    "/text": (_request, response) =>
      response.writeHead(200, { "content-type": "text/plain" }).end("Plain words."),
    "/pdf": (_request, response) =>
      response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF"),
    "/gone": (_request, response) => response.writeHead(410).end(),
    "/pay": (_request, response) => response.writeHead(402).end(),
    "/big": (_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      // No content-length: the reader must stop the transfer itself.
      const chunk = "x".repeat(64 * 1024);
      for (let index = 0; index < 40; index++) response.write(chunk);
      response.end();
    },
    "/declared-big": (_request, response) =>
      response
        .writeHead(200, { "content-type": "text/html", "content-length": String(3 * 1024 * 1024) })
        .end(),
    "/slow": (_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.write("<p>starting");
    },
    ...Object.fromEntries(
      Array.from({ length: 7 }, (_, index) => [
        `/hop/${index}`,
        (_request: unknown, response: http.ServerResponse) =>
          response.writeHead(302, { location: index === 6 ? "/page" : `/hop/${index + 1}` }).end(),
      ]),
    ),
    "/to-metadata": (_request, response) =>
      response.writeHead(301, { location: "http://metadata.test/latest/meta-data/" }).end(),
  });
});
afterAll(async () => {
  await server.close();
});

/** A request function that fails the test if any connection is even attempted. */
function refuseAnyConnection(): { request: RequestFunction; attempts: string[] } {
  const attempts: string[] = [];
  return {
    attempts,
    request: (url) => {
      attempts.push(url.href);
      throw new Error(`a connection to ${url.href} was attempted`);
    },
  };
}

/**
 * Resolves test names to addresses, and connects every request to the local server, after
 * checking that the socket would go to the address that was checked (the pinned lookup).
 */
function routeToLocal(names: Record<string, string>): {
  lookup: HostLookup;
  request: RequestFunction;
  pinned: string[];
} {
  const pinned: string[] = [];
  return {
    pinned,
    lookup: async (hostname) => {
      const address = names[hostname];
      if (address === undefined) throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
      return [{ address, family: address.includes(":") ? 6 : 4 }];
    },
    request: (url, options: RequestOptions): ClientRequest => {
      options.lookup?.(url.hostname, {}, (_error: unknown, address: unknown) =>
        pinned.push(String(address)),
      );
      return http.request({
        ...options,
        host: "127.0.0.1",
        port: server.port,
        path: url.pathname,
        lookup: undefined,
      });
    },
  };
}

describe("fetchPage against a local server", () => {
  const allowed = { isPrivateAllowed: true };

  it("reads an HTML page with its media type and charset", async () => {
    const result = await fetchPage(`${server.origin}/page`, allowed);
    expect(result.ok && new TextDecoder().decode(result.value.bytes)).toBe(PAGE);
    expect(result.ok && [result.value.mediaType, result.value.charset]).toEqual([
      "text/html",
      "utf-8",
    ]);
  });

  it("follows up to 5 redirects and gives the final URL", async () => {
    const result = await fetchPage(`${server.origin}/hop/2`, allowed);
    expect(result.ok && result.value.url).toBe(`${server.origin}/page`);
  });

  it("stops after 5 redirects", async () => {
    const result = await fetchPage(`${server.origin}/hop/0`, allowed);
    expect(!result.ok && result.error).toEqual({
      kind: "unreachable",
      message: "The page could not be reached: more than 5 redirects",
    });
  });

  it.each([
    ["/big", "too-large"],
    ["/declared-big", "too-large"],
    ["/pdf", "not-an-article"],
    ["/gone", "unreachable"],
    ["/pay", "paywalled"],
  ])("refuses %s as %s, in one line", async (path, kind) => {
    const result = await fetchPage(`${server.origin}${path}`, allowed);
    expect(!result.ok && result.error.kind).toBe(kind);
    expect(!result.ok && result.error.message).not.toContain("\n");
  });

  it("gives up on a page that does not finish in time", async () => {
    const result = await fetchPage(`${server.origin}/slow`, { ...allowed, timeoutMs: 300 });
    expect(!result.ok && result.error).toEqual({
      kind: "too-slow",
      message: "Too slow: no complete answer within 0.3 s",
    });
  });

  it("refuses addresses that are not http or https", async () => {
    for (const url of [
      "file:///etc/passwd",
      "ftp://example.test/a",
      "javascript:alert(1)",
      "not a url",
    ]) {
      const result = await fetchPage(url, allowed);
      expect(!result.ok && result.error.kind).toBe("bad-url");
    }
  });
});

describe("fetchPage refuses what the bot must not reach, before any connection", () => {
  it.each([
    ["intranet.test", "10.0.0.7", "private"],
    ["metadata.test", "169.254.169.254", "cloud metadata"],
    ["metadata6.test", "fd00:ec2::254", "cloud metadata"],
    ["mapped.test", "::ffff:127.0.0.1", "loopback"],
    ["local.test", "127.0.0.1", "loopback"],
    ["linklocal.test", "fe80::1", "link-local"],
  ])("%s resolving to %s (%s)", async (host, address, kind) => {
    const guard = refuseAnyConnection();
    const lookup: HostLookup = async () => [{ address, family: address.includes(":") ? 6 : 4 }];
    const result = await fetchPage(`http://${host}/article`, {
      isPrivateAllowed: false,
      lookup,
      request: guard.request,
    });
    expect(!result.ok && result.error.kind).toBe("refused-address");
    expect(!result.ok && result.error.message).toContain(kind);
    expect(guard.attempts).toEqual([]);
  });

  it("refuses a name when any one of its addresses is private", async () => {
    const guard = refuseAnyConnection();
    const lookup: HostLookup = async () => [
      { address: "151.101.1.1", family: 4 },
      { address: "192.168.0.10", family: 4 },
    ];
    const result = await fetchPage("http://mixed.test/", {
      isPrivateAllowed: false,
      lookup,
      request: guard.request,
    });
    expect(!result.ok && result.error.kind).toBe("refused-address");
    expect(guard.attempts).toEqual([]);
  });

  it.each([
    "http://127.0.0.1/",
    "http://[::1]/",
    "http://0x7f.1/",
    "http://2130706433/",
    "http://[::ffff:169.254.169.254]/",
  ])("refuses the address literal %s", async (url) => {
    const guard = refuseAnyConnection();
    const result = await fetchPage(url, { isPrivateAllowed: false, request: guard.request });
    expect(!result.ok && result.error.kind).toBe("refused-address");
    expect(guard.attempts).toEqual([]);
  });

  it("checks every redirect hop again: a public page redirecting to the metadata address is refused", async () => {
    const route = routeToLocal({ "news.test": "151.101.1.1", "metadata.test": "169.254.169.254" });
    const result = await fetchPage("http://news.test/to-metadata", {
      isPrivateAllowed: false,
      ...route,
    });
    expect(!result.ok && result.error.kind).toBe("refused-address");
    expect(server.hits.filter((hit) => hit.startsWith("/latest"))).toEqual([]);
    // The one connection made went to the address that was checked.
    expect(route.pinned).toEqual(["151.101.1.1"]);
  });

  it("connects to the checked address, not to whatever DNS says later", async () => {
    const route = routeToLocal({ "news.test": "151.101.1.1" });
    const result = await fetchPage("http://news.test/page", { isPrivateAllowed: false, ...route });
    expect(result.ok).toBe(true);
    expect(route.pinned).toEqual(["151.101.1.1"]);
  });
});
