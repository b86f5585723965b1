// A Node app using a compiled kernel: `npx divc examples/lorenz.div -o lorenz.wasm` first.
import { load } from 'divc/runtime';

const kernel = await load(process.argv[2] ?? 'lorenz.wasm');
kernel.setParams({ sigma: 10, rho: 28, beta: 8 / 3 });
const { values, divergence } = await kernel.evaluate([[1, 1, 1], [-7.2, -4.8, 11.6]]);
console.log(`${kernel.field}: f =`, Array.from(values), 'div f =', Array.from(divergence));
