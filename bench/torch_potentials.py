"""PyTorch CPU side of bench/potentials.ts: grad U alone, and the exact Laplacian (and Hessian
diagonal) by d double-backward passes, trace of vmap(hessian(U)) and of vmap(jacfwd(jacrev(U))),
one thread, float64, the same potentials, params and points (read from the JSON file the
benchmark writes). Prints JSON: points/s per method, and the Laplacian at the first 8 points.

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
    if spec["kind"] == "mlp2":
        return lambda x: (sp(sp(x @ P["W1"].T + P["b1"]) @ P["W2"].T + P["b2"]) * P["w"]).sum(-1) + (x * x).sum(-1) / 2
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
        x = T(spec["points"])
        n = x.shape[0]
        one = lambda v: U(v)
        row = {"name": spec["name"], "grad": rate(lambda: grad_alone(U, x), n, seconds)}
        methods = {
            "double backward": lambda: double_backward(U, x),
            "vmap(hessian)": lambda: vmap(lambda v: torch.trace(hessian(one)(v)))(x),
            "vmap(jacfwd(jacrev))": lambda: vmap(lambda v: torch.trace(jacfwd(jacrev(one))(v)))(x),
        }
        for name, fn in methods.items():
            try:
                row[name] = rate(fn, n, seconds)
            except RuntimeError as e:
                row[name] = None
                row[name + " error"] = str(e)[:200]
        row["laplacian"] = double_backward(U, x[:8]).tolist()
        out.append(row)
    print(json.dumps(out))


main()
