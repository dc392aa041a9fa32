/**
 * Component rules from discord/discord-api-docs developers/components/reference.mdx: a message
 * holds up to 5 action rows, each with up to 5 buttons or one select; every `custom_id` is 1-100
 * characters and unique within the message; button labels at most 80; link buttons carry a `url`
 * (at most 512) and no `custom_id`, other buttons a `custom_id` and no `url`.
 */
import { ComponentType } from "discord-api-types/v10";
import { isRecord } from "./entities.ts";
import { checkArray, checkString } from "./discord-error.ts";
import type { FieldPath, FormErrors } from "./discord-error.ts";

const MAX_ROWS = 5;
const MAX_BUTTONS_PER_ROW = 5;
const LINK_STYLE = 5;
const PREMIUM_STYLE = 6;
const SELECT_TYPES: ReadonlySet<number> = new Set([
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
]);

/** Shared by every component of one message (or modal): the custom ids seen so far. */
export interface ComponentScope {
  readonly errors: FormErrors;
  readonly customIds: Set<string>;
}

export function checkCustomId(scope: ComponentScope, path: FieldPath, value: unknown): void {
  const customIdPath = [...path, "custom_id"];
  checkString(scope.errors, customIdPath, value, { min: 1, max: 100, isRequired: true });
  if (typeof value !== "string") return;
  if (scope.customIds.has(value)) {
    scope.errors.add(
      customIdPath,
      "COMPONENT_CUSTOM_ID_DUPLICATED",
      "Component custom id cannot be duplicated",
    );
  }
  scope.customIds.add(value);
}

function checkButton(
  scope: ComponentScope,
  path: FieldPath,
  button: Record<string, unknown>,
): void {
  const { errors } = scope;
  const style = button["style"];
  checkString(errors, [...path, "label"], button["label"], { max: 80 });
  if (style === LINK_STYLE) {
    checkString(errors, [...path, "url"], button["url"], { min: 1, max: 512, isRequired: true });
    if (button["custom_id"] !== undefined) {
      errors.add(
        [...path, "custom_id"],
        "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED",
        "A link button cannot have a custom id",
      );
    }
  } else if (style === PREMIUM_STYLE) {
    if (button["custom_id"] !== undefined || button["url"] !== undefined) {
      errors.add(path, "BUTTON_COMPONENT_PREMIUM_INVALID", "A premium button has only a sku_id");
    }
  } else if (typeof style === "number" && style >= 1 && style <= 4) {
    checkCustomId(scope, path, button["custom_id"]);
    if (button["url"] !== undefined) {
      errors.add(
        [...path, "url"],
        "BUTTON_COMPONENT_URL_NOT_ALLOWED",
        "Only a link button can have a url",
      );
    }
  } else {
    errors.add([...path, "style"], "BASE_TYPE_CHOICES", "Value must be one of (1, 2, 3, 4, 5, 6).");
  }
}

function checkSelect(
  scope: ComponentScope,
  path: FieldPath,
  select: Record<string, unknown>,
): void {
  const { errors } = scope;
  checkCustomId(scope, path, select["custom_id"]);
  checkString(errors, [...path, "placeholder"], select["placeholder"], { max: 150 });
  if (select["type"] !== ComponentType.StringSelect) return;
  const options = checkArray(errors, [...path, "options"], select["options"], { min: 1, max: 25 });
  if (select["options"] === undefined)
    errors.add([...path, "options"], "BASE_TYPE_REQUIRED", "This field is required");
  options.forEach((option, index) => {
    const record = isRecord(option) ? option : {};
    const optionPath = [...path, "options", index];
    checkString(errors, [...optionPath, "label"], record["label"], {
      min: 1,
      max: 100,
      isRequired: true,
    });
    checkString(errors, [...optionPath, "value"], record["value"], {
      min: 1,
      max: 100,
      isRequired: true,
    });
    checkString(errors, [...optionPath, "description"], record["description"], { max: 100 });
  });
}

/** One child of an action row in a message: a button or a select. */
function checkInteractive(scope: ComponentScope, path: FieldPath, component: unknown): void {
  if (!isRecord(component)) {
    scope.errors.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
  } else if (component["type"] === ComponentType.Button) {
    checkButton(scope, path, component);
  } else if (typeof component["type"] === "number" && SELECT_TYPES.has(component["type"])) {
    checkSelect(scope, path, component);
  } else {
    scope.errors.add(
      [...path, "type"],
      "UNION_TYPE_CHOICES",
      'Value of field "type" must be a button or a select.',
    );
  }
}

function checkActionRow(scope: ComponentScope, path: FieldPath, row: unknown): void {
  if (!isRecord(row) || row["type"] !== ComponentType.ActionRow) {
    scope.errors.add(
      [...path, "type"],
      "UNION_TYPE_CHOICES",
      "A message's top-level components must be action rows.",
    );
    return;
  }
  const childrenPath = [...path, "components"];
  const children = checkArray(scope.errors, childrenPath, row["components"], {
    min: 1,
    max: MAX_BUTTONS_PER_ROW,
  });
  if (row["components"] === undefined)
    scope.errors.add(childrenPath, "BASE_TYPE_REQUIRED", "This field is required");
  const selects = children.filter(
    (child) => isRecord(child) && SELECT_TYPES.has(Number(child["type"])),
  );
  if (selects.length > 0 && children.length > 1) {
    scope.errors.add(
      childrenPath,
      "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
      "An action row with a select holds nothing else",
    );
  }
  children.forEach((child, index) => checkInteractive(scope, [...childrenPath, index], child));
}

/** Walks a Components V2 tree, where layouts nest: only ids and buttons are checked there. */
function checkNestedComponent(scope: ComponentScope, path: FieldPath, component: unknown): void {
  if (!isRecord(component)) return;
  if (component["type"] === ComponentType.Button || SELECT_TYPES.has(Number(component["type"]))) {
    checkInteractive(scope, path, component);
    return;
  }
  for (const key of ["components", "items"] as const) {
    const children = component[key];
    if (Array.isArray(children))
      children.forEach((child, index) => checkNestedComponent(scope, [...path, key, index], child));
  }
  for (const key of ["accessory", "component"] as const) {
    if (isRecord(component[key])) checkNestedComponent(scope, [...path, key], component[key]);
  }
}

/** Checks a message's `components`; `isComponentsV2` follows the IS_COMPONENTS_V2 flag. */
export function checkMessageComponents(
  errors: FormErrors,
  path: FieldPath,
  value: unknown,
  isComponentsV2: boolean,
): void {
  const scope: ComponentScope = { errors, customIds: new Set() };
  if (isComponentsV2) {
    const components = checkArray(errors, path, value, { max: 40 });
    components.forEach((component, index) =>
      checkNestedComponent(scope, [...path, index], component),
    );
    return;
  }
  const rows = checkArray(errors, path, value, { max: MAX_ROWS });
  rows.forEach((row, index) => checkActionRow(scope, [...path, index], row));
}
