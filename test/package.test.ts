// The package's shape: divc/runtime stays free of compiler code and small; the exports resolve.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { runtimeBundle } from '../scripts/runtime-size.mjs';

describe('divc/runtime', () => {
  it('bundles without compiler code, binaryen or chevrotain, under 10 KB gzipped', async () => {
    const r = await runtimeBundle();
    for (const input of r.inputs as string[]) expect(input).toMatch(/^runtime\//);
    expect(r.gzipped).toBeLessThan(10 * 1024);
  });
});
