"""Challenges check themselves from stored runs: each one is not met by a short run with default-ish settings
and is met by a run that reaches it (a scripted real training where that takes seconds on one thread,
otherwise a real run's meta with only its measured numbers changed, said in the test's docstring); the page
shows a met challenge with its evidence and keeps it with the visitor's progress, in English and Chinese."""
import copy
import re

import numpy as np
import pytest

from core import catalog, challenges, classroom, i18n, lab, runs
from core import playground as pg
from core.data import toy2d
from core.lessons import inductive_bias as ib
from core.lessons import perceptron as pc
from tests.test_chinese import ALLOWED
from tests.test_pages import open_page
from tests.zh_text import latin_words, page_texts

OWNER = runs.owner_id("v", "challenges-test")


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> runs.RunStore:
    return runs.RunStore(tmp_path_factory.mktemp("runs"))


def train(store: runs.RunStore, family: str, max_steps: int | None = None, **settings) -> dict:
    """A real training with the family's default settings changed by `settings`, stored as a page stores
    it; its run.json as read back from the store (tuples are lists there)."""
    meta, trainer = challenges.scripted_run(family, settings, max_steps, owner=OWNER)
    return store.get(store.save(meta, trainer.model.state_dict()).id).meta


def measured(meta: dict, **final) -> dict:
    """The same run.json with some measured numbers of its last epoch changed (and nothing else)."""
    changed = copy.deepcopy(meta)
    changed["final"].update(final)
    changed["history"][-1].update(final)
    return changed


def met(key: str, *metas: dict) -> bool:
    return challenges.evaluate(list(metas))[key][0]


def test_every_challenge_has_its_words_in_both_languages_and_a_page_that_exists():
    assert 14 <= len(challenges.CHALLENGES) <= 30
    assert len({c.key for c in challenges.CHALLENGES}) == len(challenges.CHALLENGES)
    for c in challenges.CHALLENGES:
        assert catalog.page(c.page).built
        for part in ("goal", "hint", "evidence"):
            key = f"challenge.{c.key}.{part}"
            assert set(i18n.TABLE[key]) == set(i18n.LANGUAGES), key
            zh = re.sub(r"\{\w+\}", "", i18n.TABLE[key]["zh"])  # the numbers filled in
            assert not [w for w in latin_words(zh) if w not in ALLOWED], key
        for code in i18n.LANGUAGES:  # every number a goal names is given
            assert "{" not in i18n.translate(f"challenge.{c.key}.goal", code, **challenges.shown(c.goal))


def test_evidence_reads_as_percentages_points_and_counts():
    assert challenges.shown({"test_acc": 0.98125, "gap": 15.0, "params": 19642, "features": "x1 x1·x2"}) == \
        {"test_acc": "98.1", "gap": "15", "params": "19,642", "features": "x1 x1·x2"}


# ---- the playground: every one of its challenges with a real run (seconds each) ----
def test_xor_needs_a_feature_not_a_hidden_layer(store):
    default = train(store, "playground", kind="xor", epochs=50)  # the page's 4-4 network: accurate, but hidden
    assert default["final"]["test_acc"] >= challenges.XOR_ACC and not met("xor_linear", default)
    assert not met("xor_linear", train(store, "playground", kind="xor", hidden=(), epochs=100))
    solved = train(store, "playground", kind="xor", hidden=(), features=("x1", "x2", "x1·x2"), epochs=100)
    assert challenges.evaluate([solved])["xor_linear"] == (True, solved["id"], challenges.xor_linear(solved))
    assert challenges.xor_linear(solved)["features"] == "x1 x2 x1·x2"


def test_the_spiral_with_twelve_hidden_units(store):
    preset = train(store, "playground", kind="spiral", epochs=30, **pg.PRESETS["spiral"])  # 48 units
    assert not met("spiral_small", preset)
    small = train(store, "playground", kind="spiral", hidden=(6, 6), epochs=300)
    assert challenges.spiral_small(small) == {"test_acc": small["final"]["test_acc"], "units": 12, "classes": 3}
    assert not met("spiral_small", measured(small, test_acc=0.94))


