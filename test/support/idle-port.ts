/** An InteractionPort that does nothing and succeeds, with any method replaced for a test. */
import type { InteractionPort } from "../../src/interactions/interaction-plan.ts";

export function createIdlePort(overrides: Partial<InteractionPort> = {}): InteractionPort {
  return {
    countPins: async () => 0,
    pinMessage: async () => undefined,
    editOriginal: async () => undefined,
    followUp: async () => undefined,
    startThread: async () => "0",
    createMessage: async () => "0",
    editMessage: async () => undefined,
    ...overrides,
  };
}
