"""PyTorch anchor for bench/train-step.ts --case=pinn: one training step of examples/pinn-poisson (the loss
mean_i (Laplacian u(x_i) - f(x_i))^2 of the 2-16-16-1 tanh potential u, its gradient with respect
to every weight, an Adam update), float64, one thread, the Laplacian by PyTorch's two usual exact
ways: d backward passes with create_graph (then backward through them), and the trace of
torch.func's vmap(hessian). The first loss is printed so bench/train-step.ts --case=pinn can check both sides
compute the same thing from the same weights.

Usage: python3 bench/torch_pinn.py --params P.json --points X.json --steps 200 --rounds 3
Prints {"torch": version, "loss0": {method: first loss}, "seconds": {method: best seconds a step}}.
"""
import argparse, json, math, sys, time

try:
    import torch
    try:
        from torch.func import vmap, hessian, functional_call
    except ImportError:
        from functorch import vmap, hessian
        functional_call = None
except ImportError as e:
    print(json.dumps({"skipped": f"PyTorch is not available ({e})"}))
    sys.exit(0)

D = torch.float64


def u_of(P, X):
    h1 = torch.tanh(X @ P["W1"].T + P["b1"])
    h2 = torch.tanh(h1 @ P["W2"].T + P["b2"])
    N = h2 @ P["w3"] + P["b3"]
    return X[:, 0] * (1 - X[:, 0]) * X[:, 1] * (1 - X[:, 1]) * N


def rhs(X):
    return -2 * math.pi ** 2 * torch.sin(math.pi * X[:, 0]) * torch.sin(math.pi * X[:, 1])


def laplacian_backward(P, X):
    X = X.detach().requires_grad_(True)
    u = u_of(P, X)
    g = torch.autograd.grad(u.sum(), X, create_graph=True)[0]
    lap = 0
    for d in range(X.shape[1]):
        lap = lap + torch.autograd.grad(g[:, d].sum(), X, create_graph=True)[0][:, d]
    return lap


def laplacian_hessian(P, X):
    def one(x):
        return u_of(P, x.unsqueeze(0))[0]
    H = vmap(hessian(one))(X)
    return H.diagonal(dim1=1, dim2=2).sum(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--params", required=True)
    ap.add_argument("--points", required=True)
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    torch.set_num_threads(1)
    init = {k: torch.tensor(v, dtype=D) for k, v in json.load(open(a.params)).items()}
    X = torch.tensor(json.load(open(a.points)), dtype=D)
    F = rhs(X)
    loss0, seconds = {}, {}
    for name, lap in (("backward", laplacian_backward), ("hessian", laplacian_hessian)):
        P = {k: v.clone().requires_grad_(True) for k, v in init.items()}
        opt = torch.optim.Adam(P.values(), lr=1e-3)

        def step():
            opt.zero_grad()
            loss = ((lap(P, X) - F) ** 2).mean()
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
