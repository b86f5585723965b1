// divc 0.1.0: field net(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]), dim 8, f32
// Entry points, one invocation per point: `evaluate_main` (values, divergence), `divergence_main` (divergence), `diagonal_main` (diagonal, divergence).
// Bindings, group 0:
//   0 points      array<f32>, n * dim numbers, row-major (read)
//   1 outputs     array<f32>, the entry's outputs one after another, each n * width numbers (row-major), in the order above (written)
//   2 params      array<f32>, one number per param slot: W1[8, 8] @ 0, W2[8, 8] @ 64, W3[8, 8] @ 128
//   3 batch       array<f32>, per-batch values (memory.batch: 640 numbers), computed by the artifact's prologue, first used first: evaluate's, then divergence's, then diagonal's
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
  let row = i * 8u;
  let in0 = points[row + 0u];  // x[0]
  let in1 = points[row + 1u];  // x[1]
  let in2 = points[row + 2u];  // x[2]
  let in3 = points[row + 3u];  // x[3]
  let in4 = points[row + 4u];  // x[4]
  let in5 = points[row + 5u];  // x[5]
  let in6 = points[row + 6u];  // x[6]
  let in7 = points[row + 7u];  // x[7]
  // line 11: let h1 = tanh(W1 @ x)
  var a0 = array<f32, 8>(in0, in1, in2, in3, in4, in5, in6, in7);
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
  let v1633 = (v1554 * batch[7u]);
  let v1634 = (v1552 * batch[6u]);
  let v1635 = (v1550 * batch[5u]);
  let v1636 = (v1548 * batch[4u]);
  let v1637 = (v1546 * batch[3u]);
  let v1638 = (v1544 * batch[2u]);
  let v1639 = (v1540 * batch[0u]);
  let v1640 = (v1542 * batch[1u]);
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
  for (var k = 0u; k < 8u; k++) { s1663 += a3[k] * batch[15u - k * 1u]; }
  let v1663 = s1663;
  let v1664 = (v1556 * v1663);
  var s1679 = 0.0;  // a3 . (per-batch values 23 .. 16)
  for (var k = 0u; k < 8u; k++) { s1679 += a3[k] * batch[23u - k * 1u]; }
  let v1679 = s1679;
  let v1680 = (v1558 * v1679);
  var s1695 = 0.0;  // a3 . (per-batch values 31 .. 24)
  for (var k = 0u; k < 8u; k++) { s1695 += a3[k] * batch[31u - k * 1u]; }
  let v1695 = s1695;
  let v1696 = (v1560 * v1695);
  var s1711 = 0.0;  // a3 . (per-batch values 39 .. 32)
  for (var k = 0u; k < 8u; k++) { s1711 += a3[k] * batch[39u - k * 1u]; }
  let v1711 = s1711;
  let v1712 = (v1562 * v1711);
  var s1727 = 0.0;  // a3 . (per-batch values 47 .. 40)
  for (var k = 0u; k < 8u; k++) { s1727 += a3[k] * batch[47u - k * 1u]; }
  let v1727 = s1727;
  let v1728 = (v1564 * v1727);
  var s1743 = 0.0;  // a3 . (per-batch values 55 .. 48)
  for (var k = 0u; k < 8u; k++) { s1743 += a3[k] * batch[55u - k * 1u]; }
  let v1743 = s1743;
  let v1744 = (v1566 * v1743);
  var s1759 = 0.0;  // a3 . (per-batch values 63 .. 56)
  for (var k = 0u; k < 8u; k++) { s1759 += a3[k] * batch[63u - k * 1u]; }
  let v1759 = s1759;
  let v1760 = (v1568 * v1759);
  let v1761 = (v1648 + v1664);
  let v1762 = (v1680 + v1696);
  let v1763 = (v1712 + v1728);
  let v1764 = (v1744 + v1760);
  let v1765 = (v1761 + v1762);
  let v1766 = (v1763 + v1764);
  let v1767 = (v1765 + v1766);
  outputs[row + 0u] = v470;  // values[0]
  outputs[row + 1u] = v485;  // values[1]
  outputs[row + 2u] = v500;  // values[2]
  outputs[row + 3u] = v515;  // values[3]
  outputs[row + 4u] = v530;  // values[4]
  outputs[row + 5u] = v545;  // values[5]
  outputs[row + 6u] = v560;  // values[6]
  outputs[row + 7u] = v575;  // values[7]
  outputs[shape.n * 8u + i] = v1767;  // divergence
}

