/**
 * Interaction callback rules from discord/discord-api-docs
 * developers/interactions/receiving-and-responding.mdx ("Interaction Response Object": callback
 * types, messages, autocomplete with at most 25 choices, modals titled 1-45 characters with 1-5
 * components), developers/interactions/application-commands.mdx (a choice's name is 1-100
 * characters, a string value at most 100) and developers/components/reference.mdx (text inputs:
 * label at most 45, value up to 4,000, placeholder up to 100, min_length 0-4,000, max_length 1-4,000).
 */
import { ComponentType, InteractionResponseType } from "discord-api-types/v10";
import { isRecord } from "./entities.ts";
import { FormErrors, checkArray, checkString } from "./discord-error.ts";
import type { FieldPath } from "./discord-error.ts";
import { checkCustomId } from "./validate-components.ts";
import type { ComponentScope } from "./validate-components.ts";
import { ALLOWED_FLAGS, checkFlags, checkMessage } from "./validate-message.ts";

const MAX_CHOICES = 25;
const MAX_TEXT_INPUT = 4_000;

export function checkChoices(errors: FormErrors, path: FieldPath, value: unknown): void {
  const choices = checkArray(errors, path, value, { max: MAX_CHOICES });
  if (value === undefined) errors.add(path, "BASE_TYPE_REQUIRED", "This field is required");
  choices.forEach((choice, index) => {
    const record = isRecord(choice) ? choice : {};
    const choicePath = [...path, index];
    checkString(errors, [...choicePath, "name"], record["name"], {
      min: 1,
      max: 100,
      isRequired: true,
    });
    const choiceValue = record["value"];
    if (typeof choiceValue === "string") {
      checkString(errors, [...choicePath, "value"], choiceValue, { max: 100 });
    } else if (typeof choiceValue !== "number" || !Number.isFinite(choiceValue)) {
      errors.add(
        [...choicePath, "value"],
        "BASE_TYPE_REQUIRED",
        "A choice's value is a string or a number",
      );
    }
  });
}

function checkTextInput(
  scope: ComponentScope,
  path: FieldPath,
  input: unknown,
  hasOuterLabel: boolean,
): void {
  const { errors } = scope;
  if (!isRecord(input) || input["type"] !== ComponentType.TextInput) {
    errors.add([...path, "type"], "UNION_TYPE_CHOICES", "A modal here holds a text input.");
    return;
  }
  checkCustomId(scope, path, input["custom_id"]);
  if (input["style"] !== 1 && input["style"] !== 2) {
    errors.add([...path, "style"], "BASE_TYPE_CHOICES", "Value must be one of (1, 2).");
  }
  // Inside an action row (the older layout) the input carries its own label; inside a Label, none.
  checkString(errors, [...path, "label"], input["label"], {
    min: 1,
    max: 45,
    isRequired: !hasOuterLabel,
  });
  checkString(errors, [...path, "value"], input["value"], { max: MAX_TEXT_INPUT });
  checkString(errors, [...path, "placeholder"], input["placeholder"], { max: 100 });
  const { min_length: minLength, max_length: maxLength } = input;
  checkBound(errors, [...path, "min_length"], minLength, 0);
  checkBound(errors, [...path, "max_length"], maxLength, 1);
  if (typeof minLength === "number" && typeof maxLength === "number" && minLength > maxLength) {
    errors.add(
      [...path, "min_length"],
      "BASE_TYPE_BAD_INT",
      "min_length must not exceed max_length",
    );
  }
}

function checkBound(errors: FormErrors, path: FieldPath, value: unknown, min: number): void {
  if (value === undefined) return;
  if (
    typeof value !== "number" ||
    !Number.isInteger(value) ||
    value < min ||
    value > MAX_TEXT_INPUT
  ) {
    errors.add(path, "NUMBER_TYPE_MAX", `Must be an integer between ${min} and ${MAX_TEXT_INPUT}.`);
  }
}

function checkModalComponent(scope: ComponentScope, path: FieldPath, component: unknown): void {
  const type = isRecord(component) ? component["type"] : undefined;
  if (!isRecord(component)) {
    scope.errors.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
  } else if (type === ComponentType.ActionRow) {
    const children = checkArray(scope.errors, [...path, "components"], component["components"], {
      min: 1,
      max: 1,
    });
    children.forEach((child, index) =>
      checkTextInput(scope, [...path, "components", index], child, false),
    );
  } else if (type === ComponentType.Label) {
    checkString(scope.errors, [...path, "label"], component["label"], {
      min: 1,
      max: 45,
      isRequired: true,
    });
    checkString(scope.errors, [...path, "description"], component["description"], { max: 100 });
    const inner = component["component"];
    if (isRecord(inner) && inner["type"] === ComponentType.TextInput)
      checkTextInput(scope, [...path, "component"], inner, true);
    else if (isRecord(inner) && typeof inner["custom_id"] === "string")
      checkCustomId(scope, [...path, "component"], inner["custom_id"]);
  } else if (type !== ComponentType.TextDisplay) {
    scope.errors.add(
      [...path, "type"],
      "UNION_TYPE_CHOICES",
      "A modal holds labels, text displays or action rows.",
    );
  }
}

function checkModal(errors: FormErrors, path: FieldPath, data: unknown): void {
  const modal = isRecord(data) ? data : {};
  const scope: ComponentScope = { errors, customIds: new Set() };
  checkString(errors, [...path, "title"], modal["title"], { min: 1, max: 45, isRequired: true });
  checkString(errors, [...path, "custom_id"], modal["custom_id"], {
    min: 1,
    max: 100,
    isRequired: true,
  });
  const components = checkArray(errors, [...path, "components"], modal["components"], {
    min: 1,
    max: 5,
  });
  if (modal["components"] === undefined)
    errors.add([...path, "components"], "BASE_TYPE_REQUIRED", "This field is required");
  components.forEach((component, index) =>
    checkModalComponent(scope, [...path, "components", index], component),
  );
}

/** Checks a `POST /interactions/:id/:token/callback` body; empty errors mean Discord accepts it. */
export function validateInteractionCallback(body: unknown): FormErrors {
  const errors = new FormErrors();
  const callback = isRecord(body) ? body : {};
  const data = callback["data"];
  switch (callback["type"]) {
    case InteractionResponseType.ChannelMessageWithSource:
      checkMessage(errors, ["data"], data, {
        isCreation: true,
        allowedFlags: ALLOWED_FLAGS.callbackMessage,
      });
      break;
    case InteractionResponseType.UpdateMessage:
      checkMessage(errors, ["data"], data ?? {}, {
        isCreation: false,
        allowedFlags: ALLOWED_FLAGS.callbackMessage,
      });
      break;
    case InteractionResponseType.DeferredChannelMessageWithSource:
      if (isRecord(data))
        checkFlags(errors, ["data", "flags"], data["flags"], ALLOWED_FLAGS.deferredCallback);
      break;
    case InteractionResponseType.DeferredMessageUpdate:
    case InteractionResponseType.Pong:
      break;
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      checkChoices(errors, ["data", "choices"], isRecord(data) ? data["choices"] : undefined);
      break;
    case InteractionResponseType.Modal:
      checkModal(errors, ["data"], data);
      break;
    default:
      errors.add(
        ["type"],
        "BASE_TYPE_CHOICES",
        "Value must be one of (1, 4, 5, 6, 7, 8, 9, 10, 12).",
      );
  }
  return errors;
}
