// jax-js for the benchmarks (bench/jaxjs.ts, bench/jaxjs-nets.ts): loaded once, on its wasm
// device (its CPU backend), float32 (its default dtype).
(globalThis as { Float16Array?: unknown }).Float16Array ??= class Float16Array {}; // absent in Node 20
export const jax = await import('@jax-js/jax');
export type JaxArray = InstanceType<typeof jax.Array>;

await jax.init('wasm');
jax.defaultDevice('wasm');
