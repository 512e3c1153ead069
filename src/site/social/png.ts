// SVG → PNG for the social previews, with resvg (a prebuilt binary from the npm registry) and the
// Inter font from an npm package: the same pixels on any machine, whatever fonts it has installed.
import { createRequire } from 'node:module';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

function fontFile(weight: string): string {
  return require.resolve(`@expo-google-fonts/inter/${weight}/Inter_${weight}.ttf`);
}

const OPTIONS: ResvgRenderOptions = {
  font: {
    loadSystemFonts: false,
    fontFiles: [fontFile('400Regular'), fontFile('700Bold')],
    defaultFontFamily: 'Inter',
    sansSerifFamily: 'Inter',
  },
  background: '#ffffff',
};

export function svgToPng(svg: string): Buffer {
  return new Resvg(svg, OPTIONS).render().asPng();
}

/** The same on libuv's thread pool, so that several previews render at once. */
export async function svgToPngAsync(svg: string): Promise<Buffer> {
  return (await renderAsync(svg, OPTIONS)).asPng();
}
