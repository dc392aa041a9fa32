import { ButtonStyle, ComponentType, MessageFlags } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { FormErrors } from "../support/fake-discord/discord-error.ts";
import { ALLOWED_FLAGS, checkMessage } from "../support/fake-discord/validate-message.ts";

const CREATE = { isCreation: true, allowedFlags: ALLOWED_FLAGS.followUp } as const;
const NO_MENTIONS = { parse: [] };

/** The path of every broken rule, joined with dots, e.g. `embeds.0.title`. */
function refusedPaths(body: unknown, rules: Parameters<typeof checkMessage>[3] = CREATE): string[] {
  const errors = new FormErrors();
  checkMessage(errors, [], body, rules);
  return errors.filed.map((error) => error.path.join("."));
}

const button = (customId: string, label = "Next") => ({
  type: ComponentType.Button,
  style: ButtonStyle.Secondary,
  custom_id: customId,
  label,
});
const row = (...components: unknown[]) => ({ type: ComponentType.ActionRow, components });
const embed = (fields: Record<string, unknown> = {}) => ({
  title: "Timeline",
  description: "¶2",
  ...fields,
});

describe("a message body the fake checks as Discord does", () => {
  it("accepts a full, valid reply at every limit", () => {
    const body = {
      content: "x".repeat(2_000),
      embeds: [
        embed({
          title: "t".repeat(256),
          description: "d".repeat(3_000),
          fields: [{ name: "n".repeat(256), value: "v".repeat(1_024) }],
          footer: { text: "f".repeat(100) },
          author: { name: "a".repeat(50) },
        }),
      ],
      components: [row(button("a"), button("b"), button("c"), button("d"), button("e"))],
      allowed_mentions: NO_MENTIONS,
      flags: MessageFlags.Ephemeral,
    };
    expect(refusedPaths(body)).toEqual([]);
  });

  it("counts characters, not UTF-16 units: 2,000 emoji fit in content", () => {
    expect(refusedPaths({ content: "🙂".repeat(2_000) })).toEqual([]);
    expect(refusedPaths({ content: "🙂".repeat(2_001) })).toEqual(["content"]);
  });

  it.each([
    ["content over 2,000", { content: "x".repeat(2_001) }, "content"],
    ["11 embeds", { embeds: Array.from({ length: 11 }, () => embed()) }, "embeds"],
    ["a title over 256", { embeds: [embed({ title: "t".repeat(257) })] }, "embeds.0.title"],
    [
      "a description over 4,096",
      { embeds: [embed({ description: "d".repeat(4_097) })] },
      "embeds.0.description",
    ],
    [
      "26 fields",
      {
        embeds: [embed({ fields: Array.from({ length: 26 }, () => ({ name: "n", value: "v" })) })],
      },
      "embeds.0.fields",
    ],
    [
      "an empty field value",
      { embeds: [embed({ fields: [{ name: "n", value: "" }] })] },
      "embeds.0.fields.0.value",
    ],
    [
      "a blank field name",
      { embeds: [embed({ fields: [{ name: "  ", value: "v" }] })] },
      "embeds.0.fields.0.name",
    ],
    [
      "a missing field value",
      { embeds: [embed({ fields: [{ name: "n" }] })] },
      "embeds.0.fields.0.value",
    ],
    [
      "a field name over 256",
      { embeds: [embed({ fields: [{ name: "n".repeat(257), value: "v" }] })] },
      "embeds.0.fields.0.name",
    ],
    [
      "a field value over 1,024",
      { embeds: [embed({ fields: [{ name: "n", value: "v".repeat(1_025) }] })] },
      "embeds.0.fields.0.value",
    ],
    [
      "a footer over 2,048",
      { embeds: [embed({ footer: { text: "f".repeat(2_049) } })] },
      "embeds.0.footer.text",
    ],
    [
      "an author name over 256",
      { embeds: [embed({ author: { name: "a".repeat(257) } })] },
      "embeds.0.author.name",
    ],
    [
      "6 rows",
      { components: Array.from({ length: 6 }, (_, index) => row(button(`b${index}`))) },
      "components",
    ],
    [
      "6 buttons in a row",
      {
        content: "x",
        components: [row(...["a", "b", "c", "d", "e", "f"].map((id) => button(id)))],
      },
      "components.0.components",
    ],
    [
      "a custom id over 100",
      { components: [row(button("c".repeat(101)))] },
      "components.0.components.0.custom_id",
    ],
    [
      "an empty custom id",
      { components: [row(button(""))] },
      "components.0.components.0.custom_id",
    ],
    [
      "a custom id used twice",
      { components: [row(button("same")), row(button("same"))] },
      "components.1.components.0.custom_id",
    ],
    [
      "a label over 80",
      { components: [row(button("a", "l".repeat(81)))] },
      "components.0.components.0.label",
    ],
    [
      "a link button with a custom id",
      {
        components: [
          row({ type: 2, style: ButtonStyle.Link, url: "https://example.org", custom_id: "x" }),
        ],
      },
      "components.0.components.0.custom_id",
    ],
    [
      "a link button without url",
      { components: [row({ type: 2, style: ButtonStyle.Link, label: "Source" })] },
      "components.0.components.0.url",
    ],
    [
      "a button with a url",
      { components: [row({ ...button("a"), url: "https://example.org" })] },
      "components.0.components.0.url",
    ],
    [
      "a button with no custom id",
      { components: [row({ type: 2, style: ButtonStyle.Primary, label: "Go" })] },
      "components.0.components.0.custom_id",
    ],
    [
      "a select beside a button",
      {
        components: [
          row(
            {
              type: ComponentType.StringSelect,
              custom_id: "s",
              options: [{ label: "a", value: "a" }],
            },
            button("b"),
          ),
        ],
      },
      "components.0.components",
    ],
    ["a button outside a row", { content: "x", components: [button("a")] }, "components.0.type"],
    ["a flag the endpoint refuses", { content: "x", flags: MessageFlags.Urgent }, "flags"],
    [
      "an unknown mention type",
      { content: "x", allowed_mentions: { parse: ["here"] } },
      "allowed_mentions.parse.0",
    ],
    [
      "parse users beside a users list",
      { content: "x", allowed_mentions: { parse: ["users"], users: ["1"] } },
      "allowed_mentions.parse",
    ],
    [
      "a user id that is no snowflake",
      { content: "x", allowed_mentions: { users: ["<@1>"] } },
      "allowed_mentions.users.0",
    ],
    [
      "an attachment description over 1,024",
      { content: "x", attachments: [{ id: 0, description: "d".repeat(1_025) }] },
      "attachments.0.description",
    ],
    ["an empty message", { allowed_mentions: NO_MENTIONS }, ""],
  ])("refuses %s at its path", (_name, body, path) => {
    expect(refusedPaths(body)).toEqual([path]);
  });

  it("refuses 6,001 characters summed over the embeds, each within its own limit", () => {
    const big = embed({ title: "", description: "d".repeat(4_000) });
    expect(
      refusedPaths({ embeds: [big, embed({ title: "", description: "d".repeat(2_000) })] }),
    ).toEqual([]);
    expect(
      refusedPaths({ embeds: [big, embed({ title: "", description: "d".repeat(2_001) })] }),
    ).toEqual(["embeds"]);
  });

  it("measures embed text after trimming, as Discord does", () => {
    expect(refusedPaths({ embeds: [embed({ title: ` ${"t".repeat(256)} ` })] })).toEqual([]);
  });

  it("lets an edit change one field without anything else to show", () => {
    expect(refusedPaths({ components: [] }, { isCreation: false })).toEqual([]);
  });

  it("refuses content beside the IS_COMPONENTS_V2 flag", () => {
    const body = {
      content: "x",
      flags: MessageFlags.IsComponentsV2,
      components: [{ type: ComponentType.TextDisplay, content: "y" }],
    };
    expect(refusedPaths(body)).toEqual([""]);
  });
});
