// The networks of the sweep (issue 11): bench/sweep.ts times them on wasm, bench/webgpu-nets.ts
// builds their WebGPU pipelines, test/runtime/webgpu.test.ts runs one of them in CI.

/** Two hidden layers (softplus), a three-layer tanh CNF, a four-layer SiLU net; NeRF's field (fixed shape). */
export function net(kind: 'score' | 'cnf3' | 'silu4' | 'nerf', d: number, h: number): string {
  if (kind === 'nerf') return NERF;
  const header = `const D = ${d}\nconst H = ${h}\n`;
  if (kind === 'score') {
    return `${header}param W1: [H, D]\nparam b1: [H]\nparam W2: [H, H]\nparam b2: [H]\nparam W3: [D, H]\nparam b3: [D]\n`
      + 'field score(x: [D]) {\n  let h1 = softplus(W1 @ x + b1)\n  let h2 = softplus(W2 @ h1 + b2)\n  return W3 @ h2 + b3\n}\n';
  }
  if (kind === 'cnf3') {
    return `${header}param W1: [H, D]\nparam b1: [H]\nparam W2: [H, H]\nparam b2: [H]\nparam W3: [H, H]\nparam b3: [H]\nparam W4: [D, H]\n`
      + 'field cnf(x: [D]) {\n  let h1 = tanh(W1 @ x + b1)\n  let h2 = tanh(W2 @ h1 + b2)\n  let h3 = tanh(W3 @ h2 + b3)\n  return W4 @ h3\n}\n';
  }
  return `${header}param W1: [H, D]\nparam W2: [H, H]\nparam W3: [H, H]\nparam W4: [H, H]\nparam W5: [D, H]\nparam b: [H]\nfn silu(v) = v * sigmoid(v)\n`
    + 'field f(x: [D]) {\n  let h1 = silu(W1 @ x + b)\n  let h2 = silu(W2 @ h1 + b)\n  let h3 = silu(W3 @ h2 + b)\n  let h4 = silu(W4 @ h3 + b)\n  return W5 @ h4\n}\n';
}

export const NETS = [
  { name: 'score 16; 64x2', kind: 'score', d: 16, h: 64 },
  { name: 'score 16; 128x2', kind: 'score', d: 16, h: 128 },
  { name: 'score 64; 256x2', kind: 'score', d: 64, h: 256 },
  { name: 'score 32; 1024x2', kind: 'score', d: 32, h: 1024 },
  { name: 'score 128; 512x2', kind: 'score', d: 128, h: 512 },
  { name: 'tanh CNF 43; 256x3', kind: 'cnf3', d: 43, h: 256 },
  { name: 'SiLU 8; 64x4', kind: 'silu4', d: 8, h: 64 },
] as const;


/** NeRF's positional encoding of x in R^3 (sin and cos at 6 octaves: 36 numbers), then 36-128-3 ReLU. */
export const NERF = `const H = 128
param W1: [H, 36]
param b1: [H]
param W2: [3, H]
param b2: [3]
field nerf(x: [3]) {
  let e = [i in 36: if i % 6 < 3 then sin(2 ^ floor(i / 6) * x[i % 3]) else cos(2 ^ floor(i / 6) * x[i % 3])]
  return W2 @ relu(W1 @ e + b1) + b2
}
`;

/**
 * Issue 24's two shapes beside the sweep (`bench:sweep --extra`): a 2-D CNF with 64 x 3 tanh
 * layers (0.68x PyTorch when reported) and the NeRF field (PyTorch's 3 backward passes won).
 */
export const EXTRA_NETS = [
  { name: 'tanh CNF 2; 64x3', kind: 'cnf3', d: 2, h: 64 },
  { name: 'NeRF 3 -> 36; 128 ReLU', kind: 'nerf', d: 3, h: 128 },
] as const;
