import { describe, expect, it } from 'vitest';
import { rasterizeCharts } from './chromium';
import { chartKey } from './docx';
import type { Block } from './render';

const chart: Extract<Block, { type: 'bars' }> = {
  type: 'bars',
  caption: 'Budget par axe',
  max: 100,
  items: [
    { label: 'Solidarité internationale', value: 80, display: '80 000 €' },
    { label: 'Jeunesse et mobilité', value: 30, display: '30 000 €' },
  ],
} as Extract<Block, { type: 'bars' }>;

describe('DOCX charts', () => {
  it('are drawn to PNG in-process at twice their size, once per distinct chart', async () => {
    const images = await rasterizeCharts([chart, { ...chart }]);
    expect(images.size).toBe(1);
    const image = images.get(chartKey(chart))!;
    expect(image.png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // PNG header: width and height as big-endian integers at bytes 16 and 20.
    expect(image.png.readUInt32BE(16)).toBe(image.width * 2);
    expect(image.png.readUInt32BE(20)).toBe(image.height * 2);
    expect(image.width).toBeGreaterThan(300);
  });
});
