/** Carries out an InteractionPlan the same way for every transport, and logs one line for it. */
import { randomUUID } from "node:crypto";
import { InteractionResponseType } from "discord-api-types/v10";
import type { APIInteraction, APIInteractionResponse } from "discord-api-types/v10";
import { renderErrorMessage } from "../../render/discord-message.ts";
import type { InteractionPlan, InteractionPort } from "./interaction-port.ts";

/** The few logger methods needed; a pino logger fits. */
export interface InteractionLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface PlanRunner {
  readonly plan: (interaction: APIInteraction) => InteractionPlan;
  /** Sends the initial response; HTTP returns it as the request's body instead. */
  readonly respond: (
    interaction: APIInteraction,
    response: APIInteractionResponse,
  ) => Promise<void>;
  readonly createPort: (interaction: APIInteraction) => InteractionPort;
  readonly logger: InteractionLogger;
  readonly now: () => number;
}

/** Discord's "Unknown interaction": the 3-second window passed or the token expired. */
const UNKNOWN_INTERACTION = 10062;

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
}

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
export function planSafely(
  interaction: APIInteraction,
  plan: (interaction: APIInteraction) => InteractionPlan,
): InteractionPlan {
  try {
    return plan(interaction);
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

/** Responds, then runs any follow-up work; never throws, never retries a failed response. */
export async function runPlan(interaction: APIInteraction, runner: PlanRunner): Promise<void> {
  const started = runner.now();
  const plan = planSafely(interaction, runner.plan);
  const context = describeContext(interaction, plan);
  if (plan.log.outcome === "failure")
    runner.logger.error({ ...context, err: plan.log.error }, "command failed");
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
  if (plan.followUp) {
    try {
      await plan.followUp(runner.createPort(interaction));
    } catch (error) {
      runner.logger.error({ ...context, err: error }, "follow-up failed");
    }
  }
  runner.logger.info(
    { ...context, latencyMs: Math.round(runner.now() - started) },
    "interaction handled",
  );
}
