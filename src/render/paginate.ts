/**
 * Paging shared by the Discord and console renderers: answers are flattened to items in
 * reading order, packed greedily into pages, and regrouped into their sections for drawing.
 */
import type { Answer, AnswerItem, AnswerSection } from "../model/answer.ts";

/** One item with the section it belongs to. */
export interface PageEntry {
  readonly section: AnswerSection;
  readonly sectionIndex: number;
  readonly item: AnswerItem;
  readonly itemIndex: number;
}

/** Decides what a page can hold; a fresh packer is created for each page. */
export interface PagePacker<T> {
  /** Adds the entry and returns true when it fits on this page, else returns false. */
  tryAdd(entry: T): boolean;
}

/** The items of one section that fall on one page. */
export interface SectionSlice<T> {
  readonly section: AnswerSection;
  readonly sectionIndex: number;
  readonly entries: readonly T[];
  /** True when earlier items of the section are on an earlier page. */
  readonly isContinued: boolean;
}

/** Every item of the answer with its section, in reading order. */
export function listPageEntries(answer: Answer): PageEntry[] {
  return answer.sections.flatMap((section, sectionIndex) =>
    section.items.map((item, itemIndex) => ({ section, sectionIndex, item, itemIndex })),
  );
}

/**
 * Packs entries into pages in order. An entry a fresh page refuses still gets a page of its
 * own, so paging always ends; renderers cut single entries to fit beforehand.
 */
export function paginate<T>(entries: readonly T[], createPacker: () => PagePacker<T>): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let packer = createPacker();
  for (const entry of entries) {
    if (packer.tryAdd(entry)) {
      page.push(entry);
      continue;
    }
    if (page.length > 0) pages.push(page);
    packer = createPacker();
    page = [entry];
    if (!packer.tryAdd(entry)) {
      pages.push(page);
      packer = createPacker();
      page = [];
    }
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** A page number users may type or click (1-based), brought into range. */
export function clampPage(page: number, pageCount: number): number {
  if (!Number.isFinite(page)) return 1;
  return Math.min(Math.max(Math.trunc(page), 1), Math.max(pageCount, 1));
}

/** A packer that only counts, for plain text where a page is a number of items. */
export function createCountPacker<T>(itemsPerPage: number): () => PagePacker<T> {
  return () => {
    let count = 0;
    return {
      tryAdd: () => {
        if (count >= itemsPerPage) return false;
        count += 1;
        return true;
      },
    };
  };
}

/** Regroups a page's values into consecutive runs of the same section. */
export function groupBySection<T>(
  values: readonly T[],
  toEntry: (value: T) => PageEntry,
): SectionSlice<T>[] {
  const slices: {
    entries: T[];
    sectionIndex: number;
    section: AnswerSection;
    isContinued: boolean;
  }[] = [];
  for (const value of values) {
    const entry = toEntry(value);
    const last = slices[slices.length - 1];
    if (last && last.sectionIndex === entry.sectionIndex) {
      last.entries.push(value);
      continue;
    }
    const { section, sectionIndex } = entry;
    slices.push({ section, sectionIndex, entries: [value], isContinued: entry.itemIndex > 0 });
  }
  return slices;
}
