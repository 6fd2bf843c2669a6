// A small PNG reader for the picture tests: checks the signature and chunk CRCs, inflates the
// image data and undoes the row filters, giving 8-bit RGBA (or RGB/grey-alpha/grey) pixels.
import { crc32, inflateSync } from 'node:zlib';

export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  /** Samples per pixel: 1 grey, 2 grey+alpha, 3 RGB, 4 RGBA. */
  readonly channels: number;
  /** Rows of width * channels bytes, unfiltered. */
  readonly pixels: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function decodePng(data: Uint8Array): DecodedPng {
  if (!SIGNATURE.every((b, i) => data[i] === b)) throw new Error('not a PNG');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let width = 0, height = 0, channels = 0;
  const idat: Uint8Array[] = [];
  for (let off = 8; off < data.length; ) {
    const len = view.getUint32(off);
    const type = String.fromCharCode(...data.subarray(off + 4, off + 8));
    const body = data.subarray(off + 8, off + 8 + len);
    if (crc32(data.subarray(off + 4, off + 8 + len)) !== view.getUint32(off + 8 + len)) throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') {
      width = view.getUint32(off + 8);
      height = view.getUint32(off + 12);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit non-interlaced PNGs');
      channels = CHANNELS[body[9]!] ?? 0;
      if (channels === 0) throw new Error(`colour type ${body[9]} not supported`);
    } else if (type === 'IDAT') {
      idat.push(body);
    }
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels]! : 0, b = prev[x]!, c = x >= channels ? prev[x - channels]! : 0;
      let p: number;
      if (filter === 0) p = 0;
      else if (filter === 1) p = a;
      else if (filter === 2) p = b;
      else if (filter === 3) p = (a + b) >> 1;
      else {
        const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c);
        p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      row[x] = (src[x]! + p) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** The number of pixels darker than `threshold` (mean of the colour samples). */
export function darkPixels(png: DecodedPng, threshold = 128): number {
  const colours = png.channels >= 3 ? 3 : 1;
  let n = 0;
  for (let i = 0; i < png.pixels.length; i += png.channels) {
    let sum = 0;
    for (let k = 0; k < colours; k++) sum += png.pixels[i + k]!;
    if (sum / colours < threshold) n++;
  }
  return n;
}
