// divc 0.1.0: field pw(x, y, z), dim 3, f32
// Entry points, one invocation per point: `evaluate_main` (values, divergence), `divergence_main` (divergence), `diagonal_main` (diagonal, divergence).
// Bindings, group 0:
//   0 points      array<f32>, n * dim numbers, row-major (read)
//   1 outputs     array<f32>, the entry's outputs one after another, each n * width numbers (row-major), in the order above (written)
//   2 params      array<f32>, one number per param slot: none
//   3 batch       array<f32>, per-batch values (memory.batch: 0 numbers), computed by the artifact's prologue, first used first: evaluate's, then divergence's, then diagonal's
//   4 shape       uniform { n: u32 }, the number of points

const WORKGROUP_SIZE: u32 = 64u;
struct Shape { n: u32 }
@group(0) @binding(0) var<storage, read> points: array<f32>;
@group(0) @binding(1) var<storage, read_write> outputs: array<f32>;
@group(0) @binding(2) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read> batch: array<f32>;
@group(0) @binding(4) var<uniform> shape: Shape;

// NaN and infinity: WGSL constant expressions may not produce them, so the bits are made at run time
fn divc_nan() -> f32 { return bitcast<f32>(0x7fc00000u + min(shape.n, 0u)); }
fn divc_inf() -> f32 { return bitcast<f32>(0x7f800000u + min(shape.n, 0u)); }
// min/max propagating NaN as in LANGUAGE.md (WGSL leaves NaN operands unspecified)
fn divc_isnan(x: f32) -> bool { return !(x == x); }
fn divc_min(a: f32, b: f32) -> f32 { if (divc_isnan(a) || divc_isnan(b)) { return a + b; } return min(a, b); }
fn divc_max(a: f32, b: f32) -> f32 { if (divc_isnan(a) || divc_isnan(b)) { return a + b; } return max(a, b); }
// expm1 and log1p without cancellation near 0
fn divc_expm1(x: f32) -> f32 {
  if (abs(x) < 0.35) { return x + x * x * (0.5 + x * (0.16666667 + x * (0.041666668 + x * (0.008333334 + x * (0.0013888889 + x * 0.0001984127))))); }
  return exp(x) - 1.0;
}
// (a series near 0: drivers may reassociate the usual log(u) * x / (u - 1) correction away)
fn divc_log1p(x: f32) -> f32 {
  if (abs(x) < 0.1) { return x * (1.0 - x * (0.5 - x * (0.33333334 - x * (0.25 - x * (0.2 - x * (0.16666667 - x * (0.14285715 - x * (0.125 - x * 0.11111111)))))))); }
  return log(1.0 + x);
}
// tanh saturating instead of overflowing exp for large |x|
fn divc_tanh(x: f32) -> f32 { let u = divc_expm1(2.0 * min(abs(x), 15.0)); return sign(x) * (u / (u + 2.0)); }
fn divc_sigmoid(x: f32) -> f32 { let e = exp(-abs(x)); let s = 1.0 / (1.0 + e); return select(s, e * s, x < 0.0); }
fn divc_softplus(x: f32) -> f32 { return max(x, 0.0) + divc_log1p(exp(-abs(x))); }
// asin, acos and atanh through atan2 and log1p: drivers' own lose thousands of ulps near ±1
// (lavapipe: asin 3811, acos 3379, atanh 417); (1 - x)(1 + x) keeps 1 - x^2 exact there
fn divc_asin(x: f32) -> f32 { return atan2(x, sqrt((1.0 - x) * (1.0 + x))); }
fn divc_acos(x: f32) -> f32 { return 2.0 * atan2(sqrt(1.0 - x), sqrt(1.0 + x)); }
fn divc_atanh(x: f32) -> f32 { return 0.5 * divc_log1p(2.0 * x / (1.0 - x)); }
fn divc_cbrt(x: f32) -> f32 { return sign(x) * pow(abs(x), 1.0 / 3.0); }
// pow for negative bases with integer exponents (WGSL's pow is undefined for x < 0)
fn divc_pow(a: f32, b: f32) -> f32 {
  if (a >= 0.0) { return pow(a, b); }
  if (floor(b) != b) { return divc_nan(); }
  let m = pow(-a, b);
  return select(m, -m, fract(b * 0.5) != 0.0);
}
fn divc_hypot(a: f32, b: f32) -> f32 {
  let m = max(abs(a), abs(b));
  if (m == 0.0) { return 0.0; }
  let p = a / m; let q = b / m;
  return m * sqrt(p * p + q * q);
}
// floored modulo, the sign of the divisor (as Python); the quotient's rounding can put the
// result one divisor off, which the corrections undo
fn divc_mod(a: f32, b: f32) -> f32 {
  var r = a - b * floor(a / b);
  if ((b > 0.0 && r >= b) || (b < 0.0 && r <= b)) { r = r - b; }
  if ((b > 0.0 && r < 0.0) || (b < 0.0 && r > 0.0)) { r = r + b; }
  return r;
}
// atan2 on the axes, where WGSL leaves results to the implementation
fn divc_atan2(y: f32, x: f32) -> f32 {
  if (y == 0.0) { return select(y, select(3.1415927, -3.1415927, bitcast<u32>(y) != 0u), x < 0.0); }
  if (x == 0.0) { return select(-1.5707964, 1.5707964, y > 0.0); }
  return atan2(y, x);
}
// erf: its Taylor series near 0 (relative accuracy), Abramowitz & Stegun 7.1.26 beyond (|error| < 1.5e-7)
fn divc_erf(x: f32) -> f32 {
  if (abs(x) < 0.5) {
    let z = x * x;
    return 1.1283791671 * x * (1.0 - z * (0.33333334 - z * (0.1 - z * (0.023809524 - z * (0.0046296297 - z * 0.00075757576)))));
  }
  let t = 1.0 / (1.0 + 0.3275911 * abs(x));
  let y = 1.0 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * exp(-x * x);
  return sign(x) * y;
}

