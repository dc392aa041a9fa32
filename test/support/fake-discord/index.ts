/**
 * A small fake Discord on 127.0.0.1 (REST under /api, gateway at /gateway on the same port) that
 * the unmodified discord.js Client logs in to. Tests dispatch interactions and assert on the REST
 * requests the bot sends back.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { GatewayDispatchEvents } from "discord-api-types/v10";
import type { APIInteraction } from "discord-api-types/v10";
import {
  DEFAULT_APPLICATION_ID,
  DEFAULT_GUILD_ID,
  buildUser,
  createIdSequence,
} from "./entities.ts";
import { FaultBoard } from "./faults.ts";
import { FakeGateway } from "./gateway.ts";
import type { GatewayFrame } from "./gateway.ts";
import { handleRestRequest } from "./rest-server.ts";
import type {
  FakeDiscordOptions,
  FakeState,
  FaultKind,
  FaultOptions,
  RecordedRequest,
  Refusal,
  RouteMatcher,
} from "./types.ts";
import { RequestLog } from "./request-log.ts";

export interface FakeDiscord {
  /** The value for discord.js `rest.api` (and `DISCORD_API_URL`): `http://127.0.0.1:PORT/api`. */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly state: FakeState;
  /** Every REST request so far, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /**
   * Bodies the fake refused with 400 "Invalid Form Body" because Discord would have, not yet
   * taken by `takeRefusals`. `close()` fails while any is left, so every test proves the bot
   * sent nothing Discord refuses.
   */
  readonly refusals: readonly Refusal[];
  /** Returns the refusals so far and forgets them: for a test that sent a bad body on purpose. */
  takeRefusals(): Refusal[];
  /** Every frame the bot sent over the gateway (heartbeats, IDENTIFY, RESUME). */
  readonly gatewayFrames: readonly GatewayFrame[];
  /** Sends INTERACTION_CREATE to the logged-in bot, waiting for a session when none is up yet. */
  dispatchInteraction(payload: APIInteraction): Promise<void>;
  /** Resolves with the first request, past or future, that matches; rejects after `timeoutMs`. */
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedRequest>;
  /** Makes the next matching request(s) fail the way Discord can. */
  failRoute(matcher: RouteMatcher, kind: FaultKind, options?: FaultOptions): void;
  /** Disarms every fault still armed. */
  clearFaults(): void;
  /** Closes the bot's gateway connections (default 4000, which discord.js resumes after). */
  disconnectGateway(code?: number): void;
  close(): Promise<void>;
}

/** A fresh state, as the fake starts with; route tests use it without a server. */
export function createState(options: FakeDiscordOptions = {}): FakeState {
  const botUserId = options.botUserId ?? options.applicationId ?? DEFAULT_APPLICATION_ID;
  return {
    applicationId: options.applicationId ?? DEFAULT_APPLICATION_ID,
    botUser: buildUser(botUserId, "Roundtable", true),
    gatewayUrl: "",
    guildIds: options.guildIds ?? [DEFAULT_GUILD_ID],
    token: options.token,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    acknowledged: new Set(),
    pins: new Map(),
    originals: new Map(),
    channelMessages: new Map(),
    threads: new Map(),
    commands: new Map(),
    nextId: createIdSequence(),
  };
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const state = createState(options);
  const faults = new FaultBoard();
  const log = new RequestLog();
  const context = { state, faults, record: (request: RecordedRequest) => log.add(request) };
  const server = createServer((request, response) => {
    handleRestRequest(context, request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  const gateway = new FakeGateway(state, server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  state.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl: state.gatewayUrl,
    state,
    requests: log.requests,
    refusals: log.refusals,
    takeRefusals: () => log.takeRefusals(),
    gatewayFrames: gateway.frames,
    dispatchInteraction: (payload) =>
      gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload),
    waitForRequest: (predicate, timeoutMs) => log.waitFor(predicate, timeoutMs),
    failRoute: (matcher, kind, faultOptions) => faults.arm(matcher, kind, faultOptions),
    clearFaults: () => faults.clear(),
    disconnectGateway: (code) => gateway.disconnect(code),
    close: async () => {
      log.rejectWaiters("fake Discord closed");
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      const left = log.takeRefusals();
      if (left.length > 0) throw new Error(describeRefusals(left));
    },
  };
}

function describeRefusals(refusals: readonly Refusal[]): string {
  const lines = refusals.map(
    (refusal) => `${refusal.method} ${refusal.route}\n  ${refusal.reasons.join("\n  ")}`,
  );
  return `the fake Discord refused ${refusals.length} request(s) as Discord would (400 Invalid Form Body):\n${lines.join("\n")}`;
}

export * from "./entities.ts";
export * from "./interactions.ts";
export type * from "./types.ts";
export type { GatewayFrame } from "./gateway.ts";
