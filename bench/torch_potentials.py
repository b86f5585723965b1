"""PyTorch CPU side of bench/potentials.ts: grad U alone, and the exact Laplacian (and Hessian
diagonal) by d double-backward passes (nested double backward), trace of vmap(hessian(U)) and of
vmap(jacfwd(jacrev(U))) (forward-over-reverse), one thread, float64, the same potentials, params
and points (read from the JSON file the benchmark writes), at each batch size the spec lists.
Prints JSON: each method's best points/s and its batch, and the Laplacian at the first 8 points.

Usage: python3 bench/torch_potentials.py POTENTIALS.json SECONDS
"""
import json, sys, time

try:
    import torch
    try:
        from torch.func import vmap, jacrev, jacfwd, hessian
    except ImportError:
        from functorch import vmap, jacrev, jacfwd, hessian
except ImportError as e:
    print(json.dumps({"skipped": f"PyTorch with functorch is not available ({e})"}))
    sys.exit(0)

torch.set_num_threads(1)
T = lambda v: torch.tensor(v, dtype=torch.float64)


def potential(spec):
    P = {k: T(v) for k, v in spec["params"].items()}
    sp = torch.nn.functional.softplus
    if spec["kind"] == "mlp":
        return lambda x: (torch.tanh(x @ P["W"].T + P["b"]) * P["w"]).sum(-1) + (x * x).sum(-1) / 2
    if spec["kind"] == "deep":
        act = {"tanh": torch.tanh, "softplus": sp}[spec["act"]]
        layers = [(P[f"W{i}"], P[f"b{i}"]) for i in range(1, spec["layers"] + 1)]

        def deep(x):
            h = x
            for W, b in layers:
                h = act(h @ W.T + b)
            u = (h * P["w"]).sum(-1)
            return u + (x * x).sum(-1) / 2 if spec["halfNorm2"] else u
        return deep
    q, p, eps = P["q"], P["p"], P.get("eps", T(0.05))

    def charges(x):
        d = x[..., None, :] - p
        return (q / torch.sqrt((d * d).sum(-1) + eps * eps)).sum(-1)
    return charges


def grad_alone(U, x):
    x = x.detach().requires_grad_(True)
    (g,) = torch.autograd.grad(U(x).sum(), x)
    return g


def double_backward(U, x):
    x = x.detach().requires_grad_(True)
    (g,) = torch.autograd.grad(U(x).sum(), x, create_graph=True)
    diag = []
    for i in range(x.shape[1]):
        (h,) = torch.autograd.grad(g[:, i].sum(), x, retain_graph=i < x.shape[1] - 1)
        diag.append(h[:, i])
    return torch.stack(diag, 1).sum(1)


def rate(fn, n, seconds):
    fn()
    runs, start = 0, time.perf_counter()
    while True:
        fn()
        runs += 1
        if time.perf_counter() - start >= seconds:
            return n * runs / (time.perf_counter() - start)


def main():
    specs = json.load(open(sys.argv[1]))
    seconds = float(sys.argv[2])
    out = []
    for spec in specs:
        U = potential(spec)
        points = T(spec["points"])
        one = lambda v: U(v)
        row = {"name": spec["name"]}
        # each method at each batch size asked for (the whole batch when none): its best kept
        for n in spec.get("batches") or [points.shape[0]]:
            x = points[:n]
            n = x.shape[0]
            methods = {
                "grad": lambda: grad_alone(U, x),
                "double backward": lambda: double_backward(U, x),
                "vmap(hessian)": lambda: vmap(lambda v: torch.trace(hessian(one)(v)))(x),
                "vmap(jacfwd(jacrev))": lambda: vmap(lambda v: torch.trace(jacfwd(jacrev(one))(v)))(x),
            }
            for name, fn in methods.items():
                try:
                    r = rate(fn, n, seconds)
                    if r > (row.get(name) or 0):
                        row[name], row[name + " batch"] = r, n
                except RuntimeError as e:
                    row.setdefault(name, None)
                    row[name + " error"] = str(e)[:200]
        row["laplacian"] = double_backward(U, points[:8]).tolist()
        out.append(row)
    print(json.dumps(out))


main()
