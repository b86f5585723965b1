"""PyTorch CPU side of bench/sweep.ts: the same networks with the same params (read from the
JSON file the sweep writes), exact divergence by the forum thread's methods (d backward passes,
trace of vmap(jacfwd), trace of vmap(jacrev)) and f alone, one thread, float64. Prints JSON:
per network, points/s of each method and f alone, and the divergence at the first 8 points (the
sweep checks them against divc's).

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


def main():
    nets = json.load(open(sys.argv[1]))
    seconds = float(sys.argv[2])
    gemm = gemm_gflops(seconds)
    out = []
    for net in nets:
        f = model(net)
        x = T(net["points"])
        n = x.shape[0]
        one = lambda v: f(v[None])[0]
        methods = {
            "backward": lambda: backward_passes(f, x),
            "jacfwd": lambda: vmap(lambda v: torch.trace(jacfwd(one)(v)))(x),
            "jacrev": lambda: vmap(lambda v: torch.trace(jacrev(one)(v)))(x),
        }
        row = {"net": net["name"], "fAlone": rate(lambda: f(x), n, seconds), "gemmGflops": gemm}
        for name, fn in methods.items():
            try:
                row[name] = rate(fn, n, seconds)
            except RuntimeError as e:  # out of memory for the widest jacobians
                row[name] = None
                row[f"{name}Error"] = str(e)[:200]
        row["divergence"] = backward_passes(f, x[:8]).tolist()
        out.append(row)
    print(json.dumps(out))


main()
