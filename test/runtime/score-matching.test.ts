// examples/score-matching (issue 23): the score network trains and samples. 3,000 Adam steps of
// the implicit score-matching loss (k.evaluate + k.vjp a step) on 8 Gaussians on a ring: the loss
// falls from about 0 to within 1.5 of its value at the true score (about -10); annealed Langevin
// dynamics through k.evaluate then draws samples whose mean log-likelihood under the true mixture
// is within 0.15 nats of the truth's own samples' (blurred 1.5-fold they score 1 nat lower,
// collapsed onto the centres 1 nat higher, uniform on the sampler's start square 4.7 lower), and
// each mode holds between 1/16 and 1/4 of them (the log-likelihood alone cannot see a missed mode).
// The example's own script runs (as its README says), so what is tested is what a user runs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.js';

describe('examples/score-matching', () => {
  it('trains (the loss falls near its value at the true score) and samples the mixture (log-likelihood within 0.15 nats of the truth, every mode)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'examples/score-matching/train.mjs'), '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout.trim());
    expect([report.steps, report.samples]).toEqual([3000, 4000]);
    expect(report.lossFirst).toBeGreaterThan(report.lossAtTrueScore + 5);
    expect(report.lossLast).toBeLessThan(report.lossAtTrueScore + 1.5);
    expect(Math.abs(report.logLikelihoodModel - report.logLikelihoodTruth)).toBeLessThan(0.15);
    expect(report.modeShares).toHaveLength(8);
    for (const share of report.modeShares) {
      expect(share).toBeGreaterThan(1 / 16);
      expect(share).toBeLessThan(1 / 4);
    }
  }, 180_000);
});
