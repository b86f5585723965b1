// The playground page: edit a field, see its diagnostics inline, its IR / WAT / WGSL / stats, and
// a live heatmap of div f over a 2-D slice with the arrows of f, computed by divc/runtime (WebGPU
// when the browser has it, else wasm SIMD). A field's conditions (LANGUAGE.md "Conditions") get a
// number input each (k for a [k] condition), 0 at first, passed to every call as { conditions }.
// The compiler runs in a worker (compiler-worker.ts).
import { load, type Kernel } from '../../runtime/index.js';
import { sliceGrid, type PlotGrid, type SliceKernel, type SliceSpec } from '../../compiler/plot/slice.js';
import { EXAMPLES, type Example } from './examples.js';
import { createEditor, setSource, showDiagnostics } from './editor.js';
import { drawHeatmap } from './heatmap.js';
import type { CompileReply } from './compiler-worker.js';

const GRID = 128, ARROWS = 16;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = (text: string, state?: 'ready' | 'error' | 'compiling') => {
  $('status').textContent = text;
  if (state) document.body.dataset.state = state;
};
const fmt = (v: number) => (Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(2) : String(Number(v.toPrecision(4))));

// --- the compiler worker: only the reply to the latest request is used ---
// A module worker may drop messages that arrive while its imports still load (binaryen's top-level
// await), so nothing is posted before it says it is ready.
const worker = new Worker(new URL('./compiler-worker.ts', import.meta.url), { type: 'module' });
let latest = 0;
let compiled: CompileReply | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let workerReady = false, waiting: string | undefined;
function requestCompile(source: string, delay = 250): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    status(workerReady ? 'compiling…' : 'loading the compiler…', 'compiling');
    if (workerReady) worker.postMessage({ id: ++latest, source });
    else waiting = source;
  }, delay);
}
worker.onmessage = (e: MessageEvent<CompileReply & { ready?: boolean }>) => {
  if (e.data.ready) {
    workerReady = true;
    if (waiting !== undefined) requestCompile(waiting, 0);
    return;
  }
  if (e.data.id === latest) void onCompiled(e.data);
};
worker.onerror = (e) => status(`the compiler worker failed: ${e.message}`, 'error');

// --- the example and the editor ---
let example: Example = EXAMPLES[0]!;
const select = $<HTMLSelectElement>('example');
for (const [i, ex] of EXAMPLES.entries()) select.add(new Option(ex.name, String(i)));
const editor = createEditor($('editor'), (source) => {
  // the page's address carries the source: a link reopens this field
  history.replaceState(null, '', `#src=${encodeURIComponent(source)}`);
  requestCompile(source);
});
const linked = /^#src=(.*)$/s.exec(location.hash);
if (linked) {
  example = { name: 'from the link', source: decodeURIComponent(linked[1]!), params: {} };
  select.add(new Option(example.name, 'link', true, true));
}
select.onchange = () => {
  if (select.value === 'link') return;
  example = EXAMPLES[Number(select.value)]!;
  paramValues.clear();
  conditionValues.clear();
  axes = undefined;
  setSource(editor, example.source);
};

// --- the kernel, its params and the slice ---
let kernel: Kernel | undefined;
const paramValues = new Map<string, unknown>();
/** Each condition's numbers (one for a scalar, k for a [k] condition), kept while its size stays. */
const conditionValues = new Map<string, number[]>();
let axes: SliceSpec | undefined;
let backendNote = '';

async function loadKernel(wasm: Uint8Array): Promise<Kernel> {
  if ('gpu' in navigator) {
    try {
      return await load(wasm, { backend: 'webgpu' });
    } catch (e) {
      backendNote = ` (WebGPU unavailable: ${(e as Error).message})`;
    }
  }
  return load(wasm, { backend: 'wasm' });
}

async function onCompiled(reply: CompileReply): Promise<void> {
  const errors = reply.diagnostics.filter((d) => d.severity === 'error');
  showDiagnostics(editor, reply.diagnostics);
  $('diagnostics').textContent = reply.crash ? `internal compiler error (a divc bug):\n${reply.crash}` : reply.diagnostics.map((d) => d.text).join('\n\n');
  if (reply.crash || errors.length > 0 || !reply.wasm) {
    status(reply.crash ? 'internal compiler error' : `${errors.length} error${errors.length === 1 ? '' : 's'}: the heatmap shows the last field that compiled`, 'error');
    $('heatmap').style.opacity = '0.4';
    return;
  }
  compiled = reply;
  showPane();
  const next = await loadKernel(reply.wasm);
  if (reply.id !== latest) { next.dispose(); return; }
  kernel?.dispose();
  kernel = next;
  $('heatmap').style.opacity = '1';
  const notes = applyParams(next);
  buildControls(next);
  await render(`compiled in ${reply.ms.toFixed(0)} ms${notes}`);
}

