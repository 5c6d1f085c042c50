"""The shared training loop: learning, stopping, pausing, determinism and the NaN guard."""
import threading
import time

import pytest
import torch

from core.data import toy2d
from core.families import mlp
from core.train import TensorBatches, make_optimizer, pick_device
from tests.conftest import xor_trainer


def test_mlp_learns_xor(xor_data):
    state = xor_trainer(xor_data).fit()
    assert state.status == "finished"
    assert state.history[-1]["test_acc"] >= 0.95
    assert state.history[-1]["train_loss"] < state.history[0]["train_loss"] / 5


def test_a_linear_model_cannot_learn_xor(xor_data):
    """The contrast the lecture draws: no hidden layer, no XOR."""
    state = xor_trainer(xor_data, hidden=()).fit()
    assert state.history[-1]["test_acc"] < 0.75


def test_stop_from_a_callback_takes_effect_before_the_next_step(xor_data):
    trainer = xor_trainer(xor_data)
    trainer.add_callback("on_step_end", lambda tr: tr.stop() if tr.state.step == 5 else None)
    state = trainer.fit()
    assert (state.step, state.status, state.stop_reason) == (5, "stopped", "user")


def fit_in_background(trainer, until_step: int) -> threading.Thread:
    """Start `trainer.fit()` in a thread and return once it has taken `until_step` steps."""
    thread = threading.Thread(target=trainer.fit)
    thread.start()
    while trainer.state.step < until_step:
        time.sleep(0.001)
    return thread


def test_stop_from_another_thread_takes_effect_within_one_step(xor_data):
    trainer = xor_trainer(xor_data, epochs=100_000)
    thread = fit_in_background(trainer, until_step=20)
    steps_when_asked = trainer.state.step
    trainer.stop()
    thread.join(5)
    assert not thread.is_alive()
    assert trainer.state.step <= steps_when_asked + 1


def test_pause_holds_the_loop_and_resume_continues(xor_data):
    trainer = xor_trainer(xor_data, epochs=100_000)
    thread = fit_in_background(trainer, until_step=5)
    trainer.pause()
    time.sleep(0.2)
    held = trainer.state.step
    time.sleep(0.3)
    assert trainer.state.step == held and trainer.state.status == "paused"
    trainer.resume()
    while trainer.state.step < held + 10:
        time.sleep(0.001)
    trainer.stop()
    thread.join(5)
    assert trainer.state.status == "stopped"


def test_same_seed_same_loss_history_and_another_seed_differs(xor_data):
    runs = [xor_trainer(xor_data, epochs=5, seed=s).fit().step_losses for s in (3, 3, 4)]
    assert runs[0] == runs[1]
    assert runs[0] != runs[2]


def test_nan_guard_stops_and_keeps_finite_weights():
    data = toy2d.make(toy2d.Toy2DConfig(kind="regression", n=200, seed=0))
    cfg = mlp.MLPConfig(hidden=(16,), activation="relu", classes=0,
                        optimizer="sgd", lr=1e6, epochs=50)
    trainer = mlp.make_trainer(cfg, data)
    state = trainer.fit()
    assert state.status == "diverged"
    assert state.diverged_at is not None and state.diverged_at < 50
    assert f"diverged at step {state.diverged_at}" in state.message
    assert all(torch.isfinite(p).all() for p in trainer.model.parameters())
    assert all(map(lambda v: v == v and abs(v) != float("inf"), state.step_losses))


def test_learning_rate_change_applies_from_the_next_step(xor_data):
    trainer = xor_trainer(xor_data, epochs=3)
    seen = {}

    def freeze_at_step_4(tr):
        if tr.state.step == 4:
            tr.set_hparams(lr=0.0)
            seen["after_4"] = [p.detach().clone() for p in tr.model.parameters()]

    trainer.add_callback("on_step_end", freeze_at_step_4)
    trainer.fit()
    assert trainer.state.step > 10
    for before, after in zip(seen["after_4"], trainer.model.parameters(), strict=True):
        assert torch.equal(before, after)


def test_batches_cover_every_sample_once_per_epoch():
    x = torch.arange(103)
    batches = TensorBatches(x, batch_size=10, generator=torch.Generator().manual_seed(0))
    seen = torch.cat([b[0] for b in batches])
    assert len(batches) == 11
    assert sorted(seen.tolist()) == list(range(103))
    assert seen.tolist() != list(range(103))  # shuffled


def test_device_override(monkeypatch):
    assert pick_device("cpu").type == "cpu"
    monkeypatch.setenv("DLC_DEVICE", "meta")
    assert pick_device().type == "meta"


def test_unknown_callback_event_is_refused(xor_data):
    with pytest.raises(ValueError):
        xor_trainer(xor_data).add_callback("on_batch", lambda tr: None)


def test_a_step_budget_finishes_the_run_after_an_epoch_row(xor_data):
    trainer = xor_trainer(xor_data, epochs=1000)
    trainer.max_steps = 20
    state = trainer.fit()
    assert (state.step, state.status, state.stop_reason) == (20, "finished", "")
    assert state.history[-1]["step"] == 20.0  # the partial epoch still gets its row


