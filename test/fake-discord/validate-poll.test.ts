import { describe, expect, it } from "vitest";
import { FormErrors } from "../support/fake-discord/discord-error.ts";
import { createState } from "../support/fake-discord/index.ts";
import type { UploadedFile } from "../support/fake-discord/multipart.ts";
import type { RouteInput } from "../support/fake-discord/route-table.ts";
import { THREAD_ROUTES } from "../support/fake-discord/thread-routes.ts";
import { ALLOWED_FLAGS, checkMessage } from "../support/fake-discord/validate-message.ts";

const CREATE = { isCreation: true, allowedFlags: ALLOWED_FLAGS.channelMessage } as const;

function refusedPaths(body: unknown, rules: Parameters<typeof checkMessage>[3] = CREATE): string[] {
  const errors = new FormErrors();
  checkMessage(errors, [], body, rules);
  return errors.filed.map((error) => error.path.join("."));
}

const answer = (text: string) => ({ poll_media: { text } });
const poll = (fields: Record<string, unknown> = {}) => ({
  question: { text: "Who makes the better case?" },
  answers: [answer("Joe Biden (supports)"), answer("Rayhan Asat (opposes)")],
  duration: 24,
  allow_multiselect: false,
  ...fields,
});
const file = (index: number): UploadedFile => ({
  field: `files[${index}]`,
  filename: "timeline.png",
  contentType: "image/png",
  bytes: Buffer.from("png"),
});

describe("polls, as poll.mdx limits them", () => {
  it("accepts a poll at every limit: 300-character question, 10 answers of 55, 768 hours", () => {
    const answers = Array.from({ length: 10 }, () => answer("a".repeat(55)));
    const body = { poll: poll({ question: { text: "q".repeat(300) }, answers, duration: 768 }) };
    expect(refusedPaths(body)).toEqual([]);
  });

  it.each([
    { poll: poll({ question: { text: "q".repeat(301) } }), path: "poll.question.text" },
    { poll: poll({ question: { text: "" } }), path: "poll.question.text" },
    { poll: poll({ question: undefined }), path: "poll.question" },
    { poll: poll({ answers: [] }), path: "poll.answers" },
    {
      poll: poll({ answers: Array.from({ length: 11 }, () => answer("a")) }),
      path: "poll.answers",
    },
    { poll: poll({ answers: [answer("a".repeat(56))] }), path: "poll.answers.0.poll_media.text" },
    { poll: poll({ answers: [{}] }), path: "poll.answers.0.poll_media" },
    { poll: poll({ duration: 769 }), path: "poll.duration" },
    { poll: poll({ duration: 0 }), path: "poll.duration" },
    { poll: poll({ duration: 1.5 }), path: "poll.duration" },
    { poll: poll({ layout_type: 2 }), path: "poll.layout_type" },
    { poll: poll({ allow_multiselect: "yes" }), path: "poll.allow_multiselect" },
  ])("refuses a broken poll at $path", ({ poll: body, path }) => {
    expect(refusedPaths({ poll: body })).toEqual([path]);
  });

  it("refuses a poll in an edit: a poll message cannot be edited", () => {
    expect(refusedPaths({ poll: poll() }, { isCreation: false })).toEqual(["poll"]);
  });
});

describe("attachments against the uploaded files (reference.mdx, Uploading Files)", () => {
  const attachment = { id: 0, filename: "timeline.png", description: "A timeline" };

  it("accepts files[0] named by attachments[0] with a description of 1,024", () => {
    const body = { attachments: [{ ...attachment, description: "d".repeat(1_024) }] };
    expect(refusedPaths(body, { isCreation: false, files: [file(0)] })).toEqual([]);
  });

  it.each([
    {
      body: { attachments: [{ ...attachment, description: "d".repeat(1_025) }] },
      files: [file(0)],
      path: "attachments.0.description",
    },
    {
      body: { attachments: [{ ...attachment, id: 1 }] },
      files: [file(0)],
      path: "attachments.0.id",
    },
    { body: { attachments: [attachment] }, files: [], path: "attachments.0.id" },
    { body: { attachments: [attachment] }, files: [file(0), file(1)], path: "attachments" },
    {
      body: { attachments: [{ ...attachment, filename: "" }] },
      files: [file(0)],
      path: "attachments.0.filename",
    },
  ])("refuses $path", ({ body, files, path }) => {
    expect(refusedPaths(body, { isCreation: false, files })).toContain(path);
  });
});

describe("starting a thread from a message (channel.mdx)", () => {
  const [route] = THREAD_ROUTES;
  const state = createState();
  const input = (body: unknown): RouteInput => ({
    state,
    params: ["1300000000000000001", "1600000000000000001"],
    query: {},
    body,
    headers: {},
    files: [],
  });
  const paths = (body: unknown) =>
    (route?.validate?.(input(body)).filed ?? []).map((error) => error.path.join("."));

  it("accepts a 100-character name and a week's auto-archive", () => {
    expect(paths({ name: "n".repeat(100), auto_archive_duration: 10_080 })).toEqual([]);
  });

  it.each([
    { body: { name: "n".repeat(101) }, path: "name" },
    { body: { name: "" }, path: "name" },
    { body: {}, path: "name" },
    { body: { name: "ok", auto_archive_duration: 120 }, path: "auto_archive_duration" },
    { body: { name: "ok", rate_limit_per_user: 21_601 }, path: "rate_limit_per_user" },
  ])("refuses a broken $path", ({ body, path }) => {
    expect(paths(body)).toEqual([path]);
  });

  it("answers 160004 for a second thread on the same message, as Discord does", () => {
    const first = route?.answer(input({ name: "Discussion" }));
    const second = route?.answer(input({ name: "Discussion" }));
    expect(first).toMatchObject({ status: 201, body: { id: "1600000000000000001", type: 11 } });
    expect(second).toMatchObject({ status: 400, body: { code: 160004 } });
  });
});