/** Each param's value: the slider's, else the example's, else its default, else zeros (noted). */
function applyParams(k: Kernel): string {
  const zeros: string[] = [];
  for (const p of k.params) {
    let v = paramValues.get(p.name) ?? example.params[p.name] ?? p.default;
    const size = p.shape.reduce((a, b) => a * b, 1);
    if (v !== undefined && (typeof v === 'number') !== (p.shape.length === 0)) v = undefined; // its shape changed
    if (v === undefined) { v = p.shape.length === 0 ? 0 : new Array(size).fill(0); zeros.push(p.name); }
    try {
      k.setParams({ [p.name]: v as number });
    } catch {
      k.setParams({ [p.name]: p.shape.length === 0 ? 0 : new Array(size).fill(0) });
      zeros.push(p.name);
    }
    if (p.shape.length === 0) paramValues.set(p.name, v);
  }
  return zeros.length ? `; no value for ${zeros.join(', ')}: zeros` : '';
}

function slider(parent: HTMLElement, name: string, value: number, lo: number, hi: number, onInput: (v: number) => void): void {
  const label = document.createElement('label');
  const input = Object.assign(document.createElement('input'), { type: 'range', min: String(lo), max: String(hi), step: String((hi - lo) / 200), value: String(value) });
  input.dataset.name = name;
  const shown = document.createElement('output');
  shown.textContent = fmt(value);
  input.oninput = () => { shown.textContent = fmt(Number(input.value)); onInput(Number(input.value)); };
  label.append(name, input, shown);
  parent.append(label);
}

function buildControls(k: Kernel): void {
  const [x0, x1, y0, y1] = example.range ?? [-2, 2, -2, 2];
  const same = axes && axes.fixed.length === k.dim;
  if (!same) axes = { x: { index: 0, range: [x0, x1] }, y: { index: Math.min(1, k.dim - 1), range: [y0, y1] }, fixed: new Array(k.dim).fill(0), grid: GRID, arrows: ARROWS };
  const spec = axes!;
  const box = $('axes');
  box.replaceChildren(Object.assign(document.createElement('legend'), { textContent: 'slice' }));
  for (const which of ['x', 'y'] as const) {
    const label = document.createElement('label');
    const choose = document.createElement('select');
    choose.id = `axis-${which}`;
    k.inputs.forEach((name, i) => choose.add(new Option(name, String(i), false, spec[which].index === i)));
    const range = (end: 0 | 1) => {
      const input = Object.assign(document.createElement('input'), { type: 'number', value: String(spec[which].range[end]), step: 'any' });
      input.style.width = '4.5em';
      input.onchange = () => {
        const r: [number, number] = [...spec[which].range];
        r[end] = Number(input.value);
        if (r[0] < r[1]) { spec[which].range = r; void render(); }
      };
      return input;
    };
    choose.onchange = () => { spec[which].index = Number(choose.value); buildControls(k); void render(); };
    label.append(which, choose, range(0), range(1));
    box.append(label);
  }
  k.inputs.forEach((name, i) => {
    if (i === spec.x.index || i === spec.y.index) return;
    slider(box, name, spec.fixed[i]!, spec.x.range[0], spec.x.range[1], (v) => { spec.fixed[i] = v; void render(); });
  });
  buildConditions(k);
  const params = $('params');
  params.replaceChildren(Object.assign(document.createElement('legend'), { textContent: 'params' }));
  for (const p of k.params.filter((q) => q.shape.length === 0)) {
    const v = Number(paramValues.get(p.name) ?? 0);
    const span = Math.max(1, 2 * Math.abs(v));
    slider(params, p.name, v, v - span, v + span, (value) => {
      paramValues.set(p.name, value);
      kernel?.setParams({ [p.name]: value });
      void render();
    });
  }
}

// --- the conditions: a number input for each of their numbers, 0 until set ---
const sizeOf = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** The kernel's conditions as its calls take them: a number for a scalar, an array for [k]. */
function conditionsOf(k: Kernel): Record<string, number | number[]> {
  return Object.fromEntries(k.conditions.map((c) => {
    let v = conditionValues.get(c.name);
    if (v?.length !== sizeOf(c.shape)) conditionValues.set(c.name, v = new Array<number>(sizeOf(c.shape)).fill(0));
    return [c.name, c.shape.length === 0 ? v[0]! : v];
  }));
}

function buildConditions(k: Kernel): void {
  const box = $('conditions');
  box.replaceChildren(Object.assign(document.createElement('legend'), { textContent: 'conditions' }));
  box.hidden = k.conditions.length === 0;
  conditionsOf(k); // each condition's numbers, sized
  for (const c of k.conditions) {
    const values = conditionValues.get(c.name)!;
    values.forEach((v, i) => {
      const name = c.shape.length === 0 ? c.name : `${c.name}[${i}]`;
      const label = document.createElement('label');
      const input = Object.assign(document.createElement('input'), { type: 'number', step: '0.1', value: String(v) });
      input.dataset.condition = name;
      input.oninput = () => {
        if (!Number.isFinite(input.valueAsNumber)) return; // mid-edit ('-', ''): keep the last number
        values[i] = input.valueAsNumber;
        void render();
      };
      label.append(name, input);
      box.append(label);
    });
  }
}

