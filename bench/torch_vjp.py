"""PyTorch anchor for bench/vjp-torch.ts (issue 23, "against PyTorch"): the gradient with respect
to every weight of
    L = sum_i <cv_i, f(x_i)> + cd_i div f(x_i)  (+ cu_i U(x_i) for a potential, f = grad U)
over a batch, float64, one thread, by PyTorch's two usual exact ways:
  backward: div f by d backward passes with create_graph, then L.backward();
  jacrev:   div f as the trace of torch.func's vmap(jacrev(f)), then L.backward().
The points are split into batches of each size asked for, the gradients summed. The first run's
gradients are printed (each param's sum and sum of squares) so bench/vjp-torch.ts can check both
sides compute the same thing; then each method's best seconds over all the points by batch size.
With --memory, the peak resident memory (ru_maxrss) of one backward run over all points at once.

Usage: python3 bench/torch_vjp.py --field mlp --data D.json [--batches 256,1024,4096] [--rounds 2]
D.json: {"params": {...}, "points": [[...]], "cv": [[...]], "cd": [...], "cu": [...]?, "t": [...]?}
"""
import argparse, json, math, resource, sys, time

try:
    import torch
    try:
        from torch.func import vmap, jacrev
    except ImportError:
        from functorch import vmap, jacrev
except ImportError as e:
    print(json.dumps({"skipped": f"PyTorch is not available ({e})"}))
    sys.exit(0)

D = torch.float64
silu = torch.nn.functional.silu
softplus = torch.nn.functional.softplus


def nets():
    """The .div networks by hand, batched: X [B, d] (and t [B]) -> f [B, d], or U [B] for a potential."""
    def mlp(P, X, t):
        return torch.tanh(X @ P["W1"].T + P["b1"]) @ P["W2"].T + P["b2"]

    def mlp2(P, X, t):
        h1 = softplus(X @ P["W1"].T + P["b1"] + P["t"] * P["c1"])
        h2 = softplus(h1 @ P["W2"].T + P["b2"])
        return h2 @ P["W3"].T + P["b3"]

    def score_net(P, X, t):
        h1 = softplus(X @ P["W1"].T + P["b1"])
        h2 = softplus(h1 @ P["W2"].T + P["b2"])
        return h2 @ P["W3"].T + P["b3"]

    def score_matching(P, X, t):
        h1 = silu(X @ P["W1"].T + P["b1"])
        h2 = silu(h1 @ P["W2"].T + P["b2"])
        return h2 @ P["W3"].T + P["b3"]

    def diffusion_score(P, X, t):
        ft = t[:, None] * P["freq"][None, :]
        e = torch.cat([X, torch.sin(ft), torch.cos(ft)], 1)
        h1 = silu(e @ P["W1"].T + P["b1"])
        h2 = silu(h1 @ P["W2"].T + P["b2"])
        return h2 @ P["W3"].T + P["b3"]

    def mlp_potential(P, X, t):
        return torch.tanh(X @ P["W"].T + P["b"]) @ P["w"] + (X * X).sum(1) / 2

    return {"mlp": (mlp, False), "mlp2": (mlp2, False), "score_net": (score_net, False), "score-matching": (score_matching, False),
            "diffusion_score": (diffusion_score, False), "mlp_potential": (mlp_potential, True)}


def loss_backward(net, potential, P, X, t, cv, cd, cu):
    X = X.detach().requires_grad_(True)
    if potential:
        U = net(P, X, t)
        F = torch.autograd.grad(U.sum(), X, create_graph=True)[0]
    else:
        U, F = None, net(P, X, t)
    div = 0
    for k in range(X.shape[1]):
        div = div + torch.autograd.grad(F[:, k].sum(), X, create_graph=True)[0][:, k]
    L = (cv * F).sum() + (cd * div).sum()
    return L + (cu * U).sum() if potential else L


def loss_jacrev(net, potential, P, X, t, cv, cd, cu):
    # one point at a time under vmap: x [d], s [] -> f [d] (a potential's grad U by jacrev too)
    def f1(x, s):
        y = net(P, x[None, :], s[None])
        return y[0]
    field = jacrev(f1) if potential else f1
    J = vmap(jacrev(field))(X, t)
    div = torch.diagonal(J, dim1=-2, dim2=-1).sum(-1)
    F = vmap(field)(X, t)
    L = (cv * F).sum() + (cd * div).sum()
    return L + (cu * vmap(f1)(X, t)).sum() if potential else L


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--field", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--batches", default="256,1024,4096")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--methods", default="backward,jacrev")
    ap.add_argument("--memory", action="store_true")
    a = ap.parse_args()
    torch.set_num_threads(1)
    net, potential = nets()[a.field]
    data = json.load(open(a.data))
    P = {k: torch.tensor(v, dtype=D).requires_grad_(True) for k, v in data["params"].items()}
    X = torch.tensor(data["points"], dtype=D)
    n = X.shape[0]
    t = torch.tensor(data["t"], dtype=D) if "t" in data else torch.zeros(n, dtype=D)
    cv, cd = torch.tensor(data["cv"], dtype=D), torch.tensor(data["cd"], dtype=D)
    cu = torch.tensor(data["cu"], dtype=D) if potential else None
    methods = {"backward": loss_backward, "jacrev": loss_jacrev}
    if a.memory:
        # one backward run over every point at once: the peak resident memory it took
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        L = loss_backward(net, potential, P, X, t, cv, cd, cu)
        torch.autograd.grad(L, list(P.values()))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"torch": torch.__version__, "n": n, "peakKiB": peak, "beforeKiB": before}))
        return

    def run(method, batch):
        grads = [torch.zeros_like(p) for p in P.values()]
        for s in range(0, n, batch):
            e = min(n, s + batch)
            L = methods[method](net, potential, P, X[s:e], t[s:e], cv[s:e], cd[s:e], cu[s:e] if potential else None)
            for g, d in zip(grads, torch.autograd.grad(L, list(P.values()))):
                g += d
        return grads

    check, seconds = {}, {}
    for method in a.methods.split(","):
        for batch in [int(b) for b in a.batches.split(",")]:
            try:
                grads = run(method, batch)  # warm-up, and the gradients to check
            except Exception as e:  # a method torch.func cannot take: reported, not timed
                seconds[f"{method}@{batch}"] = None
                check.setdefault(method, {"error": str(e)[:200]})
                continue
            check.setdefault(method, {k: [float(g.sum()), float((g * g).sum())] for k, g in zip(P.keys(), grads)})
            best = math.inf
            for _ in range(a.rounds):
                start = time.perf_counter()
                run(method, batch)
                best = min(best, time.perf_counter() - start)
            seconds[f"{method}@{batch}"] = best
    print(json.dumps({"torch": torch.__version__, "n": n, "check": check, "seconds": seconds}))


main()
