/**
 * Carries out an InteractionPlan the same way for every transport: plan once, log one line when
 * the response is out (its latency is the response's), then run the follow-up.
 */
import { randomUUID } from "node:crypto";
import { InteractionResponseType } from "discord-api-types/v10";
import type { APIInteraction, APIInteractionResponse } from "discord-api-types/v10";
import { renderErrorMessage } from "../render/discord-error.ts";
import type {
  InteractionLogger,
  InteractionPlan,
  InteractionPort,
  PlanInteraction,
} from "./interaction-plan.ts";

/** What running a plan needs, whichever transport carried the interaction. */
export interface PlanServices {
  readonly plan: PlanInteraction;
  readonly createPort: (interaction: APIInteraction) => InteractionPort;
  readonly logger: InteractionLogger;
  /** Milliseconds on a monotonic clock, for the latency in the log line. */
  readonly now: () => number;
}

export interface PlanRunner extends PlanServices {
  /** Sends the initial response (the gateway posts it; HTTP returns it as the body instead). */
  readonly respond: (
    interaction: APIInteraction,
    response: APIInteractionResponse,
  ) => Promise<void>;
}

/** The HTTP answer: the response body now, and the follow-up to start once it is written. */
export interface PlannedResponse {
  readonly response: APIInteractionResponse;
  readonly afterSend?: () => void;
}

/** Discord's "Unknown interaction": the 3-second window passed or the token expired. */
const UNKNOWN_INTERACTION = 10062;

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
}

type LogContext = ReturnType<typeof describeContext>;

function describeContext(interaction: APIInteraction, plan: InteractionPlan) {
  return {
    interactionId: interaction.id,
    guildId: interaction.guild_id ?? null,
    command: plan.log.command,
    outcome: plan.log.outcome,
    ...(plan.log.errorId === undefined ? {} : { errorId: plan.log.errorId }),
  };
}

/** A bug while planning still gets the user a private "something went wrong" with an id. */
export async function planSafely(
  interaction: APIInteraction,
  plan: PlanInteraction,
): Promise<InteractionPlan> {
  try {
    return await plan(interaction);
  } catch (error) {
    const errorId = randomUUID().slice(0, 8);
    return {
      response: {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: renderErrorMessage("Something went wrong on our side.", errorId),
      },
      log: { command: "unknown", outcome: "failure", errorId, error },
    };
  }
}

/** Plans once and logs a failure at once, whether or not a follow-up ever runs. */
async function planAndLog(interaction: APIInteraction, services: PlanServices) {
  const plan = await planSafely(interaction, services.plan);
  const context = describeContext(interaction, plan);
  if (plan.log.outcome === "failure")
    services.logger.error({ ...context, err: plan.log.error }, "command failed");
  return { plan, context };
}

function logHandled(services: PlanServices, context: LogContext, started: number): void {
  const latencyMs = Math.round(services.now() - started);
  services.logger.info({ ...context, latencyMs }, "interaction handled");
}

/** The one follow-up runner (pinning, editing): logs a failure, never throws. */
export async function runFollowUp(
  interaction: APIInteraction,
  plan: InteractionPlan,
  services: Pick<PlanServices, "createPort" | "logger">,
  context: LogContext = describeContext(interaction, plan),
): Promise<void> {
  if (!plan.followUp) return;
  try {
    await plan.followUp(services.createPort(interaction));
  } catch (error) {
    services.logger.error({ ...context, err: error }, "follow-up failed");
  }
}

/** HTTP: one planning gives the response body and the follow-up to run once it is sent. */
export async function planResponse(
  interaction: APIInteraction,
  services: PlanServices,
): Promise<PlannedResponse> {
  const started = services.now();
  const { plan, context } = await planAndLog(interaction, services);
  logHandled(services, context, started);
  if (!plan.followUp) return { response: plan.response };
  return {
    response: plan.response,
    afterSend: () => void runFollowUp(interaction, plan, services, context),
  };
}

/** Gateway: responds, then runs any follow-up; never throws, never retries a failed response. */
export async function runPlan(interaction: APIInteraction, runner: PlanRunner): Promise<void> {
  const started = runner.now();
  const { plan, context } = await planAndLog(interaction, runner);
  try {
    await runner.respond(interaction, plan.response);
  } catch (error) {
    const expired = errorCode(error) === UNKNOWN_INTERACTION;
    // Logged once and dropped: retrying a reply Discord refused only adds load.
    runner.logger.warn(
      { ...context, err: error, expired },
      expired ? "interaction expired before the reply" : "reply failed",
    );
    return;
  }
  logHandled(runner, context, started);
  await runFollowUp(interaction, plan, runner, context);
}