def test_the_circles_with_three_hidden_units_on_x1_and_x2(store):
    """Real runs: the page's default 4-4 network fits the circles but has 8 units; one hidden layer of 3 tanh
    units (a triangle around the inner circle) does it (measured 99.6 %), 2 units cannot (measured 82 %)."""
    default = train(store, "playground", kind="circles", epochs=100)
    assert default["final"]["test_acc"] >= challenges.CIRCLE_ACC and not met("circles_few", default)
    three = train(store, "playground", kind="circles", hidden=(3,), epochs=200)
    assert challenges.circles_few(three) == {"test_acc": three["final"]["test_acc"], "units": 3}
    two = train(store, "playground", kind="circles", hidden=(2,), epochs=200)
    assert not met("circles_few", two)
    squares = train(store, "playground", kind="circles", hidden=(), features=("x1", "x2", "x1²", "x2²"), epochs=100)
    assert squares["final"]["test_acc"] >= challenges.CIRCLE_ACC and not met("circles_few", squares)


MOONS = {"kind": "moons", "n": 200, "noise": 0.5, "test_fraction": 0.8}  # 40 noisy training points


def test_overfit_then_fix_it_with_regularisation_on_the_same_data(store):
    plain = train(store, "playground", epochs=20)
    assert not met("overfit", plain) and not met("regularise", plain)
    over = train(store, "playground", **MOONS, hidden=(32, 32, 32), lr=0.01, epochs=1000)
    assert challenges.overfit(over)["gap"] >= challenges.OVERFIT_GAP
    fixed = train(store, "playground", **MOONS, hidden=(16, 16, 16), regularization="l2", reg_rate=0.01, epochs=600)
    assert challenges.regularised(fixed) and fixed["final"]["test_acc"] >= over["final"]["test_acc"]
    assert not met("regularise", fixed)  # a fix needs the overfitting run it fixes
    assert met("overfit", over) and not met("regularise", over)
    assert challenges.evaluate([fixed, over])["regularise"] == (True, fixed["id"], challenges.regularised(fixed))
    elsewhere = copy.deepcopy(fixed)
    elsewhere["config"]["data_seed"] = 1  # other points: no fix of that run
    assert not met("regularise", elsewhere, over)


# ---- the other pages ----
def test_a_small_cnn_at_98_percent(store):
    """A real short run of a narrow VGG (4,322 parameters) does not reach 98 %; the same run with its test
    accuracy changed to 98.5 % meets it, and LeNet-5 (61,706 parameters) at 99 % does not. (Reaching 98 %
    takes minutes of training, so the accuracy is changed, not trained.)"""
    small = train(store, "cnn", max_steps=20, arch="vgg", width=8, epochs=1)
    assert small["final"]["test_acc"] < challenges.CNN_ACC and not met("cnn_small", small)
    assert challenges.cnn_small(measured(small, test_acc=0.985)) == {"test_acc": 0.985, "params": 4322}
    lenet = train(store, "cnn", max_steps=5, epochs=1)
    assert challenges.parameters(lenet) == 61706 and not met("cnn_small", measured(lenet, test_acc=0.99))


def test_an_lstm_on_the_adding_problem_at_length_50(store):
    """Real runs: the page's default 20 epochs solve few sums; 40 epochs at a learning rate of 0.01 solve
    about 98 % (measured 98.4 %, in 4 s on two threads); the same numbers with a GRU do not count; a plain RNN
    with those settings fails, and counts only beside that LSTM."""
    short = train(store, "rnn", task="adding")
    assert short["final"]["test_acc"] < challenges.ADDING_ACC and not met("adding_lstm", short)
    solved = train(store, "rnn", task="adding", epochs=40, lr=1e-2)
    assert challenges.adding_lstm(solved) == {"solved": solved["final"]["test_acc"], "length": 50}
    gru = copy.deepcopy(solved)
    gru["config"]["cell"] = "gru"
    assert not met("adding_lstm", gru)
    plain = train(store, "rnn", task="adding", epochs=40, lr=1e-2, cell="rnn")  # measured: 7 % solved
    assert challenges.adding_plain_rnn(plain) == {"solved": plain["final"]["test_acc"], "length": 50}
    assert not met("adding_plain_rnn", plain)  # it needs the LSTM it is compared with …
    assert challenges.evaluate([plain, solved])["adding_plain_rnn"][:2] == (True, plain["id"])
    assert not met("adding_plain_rnn", plain, short)  # … with the same settings (not the default 20 epochs)


@pytest.fixture(scope="module")
def short_gan(store) -> dict:
    return train(store, "gan2d", epochs=2)


