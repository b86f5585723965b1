"""PyTorch CPU anchor for `npm run bench`: exact divergence of the shared fields by the methods
of the forum thread: trace of vmap(jacrev(f)), trace of vmap(jacfwd(f)), and d backward passes,
plus f alone. Each implementation is first checked against the reference values
(test/fixtures/reference/*.expect.json). Writes bench/results/torch.json.

Usage: python3 bench/torch_bench.py [--sizes 1e3,1e5] [--threads 1] [--seconds 0.5]
                                   [--device cpu|cuda] [--dtype float64|float32]
On CUDA every timed call ends with torch.cuda.synchronize(), and points start on the device.
Needs torch with functorch (Debian python3-torch 1.13 has it); exits 0 with a message otherwise.
"""
import argparse, json, math, os, platform, sys, time

try:
    import torch
    try:
        from torch.func import vmap, jacrev, jacfwd
    except ImportError:
        from functorch import vmap, jacrev, jacfwd
except ImportError as e:
    print(f"torch_bench: skipped, PyTorch with functorch is not available ({e})")
    sys.exit(0)

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
REF = os.path.join(ROOT, "test", "fixtures", "reference")


DTYPE, DEVICE = torch.float64, "cpu"


def T(x):
    return torch.tensor(x, dtype=DTYPE, device=DEVICE)


def sync():
    if DEVICE == "cuda":
        torch.cuda.synchronize()


def fields(P):
    """The .div fields written by hand in PyTorch, one point x -> f(x), params from P."""
    def lorenz(x):
        s, r, b = P.get("sigma", 10.0), P.get("rho", 28.0), P.get("beta", 8 / 3)
        return torch.stack([s * (x[1] - x[0]), x[0] * (r - x[2]) - x[1], x[0] * x[1] - b * x[2]])

    def coulomb(x):
        q, p = T(P["q"]), T(P["p"])
        d = x[None, :] - p
        n = torch.sqrt((d * d).sum(-1))
        return (q[:, None] * d / n[:, None] ** 3).sum(0) + x ** 2

    def gmm_score(x):
        mu, logw, s = T(P["mu"]), T(P["logw"]), T(P["s"])
        D = mu.shape[1]
        logp = logw - ((x[None, :] - mu) ** 2).sum(-1) / (2 * s ** 2) - D * torch.log(s)
        r = torch.softmax(logp, 0)
        return (r[:, None] * (mu - x[None, :]) / (s ** 2)[:, None]).sum(0)

    def mlp(x):
        W1, b1, W2, b2 = T(P["W1"]), T(P["b1"]), T(P["W2"]), T(P["b2"])
        return W2 @ torch.tanh(W1 @ x + b1) + b2

    def mlp2(x):
        t = P.get("t", 0.0)
        W1, c1, b1, W2, b2, W3, b3 = (T(P[k]) for k in ["W1", "c1", "b1", "W2", "b2", "W3", "b3"])
        sp = torch.nn.functional.softplus
        h1 = sp(W1 @ x + b1 + t * c1)
        h2 = sp(W2 @ h1 + b2)
        return W3 @ h2 + b3

    def lorenz96(x):
        F = P.get("F", 8.0)
        return (torch.roll(x, -1) - torch.roll(x, 2)) * torch.roll(x, 1) - x + F

    return {"lorenz": lorenz, "coulomb": coulomb, "gmm_score": gmm_score, "mlp": mlp, "mlp2": mlp2, "lorenz96": lorenz96}


def methods(f, d):
    jr = vmap(jacrev(f))
    jf = vmap(jacfwd(f))

    def backward(X):
        X = X.detach().requires_grad_(True)
        Y = vmap(f)(X)
        div = torch.zeros(X.shape[0], dtype=X.dtype, device=X.device)
        for i in range(d):
            g, = torch.autograd.grad(Y[:, i].sum(), X, retain_graph=i < d - 1)
            div += g[:, i]
        return div

    return {
        "jacrev": lambda X: torch.diagonal(jr(X), dim1=-2, dim2=-1).sum(-1),
        "jacfwd": lambda X: torch.diagonal(jf(X), dim1=-2, dim2=-1).sum(-1),
        "backward": backward,
        "f": lambda X: vmap(f)(X),
    }


def timed(fn, X, seconds):
    with torch.no_grad() if False else torch.enable_grad():
        fn(X)
        sync()
        runs, start = 0, time.perf_counter()
        while True:
            fn(X)
            sync()
            runs += 1
            if time.perf_counter() - start >= seconds:
                break
    return (time.perf_counter() - start) / runs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1e3,1e5")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seconds", type=float, default=0.5)
    ap.add_argument("--fields", default="lorenz,coulomb,gmm_score,mlp,mlp2,lorenz96")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "torch.json"))
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--dtype", default="float64")
    a = ap.parse_args()
    global DTYPE, DEVICE
    DTYPE, DEVICE = getattr(torch, a.dtype), a.device
    tolerance = 1e-9 if DTYPE == torch.float64 else 1e-4
    torch.set_num_threads(a.threads)
    sizes = [int(float(s)) for s in a.sizes.split(",")]
    rows = []
    for name in a.fields.split(","):
        ref = json.load(open(os.path.join(REF, f"{name}.expect.json")))
        P = ref["params"]
        f = fields(P)[name]
        d = ref["dim"]
        ms = methods(f, d)
        pts = T(ref["points"])
        for m in ("jacrev", "jacfwd", "backward"):
            got = ms[m](pts).detach()
            err = max(abs(float(g) - e) / max(1.0, s) for g, e, s in zip(got, ref["divergence"], ref["scale"]))
            if err > tolerance:
                raise SystemExit(f"torch_bench: {name} {m} disagrees with the reference (error {err:.2e})")
        for n in sizes:
            i = torch.arange(n, device=DEVICE)
            X = pts[i % pts.shape[0]] * (1 + 1e-3 * (i[:, None] % 13))
            row = {"field": name, "n": n}
            for m, fn in ms.items():
                try:
                    row[m + "PointsPerSecond"] = n / timed(fn, X, a.seconds)
                except RuntimeError as e:  # out of memory at large n
                    row[m + "PointsPerSecond"] = None
                    row[m + "Error"] = str(e)[:200]
                    if DEVICE == "cuda":
                        torch.cuda.empty_cache()
            best = max([v for k, v in row.items() if k in ("jacrevPointsPerSecond", "jacfwdPointsPerSecond", "backwardPointsPerSecond") and v] or [0])
            row["bestExactPointsPerSecond"] = best
            rows.append(row)
            print(f"{name:10s} n={n:.0e}  " + "  ".join(f"{m} {row[m + 'PointsPerSecond']:.3e}" for m in ms if row.get(m + "PointsPerSecond")), flush=True)
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    json.dump({"date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "torch": torch.__version__, "threads": a.threads,
               "device": torch.cuda.get_device_name() if DEVICE == "cuda" else "cpu", "dtype": a.dtype,
               "python": platform.python_version(), "cpu": platform.processor() or platform.machine(), "rows": rows}, open(a.out, "w"), indent=2)


if __name__ == "__main__":
    main()
