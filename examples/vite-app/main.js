// The kernel is ready when the module runs (top-level await in the generated module).
import lorenz from '../lorenz.div';

const points = [[1, 1, 1], [-7.2, -4.8, 11.6], [0.5, -2, 30]];
lorenz.setParams({ sigma: 10, rho: 28, beta: 8 / 3 });
const { values, divergence } = await lorenz.evaluate(points);
const rows = points.map((p, i) => `x = (${p.join(', ')})  f = (${Array.from(values.slice(3 * i, 3 * i + 3)).join(', ')})  div f = ${divergence[i]}`);
document.getElementById('out').textContent = `${lorenz.field} on ${lorenz.backend}\n${rows.join('\n')}`;
globalThis.divcResult = { points, values: Array.from(values), divergence: Array.from(divergence) };