def _twin_steps(name: str, steps: int = 60, reset_grads_at: int = -1):
    """The same 2-8-8-1 network trained by a FlatOptimizer and by torch.optim's reference (non-fused,
    for-loop) implementation, batch for batch; the learning rate is lowered at step 30 in both."""
    from torch.nn import functional as F

    from core.train import FlatOptimizer, MOMENTUM

    data = toy2d.make(toy2d.Toy2DConfig(kind="circles", n=200, seed=0))
    cfg = mlp.MLPConfig(hidden=(8, 8), init="glorot")
    torch.manual_seed(0)
    ours, reference = mlp.build(cfg), mlp.build(cfg)
    reference.load_state_dict(ours.state_dict())
    start = {k: v.clone() for k, v in ours.state_dict().items()}
    flat = FlatOptimizer(ours.parameters(), name, 0.05)
    kind = {"adam": (torch.optim.Adam, {}), "sgd": (torch.optim.SGD, {}),
            "momentum": (torch.optim.SGD, {"momentum": MOMENTUM["momentum"]})}[name]
    ref = kind[0](reference.parameters(), lr=0.05, foreach=False, **kind[1])
    shuffle = torch.Generator().manual_seed(1)
    batches = TensorBatches(data.x_train, data.y_train, batch_size=10, generator=shuffle)
    step = 0
    while step < steps:
        for x, y in batches:
            if step == 30:
                for opt in (flat, ref):
                    opt.param_groups[0]["lr"] = 0.02
            if step == reset_grads_at:
                ours.zero_grad()  # sets every .grad to None, as nn.Module.zero_grad does by default
            for model, opt in ((ours, flat), (reference, ref)):
                opt.zero_grad(set_to_none=True)
                F.binary_cross_entropy_with_logits(model(x).squeeze(-1), y.float()).backward()
                opt.step()
            step += 1
    return ours, reference, flat, start


@pytest.mark.parametrize("name", ["adam", "sgd", "momentum"])
def test_the_flat_optimizer_takes_torch_optims_steps(name):
    ours, reference, flat, start = _twin_steps(name)
    for (key, a), b in zip(ours.state_dict().items(), reference.state_dict().values(), strict=True):
        assert (a - start[key]).abs().max() > 1e-3  # it trained
        torch.testing.assert_close(a, b, rtol=1e-4, atol=1e-5)
    assert flat.flat.data_ptr() == next(ours.parameters()).data_ptr()  # the parameters live in the buffer


def test_the_flat_optimizer_survives_grads_set_to_none_and_restored_weights():
    ours, reference, flat, _ = _twin_steps("adam", reset_grads_at=45)
    for a, b in zip(ours.parameters(), reference.parameters(), strict=True):
        torch.testing.assert_close(a, b, rtol=1e-4, atol=1e-5)
    # the NaN guard restores weights with load_state_dict: they must land in the buffer the steps update
    zeros = {k: torch.zeros_like(v) for k, v in ours.state_dict().items()}
    ours.load_state_dict(zeros)
    assert flat.flat.abs().sum() == 0


def test_weights_trained_by_the_flat_optimizer_save_and_load():
    from core import runs

    ours, *_ = _twin_steps("adam", steps=5)
    loaded = runs.load_weights(runs.weights_to_bytes(ours.state_dict()))
    for key, value in ours.state_dict().items():
        assert torch.equal(loaded[key], value)


def test_the_playground_family_trains_with_the_flat_optimizer_and_others_keep_torch_optim(xor_data):
    from core.train import FlatOptimizer

    trainer = xor_trainer(xor_data, epochs=1)
    assert isinstance(trainer.step.optimizer, FlatOptimizer)
    assert isinstance(trainer.step, mlp.BackpropStep)  # its gradients by the chain rule, written out
    assert isinstance(make_optimizer(torch.nn.Linear(2, 2).parameters(), "adam", 0.1), torch.optim.Adam)
    with pytest.raises(ValueError):
        make_optimizer(torch.nn.Linear(2, 2).parameters(), "adagrad", 0.1, flat=True)


# ---- backpropagation written out (mlp.BackpropStep) against autograd ----
def _autograd_twin(model: torch.nn.Module, cfg: mlp.MLPConfig):
    """A copy of `model` stepped by autograd (SupervisedStep) with the same optimizer and penalty."""
    import copy

    from core.train import FlatOptimizer, SupervisedStep

    twin = copy.deepcopy(model)
    return SupervisedStep(twin, mlp.loss_fn(cfg), FlatOptimizer(twin.parameters(), cfg.optimizer, cfg.lr),
                          penalty=mlp.Penalty(twin, cfg.regularization, cfg.reg_rate))


def _batch(classes: int, generator: torch.Generator, n: int = 10):
    x = torch.randn(n, 2, generator=generator)
    if classes == 0:
        return x, torch.randn(n, generator=generator)
    return x, torch.randint(0, classes, (n,), generator=generator)