@compute @workgroup_size(WORKGROUP_SIZE)
fn evaluate_main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {
  let i = gid.x + gid.y * groups.x * WORKGROUP_SIZE;  // a 2-D grid past 65535 workgroups
  if (i >= shape.n) { return; }
  _ = points[0]; _ = outputs[0]; _ = params[0]; _ = batch[0];  // every binding in use: one layout for all entries
  let row = i * 3u;
  let in0 = points[row + 0u];  // x
  let in1 = points[row + 1u];  // y
  let in2 = points[row + 2u];  // z
  // line 3: let r = sqrt(x^2 + y^2 + z^2)
  let v3 = (in0 * in0);
  let v4 = (in1 * in1);
  let v5 = (v3 + v4);
  let v6 = (in2 * in2);
  let v7 = (v5 + v6);
  let v8 = sqrt(v7);
  // line 4: let g = if r < 1 then 1 - r^2 else 1 / r
  let v10 = (v8 < 1.0);
  let v11 = (v8 * v8);
  let v12 = (1.0 - v11);
  let v13 = (1.0 / v8);
  let v14 = select(v13, v12, v10);
  // line 5: return (g * x + relu(y), abs(x) * y + max(y, z), clamp(z, -1, 1) * atan2(y, x))
  let v15 = (in0 * v14);
  let v16 = divc_max(in1, 0.0);
  let v17 = (v15 + v16);
  let v18 = abs(in0);
  let v19 = (in1 * v18);
  let v20 = divc_max(in1, in2);
  let v21 = (v19 + v20);
  let v23 = (in2 < -1.0);
  let v24 = select(in2, -1.0, v23);
  let v25 = (v24 > 1.0);
  let v26 = select(v24, 1.0, v25);
  let v27 = divc_atan2(in1, in0);
  let v28 = (v26 * v27);
  // derivatives
  let v30 = (0.5 / v8);
  let v32 = (v8 == 0.0);
  let v33 = select(v30, 0.0, v32);
  let v34 = (in0 * v33);
  let v35 = (v8 * v34);
  let v37 = (v35 * -4.0);
  let v38 = (v13 * v34);
  let v40 = (v38 * -2.0);
  let v41 = (v40 / v8);
  let v42 = select(v41, v37, v10);
  let v43 = (in0 * v42);
  let v44 = (v14 + v43);
  let v45 = (in1 == in2);
  let v46 = (in2 > in1);
  let v47 = select(1.0, 0.0, v46);
  let v48 = select(v47, 0.5, v45);
  let v49 = select(1.0, 0.0, v23);
  let v50 = select(v49, 0.0, v25);
  let v51 = (v27 * v50);
  let v52 = (v18 + v44);
  let v53 = (v48 + v52);
  let v54 = (v51 + v53);
  outputs[row + 0u] = v17;  // values[0]
  outputs[row + 1u] = v21;  // values[1]
  outputs[row + 2u] = v28;  // values[2]
  outputs[shape.n * 3u + i] = v54;  // divergence
}

