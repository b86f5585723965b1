// divc 0.1.0: field net(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]), dim 8, f32
// Entry points: `evaluate_main` (f and div f) and `divergence_main` (div f alone), one invocation per point.
// Bindings, group 0:
//   0 points      array<f32>, n * dim numbers, row-major (read)
//   1 values      array<f32>, n * dim numbers, row-major (written by evaluate)
//   2 divergence  array<f32>, n numbers (written)
//   3 params      array<f32>, one number per param slot: W1[8, 8] @ 0, W2[8, 8] @ 64, W3[8, 8] @ 128
//   4 batch       array<f32>, per-batch values (4 floats a slot, first used), computed by the artifact's prologue: evaluate's 64 slots, then divergence's
//   5 shape       uniform { n: u32 }, the number of points

const WORKGROUP_SIZE: u32 = 64u;
struct Shape { n: u32 }
@group(0) @binding(0) var<storage, read> points: array<f32>;
@group(0) @binding(1) var<storage, read_write> values: array<f32>;
@group(0) @binding(2) var<storage, read_write> divergence: array<f32>;
@group(0) @binding(3) var<storage, read> params: array<f32>;
@group(0) @binding(4) var<storage, read> batch: array<f32>;
@group(0) @binding(5) var<uniform> shape: Shape;

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
  _ = points[0]; _ = values[0]; _ = divergence[0]; _ = params[0]; _ = batch[0];  // every binding in use: one layout for both entries
  let row = i * 8u;
  let x_0 = points[row + 0u];
  let x_1 = points[row + 1u];
  let x_2 = points[row + 2u];
  let x_3 = points[row + 3u];
  let x_4 = points[row + 4u];
  let x_5 = points[row + 5u];
  let x_6 = points[row + 6u];
  let x_7 = points[row + 7u];
  // line 11: let h1 = tanh(W1 @ x)
  var a0 = array<f32, 8>(x_0, x_1, x_2, x_3, x_4, x_5, x_6, x_7);
  var s86 = 0.0;  // a0 . (W1[0, 0] .. W1[0, 7])
  for (var k = 0u; k < 8u; k++) { s86 += a0[k] * params[0u + k * 1u]; }
  let v86 = s86;
  var s101 = 0.0;  // a0 . (W1[1, 0] .. W1[1, 7])
  for (var k = 0u; k < 8u; k++) { s101 += a0[k] * params[8u + k * 1u]; }
  let v101 = s101;
  var s116 = 0.0;  // a0 . (W1[2, 0] .. W1[2, 7])
  for (var k = 0u; k < 8u; k++) { s116 += a0[k] * params[16u + k * 1u]; }
  let v116 = s116;
  var s131 = 0.0;  // a0 . (W1[3, 0] .. W1[3, 7])
  for (var k = 0u; k < 8u; k++) { s131 += a0[k] * params[24u + k * 1u]; }
  let v131 = s131;
  var s146 = 0.0;  // a0 . (W1[4, 0] .. W1[4, 7])
  for (var k = 0u; k < 8u; k++) { s146 += a0[k] * params[32u + k * 1u]; }
  let v146 = s146;
  var s161 = 0.0;  // a0 . (W1[5, 0] .. W1[5, 7])
  for (var k = 0u; k < 8u; k++) { s161 += a0[k] * params[40u + k * 1u]; }
  let v161 = s161;
  var s176 = 0.0;  // a0 . (W1[6, 0] .. W1[6, 7])
  for (var k = 0u; k < 8u; k++) { s176 += a0[k] * params[48u + k * 1u]; }
  let v176 = s176;
  var s191 = 0.0;  // a0 . (W1[7, 0] .. W1[7, 7])
  for (var k = 0u; k < 8u; k++) { s191 += a0[k] * params[56u + k * 1u]; }
  let v191 = s191;
  let v192 = divc_tanh(v86);
  let v193 = divc_tanh(v101);
  let v194 = divc_tanh(v116);
  let v195 = divc_tanh(v131);
  let v196 = divc_tanh(v146);
  let v197 = divc_tanh(v161);
  let v198 = divc_tanh(v176);
  let v199 = divc_tanh(v191);
  // line 12: let h2 = tanh(W2 @ h1)
  var a1 = array<f32, 8>(v192, v193, v194, v195, v196, v197, v198, v199);
  var s278 = 0.0;  // a1 . (W2[0, 0] .. W2[0, 7])
  for (var k = 0u; k < 8u; k++) { s278 += a1[k] * params[64u + k * 1u]; }
  let v278 = s278;
  var s293 = 0.0;  // a1 . (W2[1, 0] .. W2[1, 7])
  for (var k = 0u; k < 8u; k++) { s293 += a1[k] * params[72u + k * 1u]; }
  let v293 = s293;
  var s308 = 0.0;  // a1 . (W2[2, 0] .. W2[2, 7])
  for (var k = 0u; k < 8u; k++) { s308 += a1[k] * params[80u + k * 1u]; }
  let v308 = s308;
  var s323 = 0.0;  // a1 . (W2[3, 0] .. W2[3, 7])
  for (var k = 0u; k < 8u; k++) { s323 += a1[k] * params[88u + k * 1u]; }
  let v323 = s323;
  var s338 = 0.0;  // a1 . (W2[4, 0] .. W2[4, 7])
  for (var k = 0u; k < 8u; k++) { s338 += a1[k] * params[96u + k * 1u]; }
  let v338 = s338;
  var s353 = 0.0;  // a1 . (W2[5, 0] .. W2[5, 7])
  for (var k = 0u; k < 8u; k++) { s353 += a1[k] * params[104u + k * 1u]; }
  let v353 = s353;
  var s368 = 0.0;  // a1 . (W2[6, 0] .. W2[6, 7])
  for (var k = 0u; k < 8u; k++) { s368 += a1[k] * params[112u + k * 1u]; }
  let v368 = s368;
  var s383 = 0.0;  // a1 . (W2[7, 0] .. W2[7, 7])
  for (var k = 0u; k < 8u; k++) { s383 += a1[k] * params[120u + k * 1u]; }
  let v383 = s383;
  let v384 = divc_tanh(v278);
  let v385 = divc_tanh(v293);
  let v386 = divc_tanh(v308);
  let v387 = divc_tanh(v323);
  let v388 = divc_tanh(v338);
  let v389 = divc_tanh(v353);
  let v390 = divc_tanh(v368);
  let v391 = divc_tanh(v383);
  // line 13: return W3 @ h2
  var a2 = array<f32, 8>(v384, v385, v386, v387, v388, v389, v390, v391);
  var s470 = 0.0;  // a2 . (W3[0, 0] .. W3[0, 7])
  for (var k = 0u; k < 8u; k++) { s470 += a2[k] * params[128u + k * 1u]; }
  let v470 = s470;
  var s485 = 0.0;  // a2 . (W3[1, 0] .. W3[1, 7])
  for (var k = 0u; k < 8u; k++) { s485 += a2[k] * params[136u + k * 1u]; }
  let v485 = s485;
  var s500 = 0.0;  // a2 . (W3[2, 0] .. W3[2, 7])
  for (var k = 0u; k < 8u; k++) { s500 += a2[k] * params[144u + k * 1u]; }
  let v500 = s500;
  var s515 = 0.0;  // a2 . (W3[3, 0] .. W3[3, 7])
  for (var k = 0u; k < 8u; k++) { s515 += a2[k] * params[152u + k * 1u]; }
  let v515 = s515;
  var s530 = 0.0;  // a2 . (W3[4, 0] .. W3[4, 7])
  for (var k = 0u; k < 8u; k++) { s530 += a2[k] * params[160u + k * 1u]; }
  let v530 = s530;
  var s545 = 0.0;  // a2 . (W3[5, 0] .. W3[5, 7])
  for (var k = 0u; k < 8u; k++) { s545 += a2[k] * params[168u + k * 1u]; }
  let v545 = s545;
  var s560 = 0.0;  // a2 . (W3[6, 0] .. W3[6, 7])
  for (var k = 0u; k < 8u; k++) { s560 += a2[k] * params[176u + k * 1u]; }
  let v560 = s560;
  var s575 = 0.0;  // a2 . (W3[7, 0] .. W3[7, 7])
  for (var k = 0u; k < 8u; k++) { s575 += a2[k] * params[184u + k * 1u]; }
  let v575 = s575;
  // derivatives
  let v1537 = (v192 * v192);
  let v1538 = (1.0 - v1537);
  let v1539 = (v384 * v384);
  let v1540 = (1.0 - v1539);
  let v1541 = (v385 * v385);
  let v1542 = (1.0 - v1541);
  let v1543 = (v386 * v386);
  let v1544 = (1.0 - v1543);
  let v1545 = (v387 * v387);
  let v1546 = (1.0 - v1545);
  let v1547 = (v388 * v388);
  let v1548 = (1.0 - v1547);
  let v1549 = (v389 * v389);
  let v1550 = (1.0 - v1549);
  let v1551 = (v390 * v390);
  let v1552 = (1.0 - v1551);
  let v1553 = (v391 * v391);
  let v1554 = (1.0 - v1553);
  let v1555 = (v193 * v193);
  let v1556 = (1.0 - v1555);
  let v1557 = (v194 * v194);
  let v1558 = (1.0 - v1557);
  let v1559 = (v195 * v195);
  let v1560 = (1.0 - v1559);
  let v1561 = (v196 * v196);
  let v1562 = (1.0 - v1561);
  let v1563 = (v197 * v197);
  let v1564 = (1.0 - v1563);
  let v1565 = (v198 * v198);
  let v1566 = (1.0 - v1565);
  let v1567 = (v199 * v199);
  let v1568 = (1.0 - v1567);
  let v1633 = (v1554 * batch[28u]);
  let v1634 = (v1552 * batch[24u]);
  let v1635 = (v1550 * batch[20u]);
  let v1636 = (v1548 * batch[16u]);
  let v1637 = (v1546 * batch[12u]);
  let v1638 = (v1544 * batch[8u]);
  let v1639 = (v1540 * batch[0u]);
  let v1640 = (v1542 * batch[4u]);
  let v1641 = (v1633 + v1634);
  let v1642 = (v1635 + v1636);
  let v1643 = (v1637 + v1638);
  let v1644 = (v1639 + v1640);
  let v1645 = (v1641 + v1642);
  let v1646 = (v1643 + v1644);
  let v1647 = (v1645 + v1646);
  let v1648 = (v1538 * v1647);
  var a3 = array<f32, 8>(v1554, v1552, v1550, v1548, v1546, v1544, v1542, v1540);
  var s1663 = 0.0;  // a3 . (per-batch values 15 .. 8)
  for (var k = 0u; k < 8u; k++) { s1663 += a3[k] * batch[60u - k * 4u]; }
  let v1663 = s1663;
  let v1664 = (v1556 * v1663);
  var s1679 = 0.0;  // a3 . (per-batch values 23 .. 16)
  for (var k = 0u; k < 8u; k++) { s1679 += a3[k] * batch[92u - k * 4u]; }
  let v1679 = s1679;
  let v1680 = (v1558 * v1679);
  var s1695 = 0.0;  // a3 . (per-batch values 31 .. 24)
  for (var k = 0u; k < 8u; k++) { s1695 += a3[k] * batch[124u - k * 4u]; }
  let v1695 = s1695;
  let v1696 = (v1560 * v1695);
  var s1711 = 0.0;  // a3 . (per-batch values 39 .. 32)
  for (var k = 0u; k < 8u; k++) { s1711 += a3[k] * batch[156u - k * 4u]; }
  let v1711 = s1711;
  let v1712 = (v1562 * v1711);
  var s1727 = 0.0;  // a3 . (per-batch values 47 .. 40)
  for (var k = 0u; k < 8u; k++) { s1727 += a3[k] * batch[188u - k * 4u]; }
  let v1727 = s1727;
  let v1728 = (v1564 * v1727);
  var s1743 = 0.0;  // a3 . (per-batch values 55 .. 48)
  for (var k = 0u; k < 8u; k++) { s1743 += a3[k] * batch[220u - k * 4u]; }
  let v1743 = s1743;
  let v1744 = (v1566 * v1743);
  var s1759 = 0.0;  // a3 . (per-batch values 63 .. 56)
  for (var k = 0u; k < 8u; k++) { s1759 += a3[k] * batch[252u - k * 4u]; }
  let v1759 = s1759;
  let v1760 = (v1568 * v1759);
  let v1761 = (v1648 + v1664);
  let v1762 = (v1680 + v1696);
  let v1763 = (v1712 + v1728);
  let v1764 = (v1744 + v1760);
  let v1765 = (v1761 + v1762);
  let v1766 = (v1763 + v1764);
  let v1767 = (v1765 + v1766);
  values[row + 0u] = v470;  // f0
  values[row + 1u] = v485;  // f1
  values[row + 2u] = v500;  // f2
  values[row + 3u] = v515;  // f3
  values[row + 4u] = v530;  // f4
  values[row + 5u] = v545;  // f5
  values[row + 6u] = v560;  // f6
  values[row + 7u] = v575;  // f7
  divergence[i] = v1767;  // div f
}

