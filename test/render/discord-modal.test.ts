import { ComponentType, TextInputStyle } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { parseCustomId } from "../../src/render/custom-id.ts";
import { EDIT_MODAL_INPUT_ID, renderEditModal } from "../../src/render/discord-modal.ts";
import { MODAL_TITLE_MAX, TEXT_INPUT_VALUE_MAX } from "../../src/render/limits.ts";

describe("renderEditModal", () => {
  it("opens a paragraph box with the current text and the edit id of the article", () => {
    const modal = renderEditModal("fentanyl-ifs", "What happened: …");
    expect(modal).toEqual({
      ok: true,
      value: {
        custom_id: "rt1:edit:fentanyl-ifs",
        title: "Edit the pinned summary",
        components: [
          {
            type: ComponentType.Label,
            label: "Summary",
            component: {
              type: ComponentType.TextInput,
              custom_id: EDIT_MODAL_INPUT_ID,
              style: TextInputStyle.Paragraph,
              value: "What happened: …",
              max_length: TEXT_INPUT_VALUE_MAX,
              required: true,
            },
          },
        ],
      },
    });
    if (modal.ok)
      expect(parseCustomId(modal.value.custom_id)).toEqual({
        ok: true,
        value: { kind: "edit", articleId: "fentanyl-ifs" },
      });
  });

  it("cuts a long title and a 10,000-character text within the limits", () => {
    const modal = renderEditModal(
      "a",
      "word ".repeat(2000),
      "A very long modal title that keeps on going\nand going",
    );
    expect(modal.ok).toBe(true);
    if (!modal.ok) return;
    expect(modal.value.title.length).toBeLessThanOrEqual(MODAL_TITLE_MAX);
    const [label] = modal.value.components;
    const value =
      label?.type === ComponentType.Label && label.component.type === ComponentType.TextInput
        ? label.component.value
        : undefined;
    expect(value?.length).toBeLessThanOrEqual(TEXT_INPUT_VALUE_MAX);
    expect(value?.endsWith("word…")).toBe(true);
  });

  it("fails when the article id cannot fit in a custom id", () => {
    expect(renderEditModal("a".repeat(100), "x").ok).toBe(false);
  });
});