@pytest.mark.parametrize("reg", mlp.REGULARIZATIONS)
@pytest.mark.parametrize("classes", [0, 2, 3])
@pytest.mark.parametrize("activation", sorted(mlp.ACTIVATIONS))
def test_written_out_backpropagation_gives_autograds_gradients(activation, classes, reg):
    generator = torch.Generator().manual_seed(0)
    for features, hidden in ((("x1", "x2"), (8, 8)), (("x1", "x2", "x1²", "sin x2"), (5,)), (("x1·x2",), ())):
        cfg = mlp.MLPConfig(features=features, hidden=hidden, classes=classes, activation=activation,
                            optimizer="sgd", lr=0.1, regularization=reg, reg_rate=0.05, init="glorot")
        torch.manual_seed(1)
        model = mlp.build(cfg)
        ours = mlp.make_step(model, cfg)
        assert type(ours) is mlp.BackpropStep
        theirs = _autograd_twin(model, cfg)
        for _ in range(4):
            batch = _batch(classes, generator)
            assert ours(batch)["loss"] == pytest.approx(theirs(batch)["loss"], rel=1e-5, abs=1e-7)
            for a, b in zip(ours.optimizer.grads, theirs.optimizer.grads, strict=True):
                torch.testing.assert_close(a, b, rtol=1e-4, atol=1e-5)
            assert sum(g.abs().sum() for g in ours.optimizer.grads) > 0  # there was something to compare


@pytest.mark.parametrize("classes", [0, 2, 3])
def test_written_out_backpropagation_trains_as_autograd_does_with_rates_changed_mid_run(classes):
    cfg = mlp.MLPConfig(hidden=(8, 8), classes=classes, optimizer="adam", lr=0.05, regularization="l2",
                        reg_rate=0.001, init="glorot")
    torch.manual_seed(0)
    model = mlp.build(cfg)
    start = [p.detach().clone() for p in model.parameters()]
    ours = mlp.make_step(model, cfg)
    theirs = _autograd_twin(model, cfg)
    generator = torch.Generator().manual_seed(2)
    for step in range(60):
        if step == 30:
            for s in (ours, theirs):
                s.set_hparams(lr=0.01, reg_rate=0.01)
        batch = _batch(classes, generator)
        ours(batch), theirs(batch)
    assert ours.penalty.rate == 0.01 and ours.optimizer.param_groups[0]["lr"] == 0.01
    for a, b, s in zip(model.parameters(), theirs.model.parameters(), start, strict=True):
        assert (a - s).abs().max() > 1e-2  # it trained
        torch.testing.assert_close(a, b, rtol=1e-4, atol=1e-5)


def test_a_replaced_model_steps_through_autograd_and_other_models_are_refused():
    from core.train import SupervisedStep

    cfg = mlp.MLPConfig(hidden=(4,), init="glorot")
    model = mlp.build(cfg)
    step = mlp.make_step(model, cfg)
    calls = []

    class Wrapper(torch.nn.Module):  # what the command line's DistributedDataParallel does: wrap and hook
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, x):
            calls.append(len(x))
            return self.inner(x)

    step.model = Wrapper(model)
    before = [p.detach().clone() for p in model.parameters()]
    step(_batch(2, torch.Generator().manual_seed(0)))
    assert calls == [10] and any(not torch.equal(a, b) for a, b in zip(model.parameters(), before))
    # a layer it has no derivative for, or an optimizer whose buffer it cannot write: autograd instead
    odd = torch.nn.Sequential(mlp.Features(("x1", "x2")), torch.nn.Linear(2, 4), torch.nn.GELU(),
                              torch.nn.Linear(4, 1))
    with pytest.raises(ValueError):
        mlp.BackpropStep(odd, cfg, make_optimizer(odd.parameters(), "adam", 0.1, flat=True),
                         mlp.Penalty(odd, "none", 0))
    assert type(mlp.make_step(odd, cfg)) is SupervisedStep
    shared = torch.nn.Linear(4, 4)  # one layer used twice: its two gradients would have to add up
    reused = torch.nn.Sequential(mlp.Features(("x1", "x2")), torch.nn.Linear(2, 4), torch.nn.Tanh(), shared,
                                 torch.nn.Tanh(), shared, torch.nn.Tanh(), torch.nn.Linear(4, 1))
    assert type(mlp.make_step(reused, cfg)) is SupervisedStep
    plain = mlp.build(cfg)
    with pytest.raises(ValueError):
        mlp.BackpropStep(plain, cfg, make_optimizer(plain.parameters(), "adam", 0.1),
                         mlp.Penalty(plain, "none", 0))


def test_the_gradient_check_refuses_what_it_cannot_check():
    cfg = mlp.MLPConfig(hidden=(4,), init="glorot")
    model = mlp.build(cfg)
    x, y = _batch(2, torch.Generator().manual_seed(0))
    for bad in ((x[:0], y[:0]), (x, y.float()), (x, torch.full_like(y, 2)), (x, torch.full_like(y, -1)),
                (x, y[:3])):
        with pytest.raises(ValueError):
            mlp.gradient_check(model, cfg, *bad)
    x[0, 0] = float("nan")
    check = mlp.gradient_check(model, cfg, x, y)
    assert check["max_abs"] != check["max_abs"] and check["max_rel"] != check["max_rel"]  # NaN, not "agrees"
