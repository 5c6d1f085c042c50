"""The playground's models learn what the issue promises; its URL state and views are faithful."""
from dataclasses import replace

import numpy as np
import pytest
import torch

from core import plots
from core import playground as pg
from core.data import toy2d
from core.families import mlp


def fit_defaults(kind: str, **changes):
    cfg = replace(pg.PlaygroundConfig(kind=kind), **changes)
    preset = pg.PRESETS.get(kind, pg.DEFAULT_NET)
    cfg = pg.with_consistent_classes(replace(cfg, net=replace(cfg.net, **preset)))
    return mlp.fit(cfg.net, toy2d.make(cfg.data_config()))


@pytest.mark.parametrize("kind", ["circles", "xor"])
def test_default_settings_learn_circle_and_xor(kind):
    _, history = fit_defaults(kind)
    assert history[-1]["test_acc"] >= 0.95


def test_a_three_class_spiral_with_its_deeper_preset():
    model, history = fit_defaults("spiral", classes=3)
    assert model[-1].out_features == 3  # softmax over three classes, not squared error
    assert history[-1]["test_acc"] >= 0.90


def test_the_target_test_loss_stops_a_run_early():
    cfg = pg.with_consistent_classes(pg.PlaygroundConfig(kind="circles"))
    trainer = mlp.make_trainer(replace(cfg.net, target_test_loss=0.3, epochs=3000), toy2d.make(cfg.data_config()))
    state = trainer.fit()
    assert state.stop_reason == "target_reached" and state.epoch < 3000
    assert state.history[-1]["test_loss"] <= 0.3 < state.history[-2]["test_loss"]


def test_l1_drives_weights_to_zero_more_than_none():
    data = toy2d.make(toy2d.Toy2DConfig(kind="circles", noise=0.0))
    small = {}
    for reg in ("none", "l1"):
        cfg = mlp.MLPConfig(hidden=(8, 8), epochs=100, regularization=reg, reg_rate=0.003 if reg == "l1" else 0.0)
        model, _ = mlp.fit(cfg, data)
        weights = np.concatenate([w.ravel() for w in pg.linear_weights_per_layer(model)])
        small[reg] = (np.abs(weights) < 0.01).mean()
    assert small["l1"] > small["none"] + 0.2


@pytest.mark.parametrize("cfg", [
    pg.PlaygroundConfig(),
    pg.PlaygroundConfig(kind="spiral", classes=5, noise=0.2, show_test=True, discretize=True,
                        net=mlp.MLPConfig(features=("x1", "x2", "sin x1", "x1·x2"), hidden=(), optimizer="momentum",
                                          regularization="l2", reg_rate=0.01, batch_size=1, lr=0.0001)),
    pg.PlaygroundConfig(kind="regression", net=mlp.MLPConfig(hidden=(32, 1, 7), activation="relu")),
])
def test_url_round_trip(cfg):
    cfg = pg.with_consistent_classes(cfg)
    query = pg.to_query(cfg)
    assert all(isinstance(v, str) for v in query.values())
    assert pg.from_query(query) == (cfg, [])


def test_bad_url_values_are_ignored_by_name():
    cfg, ignored = pg.from_query({"data": "spiral", "lr": "nan", "h": "8-99", "bs": "ten", "act": "swish"})
    assert cfg.kind == "spiral" and cfg.net.classes == 3
    assert sorted(ignored) == ["act", "bs", "h", "lr"]
    assert cfg.net == replace(pg.PlaygroundConfig().net, classes=3)


def test_hidden_layer_text_and_what_needs_a_new_run():
    assert pg.parse_hidden("8, 8") == pg.parse_hidden("8 8") == pg.parse_hidden("8-8") == (8, 8)
    assert pg.parse_hidden("") == ()
    for bad in ("8, 33", "1,1,1,1,1,1,1", "a"):
        with pytest.raises(ValueError):
            pg.parse_hidden(bad)
    base = pg.PlaygroundConfig()
    assert not pg.needs_new_run(base, replace(base, show_test=True, net=replace(base.net, lr=0.1, reg_rate=0.3)))
    assert pg.needs_new_run(base, replace(base, net=replace(base.net, hidden=(8,))))