@compute @workgroup_size(WORKGROUP_SIZE)
fn divergence_main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {
  let i = gid.x + gid.y * groups.x * WORKGROUP_SIZE;  // a 2-D grid past 65535 workgroups
  if (i >= shape.n) { return; }
  _ = points[0]; _ = outputs[0]; _ = params[0]; _ = batch[0];  // every binding in use: one layout for all entries
  let row = i * 8u;
  let in0 = points[row + 0u];  // x[0]
  let in1 = points[row + 1u];  // x[1]
  let in2 = points[row + 2u];  // x[2]
  let in3 = points[row + 3u];  // x[3]
  let in4 = points[row + 4u];  // x[4]
  let in5 = points[row + 5u];  // x[5]
  let in6 = points[row + 6u];  // x[6]
  let in7 = points[row + 7u];  // x[7]
  // line 11: let h1 = tanh(W1 @ x)
  var a0 = array<f32, 8>(in0, in1, in2, in3, in4, in5, in6, in7);
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
  let v1513 = (v1434 * batch[71u]);
  let v1514 = (v1432 * batch[70u]);
  let v1515 = (v1430 * batch[69u]);
  let v1516 = (v1428 * batch[68u]);
  let v1517 = (v1426 * batch[67u]);
  let v1518 = (v1424 * batch[66u]);
  let v1519 = (v1420 * batch[64u]);
  let v1520 = (v1422 * batch[65u]);
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
  for (var k = 0u; k < 8u; k++) { s1543 += a2[k] * batch[79u - k * 1u]; }
  let v1543 = s1543;
  let v1544 = (v1436 * v1543);
  var s1559 = 0.0;  // a2 . (per-batch values 87 .. 80)
  for (var k = 0u; k < 8u; k++) { s1559 += a2[k] * batch[87u - k * 1u]; }
  let v1559 = s1559;
  let v1560 = (v1438 * v1559);
  var s1575 = 0.0;  // a2 . (per-batch values 95 .. 88)
  for (var k = 0u; k < 8u; k++) { s1575 += a2[k] * batch[95u - k * 1u]; }
  let v1575 = s1575;
  let v1576 = (v1440 * v1575);
  var s1591 = 0.0;  // a2 . (per-batch values 103 .. 96)
  for (var k = 0u; k < 8u; k++) { s1591 += a2[k] * batch[103u - k * 1u]; }
  let v1591 = s1591;
  let v1592 = (v1442 * v1591);
  var s1607 = 0.0;  // a2 . (per-batch values 111 .. 104)
  for (var k = 0u; k < 8u; k++) { s1607 += a2[k] * batch[111u - k * 1u]; }
  let v1607 = s1607;
  let v1608 = (v1444 * v1607);
  var s1623 = 0.0;  // a2 . (per-batch values 119 .. 112)
  for (var k = 0u; k < 8u; k++) { s1623 += a2[k] * batch[119u - k * 1u]; }
  let v1623 = s1623;
  let v1624 = (v1446 * v1623);
  var s1639 = 0.0;  // a2 . (per-batch values 127 .. 120)
  for (var k = 0u; k < 8u; k++) { s1639 += a2[k] * batch[127u - k * 1u]; }
  let v1639 = s1639;
  let v1640 = (v1448 * v1639);
  let v1641 = (v1528 + v1544);
  let v1642 = (v1560 + v1576);
  let v1643 = (v1592 + v1608);
  let v1644 = (v1624 + v1640);
  let v1645 = (v1641 + v1642);
  let v1646 = (v1643 + v1644);
  let v1647 = (v1645 + v1646);
  outputs[i] = v1647;  // divergence
}

