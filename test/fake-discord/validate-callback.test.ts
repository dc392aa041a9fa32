import {
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  TextInputStyle,
} from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { validateInteractionCallback } from "../support/fake-discord/validate-callback.ts";

function refusedPaths(body: unknown): string[] {
  return validateInteractionCallback(body).filed.map((error) => error.path.join("."));
}

const textInput = (fields: Record<string, unknown> = {}) => ({
  type: ComponentType.TextInput,
  custom_id: "summary",
  style: TextInputStyle.Paragraph,
  label: "Summary",
  value: "The inspectors met on Wednesday.",
  ...fields,
});
const modal = (fields: Record<string, unknown> = {}) => ({
  type: InteractionResponseType.Modal,
  data: {
    custom_id: "edit:1",
    title: "Edit the summary",
    components: [{ type: ComponentType.ActionRow, components: [textInput()] }],
    ...fields,
  },
});
const modalWithInput = (fields: Record<string, unknown>) =>
  modal({ components: [{ type: ComponentType.ActionRow, components: [textInput(fields)] }] });
const choices = (list: unknown[]) => ({
  type: InteractionResponseType.ApplicationCommandAutocompleteResult,
  data: { choices: list },
});

describe("an interaction callback the fake checks as Discord does", () => {
  it.each([
    ["a message", { type: 4, data: { content: "¶1", allowed_mentions: { parse: [] } } }],
    ["a deferred ephemeral reply", { type: 5, data: { flags: MessageFlags.Ephemeral } }],
    ["a deferred update", { type: 6 }],
    ["an update", { type: 7, data: { components: [] } }],
    [
      "25 choices",
      choices(
        Array.from({ length: 25 }, (_, index) => ({ name: `n${index}`, value: "v".repeat(100) })),
      ),
    ],
    ["a modal", modal()],
    [
      "a modal with a Label",
      modal({
        components: [
          {
            type: ComponentType.Label,
            label: "Summary",
            component: textInput({ label: undefined }),
          },
        ],
      }),
    ],
  ])("accepts %s", (_name, body) => {
    expect(refusedPaths(body)).toEqual([]);
  });

  it.each([
    ["an unknown type", { type: 3 }, "type"],
    ["a message with nothing to show", { type: 4, data: {} }, "data"],
    ["a message over 2,000", { type: 4, data: { content: "x".repeat(2_001) } }, "data.content"],
    [
      "a deferred reply with SUPPRESS_EMBEDS",
      { type: 5, data: { flags: MessageFlags.SuppressEmbeds } },
      "data.flags",
    ],
    [
      "26 choices",
      choices(Array.from({ length: 26 }, (_, index) => ({ name: `n${index}`, value: "v" }))),
      "data.choices",
    ],
    ["a choice with an empty name", choices([{ name: "", value: "v" }]), "data.choices.0.name"],
    [
      "a choice name over 100",
      choices([{ name: "n".repeat(101), value: "v" }]),
      "data.choices.0.name",
    ],
    [
      "a choice value over 100",
      choices([{ name: "n", value: "v".repeat(101) }]),
      "data.choices.0.value",
    ],
    ["a choice without a value", choices([{ name: "n" }]), "data.choices.0.value"],
    ["a modal title over 45", modal({ title: "t".repeat(46) }), "data.title"],
    ["a modal without a title", modal({ title: "" }), "data.title"],
    ["a modal custom id over 100", modal({ custom_id: "c".repeat(101) }), "data.custom_id"],
    ["a modal without components", modal({ components: [] }), "data.components"],
    [
      "a modal with 6 components",
      modal({
        components: Array.from({ length: 6 }, (_, index) => ({
          type: ComponentType.ActionRow,
          components: [textInput({ custom_id: `f${index}` })],
        })),
      }),
      "data.components",
    ],
    [
      "a text input label over 45",
      modalWithInput({ label: "l".repeat(46) }),
      "data.components.0.components.0.label",
    ],
    [
      "a text input value over 4,000",
      modalWithInput({ value: "v".repeat(4_001) }),
      "data.components.0.components.0.value",
    ],
    [
      "a placeholder over 100",
      modalWithInput({ placeholder: "p".repeat(101) }),
      "data.components.0.components.0.placeholder",
    ],
    [
      "a max_length over 4,000",
      modalWithInput({ max_length: 4_001 }),
      "data.components.0.components.0.max_length",
    ],
    [
      "a max_length of 0",
      modalWithInput({ max_length: 0 }),
      "data.components.0.components.0.max_length",
    ],
    [
      "min_length above max_length",
      modalWithInput({ min_length: 10, max_length: 5 }),
      "data.components.0.components.0.min_length",
    ],
    [
      "a text input with no style",
      modalWithInput({ style: undefined }),
      "data.components.0.components.0.style",
    ],
  ])("refuses %s at its path", (_name, body, path) => {
    expect(refusedPaths(body)).toEqual([path]);
  });

  it("answers in Discord's error shape, nested by path", () => {
    const errors = validateInteractionCallback({
      type: 4,
      data: { embeds: [{ title: "t".repeat(257) }] },
    });
    expect(errors.toTree()).toEqual({
      data: {
        embeds: {
          "0": {
            title: {
              _errors: [
                { code: "BASE_TYPE_MAX_LENGTH", message: "Must be 256 or fewer in length." },
              ],
            },
          },
        },
      },
    });
  });
});
