/** The WebSocket half of the fake: HELLO → IDENTIFY → READY → GUILD_CREATE, heartbeats, RESUME. */
import type { Server } from "node:http";
import { WebSocketServer } from "ws";
import type { RawData, WebSocket } from "ws";
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayOpcodes } from "discord-api-types/v10";
import { DEFAULT_CHANNEL_ID, buildGuildCreate, isRecord } from "./entities.ts";
import type { FakeState } from "./types.ts";

const NORMAL_CLOSURES: ReadonlySet<number> = new Set([1000, 1001]);

interface Session {
  readonly id: string;
  readonly sent: { s: number; t: string; d: unknown }[];
  socket: WebSocket | undefined;
  isEnded: boolean;
}

/** A frame the bot sent over the gateway, for assertions such as "IDENTIFY asked for Guilds only". */
export interface GatewayFrame {
  readonly op: number;
  readonly d: unknown;
}

export class FakeGateway {
  readonly frames: GatewayFrame[] = [];
  readonly #state: FakeState;
  readonly #server: WebSocketServer;
  readonly #sessions: Session[] = [];
  readonly #sessionWaiters: (() => void)[] = [];

  constructor(state: FakeState, httpServer: Server) {
    this.#state = state;
    this.#server = new WebSocketServer({ server: httpServer, path: "/gateway" });
    this.#server.on("connection", (socket) => this.#accept(socket));
  }

  /** Sends a dispatch to every live session; a session that is reconnecting gets it on RESUME. */
  async dispatch(type: string, data: unknown, timeoutMs = 5_000): Promise<void> {
    await this.#waitForSession(timeoutMs);
    for (const session of this.#sessions.filter((candidate) => !candidate.isEnded)) {
      this.#send(session, type, data);
    }
  }

  /** Drops every connection as Discord does when it restarts a gateway node; the bot resumes. */
  disconnect(code: number = GatewayCloseCodes.UnknownError): void {
    for (const client of this.#server.clients) client.close(code, "fake disconnect");
  }

  async close(): Promise<void> {
    for (const client of this.#server.clients) client.terminate();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #waitForSession(timeoutMs: number): Promise<void> {
    if (this.#sessions.some((session) => !session.isEnded)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error("no gateway session to dispatch to")),
        timeoutMs,
      );
      this.#sessionWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  #accept(socket: WebSocket): void {
    let session: Session | undefined;
    socket.on("message", (raw: RawData) => {
      const frame = parseFrame(raw);
      if (frame === undefined) return;
      this.frames.push(frame);
      session = this.#handleFrame(socket, frame) ?? session;
    });
    socket.on("close", (code) => {
      if (session === undefined || session.socket !== socket) return;
      session.socket = undefined;
      if (NORMAL_CLOSURES.has(code)) session.isEnded = true;
    });
    sendRaw(socket, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.#state.heartbeatIntervalMs },
    });
  }

  #handleFrame(socket: WebSocket, frame: GatewayFrame): Session | undefined {
    switch (frame.op) {
      case GatewayOpcodes.Heartbeat:
        sendRaw(socket, { op: GatewayOpcodes.HeartbeatAck });
        return undefined;
      case GatewayOpcodes.Identify:
        return this.#identify(socket, frame.d);
      case GatewayOpcodes.Resume:
        return this.#resume(socket, frame.d);
      default:
        return undefined;
    }
  }

  #identify(socket: WebSocket, data: unknown): Session | undefined {
    if (!this.#hasValidToken(data)) {
      socket.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
      return undefined;
    }
    const session: Session = { id: this.#state.nextId(), sent: [], socket, isEnded: false };
    this.#sessions.push(session);
    const { botUser, guildIds, applicationId, gatewayUrl } = this.#state;
    this.#send(session, GatewayDispatchEvents.Ready, {
      v: 10,
      user: botUser,
      guilds: guildIds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: gatewayUrl,
      shard: [0, 1],
      application: { id: applicationId, flags: 0 },
    });
    for (const guildId of guildIds) {
      this.#send(
        session,
        GatewayDispatchEvents.GuildCreate,
        buildGuildCreate(guildId, botUser, DEFAULT_CHANNEL_ID),
      );
    }
    this.#sessionWaiters.splice(0).forEach((wake) => wake());
    return session;
  }

  #resume(socket: WebSocket, data: unknown): Session | undefined {
    const sessionId = isRecord(data) ? data["session_id"] : undefined;
    const session = this.#sessions.find(
      (candidate) => candidate.id === sessionId && !candidate.isEnded,
    );
    if (session === undefined || !this.#hasValidToken(data)) {
      sendRaw(socket, { op: GatewayOpcodes.InvalidSession, d: false });
      return undefined;
    }
    session.socket = socket;
    const lastSeen = isRecord(data) && typeof data["seq"] === "number" ? data["seq"] : 0;
    for (const event of session.sent.filter((sent) => sent.s > lastSeen)) {
      sendRaw(socket, { op: GatewayOpcodes.Dispatch, ...event });
    }
    this.#send(session, GatewayDispatchEvents.Resumed, null);
    return session;
  }

  #hasValidToken(data: unknown): boolean {
    const { token } = this.#state;
    return token === undefined || (isRecord(data) && data["token"] === token);
  }

  #send(session: Session, type: string, data: unknown): void {
    const event = { s: session.sent.length + 1, t: type, d: data };
    session.sent.push(event);
    if (session.socket !== undefined)
      sendRaw(session.socket, { op: GatewayOpcodes.Dispatch, ...event });
  }
}

function sendRaw(socket: WebSocket, payload: Record<string, unknown>): void {
  socket.send(JSON.stringify({ s: null, t: null, d: null, ...payload }));
}

function parseFrame(raw: RawData): GatewayFrame | undefined {
  try {
    const text = Array.isArray(raw)
      ? Buffer.concat(raw)
      : Buffer.isBuffer(raw)
        ? raw
        : Buffer.from(raw);
    const parsed: unknown = JSON.parse(text.toString("utf8"));
    if (!isRecord(parsed) || typeof parsed["op"] !== "number") return undefined;
    return { op: parsed["op"], d: parsed["d"] };
  } catch {
    return undefined;
  }
}
