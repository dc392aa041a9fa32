/** What planning needs in every Discord mode, wired from the config and the libraries. */
import type { Logger } from "pino";
import { createDispatcher } from "../../interactions/dispatch.ts";
import {
  createInteractionQueue,
  DEFAULT_QUEUE_LIMITS,
  type InteractionQueue,
} from "../../interactions/interaction-queue.ts";
import type { LibraryPort } from "../../interactions/library/library-port.ts";
import type { PlanDependencies } from "../../interactions/plan-interaction.ts";
import { createPollLedger } from "../../interactions/poll-ledger.ts";
import { createTimelineDrawer } from "../../interactions/timeline-drawer.ts";
import type { Library } from "../library/build-library.ts";
import type { Config } from "./config.ts";

/** Each request reads the library of the server it came from (the bundled one in a DM). */
export function createPlanDependencies(
  config: Config,
  library: Library,
  libraries: LibraryPort | undefined,
): PlanDependencies {
  const knowledge = library.knowledgeFor ?? library.kb;
  return {
    dispatch: createDispatcher(knowledge),
    drawTimeline: createTimelineDrawer(knowledge),
    pollDurationHours: config.pollDurationHours,
    polls: createPollLedger(),
    ...(libraries && { library: libraries }),
  };
}

/** Work that would start past Discord's deadline is shed, and each shed is logged (throttled). */
export function createLoggedQueue(log: Logger, now: () => number): InteractionQueue {
  return createInteractionQueue({
    ...DEFAULT_QUEUE_LIMITS,
    now,
    onShed: (reason, waitedMs) =>
      log.warn({ reason, waitedMs: Math.round(waitedMs) }, "interaction shed"),
  });
}
