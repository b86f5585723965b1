"""PyTorch CPU anchor for bench/flow.ts: the same classic RK4 (equal steps) on the state and the
integral of the exact divergence, for cnf_time and diffusion_score, with the divergence by the
best of the forum thread's methods (trace of vmap(jacrev(f)), trace of vmap(jacfwd(f)), d backward
passes), one thread, float64. Each method's flow is first checked against the field's flow
reference (test/fixtures/reference/NAME.flow.json, RK4 case, to 1e-10).

Usage: python3 bench/torch_flow.py --field cnf_time --n 20000 --steps 20 --rounds 1 --out FILE
Prints/writes {"torch": version, "field", "n", "steps", "seconds": {method: best}}.
"""
import argparse, json, os, sys, time

try:
    import torch
    try:
        from torch.func import vmap, jacrev, jacfwd
    except ImportError:
        from functorch import vmap, jacrev, jacfwd
except ImportError as e:
    print(f"torch_flow: skipped, PyTorch with functorch is not available ({e})")
    sys.exit(0)

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
REF = os.path.join(ROOT, "test", "fixtures", "reference")
D = torch.float64


def field(name, P):
    """f(x, t) for one point x (d,) and a scalar time t, as the .div file writes it."""
    T = {k: torch.tensor(v, dtype=D) for k, v in P.items()}
    if name == "cnf_time":
        def f(x, t):
            tt = t.reshape(1)
            h1 = torch.tanh(T["W1"] @ torch.cat([x, tt]) + T["b1"])
            h2 = torch.tanh(T["W2"] @ torch.cat([h1, tt]) + T["b2"])
            return T["W3"] @ torch.cat([h2, tt]) + T["b3"]
        return f
    if name == "diffusion_score":
        freq = T.get("freq", torch.tensor([1.0, 2.0, 4.0, 8.0], dtype=D))
        def f(x, t):
            e = torch.cat([x, torch.sin(freq * t), torch.cos(freq * t)])
            silu = lambda z: z * torch.sigmoid(z)
            h1 = silu(T["W1"] @ e + T["b1"])
            h2 = silu(T["W2"] @ h1 + T["b2"])
            return T["W3"] @ h2 + T["b3"]
        return f
    raise SystemExit(f"torch_flow: no PyTorch version of {name}")


def methods(f, d):
    """(f, div f) of a batch X (n, d) at time t, by each method."""
    def jac_trace(jac):
        J = vmap(jac(f), in_dims=(0, None))
        F = vmap(f, in_dims=(0, None))
        return lambda X, t: (F(X, t), torch.diagonal(J(X, t), dim1=1, dim2=2).sum(-1))

    def backward(X, t):
        X = X.detach().requires_grad_(True)
        F = vmap(f, in_dims=(0, None))(X, t)
        div = torch.zeros(X.shape[0], dtype=D)
        for i in range(d):
            (g,) = torch.autograd.grad(F[:, i].sum(), X, retain_graph=i < d - 1)
            div = div + g[:, i]
        return F.detach(), div

    return {"jacrev": jac_trace(jacrev), "jacfwd": jac_trace(jacfwd), "backward": backward}


def rk4(fd, X, t0, t1, steps):
    h = (t1 - t0) / steps
    X = X.clone()
    I = torch.zeros(X.shape[0], dtype=D)
    for s in range(steps):
        t = torch.tensor(t0 + s * h, dtype=D)
        k1, d1 = fd(X, t)
        k2, d2 = fd(X + h / 2 * k1, t + h / 2)
        k3, d3 = fd(X + h / 2 * k2, t + h / 2)
        k4, d4 = fd(X + h * k3, t + h)
        X = X + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        I = I + h / 6 * (d1 + 2 * d2 + 2 * d3 + d4)
    return X, I


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--field", default="cnf_time")
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--out")
    a = ap.parse_args()
    torch.set_num_threads(1)
    flow_file = os.path.join(REF, f"{a.field}.flow.json")
    ref = json.load(open(flow_file if os.path.exists(flow_file) else os.path.join(REF, f"{a.field}.expect.json")))
    f = field(a.field, ref["params"])
    d = ref["dim"]
    ms = methods(f, d)
    for name, fd in ms.items():
        if "cases" in ref:
            # the flow reference's RK4 case
            case = next(c for c in ref["cases"] if c["method"] == "rk4")
            X, I = rk4(fd, torch.tensor(case["points"], dtype=D), case["t0"], case["t1"], case["steps"])
            err = max((X - torch.tensor(case["end"], dtype=D)).abs().max().item(), (I - torch.tensor(case["integral"], dtype=D)).abs().max().item())
        else:
            # no flow reference: f and div f against the field's reference values, point by point
            err = 0.0
            for i, p in enumerate(ref["points"]):
                F, div = fd(torch.tensor([p], dtype=D), torch.tensor(ref["conditions"]["t"][i], dtype=D))
                err = max(err, (F[0] - torch.tensor(ref["values"][i], dtype=D)).abs().max().item(), abs(div[0].item() - ref["divergence"][i]) / max(1.0, ref["scale"][i]))
        if err > 1e-10:
            raise SystemExit(f"torch_flow: {name} misses the reference by {err}")
    pts = torch.tensor(ref["cases"][0]["points"] if "cases" in ref else ref["points"], dtype=D)
    X0 = pts.repeat((a.n + pts.shape[0] - 1) // pts.shape[0], 1)[: a.n]
    best = {}
    for _ in range(a.rounds):
        for name, fd in ms.items():
            start = time.perf_counter()
            with torch.no_grad() if name != "backward" else torch.enable_grad():
                rk4(fd, X0, 0.0, 1.0, a.steps)
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - start)
    out = {"torch": torch.__version__, "field": a.field, "n": a.n, "steps": a.steps, "seconds": best}
    text = json.dumps(out)
    if a.out:
        open(a.out, "w").write(text)
    print(text)


main()