def test_dataset_presets_follow_only_untouched_settings():
    assert pg.preset_change("circles", "spiral", (4, 4), 0.03) == ((16, 16, 16), 0.01)
    assert pg.preset_change("spiral", "xor", (16, 16, 16), 0.01) == ((4, 4), 0.03)
    assert pg.preset_change("circles", "spiral", (6,), 0.03) == ((6,), 0.03)


def test_composition_shows_two_unit_layers_as_they_are_and_wider_ones_by_pca():
    with torch.random.fork_rng():
        torch.manual_seed(0)
        model = mlp.build(mlp.MLPConfig(hidden=(2, 5)))
    points = torch.rand(50, 2) * 2 - 1
    stages = pg.composition(model, points)
    assert len(stages) == 3 and all(p.shape == (50, 2) for _, p in stages)
    assert np.allclose(stages[1][1], mlp.layer_outputs(model, points)[1].numpy(), atol=1e-6)
    pca = stages[2][1]
    assert pca[:, 0].var() >= pca[:, 1].var() and abs(pca.mean()) < 1e-5


def test_network_view_draws_every_unit_and_every_link():
    model = mlp.build(mlp.MLPConfig(features=("x1", "x2", "x1²"), hidden=(4, 3), classes=3))
    maps = pg.neuron_maps(model, n=10)
    assert [m.shape[0] for m in maps] == [3, 4, 3, 3] and maps[0].shape[1:] == (10, 10)
    fig = plots.network(maps, pg.linear_weights_per_layer(model), ["in", "1", "2", "out"], ["x1", "x2", "x1²"])
    assert len(fig.layout.images) == 13
    drawn = sum(np.count_nonzero(~np.isnan(np.asarray(tr.x, dtype=float))) // 2 for tr in fig.data)
    assert drawn == 3 * 4 + 4 * 3 + 3 * 3


def test_the_overfitting_verdict_follows_the_train_test_gap():
    big = pg.generalisation({"train_acc": 0.99, "test_acc": 0.80}, 2)
    assert big["gap"] == pytest.approx(19.0) and big["overfit"] is True and big["kind"] == "acc"
    assert pg.generalisation({"train_acc": 0.95, "test_acc": 0.93}, 2)["overfit"] is False
    assert pg.generalisation({"train_acc": 0.90, "test_acc": 0.80}, 3)["overfit"] is True  # exactly 10 points
    mse = pg.generalisation({"train_loss": 0.01, "test_loss": 0.05}, 0)
    assert mse["kind"] == "mse" and mse["gap"] == pytest.approx(5.0) and mse["overfit"]
    assert not pg.generalisation({"train_loss": 0.01, "test_loss": 0.012}, 0)["overfit"]


# ---- the live view (issue 25) ----
def _bytes(b64: str) -> np.ndarray:
    import base64

    return np.frombuffer(base64.b64decode(b64), dtype=np.uint8)


@pytest.mark.parametrize("kind, activation", [("circles", "tanh"), ("spiral", "relu"), ("regression", "sigmoid")])
def test_a_live_frame_shows_what_the_model_computes(kind, activation):
    cfg = pg.with_consistent_classes(pg.PlaygroundConfig(kind=kind, classes=3))
    cfg = replace(cfg, net=replace(cfg.net, hidden=(5, 3), activation=activation, features=("x1", "x2", "x1·x2")))
    model = mlp.build(cfg.net)
    frame = pg.live_frame(model.state_dict(), cfg, [{"epoch": 1.0, "train_loss": 0.5, "test_loss": 0.7}], step=25)
    n, m = pg.LIVE_GRID, pg.LIVE_UNIT_GRID
    with torch.no_grad():
        out = model(mlp.grid(1.5, n)[1])
        units = [u for layer in pg.neuron_maps(model, m) for u in layer]
    picture = _bytes(frame["out"])
    if kind == "circles":  # P(class 1) × 255, the top row first (x₂ = +1.5)
        expected = torch.sigmoid(out).reshape(n, n).numpy()[::-1] * 255
        assert np.abs(picture.reshape(n, n) - expected).max() <= 0.5 + 1e-3
    elif kind == "spiral":
        probs = out.softmax(-1).reshape(n, n, -1).numpy()[::-1]
        assert (picture[:n * n].reshape(n, n) == probs.argmax(-1)).mean() > 0.99
    maps = _bytes(frame["maps"]).reshape(-1, m, m)
    assert len(maps) == len(units) == 3 + 5 + 3 + model[-1].out_features
    for got, unit in zip(maps, units):  # each unit signed and scaled by its own largest value
        want = np.round((unit / (np.abs(unit).max() or 1) + 1) * 127.5)[::-1]
        assert np.abs(got.astype(float) - want).max() <= 1
    assert [np.array(w).shape for w in frame["w"]] == [(5, 3), (3, 5), (model[-1].out_features, 3)]
    assert frame["loss"] == {"epochs": [1], "train": [0.5], "test": [0.7]} and frame["step"] == 25


def test_the_live_scene_and_its_loss_curve_cover_the_whole_run():
    cfg = pg.with_consistent_classes(pg.PlaygroundConfig(kind="circles", n=200, test_fraction=0.5))
    data = toy2d.make(cfg.data_config())
    history = [{"epoch": float(e), "train_loss": 1.0 / e, "test_loss": 1.1 / e} for e in range(1, 1001)]
    frame = pg.live_frame(mlp.build(cfg.net).state_dict(), cfg, history, step=1000)
    epochs = frame["loss"]["epochs"]
    assert epochs[0] == 1 and epochs[-1] == 1000 and len(epochs) <= pg.LIVE_LOSS_POINTS + 1
    scene = pg.live_scene(cfg, data, lambda key, **kw: key, show_test=True)
    assert scene["layers"] == [2, 4, 4, 1] and scene["test_from"] == len(data.x_train)
    xy = _bytes(scene["points"]).reshape(-1, 2) / 127.5 - 1
    shown = np.concatenate([data.x_train.numpy(), data.x_test.numpy()]) / 1.5
    assert np.abs(xy - shown).max() < 0.01
    assert list(_bytes(scene["labels"])) == [*data.y_train.tolist(), *data.y_test.tolist()]


def test_a_job_keeps_numbered_frames_and_each_row_says_when_it_was_reached():
    from core.runtime.jobs import Job, JobLimiter

    cfg = pg.with_consistent_classes(replace(pg.PlaygroundConfig(kind="circles"), net=replace(
        pg.PlaygroundConfig().net, epochs=30)))
    data = toy2d.make(cfg.data_config())
    job = Job(mlp.make_trainer(cfg.net, data), limiter=JobLimiter(1), frame_every=0.0,
              frame=lambda tr: {"step": tr.state.step})
    job.start()
    job.join(60)
    frames = job.frames_since(0)
    assert [n for n, _ in frames] == list(range(frames[0][0], frames[-1][0] + 1))  # numbered, none skipped
    assert frames[-1][1]["step"] == job.trainer.state.step and job.frames_since(frames[-1][0]) == []
    history = job.poll().history
    seconds = [row["seconds"] for row in history]
    assert all(0 < a < b for a, b in zip(seconds, seconds[1:]))
    hit = pg.time_to_target(history, 0.95)
    assert hit is not None and history[hit["epoch"] - 1]["test_acc"] >= 0.95
    assert all(row["test_acc"] < 0.95 for row in history[:hit["epoch"] - 1])
    assert pg.time_to_target(history, 1.01) is None


def test_the_first_frame_comes_at_the_first_epoch_and_keeps_the_clock():
    """One frame per `frame_every` after Start, the first at the first epoch if that ends sooner (not at the
    first step, and not a second one on the next step); the page waiting for the first epoch gets it."""
    from core.runtime.jobs import Job, JobLimiter

    cfg = pg.with_consistent_classes(replace(pg.PlaygroundConfig(kind="circles"), net=replace(
        pg.PlaygroundConfig().net, epochs=2)))
    job = Job(mlp.make_trainer(cfg.net, toy2d.make(cfg.data_config())), limiter=JobLimiter(1), frame_every=60.0,
              frame=lambda tr: {"step": tr.state.step})
    job.start()
    assert job.wait_first_epoch(60) and [f["step"] for _, f in job.frames_since(0)] == [len(job.trainer.batches)]
    job.join(60)
    assert job.trainer.state.epoch == 2 and len(job.frames_since(0)) == 1
    # paused at the first epoch's last step: the first epoch still comes with its frame
    trainer = mlp.make_trainer(cfg.net, toy2d.make(cfg.data_config()))
    per_epoch = len(trainer.batches)
    trainer.add_callback("on_step_end", lambda tr: tr.pause() if tr.state.step == per_epoch else None)
    job = Job(trainer, limiter=JobLimiter(1), frame_every=60.0, frame=lambda tr: {"step": tr.state.step})
    job.start()
    assert job.wait_first_epoch(60) and [f["step"] for _, f in job.frames_since(0)] == [per_epoch]
    job.stop()
    job.join(60)


def test_glorot_initialisation_follows_its_formula_and_is_the_playgrounds_default():
    cfg = pg.PlaygroundConfig().net
    assert cfg.init == "glorot" and mlp.MLPConfig().init == "pytorch"  # stored runs keep PyTorch's
    model = mlp.build(replace(cfg, hidden=(32, 32)))
    w = model[3].weight.detach()
    bound = 5 / 3 * (6 / (32 + 32)) ** 0.5
    assert w.abs().max() <= bound and w.abs().max() > 0.9 * bound and model[3].bias.abs().max() == 0
    assert pg.from_query({"init": "pytorch"})[0].net.init == "pytorch"
    assert pg.from_query({"init": "zeros"})[1] == ["init"]


def test_a_failing_live_frame_ends_the_frames_not_the_run():
    from core.runtime.jobs import Job, JobLimiter

    cfg = pg.with_consistent_classes(replace(pg.PlaygroundConfig(), net=replace(pg.PlaygroundConfig().net, epochs=5)))
    job = Job(mlp.make_trainer(cfg.net, toy2d.make(cfg.data_config())), limiter=JobLimiter(1), frame_every=0.0,
              frame=lambda tr: 1 / 0)
    job.start()
    job.join(60)
    assert job.poll().status == "finished" and job.frames_since(0) == []


def test_the_pages_gradient_check_agrees_with_autograd_and_catches_a_wrong_derivative(monkeypatch):
    cfg = pg.with_consistent_classes(replace(pg.PlaygroundConfig(kind="circles"), net=replace(
        pg.PlaygroundConfig().net, regularization="l2", reg_rate=0.01, epochs=3)))
    data = toy2d.make(cfg.data_config())
    trainer = mlp.make_trainer(cfg.net, data)
    for model in (mlp.build(cfg.net), trainer.fit() and trainer.model):  # untrained, then trained
        before = {k: v.clone() for k, v in model.state_dict().items()}
        check = pg.backprop_check(model, cfg, data)
        assert check["key"] in ("pg.backprop_same", "pg.backprop_diff") and check["n"] == pg.CHECK_POINTS
        assert check["count"] == sum(p.numel() for p in model.parameters())
        assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())  # the check changes nothing
    # tanh's derivative taken as 1: the check must say so
    monkeypatch.setitem(mlp._ACTIVATION_BACKWARD, torch.nn.Tanh, (torch.tanh, None))
    assert pg.backprop_check(trainer.model, cfg, data)["key"] == "pg.backprop_mismatch"
    empty = replace(data, x_train=data.x_train[:0], y_train=data.y_train[:0])
    assert pg.backprop_check(trainer.model, cfg, empty) is None
    broken = replace(data, x_train=data.x_train.clone().fill_(float("nan")))
    assert pg.backprop_check(trainer.model, cfg, broken) is None  # no "please report it" for NaN points
