import { deflateSync } from "node:zlib";

/** The icon's drawing on a 32-unit grid: a rounded square in the brand colour with three rising bars, a scorecard's trend. */
const SIZE = 32;
const RADIUS = 6;
const BARS = [
  { x: 7, width: 5, top: 17 },
  { x: 14, width: 5, top: 12 },
  { x: 21, width: 5, top: 6 },
];
const BASELINE = 26;

interface IconColours {
  /** e.g. "#25336c", the header's background */
  brand: string;
  /** e.g. "#ffffff", the header's text */
  brandText: string;
}

/**
 * The site's icon as SVG, in the council's own colours.
 * @example faviconSvg({ brand: "#25336c", brandText: "#ffffff" }) // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">…</svg>'
 */
export function faviconSvg(colours: IconColours): string {
  const bars = BARS.map((bar) => `<rect x="${bar.x}" y="${bar.top}" width="${bar.width}" height="${BASELINE - bar.top}" fill="${colours.brandText}"/>`).join(
    "",
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}"><rect width="${SIZE}" height="${SIZE}" rx="${RADIUS}" fill="${colours.brand}"/>${bars}</svg>\n`;
}

/**
 * The same icon as favicon.ico (one 32×32 PNG inside), for browsers and tools that ask for /favicon.ico whatever the page says.
 * @example faviconIco({ brand: "#25336c", brandText: "#ffffff" }).subarray(0, 4) // <Buffer 00 00 01 00>
 */
export function faviconIco(colours: IconColours): Buffer {
  const png = iconPng(colours);
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // an icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(SIZE, 6);
  header.writeUInt8(SIZE, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // the image follows the directory
  return Buffer.concat([header, png]);
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Whether a pixel's centre falls inside the rounded square. */
function insideSquare(x: number, y: number): boolean {
  const cx = Math.min(Math.max(x, RADIUS), SIZE - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), SIZE - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

function iconPng(colours: IconColours): Buffer {
  const brand = rgb(colours.brand);
  const text = rgb(colours.brandText);
  // Each row starts with PNG filter type 0 (none), then RGBA pixels.
  const raw = Buffer.alloc(SIZE * (1 + SIZE * 4));
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const [px, py] = [x + 0.5, y + 0.5];
      const onBar = BARS.some((bar) => px >= bar.x && px < bar.x + bar.width && py >= bar.top && py < BASELINE);
      const colour = onBar ? text : brand;
      const offset = y * (1 + SIZE * 4) + 1 + x * 4;
      raw.set([...colour, insideSquare(px, py) ? 255 : 0], offset);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter set, no interlace
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 every PNG chunk carries (node:zlib has one only from Node 22). */
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
