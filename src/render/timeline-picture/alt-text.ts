/**
 * The attachment `description` (alt text) for screen readers: what the picture shows, event by
 * event, within Discord's 1,024 characters (developers/resources/message.mdx, attachment object).
 */
import { formatPictureDate } from "./calendar-days.ts";
import type { TimelinePictureInput } from "./picture-events.ts";

export const MAX_ALT_TEXT = 1_024;

function describePeople(names: readonly string[]): string {
  return names.length === 0 ? "" : ` (${names.join(", ")})`;
}

/** "Timeline of “…”: 11 events from 2016 to 16 Nov 2023. 2016, ¶16: …; …" cut to 1,024 characters. */
export function describeTimelinePicture(input: TimelinePictureInput): string {
  const { events } = input;
  const first = events[0];
  const last = events.at(-1);
  const range =
    first === undefined || last === undefined
      ? "no dated events"
      : `${events.length} dated ${events.length === 1 ? "event" : "events"} from ${formatPictureDate(first.date, first.precision)} to ${formatPictureDate(last.date, last.precision)}`;
  const published =
    input.articles.length === 1 && input.articles[0]?.published
      ? `; published ${formatPictureDate(input.articles[0].published, "day")}`
      : "";
  const items = events.map(
    (event) =>
      `${formatPictureDate(event.date, event.precision)}, ¶${event.passageNumber}: ${event.label}${describePeople(event.people.map((person) => `${person.name}${person.stance === null ? "" : `, ${person.stance}`}`))}`,
  );
  const text = `Picture of a timeline, ${input.title}: ${range}${published}. ${items.join("; ")}.`;
  const characters = [...text];
  return characters.length <= MAX_ALT_TEXT
    ? text
    : `${characters.slice(0, MAX_ALT_TEXT - 1).join("")}…`;
}