@compute @workgroup_size(WORKGROUP_SIZE)
fn divergence_main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {
  let i = gid.x + gid.y * groups.x * WORKGROUP_SIZE;  // a 2-D grid past 65535 workgroups
  if (i >= shape.n) { return; }
  _ = points[0]; _ = outputs[0]; _ = params[0]; _ = batch[0];  // every binding in use: one layout for all entries
  let row = i * 3u;
  let in0 = points[row + 0u];  // x
  let in1 = points[row + 1u];  // y
  let in2 = points[row + 2u];  // z
  // line 3: let r = sqrt(x^2 + y^2 + z^2)
  let v3 = (in0 * in0);
  let v4 = (in1 * in1);
  let v5 = (v3 + v4);
  let v6 = (in2 * in2);
  let v7 = (v5 + v6);
  let v8 = sqrt(v7);
  // line 4: let g = if r < 1 then 1 - r^2 else 1 / r
  let v10 = (v8 < 1.0);
  let v11 = (v8 * v8);
  let v12 = (1.0 - v11);
  let v13 = (1.0 / v8);
  let v14 = select(v13, v12, v10);
  // line 5: return (g * x + relu(y), abs(x) * y + max(y, z), clamp(z, -1, 1) * atan2(y, x))
  let v15 = abs(in0);
  let v17 = (in2 < -1.0);
  let v18 = select(in2, -1.0, v17);
  let v19 = (v18 > 1.0);
  let v20 = divc_atan2(in1, in0);
  // derivatives
  let v22 = (0.5 / v8);
  let v24 = (v8 == 0.0);
  let v25 = select(v22, 0.0, v24);
  let v26 = (in0 * v25);
  let v27 = (v8 * v26);
  let v29 = (v27 * -4.0);
  let v30 = (v13 * v26);
  let v32 = (v30 * -2.0);
  let v33 = (v32 / v8);
  let v34 = select(v33, v29, v10);
  let v35 = (in0 * v34);
  let v36 = (v14 + v35);
  let v37 = (in1 == in2);
  let v38 = (in2 > in1);
  let v39 = select(1.0, 0.0, v38);
  let v40 = select(v39, 0.5, v37);
  let v41 = select(1.0, 0.0, v17);
  let v42 = select(v41, 0.0, v19);
  let v43 = (v20 * v42);
  let v44 = (v15 + v36);
  let v45 = (v40 + v44);
  let v46 = (v43 + v45);
  outputs[i] = v46;  // divergence
}

@compute @workgroup_size(WORKGROUP_SIZE)
fn diagonal_main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {
  let i = gid.x + gid.y * groups.x * WORKGROUP_SIZE;  // a 2-D grid past 65535 workgroups
  if (i >= shape.n) { return; }
  _ = points[0]; _ = outputs[0]; _ = params[0]; _ = batch[0];  // every binding in use: one layout for all entries
  let row = i * 3u;
  let in0 = points[row + 0u];  // x
  let in1 = points[row + 1u];  // y
  let in2 = points[row + 2u];  // z
  // line 3: let r = sqrt(x^2 + y^2 + z^2)
  let v3 = (in0 * in0);
  let v4 = (in1 * in1);
  let v5 = (v3 + v4);
  let v6 = (in2 * in2);
  let v7 = (v5 + v6);
  let v8 = sqrt(v7);
  // line 4: let g = if r < 1 then 1 - r^2 else 1 / r
  let v10 = (v8 < 1.0);
  let v11 = (v8 * v8);
  let v12 = (1.0 - v11);
  let v13 = (1.0 / v8);
  let v14 = select(v13, v12, v10);
  // line 5: return (g * x + relu(y), abs(x) * y + max(y, z), clamp(z, -1, 1) * atan2(y, x))
  let v15 = abs(in0);
  let v17 = (in2 < -1.0);
  let v18 = select(in2, -1.0, v17);
  let v19 = (v18 > 1.0);
  let v20 = divc_atan2(in1, in0);
  // derivatives
  let v22 = (0.5 / v8);
  let v24 = (v8 == 0.0);
  let v25 = select(v22, 0.0, v24);
  let v26 = (in0 * v25);
  let v27 = (v8 * v26);
  let v29 = (v27 * -4.0);
  let v30 = (v13 * v26);
  let v32 = (v30 * -2.0);
  let v33 = (v32 / v8);
  let v34 = select(v33, v29, v10);
  let v35 = (in0 * v34);
  let v36 = (v14 + v35);
  let v37 = (in1 == in2);
  let v38 = (in2 > in1);
  let v39 = select(1.0, 0.0, v38);
  let v40 = select(v39, 0.5, v37);
  let v41 = (v15 + v40);
  let v42 = select(1.0, 0.0, v17);
  let v43 = select(v42, 0.0, v19);
  let v44 = (v20 * v43);
  let v45 = (v36 + v41);
  let v46 = (v44 + v45);
  outputs[row + 0u] = v36;  // diagonal[0]
  outputs[row + 1u] = v41;  // diagonal[1]
  outputs[row + 2u] = v44;  // diagonal[2]
  outputs[shape.n * 3u + i] = v46;  // divergence
}
