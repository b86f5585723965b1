// How every benchmark runs PyTorch: Debian's python3-torch under the system python, one thread.
import { existsSync } from 'node:fs';

/** Debian's python3-torch lives under the system python, which a pyenv python3 on PATH hides. */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/**
 * One thread for every BLAS PyTorch may use: torch.set_num_threads(1) does not reach OpenBLAS
 * (measured here: a 20000 x 512 by 512 x 512 f64 product 1.7x faster without
 * OPENBLAS_NUM_THREADS=1, user time above wall time). OpenBLAS picks its own kernel for this CPU
 * (the machine's OPENBLAS_CORETYPE pin, set for old builds, slows a current one: measured 56 vs
 * 87 Gflop/s f64 GEMM on one thread here).
 */
export const TORCH_ENV = Object.fromEntries(Object.entries({ ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' })
  .filter(([k]) => k !== 'OPENBLAS_CORETYPE' && k !== 'OPENBLAS_L2_SIZE')) as NodeJS.ProcessEnv;
