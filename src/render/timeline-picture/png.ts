/**
 * SVG → PNG with resvg (`@resvg/resvg-js`), using DejaVu Sans from the `dejavu-fonts-ttf`
 * package and never the host's fonts, so the picture is the same on every machine.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg, renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { FONT_FAMILY } from "./svg-basics.ts";

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
export const FONT_FILES: readonly string[] = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) =>
  join(FONT_DIR, file),
);

export interface RenderedPng {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

function createOptions(zoom: number): ResvgRenderOptions {
  return {
    fitTo: { mode: "zoom", value: zoom },
    font: {
      loadSystemFonts: false,
      fontFiles: [...FONT_FILES],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  };
}

/** Renders `svg` at `zoom` times its size (2 keeps text sharp on phones, well under 1 MB). */
export function renderPng(svg: string, zoom = 1.5): RenderedPng {
  const image = new Resvg(svg, createOptions(zoom)).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

/**
 * The same on libuv's thread pool: the half second resvg takes must not stall a bot's event
 * loop (heartbeats, other interactions' 3-second windows).
 */
export async function renderPngAsync(svg: string, zoom = 1.5): Promise<RenderedPng> {
  const image = await renderAsync(svg, createOptions(zoom));
  return { png: image.asPng(), width: image.width, height: image.height };
}
