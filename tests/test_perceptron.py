"""Rosenblatt's rule: a hand-computed run, Novikoff's bound, and the cycle on XOR."""
import numpy as np
import pytest

from core.data import toy2d
from core.lessons import perceptron as pc


def test_a_hand_computed_update_sequence_on_three_points():
    # x̃ = (1, x1, x2); y = +1, −1, −1.
    run = pc.PerceptronRun.start(np.array([[0, 1], [1, 0], [0, -1]]), np.array([1, 0, 0]))
    first = run.one_update()  # w·x̃0 = 0 ≤ 0: mistake, w ← 0 + (1, 0, 1)
    assert first.index == 0 and np.array_equal(first.w_new, [1, 0, 1])
    second = run.one_update()  # w·x̃1 = 1, y = −1: mistake, w ← (1,0,1) − (1,1,0)
    assert second.index == 1 and np.array_equal(second.w_new, [0, -1, 1])
    assert np.array_equal(second.w_old, [1, 0, 1])
    assert run.one_update() is None  # x̃2, x̃0, x̃1 are now all correct
    assert run.converged and run.updates == 2 and run.epochs == 1
    assert run.mistakes_per_epoch == [2]
    assert np.array_equal(run.predict(np.array([[0, 1], [1, 0], [0, -1]])), [1, 0, 0])


@pytest.mark.parametrize("seed", range(5))
def test_converges_within_novikoffs_bound_on_separable_data(seed):
    d = toy2d.make(toy2d.Toy2DConfig(kind="linear", n=200, margin=0.2, noise=0.0, seed=seed))
    x, y = d.x_train.numpy(), d.y_train.numpy()
    run = pc.PerceptronRun.start(x, y)
    run.run(max_epochs=10_000)
    bound = pc.novikoff_bound(x, y)
    assert run.converged and run.cycle is None
    assert (run.predict(x) == y).all()
    assert bound is not None and 0 < run.updates <= bound.updates
    assert bound.margin > 0 and bound.radius >= 1.0  # x̃ includes x₀ = 1


def test_the_margin_is_at_least_as_good_as_a_brute_force_search():
    d = toy2d.make(toy2d.Toy2DConfig(kind="linear", n=100, margin=0.4, noise=0.0, seed=3))
    x, y = d.x_train.numpy(), d.y_train.numpy()
    bound = pc.novikoff_bound(x, y)
    directions = np.random.default_rng(0).normal(size=(200_000, 3))
    directions /= np.linalg.norm(directions, axis=1, keepdims=True)
    brute = ((pc.signed(y)[:, None] * (pc.augment(x) @ directions.T)).min(axis=0)).max()
    assert brute > 0 and bound.margin >= brute - 1e-6


def test_xor_never_converges_and_the_cycle_is_found():
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    y = np.array([0, 1, 1, 0])
    run = pc.PerceptronRun.start(x, y)
    run.run(max_epochs=1000)
    assert not run.converged and run.cycle is not None
    first, period = run.cycle
    assert period >= 1 and run.epochs == first + period
    assert not pc.linearly_separable(x, y) and pc.novikoff_bound(x, y) is None


def test_noisy_xor_cloud_is_reported_not_separable():
    d = toy2d.make(toy2d.Toy2DConfig(kind="xor", n=100, seed=0))
    x, y = d.x_train.numpy(), d.y_train.numpy()
    run = pc.PerceptronRun.start(x, y)
    run.run(max_epochs=300)
    assert not run.converged
    assert not pc.linearly_separable(x, y)


def test_the_xor_truth_table_the_page_offers_cycles_within_a_few_epochs():
    run = pc.PerceptronRun.start(pc.XOR_POINTS, pc.XOR_LABELS)
    run.run(max_epochs=50)
    assert run.cycle is not None and run.epochs <= 10
