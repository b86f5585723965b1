// examples/pinn-poisson (issue 23): the PINN trains. 1,000 Adam steps of evaluate + vjp fit u's
// Laplacian to f = -2 pi^2 sin(pi x) sin(pi y): the mean squared residual falls a thousandfold and
// u is within 5e-3 (relative L2, on a 51 x 51 grid) of the exact solution sin(pi x) sin(pi y).
// The example's own script runs (as the README says), so what is tested is what a user runs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.js';

describe('examples/pinn-poisson', () => {
  it('trains: the residual falls a thousandfold and u is within 5e-3 of the exact solution', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'examples/pinn-poisson/train.mjs'), '--steps', '1000', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout.trim());
    expect(report.steps).toBe(1000);
    expect(report.lossLast).toBeLessThan(report.lossFirst / 1000);
    expect(report.relativeL2).toBeLessThan(5e-3);
  }, 120_000);
});
