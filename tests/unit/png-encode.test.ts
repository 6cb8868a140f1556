// The cards' PNG encoder: lossless (sharp, an independent decoder, reads back the very pixels), a
// palette up to 256 colours, RGBA beyond; premultiplied input is divided back as resvg's asPng() does.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodePng, toPalette } from '../../src/outputs/og/png.ts';
import { pngSize } from '../helpers/png.ts';

const decode = async (png: Uint8Array) => {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
};
/** `colours` distinct opaque colours in bands and speckles, with repeated rows (the encoder's shortcut). */
function image(width: number, height: number, colours: number, alpha = 255) {
  const px = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const c = (Math.floor(y / 3) * 7 + x) % colours;
      px.set([c & 255, (c * 37) & 255, c >> 8, alpha], (y * width + x) * 4);
    }
  return px;
}

describe('png-encode', () => {
  it('an image of ≤ 256 colours: a palette PNG that decodes to exactly its pixels', async () => {
    const px = image(120, 63, 200);
    const png = encodePng(px, 120, 63);
    expect(pngSize(png)).toEqual({ width: 120, height: 63 });
    expect(png[25]).toBe(3); // IHDR colour type: palette
    expect(await decode(png)).toEqual({ data: px, width: 120, height: 63 });
  });

  it('more than 256 colours: RGBA, still exact', async () => {
    const px = image(300, 20, 300);
    expect(toPalette(px, 300, 20)).toBeUndefined();
    const png = encodePng(px, 300, 20);
    expect(png[25]).toBe(6); // RGBA
    expect((await decode(png)).data).toEqual(px);
  });

  it('translucent pixels keep their alpha (tRNS), and premultiplied colour is divided back', async () => {
    const px = new Uint8Array([255, 0, 0, 255, 64, 32, 0, 128, 0, 0, 0, 0, 10, 20, 30, 255]);
    const straight = await decode(encodePng(px, 2, 2));
    expect(straight.data).toEqual(px);
    const demultiplied = await decode(encodePng(px, 2, 2, { premultiplied: true }));
    expect([...demultiplied.data.subarray(4, 8)]).toEqual([128, 64, 0, 128]);
    expect([...demultiplied.data.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
  });

  it('pixels that are not width × height × 4 bytes: an error saying so', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/10 bytes are not 2×2 RGBA pixels/);
  });
});
