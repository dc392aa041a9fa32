export type * from "./article.ts";
export type * from "./analysis.ts";
export type * from "./answer.ts";
export * from "./result.ts";