/** The kernel as the slice calls it: every evaluate with the conditions' current values. */
function sliceKernel(k: Kernel): SliceKernel {
  const conditions = conditionsOf(k);
  return { field: k.field, dim: k.dim, inputs: k.inputs, kind: k.kind, evaluate: (points) => k.evaluate(points, { conditions }) };
}

/** ' at t = 0.5, c = [0, 1]' (', t = ...' after the slice's fixed inputs), or '' without conditions. */
function conditionsTitle(k: Kernel): string {
  const values = conditionsOf(k);
  const text = k.conditions.map((c) => { const v = values[c.name]!; return `${c.name} = ${typeof v === 'number' ? v : `[${v.join(', ')}]`}`; }).join(', ');
  return text ? `${k.dim > 2 ? ', ' : ' at '}${text}` : '';
}

// --- rendering: one at a time, the latest request wins ---
let rendering = false, again = false;
let shown: PlotGrid | undefined;
async function render(note = ''): Promise<void> {
  if (rendering) { again = true; return; }
  const k = kernel, spec = axes;
  if (!k || !spec) return;
  if (k.dim < 2 || spec.x.index === spec.y.index) { status(k.dim < 2 ? 'a plot needs two inputs' : 'x and y must be different inputs', 'error'); return; }
  rendering = true;
  try {
    const t = performance.now();
    const grid = await sliceGrid(sliceKernel(k), spec);
    const ms = performance.now() - t;
    const scale = drawHeatmap($('heatmap'), $('colorbar'), grid);
    shown = grid;
    showReadout(); // the value under a resting mouse follows the redraw
    $('plot-title').textContent = grid.title + conditionsTitle(k);
    $('x-min').textContent = fmt(grid.x[0]); $('x-max').textContent = fmt(grid.x[1]); $('x-name').textContent = grid.xName;
    $('y-min').textContent = fmt(grid.y[0]); $('y-max').textContent = fmt(grid.y[1]); $('y-name').textContent = grid.yName;
    $('scale-max').textContent = fmt(scale); $('scale-min').textContent = fmt(-scale);
    const canvas = $('heatmap');
    canvas.dataset.renders = String(Number(canvas.dataset.renders ?? 0) + 1);
    canvas.dataset.backend = k.backend;
    status(`${k.field}: ${GRID * GRID + ARROWS * ARROWS} points on ${k.backend === 'webgpu' ? 'WebGPU' : 'wasm SIMD'} in ${ms.toFixed(1)} ms${note ? `; ${note}` : ''}${backendNote}`, 'ready');
  } catch (e) {
    status(`cannot run the kernel: ${(e as Error).message}`, 'error');
  } finally {
    rendering = false;
    if (again) { again = false; void render(); }
  }
}

// --- the value under the mouse: the cell's centre and its div f, as computed ---
/** Where the mouse is over the heatmap, as fractions of its width and height (kept for redraws). */
let mouse: { u: number; v: number } | undefined;
function showReadout(): void {
  const g = shown;
  if (!g || !mouse) return;
  const i = Math.min(g.nx - 1, Math.max(0, Math.floor(mouse.u * g.nx)));
  const j = Math.min(g.ny - 1, Math.max(0, Math.floor(mouse.v * g.ny)));
  const x = g.x[0] + ((i + 0.5) * (g.x[1] - g.x[0])) / g.nx, y = g.y[1] - ((j + 0.5) * (g.y[1] - g.y[0])) / g.ny;
  $('readout').textContent = `${g.xName} = ${fmt(x)}, ${g.yName} = ${fmt(y)}: div f = ${g.values[j * g.nx + i]}`;
}
$('heatmap').onmousemove = (e: MouseEvent) => {
  const box = (e.currentTarget as HTMLCanvasElement).getBoundingClientRect();
  mouse = { u: (e.clientX - box.left) / box.width, v: (e.clientY - box.top) / box.height };
  showReadout();
};

// --- the IR / WAT / WGSL / stats panes ---
let pane = 'stats';
function showPane(): void {
  const text = !compiled ? '' : pane === 'stats' ? JSON.stringify(compiled.stats, null, 2) : (compiled[pane as 'ir' | 'wat' | 'wgsl'] ?? '');
  const LIMIT = 400_000; // mlp2's WAT is megabytes: the page shows its start
  $('pane').textContent = text.length > LIMIT ? `${text.slice(0, LIMIT)}\n… (${text.length - LIMIT} more characters)` : text;
}
for (const b of document.querySelectorAll<HTMLButtonElement>('#tabs button')) {
  b.onclick = () => {
    pane = b.dataset.pane!;
    for (const o of document.querySelectorAll('#tabs button')) o.classList.toggle('active', o === b);
    showPane();
  };
}

setSource(editor, example.source);
