// Draws a slice (compiler/plot/slice.ts) on a canvas: the heatmap of div f with the diverging
// colour map of `divc plot` centred on 0, the arrows of f, and a colour bar.
import { divergingRgb, type PlotGrid } from '../../compiler/plot/slice.js';

export function drawHeatmap(canvas: HTMLCanvasElement, bar: HTMLCanvasElement, p: PlotGrid): number {
  const ctx = canvas.getContext('2d')!;
  const scale = p.scale; // floored: rounding noise of a divergence-free field stays white
  const image = ctx.createImageData(p.nx, p.ny);
  for (let k = 0; k < p.nx * p.ny; k++) {
    const [r, g, b] = divergingRgb(scale > 0 ? p.values[k]! / scale : 0);
    image.data.set([r, g, b, 255], 4 * k);
  }
  // the grid drawn at its own size, then scaled up without smoothing: crisp cells
  const cells = new OffscreenCanvas(p.nx, p.ny);
  cells.getContext('2d')!.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(cells, 0, 0, canvas.width, canvas.height);
  ctx.strokeStyle = ctx.fillStyle = '#222';
  ctx.lineWidth = 1.2;
  const w = canvas.width, h = canvas.height;
  for (const a of p.arrows) {
    const x0 = a.x * w, y0 = (1 - a.y) * h, x1 = (a.x + a.dx) * w, y1 = (1 - a.y - a.dy) * h;
    const len = Math.hypot(x1 - x0, y1 - y0);
    ctx.beginPath(); ctx.moveTo(x0, y0); ctx.lineTo(x1, y1); ctx.stroke();
    if (len < 2) continue;
    const ux = (x1 - x0) / len, uy = (y1 - y0) / len, head = Math.min(6, len / 2);
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x1 - head * (ux - 0.5 * uy), y1 - head * (uy + 0.5 * ux));
    ctx.lineTo(x1 - head * (ux + 0.5 * uy), y1 - head * (uy - 0.5 * ux));
    ctx.closePath(); ctx.fill();
  }
  const b = bar.getContext('2d')!;
  for (let y = 0; y < bar.height; y++) {
    const [r, g, bl] = divergingRgb(1 - (2 * y) / (bar.height - 1));
    b.fillStyle = `rgb(${r},${g},${bl})`;
    b.fillRect(0, y, bar.width, 1);
  }
  return scale;
}