def test_the_gan_collapses_then_a_setting_other_than_the_generators_pace_cures_it(store, short_gan):
    """Real runs on the ring (seconds each): a two-epoch GAN covers too few modes, which is no collapse
    (too few steps); the page's mode-collapse preset collapses; the defaults cover all 8 but cure nothing
    (a slower generator); the preset with a discriminator as fast as its generator covers all 8 and cures it."""
    assert not met("gan_collapse", short_gan) and not met("gan_all_modes", short_gan)
    collapsed = train(store, "gan2d", g_lr=2e-3, d_lr=2e-4)
    assert challenges.gan_collapse(collapsed) == {"modes": int(collapsed["final"]["modes"]), "steps": 6000}
    default = train(store, "gan2d")
    assert challenges.gan_all_modes(default) and not met("gan_all_modes", default, collapsed)
    cured = train(store, "gan2d", g_lr=2e-3, d_lr=2e-3)
    assert challenges.gan_all_modes(cured) == {"modes": 8, "g_lr": 2e-3, "d_lr": 2e-3, "d_steps": 1}
    assert challenges.evaluate([cured, default, collapsed])["gan_all_modes"][:2] == (True, cured["id"])
    assert not met("gan_all_modes", cured)  # a cure needs the collapse it cures


def test_translation_of_held_out_dates_by_a_small_model(store):
    """Real translation runs of 30 steps get few dates right; with the exact-match share on dates changed to
    99.5 % the page's default model (188,482 parameters) still does not count, a 64/32 GRU (51,266) does.
    (Training one to 99 % takes about a minute: measured 100 % in 60 s by `python -m bench --only challenges`.)"""
    default = train(store, "translation", max_steps=30, epochs=1)
    assert default["final"]["test_exact_date"] < challenges.DATE_EXACT and not met("dates", default)
    assert challenges.parameters(default) > challenges.DATE_MAX_PARAMS
    assert not met("dates", measured(default, test_exact_date=0.995))
    small = train(store, "translation", max_steps=30, epochs=1, hidden=64, embed=32)
    evidence = challenges.dates(measured(small, test_exact_date=0.995))
    assert evidence == {"exact": 0.995, "params": challenges.parameters(small)}
    assert evidence["params"] <= challenges.DATE_MAX_PARAMS


def test_speech_on_unseen_speakers_within_a_minute(store):
    """A real speech run of 5 steps on the cached corpus; its meta with the accuracy on unseen speakers
    changed to 96 % meets it, and the same after 61 s of training does not. (Training to 95 % takes minutes.)"""
    from core.data import speech as sd

    if sd.cached() is None and sd.espeak() is None:
        pytest.skip("espeak-ng is not installed and no corpus is cached")
    short = train(store, "speech", max_steps=5, epochs=1)
    assert short["final"]["test_acc"] < challenges.SPEECH_ACC and not met("speech_fast", short)
    assert met("speech_fast", measured(short, test_acc=0.96))
    assert not met("speech_fast", {**measured(short, test_acc=0.96), "seconds": 61.0})
    assert not met("speech_augment", short)  # one run measures nothing about the augmentation
    off = train(store, "speech", max_steps=5, epochs=1, augment=False)
    assert not met("speech_augment", off)
    found = challenges.evaluate([off, short])["speech_augment"]
    assert found == (True, off["id"], {"off": off["final"]["test_acc"], "on": short["final"]["test_acc"]})
    wider = train(store, "speech", max_steps=5, epochs=1, augment=False, width=8)  # another setting changed too
    assert not met("speech_augment", wider, short)


def test_a_run_that_diverged_or_another_family_proves_nothing(short_gan):
    eight = measured(short_gan, modes=8.0)
    collapsed = {**measured(short_gan, modes=1.0), "steps": 6000, "id": "collapsed"}
    assert met("gan_all_modes", eight, collapsed)  # the pair counts …
    assert not met("gan_all_modes", {**eight, "status": "diverged"}, collapsed)  # … not once diverged
    assert not met("gan_all_modes", {**eight, "config": {**eight["config"], "target": "grid"}}, collapsed)


