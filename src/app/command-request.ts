/** What every transport turns its input into: a command name and a flat record of options. */
import type { OptionValue } from "../../commands/define-command.ts";

export interface CommandRequest {
  readonly name: string;
  readonly options: Readonly<Record<string, OptionValue>>;
  /** Set for autocomplete: the option being typed. */
  readonly focused?: string | undefined;
}
