/**
 * SVG → PNG with resvg (`@resvg/resvg-js`), using DejaVu Sans from the `dejavu-fonts-ttf`
 * package and never the host's fonts, so the picture is the same on every machine.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
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

/** Renders `svg` at `zoom` times its size (2 keeps text sharp on phones, well under 1 MB). */
export function renderPng(svg: string, zoom = 1.5): RenderedPng {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: zoom },
    font: {
      loadSystemFonts: false,
      fontFiles: [...FONT_FILES],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