# ---- challenges checked on what a page measured ----
def perceptron_state(x: np.ndarray, labels: np.ndarray) -> tuple[pc.PerceptronRun, dict]:
    """The perceptron page's run after "Converge" (the same call and epoch limit), and the state it checks."""
    run = pc.PerceptronRun.start(x, labels)
    run.run(max_epochs=max(10, 200_000 // len(x)))
    bound = pc.novikoff_bound(x, labels)
    return run, {"cycle": run.cycle, "converged": run.converged, "updates": run.updates,
                 "bound": bound.updates if bound else None, "points": len(x)}


def toy(n: int = 60, margin: float = 0.2, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """The perceptron page's separable points (its defaults: 60 points, margin 0.2, seed 0)."""
    d = toy2d.make(toy2d.Toy2DConfig(kind="linear", n=n, margin=margin, noise=0.0, test_fraction=0.01, seed=seed))
    return np.concatenate([d.x_train.numpy(), d.x_test.numpy()]), np.concatenate([d.y_train.numpy(), d.y_test.numpy()])


def test_the_perceptron_cycles_on_xor_and_converges_far_inside_a_huge_bound():
    run, default = perceptron_state(*toy())
    assert run.converged and default["bound"] < challenges.TIGHT_BOUND
    assert challenges.perceptron_cycle(default) is None and challenges.perceptron_tight(default) is None
    run, xor = perceptron_state(pc.XOR_POINTS, pc.XOR_LABELS)
    assert run.cycle and challenges.perceptron_cycle(xor) == {"first": run.cycle[0], "period": run.cycle[1], "points": 4}
    assert challenges.perceptron_tight(xor) is None  # no separating line: no bound, no convergence
    run, tight = perceptron_state(*toy(n=200, margin=0.0))  # no gap between the classes: a tiny margin γ
    evidence = challenges.perceptron_tight(tight)
    assert evidence == {"updates": run.updates, "bound": round(tight["bound"]), "points": 200}
    assert evidence["bound"] > challenges.TIGHT_BOUND and evidence["updates"] < evidence["bound"] / 100
    assert challenges.perceptron_cycle(tight) is None and challenges.perceptron_quick(tight) is None
    assert challenges.perceptron_quick(default) is None  # 60 points: too few, and more than 5 updates
    run, wide = perceptron_state(*toy(n=200, margin=0.6, seed=2))  # a wide gap: measured 4 updates
    assert challenges.perceptron_quick(wide) == {"updates": run.updates, "points": 200, "bound": round(wide["bound"])}
    assert run.updates <= challenges.QUICK_UPDATES


def stored_cnn_curve() -> list[float]:
    """The CNN's mean accuracy by shift over the seeds of the stored inductive-bias run, read from its file."""
    import json

    rows = [r["shift_acc"] for r in json.loads(ib.STORED.read_text())["rows"]
            if r["model"] == "cnn" and r["pixels"] == "original"]
    return [sum(column) / len(column) for column in zip(*rows)]


def test_the_shift_at_which_the_cnn_falls_below_half_is_read_from_the_curve_shown():
    curve = stored_cnn_curve()
    first = next(s for s, acc in enumerate(curve) if acc < 0.5)
    assert 1 <= first < len(curve) - 1  # the stored curve does fall below one half, and not at once
    assert challenges.cnn_shift({"answer": first, "curve": curve}) == \
        {"shift": first, "acc": curve[first], "before": curve[first - 1]}
    for wrong in (None, first - 1, first + 1):
        assert challenges.cnn_shift({"answer": wrong, "curve": curve}) is None
    short = curve[:first]  # a rerun with a smaller largest shift never falls below one half: no answer is right
    assert all(challenges.cnn_shift({"answer": a, "curve": short}) is None for a in range(len(short)))


def test_the_lowest_threshold_that_keeps_the_shipped_detectors_precision():
    """The shipped detector on the 30 held-out test scenes: at the page's default threshold precision is
    still above 95 % one step lower, so the default does not meet it; the lowest such threshold does."""
    from core.families import faces as fc

    scenes = fc.held_out_scenes()
    raw = fc.evaluate_scenes(lab.pretrained_model("faces"), scenes)

    def state(threshold: float) -> dict:
        row, lower = (fc.scores_table([fc.select(b, s, th, fc.DEFAULT_NMS) for b, s in raw], scenes)
                      for th in (threshold, round(threshold - 0.01, 2)))
        return {"threshold": threshold, "precision": row["precision"], "recall": row["recall"],
                "lower_precision": lower["precision"]}

    grid = [round(th, 2) for th in np.arange(0.06, 1.0, 0.01)]
    keeps = [th for th in grid if state(th)["precision"] >= challenges.FACE_PRECISION]
    assert keeps and challenges.faces_threshold(state(fc.DEFAULT_THRESHOLD)) is None
    met = [th for th in grid if challenges.faces_threshold(state(th))]
    assert met and met[0] == keeps[0] < fc.DEFAULT_THRESHOLD  # the lowest threshold keeping precision
    evidence = challenges.faces_threshold(state(met[0]))
    assert evidence["precision"] >= 0.95 > evidence["lower_precision"] and evidence["lower"] == round(met[0] - 0.01, 2)


# ---- the page ----
@pytest.fixture
def page_store(tmp_path, monkeypatch):
    """A runs folder and a progress database of this test's own."""
    import core.ui

    monkeypatch.setenv("DLC_RUNS_DIR", str(tmp_path / "runs"))
    monkeypatch.setenv("DLC_PROGRESS_DB", str(tmp_path / "progress.sqlite3"))
    core.ui.progress_store.clear()
    yield runs.RunStore()
    core.ui.progress_store.clear()


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_the_page_shows_a_met_challenge_with_its_evidence_and_keeps_it(lang, page_store):
    solved = train(page_store, "playground", kind="xor", hidden=(), features=("x1", "x2", "x1·x2"), epochs=100)
    other = runs.owner_id("v", "someone else")
    page_store.save({**measured(solved, test_acc=1.0), "owner": other, "shared": True}, {})  # not this visitor's
    at = open_page("app_pages/challenges.py", lang, visitor=OWNER)
    assert not at.exception, at.exception[0].value if at.exception else ""
    total = len(challenges.CHALLENGES)
    assert at.caption[0].value == i18n.translate("challenges.count", lang, met=1, total=total)
    evidence = i18n.translate("challenge.xor_linear.evidence", lang, **challenges.shown(challenges.xor_linear(solved)))
    assert len(at.success) == 1 and evidence in at.success[0].value and solved["id"] in at.success[0].value
    kept = classroom.Progress().items(OWNER, "challenge")
    assert kept == {"xor_linear": {"met": True, "run": solved["id"], "evidence": challenges.xor_linear(solved)}}
    if lang == "zh":
        found = {w: x for x in page_texts(at) for w in latin_words(x) if w not in ALLOWED}
        assert not found, "\n".join(f"{w!r} in {x[:120]!r}" for w, x in found.items())
    at.button(key=f"challenges:open:{solved['id']}").click().run()  # reopened in its page
    assert not at.exception and at.title[0].value == i18n.translate("page.playground.title", lang)
    assert i18n.translate("challenges.on_page", lang, met=1, total=5) in [e.label for e in at.expander]


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_the_perceptron_page_keeps_the_cycle_it_measured(lang, page_store):
    at = open_page("app_pages/perceptron.py", lang, visitor=OWNER)
    assert classroom.Progress().items(OWNER, "challenge") == {}  # the page's defaults meet nothing
    assert i18n.translate("challenges.on_page", lang, met=0, total=3) in [e.label for e in at.expander]
    at.radio(key="pc:source").set_value("xor4").run()
    converge = next(b for b in at.button if b.label == i18n.translate("pc.converge", lang))
    converge.click().run()  # on XOR it runs until the weights repeat
    assert not at.exception, at.exception[0].value if at.exception else ""
    kept = classroom.Progress().items(OWNER, "challenge")
    assert set(kept) == {"perceptron_cycle"} and kept["perceptron_cycle"]["run"] is None
    assert kept["perceptron_cycle"]["evidence"]["points"] == 4
    goal = i18n.translate("challenge.perceptron_cycle.goal", lang)
    assert [x.value for x in at.toast] == [i18n.translate("challenges.just_met", lang, goal=goal)]
    assert i18n.translate("challenges.on_page", lang, met=1, total=3) in [e.label for e in at.expander]
    at.switch_page("app_pages/challenges.py").run()  # shown met, with what the page measured
    evidence = i18n.translate("challenge.perceptron_cycle.evidence", lang,
                              **challenges.shown(kept["perceptron_cycle"]["evidence"]))
    assert [x.value for x in at.success] == [evidence]
    if lang == "zh":
        found = {w: x for x in page_texts(at) for w in latin_words(x) if w not in ALLOWED}
        assert not found, "\n".join(f"{w!r} in {x[:120]!r}" for w, x in found.items())


def test_the_cnn_page_checks_the_readers_shift_against_its_curve(page_store):
    at = open_page("app_pages/cnn.py", "en", visitor=OWNER)
    curve = stored_cnn_curve()
    first = next(s for s, acc in enumerate(curve) if acc < 0.5)
    at.number_input(key="cnn:below_half").set_value(first - 1).run()
    assert not at.exception and not classroom.Progress().items(OWNER, "challenge")
    assert i18n.translate("cnn.below_half_no", "en", px=first - 1, acc=f"{curve[first - 1]:.1%}") in \
        [c.value for c in at.caption]
    at.number_input(key="cnn:below_half").set_value(10).run()  # beyond the stored run's largest shift
    assert not at.exception and i18n.translate("cnn.below_half_beyond", "en", px=10, largest=len(curve) - 1) in \
        [c.value for c in at.caption]
    at.number_input(key="cnn:below_half").set_value(first).run()
    kept = classroom.Progress().items(OWNER, "challenge")
    assert kept["cnn_shift"]["evidence"]["shift"] == first
