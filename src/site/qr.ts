// A QR code of a URL as an inline SVG, made at build time by lean-qr (no script on the page). The
// code's quiet zone (4 modules) is part of the image, as scanners need it.
import { generate } from 'lean-qr';
import { toSvgSource } from 'lean-qr/extras/svg';

/** `<svg role="img" aria-label=…>` of the URL's QR code, scaled by CSS (the viewBox is in modules). */
export function qrSvg(url: string, label: string): string {
  const code = generate(url);
  const svg = toSvgSource(code, { on: '#000000', off: '#ffffff', pad: 4, width: null, height: null });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${escaped}" class="qr" `);
}
