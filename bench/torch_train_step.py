"""PyTorch anchor for bench/train-step.ts: one training step of an example, float64, one thread,
by PyTorch's two usual exact ways of the derivative the loss needs; the first loss is printed so
bench/train-step.ts can check both sides compute the same thing from the same weights.
  pinn:  examples/pinn-poisson, mean_i (Laplacian u(x_i) - f(x_i))^2 of the 2-16-16-1 tanh
         potential u; the Laplacian by d backward passes with create_graph, or the trace of
         torch.func's vmap(hessian).
  score: examples/score-matching, the implicit score-matching loss mean_i |s(x_i)|^2 / 2 +
         div s(x_i) of the 2-64-64-2 SiLU network s; div s by d backward passes with
         create_graph, or the trace of vmap(jacrev(s)).
Each step: the loss, its gradient with respect to every weight, an Adam update.

Usage: python3 bench/torch_train_step.py --case pinn|score --params P.json --points X.json --steps 200 --rounds 1
Prints {"torch": version, "loss0": {method: first loss}, "seconds": {method: best seconds a step}}.
"""
import argparse, json, math, sys, time

try:
    import torch
    try:
        from torch.func import vmap, hessian, jacrev
    except ImportError:
        from functorch import vmap, hessian, jacrev
except ImportError as e:
    print(json.dumps({"skipped": f"PyTorch is not available ({e})"}))
    sys.exit(0)

D = torch.float64
silu = torch.nn.functional.silu


def u_of(P, X):
    h1 = torch.tanh(X @ P["W1"].T + P["b1"])
    h2 = torch.tanh(h1 @ P["W2"].T + P["b2"])
    N = h2 @ P["w3"] + P["b3"]
    return X[:, 0] * (1 - X[:, 0]) * X[:, 1] * (1 - X[:, 1]) * N


def rhs(X):
    return -2 * math.pi ** 2 * torch.sin(math.pi * X[:, 0]) * torch.sin(math.pi * X[:, 1])


def pinn_backward(P, X):
    X = X.detach().requires_grad_(True)
    g = torch.autograd.grad(u_of(P, X).sum(), X, create_graph=True)[0]
    lap = 0
    for d in range(X.shape[1]):
        lap = lap + torch.autograd.grad(g[:, d].sum(), X, create_graph=True)[0][:, d]
    return ((lap - rhs(X)) ** 2).mean()


def pinn_hessian(P, X):
    H = vmap(hessian(lambda x: u_of(P, x.unsqueeze(0))[0]))(X)
    return ((H.diagonal(dim1=1, dim2=2).sum(1) - rhs(X)) ** 2).mean()


def s_of(P, X):
    h1 = silu(X @ P["W1"].T + P["b1"])
    h2 = silu(h1 @ P["W2"].T + P["b2"])
    return h2 @ P["W3"].T + P["b3"]


def score_backward(P, X):
    X = X.detach().requires_grad_(True)
    S = s_of(P, X)
    div = 0
    for k in range(X.shape[1]):
        div = div + torch.autograd.grad(S[:, k].sum(), X, create_graph=True)[0][:, k]
    return ((S * S).sum(1) / 2 + div).mean()


def score_jacrev(P, X):
    J = vmap(jacrev(lambda x: s_of(P, x[None, :])[0]))(X)
    S = s_of(P, X)
    return ((S * S).sum(1) / 2 + torch.diagonal(J, dim1=-2, dim2=-1).sum(-1)).mean()


CASES = {
    "pinn": (("backward", pinn_backward), ("hessian", pinn_hessian)),
    "score": (("backward", score_backward), ("jacrev", score_jacrev)),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--case", required=True, choices=sorted(CASES))
    ap.add_argument("--params", required=True)
    ap.add_argument("--points", required=True)
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=1)
    a = ap.parse_args()
    torch.set_num_threads(1)
    init = {k: torch.tensor(v, dtype=D) for k, v in json.load(open(a.params)).items()}
    X = torch.tensor(json.load(open(a.points)), dtype=D)
    loss0, seconds = {}, {}
    for name, loss_of in CASES[a.case]:
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