@compute @workgroup_size(WORKGROUP_SIZE)
fn diagonal_main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {
  let i = gid.x + gid.y * groups.x * WORKGROUP_SIZE;  // a 2-D grid past 65535 workgroups
  if (i >= shape.n) { return; }
  _ = points[0]; _ = outputs[0]; _ = params[0]; _ = batch[0];  // every binding in use: one layout for all entries
  let row = i * 8u;
  let in0 = points[row + 0u];  // x[0]
  let in1 = points[row + 1u];  // x[1]
  let in2 = points[row + 2u];  // x[2]
  let in3 = points[row + 3u];  // x[3]
  let in4 = points[row + 4u];  // x[4]
  let in5 = points[row + 5u];  // x[5]
  let in6 = points[row + 6u];  // x[6]
  let in7 = points[row + 7u];  // x[7]
  // line 11: let h1 = tanh(W1 @ x)
  var a0 = array<f32, 8>(in0, in1, in2, in3, in4, in5, in6, in7);
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
  let v457 = (v192 * v192);
  let v458 = (1.0 - v457);
  let v459 = (v193 * v193);
  let v460 = (1.0 - v459);
  let v461 = (v194 * v194);
  let v462 = (1.0 - v461);
  let v463 = (v195 * v195);
  let v464 = (1.0 - v463);
  let v465 = (v196 * v196);
  let v466 = (1.0 - v465);
  let v467 = (v197 * v197);
  let v468 = (1.0 - v467);
  let v469 = (v198 * v198);
  let v470 = (1.0 - v469);
  let v471 = (v199 * v199);
  let v472 = (1.0 - v471);
  var a2 = array<f32, 8>(v458, v460, v462, v464, v466, v468, v470, v472);
  var s495 = 0.0;  // a2 . (per-batch values 128 .. 135)
  for (var k = 0u; k < 8u; k++) { s495 += a2[k] * batch[128u + k * 1u]; }
  let v495 = s495;
  var s518 = 0.0;  // a2 . (per-batch values 136 .. 143)
  for (var k = 0u; k < 8u; k++) { s518 += a2[k] * batch[136u + k * 1u]; }
  let v518 = s518;
  var s541 = 0.0;  // a2 . (per-batch values 144 .. 151)
  for (var k = 0u; k < 8u; k++) { s541 += a2[k] * batch[144u + k * 1u]; }
  let v541 = s541;
  var s564 = 0.0;  // a2 . (per-batch values 152 .. 159)
  for (var k = 0u; k < 8u; k++) { s564 += a2[k] * batch[152u + k * 1u]; }
  let v564 = s564;
  var s587 = 0.0;  // a2 . (per-batch values 160 .. 167)
  for (var k = 0u; k < 8u; k++) { s587 += a2[k] * batch[160u + k * 1u]; }
  let v587 = s587;
  var s610 = 0.0;  // a2 . (per-batch values 168 .. 175)
  for (var k = 0u; k < 8u; k++) { s610 += a2[k] * batch[168u + k * 1u]; }
  let v610 = s610;
  var s633 = 0.0;  // a2 . (per-batch values 176 .. 183)
  for (var k = 0u; k < 8u; k++) { s633 += a2[k] * batch[176u + k * 1u]; }
  let v633 = s633;
  var s656 = 0.0;  // a2 . (per-batch values 184 .. 191)
  for (var k = 0u; k < 8u; k++) { s656 += a2[k] * batch[184u + k * 1u]; }
  let v656 = s656;
  let v657 = (v384 * v384);
  let v658 = (1.0 - v657);
  let v659 = (v495 * v658);
  let v660 = (v385 * v385);
  let v661 = (1.0 - v660);
  let v662 = (v518 * v661);
  let v663 = (v386 * v386);
  let v664 = (1.0 - v663);
  let v665 = (v541 * v664);
  let v666 = (v387 * v387);
  let v667 = (1.0 - v666);
  let v668 = (v564 * v667);
  let v669 = (v388 * v388);
  let v670 = (1.0 - v669);
  let v671 = (v587 * v670);
  let v672 = (v389 * v389);
  let v673 = (1.0 - v672);
  let v674 = (v610 * v673);
  let v675 = (v390 * v390);
  let v676 = (1.0 - v675);
  let v677 = (v633 * v676);
  let v678 = (v391 * v391);
  let v679 = (1.0 - v678);
  let v680 = (v656 * v679);
  var a3 = array<f32, 8>(v659, v662, v665, v668, v671, v674, v677, v680);
  var s695 = 0.0;  // a3 . (W3[0, 0] .. W3[0, 7])
  for (var k = 0u; k < 8u; k++) { s695 += a3[k] * params[128u + k * 1u]; }
  let v695 = s695;
  var s718 = 0.0;  // a2 . (per-batch values 192 .. 199)
  for (var k = 0u; k < 8u; k++) { s718 += a2[k] * batch[192u + k * 1u]; }
  let v718 = s718;
  var s741 = 0.0;  // a2 . (per-batch values 200 .. 207)
  for (var k = 0u; k < 8u; k++) { s741 += a2[k] * batch[200u + k * 1u]; }
  let v741 = s741;
  var s764 = 0.0;  // a2 . (per-batch values 208 .. 215)
  for (var k = 0u; k < 8u; k++) { s764 += a2[k] * batch[208u + k * 1u]; }
  let v764 = s764;
  var s787 = 0.0;  // a2 . (per-batch values 216 .. 223)
  for (var k = 0u; k < 8u; k++) { s787 += a2[k] * batch[216u + k * 1u]; }
  let v787 = s787;
  var s810 = 0.0;  // a2 . (per-batch values 224 .. 231)
  for (var k = 0u; k < 8u; k++) { s810 += a2[k] * batch[224u + k * 1u]; }
  let v810 = s810;
  var s833 = 0.0;  // a2 . (per-batch values 232 .. 239)
  for (var k = 0u; k < 8u; k++) { s833 += a2[k] * batch[232u + k * 1u]; }
  let v833 = s833;
  var s856 = 0.0;  // a2 . (per-batch values 240 .. 247)
  for (var k = 0u; k < 8u; k++) { s856 += a2[k] * batch[240u + k * 1u]; }
  let v856 = s856;
  var s879 = 0.0;  // a2 . (per-batch values 248 .. 255)
  for (var k = 0u; k < 8u; k++) { s879 += a2[k] * batch[248u + k * 1u]; }
  let v879 = s879;
  let v880 = (v658 * v718);
  let v881 = (v661 * v741);
  let v882 = (v664 * v764);
  let v883 = (v667 * v787);
  let v884 = (v670 * v810);
  let v885 = (v673 * v833);
  let v886 = (v676 * v856);
  let v887 = (v679 * v879);
  var a4 = array<f32, 8>(v880, v881, v882, v883, v884, v885, v886, v887);
  var s902 = 0.0;  // a4 . (W3[1, 0] .. W3[1, 7])
  for (var k = 0u; k < 8u; k++) { s902 += a4[k] * params[136u + k * 1u]; }
  let v902 = s902;
  var s925 = 0.0;  // a2 . (per-batch values 256 .. 263)
  for (var k = 0u; k < 8u; k++) { s925 += a2[k] * batch[256u + k * 1u]; }
  let v925 = s925;
  var s948 = 0.0;  // a2 . (per-batch values 264 .. 271)
  for (var k = 0u; k < 8u; k++) { s948 += a2[k] * batch[264u + k * 1u]; }
  let v948 = s948;
  var s971 = 0.0;  // a2 . (per-batch values 272 .. 279)
  for (var k = 0u; k < 8u; k++) { s971 += a2[k] * batch[272u + k * 1u]; }
  let v971 = s971;
  var s994 = 0.0;  // a2 . (per-batch values 280 .. 287)
  for (var k = 0u; k < 8u; k++) { s994 += a2[k] * batch[280u + k * 1u]; }
  let v994 = s994;
  var s1017 = 0.0;  // a2 . (per-batch values 288 .. 295)
  for (var k = 0u; k < 8u; k++) { s1017 += a2[k] * batch[288u + k * 1u]; }
  let v1017 = s1017;
  var s1040 = 0.0;  // a2 . (per-batch values 296 .. 303)
  for (var k = 0u; k < 8u; k++) { s1040 += a2[k] * batch[296u + k * 1u]; }
  let v1040 = s1040;
  var s1063 = 0.0;  // a2 . (per-batch values 304 .. 311)
  for (var k = 0u; k < 8u; k++) { s1063 += a2[k] * batch[304u + k * 1u]; }
  let v1063 = s1063;
  var s1086 = 0.0;  // a2 . (per-batch values 312 .. 319)
  for (var k = 0u; k < 8u; k++) { s1086 += a2[k] * batch[312u + k * 1u]; }
  let v1086 = s1086;
  let v1087 = (v658 * v925);
  let v1088 = (v661 * v948);
  let v1089 = (v664 * v971);
  let v1090 = (v667 * v994);
  let v1091 = (v670 * v1017);
  let v1092 = (v673 * v1040);
  let v1093 = (v676 * v1063);
  let v1094 = (v679 * v1086);
  var a5 = array<f32, 8>(v1087, v1088, v1089, v1090, v1091, v1092, v1093, v1094);
  var s1109 = 0.0;  // a5 . (W3[2, 0] .. W3[2, 7])
  for (var k = 0u; k < 8u; k++) { s1109 += a5[k] * params[144u + k * 1u]; }
  let v1109 = s1109;
  var s1132 = 0.0;  // a2 . (per-batch values 320 .. 327)
  for (var k = 0u; k < 8u; k++) { s1132 += a2[k] * batch[320u + k * 1u]; }
  let v1132 = s1132;
  var s1155 = 0.0;  // a2 . (per-batch values 328 .. 335)
  for (var k = 0u; k < 8u; k++) { s1155 += a2[k] * batch[328u + k * 1u]; }
  let v1155 = s1155;
  var s1178 = 0.0;  // a2 . (per-batch values 336 .. 343)
  for (var k = 0u; k < 8u; k++) { s1178 += a2[k] * batch[336u + k * 1u]; }
  let v1178 = s1178;
  var s1201 = 0.0;  // a2 . (per-batch values 344 .. 351)
  for (var k = 0u; k < 8u; k++) { s1201 += a2[k] * batch[344u + k * 1u]; }
  let v1201 = s1201;
  var s1224 = 0.0;  // a2 . (per-batch values 352 .. 359)
  for (var k = 0u; k < 8u; k++) { s1224 += a2[k] * batch[352u + k * 1u]; }
  let v1224 = s1224;
  var s1247 = 0.0;  // a2 . (per-batch values 360 .. 367)
  for (var k = 0u; k < 8u; k++) { s1247 += a2[k] * batch[360u + k * 1u]; }
  let v1247 = s1247;
  var s1270 = 0.0;  // a2 . (per-batch values 368 .. 375)
  for (var k = 0u; k < 8u; k++) { s1270 += a2[k] * batch[368u + k * 1u]; }
  let v1270 = s1270;
  var s1293 = 0.0;  // a2 . (per-batch values 376 .. 383)
  for (var k = 0u; k < 8u; k++) { s1293 += a2[k] * batch[376u + k * 1u]; }
  let v1293 = s1293;
  let v1294 = (v658 * v1132);
  let v1295 = (v661 * v1155);
  let v1296 = (v664 * v1178);
  let v1297 = (v667 * v1201);
  let v1298 = (v670 * v1224);
  let v1299 = (v673 * v1247);
  let v1300 = (v676 * v1270);
  let v1301 = (v679 * v1293);
  var a6 = array<f32, 8>(v1294, v1295, v1296, v1297, v1298, v1299, v1300, v1301);
  var s1316 = 0.0;  // a6 . (W3[3, 0] .. W3[3, 7])
  for (var k = 0u; k < 8u; k++) { s1316 += a6[k] * params[152u + k * 1u]; }
  let v1316 = s1316;
  var s1339 = 0.0;  // a2 . (per-batch values 384 .. 391)
  for (var k = 0u; k < 8u; k++) { s1339 += a2[k] * batch[384u + k * 1u]; }
  let v1339 = s1339;
  var s1362 = 0.0;  // a2 . (per-batch values 392 .. 399)
  for (var k = 0u; k < 8u; k++) { s1362 += a2[k] * batch[392u + k * 1u]; }
  let v1362 = s1362;
  var s1385 = 0.0;  // a2 . (per-batch values 400 .. 407)
  for (var k = 0u; k < 8u; k++) { s1385 += a2[k] * batch[400u + k * 1u]; }
  let v1385 = s1385;
  var s1408 = 0.0;  // a2 . (per-batch values 408 .. 415)
  for (var k = 0u; k < 8u; k++) { s1408 += a2[k] * batch[408u + k * 1u]; }
  let v1408 = s1408;
  var s1431 = 0.0;  // a2 . (per-batch values 416 .. 423)
  for (var k = 0u; k < 8u; k++) { s1431 += a2[k] * batch[416u + k * 1u]; }
  let v1431 = s1431;
  var s1454 = 0.0;  // a2 . (per-batch values 424 .. 431)
  for (var k = 0u; k < 8u; k++) { s1454 += a2[k] * batch[424u + k * 1u]; }
  let v1454 = s1454;
  var s1477 = 0.0;  // a2 . (per-batch values 432 .. 439)
  for (var k = 0u; k < 8u; k++) { s1477 += a2[k] * batch[432u + k * 1u]; }
  let v1477 = s1477;
  var s1500 = 0.0;  // a2 . (per-batch values 440 .. 447)
  for (var k = 0u; k < 8u; k++) { s1500 += a2[k] * batch[440u + k * 1u]; }
  let v1500 = s1500;
  let v1501 = (v658 * v1339);
  let v1502 = (v661 * v1362);
  let v1503 = (v664 * v1385);
  let v1504 = (v667 * v1408);
  let v1505 = (v670 * v1431);
  let v1506 = (v673 * v1454);
  let v1507 = (v676 * v1477);
  let v1508 = (v679 * v1500);
  var a7 = array<f32, 8>(v1501, v1502, v1503, v1504, v1505, v1506, v1507, v1508);
  var s1523 = 0.0;  // a7 . (W3[4, 0] .. W3[4, 7])
  for (var k = 0u; k < 8u; k++) { s1523 += a7[k] * params[160u + k * 1u]; }
  let v1523 = s1523;
  var s1546 = 0.0;  // a2 . (per-batch values 448 .. 455)
  for (var k = 0u; k < 8u; k++) { s1546 += a2[k] * batch[448u + k * 1u]; }
  let v1546 = s1546;
  var s1569 = 0.0;  // a2 . (per-batch values 456 .. 463)
  for (var k = 0u; k < 8u; k++) { s1569 += a2[k] * batch[456u + k * 1u]; }
  let v1569 = s1569;
  var s1592 = 0.0;  // a2 . (per-batch values 464 .. 471)
  for (var k = 0u; k < 8u; k++) { s1592 += a2[k] * batch[464u + k * 1u]; }
  let v1592 = s1592;
  var s1615 = 0.0;  // a2 . (per-batch values 472 .. 479)
  for (var k = 0u; k < 8u; k++) { s1615 += a2[k] * batch[472u + k * 1u]; }
  let v1615 = s1615;
  var s1638 = 0.0;  // a2 . (per-batch values 480 .. 487)
  for (var k = 0u; k < 8u; k++) { s1638 += a2[k] * batch[480u + k * 1u]; }
  let v1638 = s1638;
  var s1661 = 0.0;  // a2 . (per-batch values 488 .. 495)
  for (var k = 0u; k < 8u; k++) { s1661 += a2[k] * batch[488u + k * 1u]; }
  let v1661 = s1661;
  var s1684 = 0.0;  // a2 . (per-batch values 496 .. 503)
  for (var k = 0u; k < 8u; k++) { s1684 += a2[k] * batch[496u + k * 1u]; }
  let v1684 = s1684;
  var s1707 = 0.0;  // a2 . (per-batch values 504 .. 511)
  for (var k = 0u; k < 8u; k++) { s1707 += a2[k] * batch[504u + k * 1u]; }
  let v1707 = s1707;
  let v1708 = (v658 * v1546);
  let v1709 = (v661 * v1569);
  let v1710 = (v664 * v1592);
  let v1711 = (v667 * v1615);
  let v1712 = (v670 * v1638);
  let v1713 = (v673 * v1661);
  let v1714 = (v676 * v1684);
  let v1715 = (v679 * v1707);
  var a8 = array<f32, 8>(v1708, v1709, v1710, v1711, v1712, v1713, v1714, v1715);
  var s1730 = 0.0;  // a8 . (W3[5, 0] .. W3[5, 7])
  for (var k = 0u; k < 8u; k++) { s1730 += a8[k] * params[168u + k * 1u]; }
  let v1730 = s1730;
  var s1753 = 0.0;  // a2 . (per-batch values 512 .. 519)
  for (var k = 0u; k < 8u; k++) { s1753 += a2[k] * batch[512u + k * 1u]; }
  let v1753 = s1753;
  var s1776 = 0.0;  // a2 . (per-batch values 520 .. 527)
  for (var k = 0u; k < 8u; k++) { s1776 += a2[k] * batch[520u + k * 1u]; }
  let v1776 = s1776;
  var s1799 = 0.0;  // a2 . (per-batch values 528 .. 535)
  for (var k = 0u; k < 8u; k++) { s1799 += a2[k] * batch[528u + k * 1u]; }
  let v1799 = s1799;
  var s1822 = 0.0;  // a2 . (per-batch values 536 .. 543)
  for (var k = 0u; k < 8u; k++) { s1822 += a2[k] * batch[536u + k * 1u]; }
  let v1822 = s1822;
  var s1845 = 0.0;  // a2 . (per-batch values 544 .. 551)
  for (var k = 0u; k < 8u; k++) { s1845 += a2[k] * batch[544u + k * 1u]; }
  let v1845 = s1845;
  var s1868 = 0.0;  // a2 . (per-batch values 552 .. 559)
  for (var k = 0u; k < 8u; k++) { s1868 += a2[k] * batch[552u + k * 1u]; }
  let v1868 = s1868;
  var s1891 = 0.0;  // a2 . (per-batch values 560 .. 567)
  for (var k = 0u; k < 8u; k++) { s1891 += a2[k] * batch[560u + k * 1u]; }
  let v1891 = s1891;
  var s1914 = 0.0;  // a2 . (per-batch values 568 .. 575)
  for (var k = 0u; k < 8u; k++) { s1914 += a2[k] * batch[568u + k * 1u]; }
  let v1914 = s1914;
  let v1915 = (v658 * v1753);
  let v1916 = (v661 * v1776);
  let v1917 = (v664 * v1799);
  let v1918 = (v667 * v1822);
  let v1919 = (v670 * v1845);
  let v1920 = (v673 * v1868);
  let v1921 = (v676 * v1891);
  let v1922 = (v679 * v1914);
  var a9 = array<f32, 8>(v1915, v1916, v1917, v1918, v1919, v1920, v1921, v1922);
  var s1937 = 0.0;  // a9 . (W3[6, 0] .. W3[6, 7])
  for (var k = 0u; k < 8u; k++) { s1937 += a9[k] * params[176u + k * 1u]; }
  let v1937 = s1937;
  var s1960 = 0.0;  // a2 . (per-batch values 576 .. 583)
  for (var k = 0u; k < 8u; k++) { s1960 += a2[k] * batch[576u + k * 1u]; }
  let v1960 = s1960;
  var s1983 = 0.0;  // a2 . (per-batch values 584 .. 591)
  for (var k = 0u; k < 8u; k++) { s1983 += a2[k] * batch[584u + k * 1u]; }
  let v1983 = s1983;
  var s2006 = 0.0;  // a2 . (per-batch values 592 .. 599)
  for (var k = 0u; k < 8u; k++) { s2006 += a2[k] * batch[592u + k * 1u]; }
  let v2006 = s2006;
  var s2029 = 0.0;  // a2 . (per-batch values 600 .. 607)
  for (var k = 0u; k < 8u; k++) { s2029 += a2[k] * batch[600u + k * 1u]; }
  let v2029 = s2029;
  var s2052 = 0.0;  // a2 . (per-batch values 608 .. 615)
  for (var k = 0u; k < 8u; k++) { s2052 += a2[k] * batch[608u + k * 1u]; }
  let v2052 = s2052;
  var s2075 = 0.0;  // a2 . (per-batch values 616 .. 623)
  for (var k = 0u; k < 8u; k++) { s2075 += a2[k] * batch[616u + k * 1u]; }
  let v2075 = s2075;
  var s2098 = 0.0;  // a2 . (per-batch values 624 .. 631)
  for (var k = 0u; k < 8u; k++) { s2098 += a2[k] * batch[624u + k * 1u]; }
  let v2098 = s2098;
  var s2121 = 0.0;  // a2 . (per-batch values 632 .. 639)
  for (var k = 0u; k < 8u; k++) { s2121 += a2[k] * batch[632u + k * 1u]; }
  let v2121 = s2121;
  let v2122 = (v658 * v1960);
  let v2123 = (v661 * v1983);
  let v2124 = (v664 * v2006);
  let v2125 = (v667 * v2029);
  let v2126 = (v670 * v2052);
  let v2127 = (v673 * v2075);
  let v2128 = (v676 * v2098);
  let v2129 = (v679 * v2121);
  var a10 = array<f32, 8>(v2122, v2123, v2124, v2125, v2126, v2127, v2128, v2129);
  var s2144 = 0.0;  // a10 . (W3[7, 0] .. W3[7, 7])
  for (var k = 0u; k < 8u; k++) { s2144 += a10[k] * params[184u + k * 1u]; }
  let v2144 = s2144;
  let v2145 = (v695 + v902);
  let v2146 = (v1109 + v2145);
  let v2147 = (v1316 + v2146);
  let v2148 = (v1523 + v2147);
  let v2149 = (v1730 + v2148);
  let v2150 = (v1937 + v2149);
  let v2151 = (v2144 + v2150);
  outputs[row + 0u] = v695;  // diagonal[0]
  outputs[row + 1u] = v902;  // diagonal[1]
  outputs[row + 2u] = v1109;  // diagonal[2]
  outputs[row + 3u] = v1316;  // diagonal[3]
  outputs[row + 4u] = v1523;  // diagonal[4]
  outputs[row + 5u] = v1730;  // diagonal[5]
  outputs[row + 6u] = v1937;  // diagonal[6]
  outputs[row + 7u] = v2144;  // diagonal[7]
  outputs[shape.n * 8u + i] = v2151;  // divergence
}
