"""PyTorch anchor for bench/train-step.ts --case=score: one training step of examples/score-matching (the
implicit score-matching loss mean_i |s(x_i)|^2 / 2 + div s(x_i) of the 2-64-64-2 SiLU network s,
its gradient with respect to every weight, an Adam update), float64, one thread, div s by
PyTorch's two usual exact ways: d backward passes with create_graph, and the trace of torch.func's
vmap(jacrev(s)). The first loss is printed so bench/train-step.ts --case=score can check both sides compute the
same thing from the same weights.

Usage: python3 bench/torch_score_step.py --params P.json --points X.json --steps 200 --rounds 1
Prints {"torch": version, "loss0": {method: first loss}, "seconds": {method: best seconds a step}}.
"""
import argparse, json, math, sys, time

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


def s_of(P, X):
    h1 = silu(X @ P["W1"].T + P["b1"])
    h2 = silu(h1 @ P["W2"].T + P["b2"])
    return h2 @ P["W3"].T + P["b3"]


def loss_backward(P, X):
    X = X.detach().requires_grad_(True)
    S = s_of(P, X)
    div = 0
    for k in range(X.shape[1]):
        div = div + torch.autograd.grad(S[:, k].sum(), X, create_graph=True)[0][:, k]
    return ((S * S).sum(1) / 2 + div).mean()


def loss_jacrev(P, X):
    def one(x):
        return s_of(P, x[None, :])[0]
    J = vmap(jacrev(one))(X)
    S = s_of(P, X)
    return ((S * S).sum(1) / 2 + torch.diagonal(J, dim1=-2, dim2=-1).sum(-1)).mean()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--params", required=True)
    ap.add_argument("--points", required=True)
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=1)
    a = ap.parse_args()
    torch.set_num_threads(1)
    init = {k: torch.tensor(v, dtype=D) for k, v in json.load(open(a.params)).items()}
    X = torch.tensor(json.load(open(a.points)), dtype=D)
    loss0, seconds = {}, {}
    for name, loss_of in (("backward", loss_backward), ("jacrev", loss_jacrev)):
        P = {k: v.clone().requires_grad_(True) for k, v in init.items()}
        opt = torch.optim.Adam(P.values(), lr=1e-3)

        def step():
            opt.zero_grad()
            loss = loss_of(P, X)
            loss.backward()
            opt.step()
            return loss.item()

        loss0[name] = step()
        best = math.inf
        for _ in range(a.rounds):
            t = time.perf_counter()
            for _ in range(a.steps):
                step()
            best = min(best, (time.perf_counter() - t) / a.steps)
        seconds[name] = best
    print(json.dumps({"torch": torch.__version__, "loss0": loss0, "seconds": seconds}))


main()
