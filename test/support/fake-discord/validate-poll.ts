/**
 * Poll and attachment rules, written from discord/discord-api-docs:
 * - developers/resources/poll.mdx, "Poll Create Request Object": question text ≤ 300, up to 10
 *   answers of ≤ 55, `duration` in hours "up to 32 days" (768), `layout_type` 1; "After
 *   creation, the poll message cannot be edited";
 * - developers/reference.mdx, "Uploading Files": each `files[n]` is named by an `attachments`
 *   entry whose `id` is n; message.mdx: attachment `description` ≤ 1,024.
 */
import { isRecord } from "./entities.ts";
import { checkArray, checkString } from "./discord-error.ts";
import type { FieldPath, FormErrors } from "./discord-error.ts";
import type { UploadedFile } from "./multipart.ts";

export const POLL_QUESTION_MAX = 300;
export const POLL_ANSWERS_MAX = 10;
export const POLL_ANSWER_MAX = 55;
export const POLL_DURATION_HOURS_MAX = 768;
const ATTACHMENT_DESCRIPTION_MAX = 1_024;

function checkPollMedia(errors: FormErrors, path: FieldPath, media: unknown, max: number): void {
  if (!isRecord(media)) {
    errors.add(path, "BASE_TYPE_REQUIRED", "This field is required");
    return;
  }
  checkString(errors, [...path, "text"], media["text"], { min: 1, max, isRequired: true });
}

function checkInteger(
  errors: FormErrors,
  path: FieldPath,
  value: unknown,
  range: { min: number; max: number },
): void {
  if (value === undefined || value === null) return;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    errors.add(path, "NUMBER_TYPE_COERCE", `Value "${String(value)}" is not int.`);
  } else if (value < range.min || value > range.max) {
    errors.add(path, "NUMBER_TYPE_MAX", `Value must be between ${range.min} and ${range.max}.`);
  }
}

/** A poll create request under `path`; `isCreation` false refuses it (polls are never edited). */
export function checkPoll(
  errors: FormErrors,
  path: FieldPath,
  poll: unknown,
  isCreation: boolean,
): void {
  if (poll === undefined || poll === null) return;
  if (!isCreation) {
    errors.add(path, "POLL_CANNOT_BE_EDITED", "A poll cannot be added or changed by an edit.");
    return;
  }
  if (!isRecord(poll)) {
    errors.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
    return;
  }
  checkPollMedia(errors, [...path, "question"], poll["question"], POLL_QUESTION_MAX);
  if (poll["answers"] === undefined)
    errors.add([...path, "answers"], "BASE_TYPE_REQUIRED", "This field is required");
  const answers = checkArray(errors, [...path, "answers"], poll["answers"], {
    min: 1,
    max: POLL_ANSWERS_MAX,
  });
  answers.forEach((answer, index) => {
    const media = isRecord(answer) ? answer["poll_media"] : undefined;
    checkPollMedia(errors, [...path, "answers", index, "poll_media"], media, POLL_ANSWER_MAX);
  });
  checkInteger(errors, [...path, "duration"], poll["duration"], {
    min: 1,
    max: POLL_DURATION_HOURS_MAX,
  });
  checkInteger(errors, [...path, "layout_type"], poll["layout_type"], { min: 1, max: 1 });
  const multiselect = poll["allow_multiselect"];
  if (multiselect !== undefined && typeof multiselect !== "boolean")
    errors.add([...path, "allow_multiselect"], "BASE_TYPE_BAD_TYPE", "Must be a boolean.");
}

/**
 * `attachments` against the uploaded files: descriptions ≤ 1,024; each file has an entry whose
 * id is its index, and an entry for a new file (one with a filename) names a file that was sent.
 */
export function checkAttachments(
  errors: FormErrors,
  path: FieldPath,
  value: unknown,
  files: readonly UploadedFile[],
): void {
  const attachments = checkArray(errors, path, value, { max: 10 });
  const ids = new Set<string>();
  attachments.forEach((attachment, index) => {
    const entry = isRecord(attachment) ? attachment : {};
    checkString(errors, [...path, index, "description"], entry["description"], {
      max: ATTACHMENT_DESCRIPTION_MAX,
    });
    checkString(errors, [...path, index, "filename"], entry["filename"], { min: 1, max: 1_024 });
    const id = String(entry["id"] ?? "");
    ids.add(id);
    const isNew = entry["filename"] !== undefined && /^\d{1,2}$/.test(id);
    if (isNew && !files.some((file) => file.field === `files[${id}]`))
      errors.add(
        [...path, index, "id"],
        "ATTACHMENT_NOT_FOUND",
        `No file files[${id}] was uploaded.`,
      );
  });
  files.forEach((file) => {
    const index = /^files\[(\d+)\]$/.exec(file.field)?.[1];
    if (attachments.length > 0 && (index === undefined || !ids.has(index)))
      errors.add(path, "ATTACHMENT_NOT_NAMED", `${file.field} has no attachments entry.`);
  });
}
