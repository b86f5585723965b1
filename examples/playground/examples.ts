// The playground's examples: a small teaching field, then the shared reference fields with the
// params their reference values were computed with (tensor params have no default in source).
import lorenzSource from '../lorenz.div?raw';

export interface Example {
  name: string; source: string;
  /** Param values the source does not give (and starting slider values). */
  params: Record<string, unknown>;
  /** Plot range of the x and y axes. */
  range?: [number, number, number, number];
}

const sources = import.meta.glob('../../test/fixtures/reference/*.div', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const expects = import.meta.glob('../../test/fixtures/reference/*.expect.json', { import: 'params', eager: true }) as Record<string, Record<string, unknown>>;

const RANGES: Record<string, [number, number, number, number]> = {
  lorenz: [-20, 20, -25, 25], double_gyre: [0, 2, 0, 1], taylor_green: [0, 6.283, 0, 6.283], cellular2d: [0, 6.283, 0, 6.283],
};

export const SOURCE_SINK = `// A source on the right and a sink on the left:
// div f = 2 a x - b, zero on the line x = b / (2 a).
param a = 1
param b = 0.5
field flow(x, y) = (a * x^2, -b * y)
`;

export const EXAMPLES: Example[] = [
  { name: 'source and sink', source: SOURCE_SINK, params: {} },
  { name: 'lorenz (examples/lorenz.div)', source: lorenzSource, params: {}, range: RANGES.lorenz },
  ...Object.entries(sources).map(([path, source]) => {
    const name = path.split('/').pop()!.replace(/\.div$/, '');
    const params = expects[path.replace(/\.div$/, '.expect.json')] ?? {};
    return { name, source, params, ...(RANGES[name] ? { range: RANGES[name] } : {}) };
  }),
];