@compute @workgroup_size(WORKGROUP_SIZE)
fn divergence_main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {
  let i = gid.x + gid.y * groups.x * WORKGROUP_SIZE;  // a 2-D grid past 65535 workgroups
  if (i >= shape.n) { return; }
  _ = points[0]; _ = values[0]; _ = divergence[0]; _ = params[0]; _ = batch[0];  // every binding in use: one layout for both entries
  let row = i * 8u;
  let x_0 = points[row + 0u];
  let x_1 = points[row + 1u];
  let x_2 = points[row + 2u];
  let x_3 = points[row + 3u];
  let x_4 = points[row + 4u];
  let x_5 = points[row + 5u];
  let x_6 = points[row + 6u];
  let x_7 = points[row + 7u];
  // line 11: let h1 = tanh(W1 @ x)
  var a0 = array<f32, 8>(x_0, x_1, x_2, x_3, x_4, x_5, x_6, x_7);
  var s86 = 0.0;  // a0 . (W1[0, 0] .. W1[0, 7])
  for (var k = 0u; k < 8u; k++) { s86 += a0[k] * params[0u + k * 1u]; }
  let v86 = s86;
  var s101 = 0.0;  // a0 . (W1[1, 0] .. W1[1, 7])
  for (var k = 0u; k < 8u; k++) { s101 += a0[k] * params[8u + k * 1u]; }
  let v101 = s101;
  var s116 = 0.0;  // a0 . (W1[2, 0] .. W1[2, 7])
  for (var k = 0u; k < 8u; k++) { s116 += a0[k] * params[16u + k * 1u]; }
  let v116 = s116;
  var s131 = 0.0;  // a0 . (W1[3, 0] .. W1[3, 7])
  for (var k = 0u; k < 8u; k++) { s131 += a0[k] * params[24u + k * 1u]; }
  let v131 = s131;
  var s146 = 0.0;  // a0 . (W1[4, 0] .. W1[4, 7])
  for (var k = 0u; k < 8u; k++) { s146 += a0[k] * params[32u + k * 1u]; }
  let v146 = s146;
  var s161 = 0.0;  // a0 . (W1[5, 0] .. W1[5, 7])
  for (var k = 0u; k < 8u; k++) { s161 += a0[k] * params[40u + k * 1u]; }
  let v161 = s161;
  var s176 = 0.0;  // a0 . (W1[6, 0] .. W1[6, 7])
  for (var k = 0u; k < 8u; k++) { s176 += a0[k] * params[48u + k * 1u]; }
  let v176 = s176;
  var s191 = 0.0;  // a0 . (W1[7, 0] .. W1[7, 7])
  for (var k = 0u; k < 8u; k++) { s191 += a0[k] * params[56u + k * 1u]; }
  let v191 = s191;
  let v192 = divc_tanh(v86);
  let v193 = divc_tanh(v101);
  let v194 = divc_tanh(v116);
  let v195 = divc_tanh(v131);
  let v196 = divc_tanh(v146);
  let v197 = divc_tanh(v161);
  let v198 = divc_tanh(v176);
  let v199 = divc_tanh(v191);
  // line 12: let h2 = tanh(W2 @ h1)
  var a1 = array<f32, 8>(v192, v193, v194, v195, v196, v197, v198, v199);
  var s278 = 0.0;  // a1 . (W2[0, 0] .. W2[0, 7])
  for (var k = 0u; k < 8u; k++) { s278 += a1[k] * params[64u + k * 1u]; }
  let v278 = s278;
  var s293 = 0.0;  // a1 . (W2[1, 0] .. W2[1, 7])
  for (var k = 0u; k < 8u; k++) { s293 += a1[k] * params[72u + k * 1u]; }
  let v293 = s293;
  var s308 = 0.0;  // a1 . (W2[2, 0] .. W2[2, 7])
  for (var k = 0u; k < 8u; k++) { s308 += a1[k] * params[80u + k * 1u]; }
  let v308 = s308;
  var s323 = 0.0;  // a1 . (W2[3, 0] .. W2[3, 7])
  for (var k = 0u; k < 8u; k++) { s323 += a1[k] * params[88u + k * 1u]; }
  let v323 = s323;
  var s338 = 0.0;  // a1 . (W2[4, 0] .. W2[4, 7])
  for (var k = 0u; k < 8u; k++) { s338 += a1[k] * params[96u + k * 1u]; }
  let v338 = s338;
  var s353 = 0.0;  // a1 . (W2[5, 0] .. W2[5, 7])
  for (var k = 0u; k < 8u; k++) { s353 += a1[k] * params[104u + k * 1u]; }
  let v353 = s353;
  var s368 = 0.0;  // a1 . (W2[6, 0] .. W2[6, 7])
  for (var k = 0u; k < 8u; k++) { s368 += a1[k] * params[112u + k * 1u]; }
  let v368 = s368;
  var s383 = 0.0;  // a1 . (W2[7, 0] .. W2[7, 7])
  for (var k = 0u; k < 8u; k++) { s383 += a1[k] * params[120u + k * 1u]; }
  let v383 = s383;
  let v384 = divc_tanh(v278);
  let v385 = divc_tanh(v293);
  let v386 = divc_tanh(v308);
  let v387 = divc_tanh(v323);
  let v388 = divc_tanh(v338);
  let v389 = divc_tanh(v353);
  let v390 = divc_tanh(v368);
  let v391 = divc_tanh(v383);
  // derivatives
  let v1417 = (v192 * v192);
  let v1418 = (1.0 - v1417);
  let v1419 = (v384 * v384);
  let v1420 = (1.0 - v1419);
  let v1421 = (v385 * v385);
  let v1422 = (1.0 - v1421);
  let v1423 = (v386 * v386);
  let v1424 = (1.0 - v1423);
  let v1425 = (v387 * v387);
  let v1426 = (1.0 - v1425);
  let v1427 = (v388 * v388);
  let v1428 = (1.0 - v1427);
  let v1429 = (v389 * v389);
  let v1430 = (1.0 - v1429);
  let v1431 = (v390 * v390);
  let v1432 = (1.0 - v1431);
  let v1433 = (v391 * v391);
  let v1434 = (1.0 - v1433);
  let v1435 = (v193 * v193);
  let v1436 = (1.0 - v1435);
  let v1437 = (v194 * v194);
  let v1438 = (1.0 - v1437);
  let v1439 = (v195 * v195);
  let v1440 = (1.0 - v1439);
  let v1441 = (v196 * v196);
  let v1442 = (1.0 - v1441);
  let v1443 = (v197 * v197);
  let v1444 = (1.0 - v1443);
  let v1445 = (v198 * v198);
  let v1446 = (1.0 - v1445);
  let v1447 = (v199 * v199);
  let v1448 = (1.0 - v1447);
  let v1513 = (v1434 * batch[284u]);
  let v1514 = (v1432 * batch[280u]);
  let v1515 = (v1430 * batch[276u]);
  let v1516 = (v1428 * batch[272u]);
  let v1517 = (v1426 * batch[268u]);
  let v1518 = (v1424 * batch[264u]);
  let v1519 = (v1420 * batch[256u]);
  let v1520 = (v1422 * batch[260u]);
  let v1521 = (v1513 + v1514);
  let v1522 = (v1515 + v1516);
  let v1523 = (v1517 + v1518);
  let v1524 = (v1519 + v1520);
  let v1525 = (v1521 + v1522);
  let v1526 = (v1523 + v1524);
  let v1527 = (v1525 + v1526);
  let v1528 = (v1418 * v1527);
  var a2 = array<f32, 8>(v1434, v1432, v1430, v1428, v1426, v1424, v1422, v1420);
  var s1543 = 0.0;  // a2 . (per-batch values 79 .. 72)
  for (var k = 0u; k < 8u; k++) { s1543 += a2[k] * batch[316u - k * 4u]; }
  let v1543 = s1543;
  let v1544 = (v1436 * v1543);
  var s1559 = 0.0;  // a2 . (per-batch values 87 .. 80)
  for (var k = 0u; k < 8u; k++) { s1559 += a2[k] * batch[348u - k * 4u]; }
  let v1559 = s1559;
  let v1560 = (v1438 * v1559);
  var s1575 = 0.0;  // a2 . (per-batch values 95 .. 88)
  for (var k = 0u; k < 8u; k++) { s1575 += a2[k] * batch[380u - k * 4u]; }
  let v1575 = s1575;
  let v1576 = (v1440 * v1575);
  var s1591 = 0.0;  // a2 . (per-batch values 103 .. 96)
  for (var k = 0u; k < 8u; k++) { s1591 += a2[k] * batch[412u - k * 4u]; }
  let v1591 = s1591;
  let v1592 = (v1442 * v1591);
  var s1607 = 0.0;  // a2 . (per-batch values 111 .. 104)
  for (var k = 0u; k < 8u; k++) { s1607 += a2[k] * batch[444u - k * 4u]; }
  let v1607 = s1607;
  let v1608 = (v1444 * v1607);
  var s1623 = 0.0;  // a2 . (per-batch values 119 .. 112)
  for (var k = 0u; k < 8u; k++) { s1623 += a2[k] * batch[476u - k * 4u]; }
  let v1623 = s1623;
  let v1624 = (v1446 * v1623);
  var s1639 = 0.0;  // a2 . (per-batch values 127 .. 120)
  for (var k = 0u; k < 8u; k++) { s1639 += a2[k] * batch[508u - k * 4u]; }
  let v1639 = s1639;
  let v1640 = (v1448 * v1639);
  let v1641 = (v1528 + v1544);
  let v1642 = (v1560 + v1576);
  let v1643 = (v1592 + v1608);
  let v1644 = (v1624 + v1640);
  let v1645 = (v1641 + v1642);
  let v1646 = (v1643 + v1644);
  let v1647 = (v1645 + v1646);
  divergence[i] = v1647;  // div f
}
