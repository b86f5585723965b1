// A hand-written wasm kernel for the worker-pool tests (test/runtime/threads-pool.test.ts): with the
// entries' ABI (points, out_0, ..., out_k, n) (an evaluate-like `probe` with outputs values and
// divergence, the others divergence alone) but results that tell which call computed them, so a
// thread computing outside its share shows.
// Two numbers a point (dim 2), f64; memory [8, 16) is the call's state (a tag), the heap at 64.
import binaryen from 'binaryen';

const WAT = `(module
  (memory (export "memory") 1)
  ;; probe: divergence[i] = i + tag (the point's place in its call), values[i] = (x, n) (its
  ;; first coordinate, and how many points the call had)
  (func (export "probe") (param $p i32) (param $v i32) (param $d i32) (param $n i32)
    (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (f64.store (i32.add (local.get $d) (i32.shl (local.get $i) (i32.const 3)))
          (f64.add (f64.convert_i32_u (local.get $i)) (f64.load (i32.const 8))))
        (f64.store (i32.add (local.get $v) (i32.shl (local.get $i) (i32.const 4)))
          (f64.load (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 4)))))
        (f64.store offset=8 (i32.add (local.get $v) (i32.shl (local.get $i) (i32.const 4)))
          (f64.convert_i32_u (local.get $n)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))
  ;; probe_divergence: probe's divergence alone
  (func (export "probe_divergence") (param $p i32) (param $d i32) (param $n i32)
    (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (f64.store (i32.add (local.get $d) (i32.shl (local.get $i) (i32.const 3)))
          (f64.add (f64.convert_i32_u (local.get $i)) (f64.load (i32.const 8))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))
  ;; slow (divergence alone): per point, x rounds of busy work, and a trap where x < 0; divergence[i] = the work's
  ;; result (tests set x through points in a SharedArrayBuffer, read afresh at every chunk)
  (func (export "slow") (param $p i32) (param $d i32) (param $n i32)
    (local $i i32) (local $k i32) (local $x f64) (local $acc i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (f64.load (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 4)))))
        (if (f64.lt (local.get $x) (f64.const 0)) (then unreachable))
        (local.set $k (i32.trunc_f64_u (local.get $x)))
        (block $spun
          (loop $spin
            (br_if $spun (i32.eqz (local.get $k)))
            (local.set $acc (i32.add (i32.mul (local.get $acc) (i32.const 1664525)) (i32.const 1013904223)))
            (local.set $k (i32.sub (local.get $k) (i32.const 1)))
            (br $spin)))
        (f64.store (i32.add (local.get $d) (i32.shl (local.get $i) (i32.const 3))) (f64.convert_i32_u (local.get $acc)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))
  (func (export "trap") (param i32 i32 i32 i32) unreachable))`;

let bytes: Uint8Array<ArrayBuffer> | undefined;

/** The probe module's bytes. */
export function probeWasm(): Uint8Array<ArrayBuffer> {
  if (!bytes) {
    const m = binaryen.parseText(WAT);
    if (!m.validate()) throw new Error('the probe module does not validate');
    bytes = new Uint8Array(m.emitBinary());
    m.dispose();
  }
  return bytes;
}

export const PROBE = { dim: 2, bytesPerNumber: 8, stateOffset: 8, heap: 64 } as const;

/** The probe's entries, as a kernel's metadata lists them: `trap` traps whatever it is given. */
const FULL = [{ name: 'values', width: PROBE.dim }, { name: 'divergence', width: 1 }];
const DIVERGENCE = [{ name: 'divergence', width: 1 }];
export const PROBE_ENTRIES = {
  evaluate: { export: 'probe', outputs: FULL },
  divergence: { export: 'probe_divergence', outputs: DIVERGENCE },
  diagonal: { export: 'trap', outputs: FULL },
  potential: { export: 'slow', outputs: DIVERGENCE },
};
