"""PyTorch CPU side of bench/sweep.ts: the same networks with the same params (read from the
JSON file the sweep writes), exact divergence by the forum thread's methods (d backward passes,
trace of vmap(jacfwd), trace of vmap(jacrev)) and f alone, one thread, float64, each at its best
of the batch sizes the sweep lists (1k to 100k points: f64 activations of 100k points leave the
cache; the given points repeated). Prints JSON: per network, points/s of each method and f alone
with the batch it came at, and the divergence at the first 8 points (the sweep checks them
against divc's).

Usage: python3 bench/torch_sweep.py NETS.json SECONDS
"""
import json, sys, time

try:
    import torch
    try:
        from torch.func import vmap, jacrev, jacfwd
    except ImportError:
        from functorch import vmap, jacrev, jacfwd
except ImportError as e:
    print(json.dumps({"skipped": f"PyTorch with functorch is not available ({e})"}))
    sys.exit(0)

torch.set_num_threads(1)
T = lambda v: torch.tensor(v, dtype=torch.float64)


def model(net):
    P = {k: T(v) for k, v in net["params"].items()}
    kind = net["kind"]
    sp = torch.nn.functional.softplus
    silu = torch.nn.functional.silu
    if kind == "score":
        def f(x):  # x: [..., D]
            h1 = sp(x @ P["W1"].T + P["b1"])
            h2 = sp(h1 @ P["W2"].T + P["b2"])
            return h2 @ P["W3"].T + P["b3"]
    elif kind == "cnf3":
        def f(x):
            h = torch.tanh(x @ P["W1"].T + P["b1"])
            h = torch.tanh(h @ P["W2"].T + P["b2"])
            h = torch.tanh(h @ P["W3"].T + P["b3"])
            return h @ P["W4"].T
    elif kind == "nerf":
        def f(x):  # bench/nets.ts NERF: per octave k, sin(2^k x) then cos(2^k x)
            parts = []
            for k in range(6):
                s = x * float(2 ** k)
                parts += [torch.sin(s), torch.cos(s)]
            e = torch.cat(parts, -1)
            return torch.relu(e @ P["W1"].T + P["b1"]) @ P["W2"].T + P["b2"]
    else:
        def f(x):
            h = silu(x @ P["W1"].T + P["b"])
            h = silu(h @ P["W2"].T + P["b"])
            h = silu(h @ P["W3"].T + P["b"])
            h = silu(h @ P["W4"].T + P["b"])
            return h @ P["W5"].T
    return f


def backward_passes(f, x):
    x = x.detach().requires_grad_(True)
    y = f(x)
    div = torch.zeros(x.shape[0], dtype=x.dtype)
    for i in range(x.shape[1]):
        (g,) = torch.autograd.grad(y[:, i].sum(), x, retain_graph=i < x.shape[1] - 1)
        div += g[:, i]
    return div


def rate(fn, n, seconds):
    fn()
    runs, start = 0, time.perf_counter()
    while True:
        fn()
        runs += 1
        if time.perf_counter() - start >= seconds:
            return n * runs / (time.perf_counter() - start)


def gemm_gflops(seconds):
    """The BLAS PyTorch runs on, as f64 GEMM Gflop/s on one thread (the yardstick for its rate)."""
    w = torch.randn(512, 512, dtype=torch.float64)
    x = torch.randn(4096, 512, dtype=torch.float64)
    return rate(lambda: x @ w.T, 2 * 4096 * 512 * 512, seconds) / 1e9


def tiled(x, n):
    """n points: the given ones repeated (the timing does not depend on which points)."""
    return x.repeat((n + x.shape[0] - 1) // x.shape[0], 1)[:n].contiguous()


def best_batch(make, batches, seconds):
    """The best rate of make(x) over the batch sizes, and its batch. A batch is skipped once one
    call would take longer than MAX_CALL seconds (scaled from the last batch's call)."""
    best, best_n, last = None, None, None
    for n in batches:
        if last is not None and last[1] * n / last[0] > MAX_CALL:
            break
        fn = make(n)
        start = time.perf_counter()
        fn()
        last = (n, time.perf_counter() - start)
        r = rate(fn, n, seconds)
        if best is None or r > best:
            best, best_n = r, n
    return best, best_n


MAX_CALL = 2.0


def main():
    nets = json.load(open(sys.argv[1]))
    seconds = float(sys.argv[2])
    gemm = gemm_gflops(seconds)
    out = []
    for net in nets:
        f = model(net)
        x0 = T(net["points"])
        batches = net.get("batches") or [x0.shape[0]]
        one = lambda v: f(v[None])[0]
        methods = {
            "fAlone": lambda x: lambda: f(x),
            "backward": lambda x: lambda: backward_passes(f, x),
            "jacfwd": lambda x: lambda: vmap(lambda v: torch.trace(jacfwd(one)(v)))(x),
            "jacrev": lambda x: lambda: vmap(lambda v: torch.trace(jacrev(one)(v)))(x),
        }
        row = {"net": net["name"], "gemmGflops": gemm}
        for name, method in methods.items():
            try:
                row[name], row[name + "Batch"] = best_batch(lambda n: method(tiled(x0, n)), batches, seconds)
            except RuntimeError as e:  # out of memory for the widest jacobians
                row[name] = None
                row[f"{name}Error"] = str(e)[:200]
        row["divergence"] = backward_passes(f, x0[:8]).tolist()
        out.append(row)
    print(json.dumps(out))


main()
