"""Depth versus size: circuits counted and checked, exact hand-built networks, the RNN, the sawtooth."""
import itertools

import pytest
import torch

from core.lessons import circuits, parity, sawtooth
from core.train import Trainer


@pytest.mark.parametrize("n", range(2, 13))
def test_gate_counts_equal_the_closed_forms(n):
    assert circuits.dnf_parity(n).size == circuits.dnf_size(n) == n + 2 ** (n - 1) + 1
    assert circuits.dnf_parity(n).depth() == 2
    tree, levels = circuits.xor_tree_parity(n)
    assert tree.size == circuits.xor_tree_size(n) == 5 * (n - 1)
    assert tree.depth() == circuits.xor_tree_depth(n) and len(levels) - 1 == parity.log2_ceil(n)


@pytest.mark.parametrize("n", [1, 2, 3, 5, 8])
def test_both_circuits_compute_parity_on_every_input(n):
    dnf, (tree, _) = circuits.dnf_parity(n), circuits.xor_tree_parity(n)
    for bits in itertools.product((0, 1), repeat=n):
        assert dnf.evaluate(bits)[dnf.output] == tree.evaluate(bits)[tree.output] == sum(bits) % 2


def test_the_tree_view_shows_every_level_and_the_parity_on_top():
    levels = circuits.xor_tree_values((1, 0, 1, 1, 0))
    assert [len(lv) for lv in levels] == [5, 3, 2, 1]
    assert [v for _, v in levels[0]] == [1, 0, 1, 1, 0] and levels[-1][0][1] == 1
    with pytest.raises(ValueError):
        circuits.parse_bits("10a", 3)


def test_hastads_bound_grows_slower_for_deeper_circuits():
    assert circuits.hastad_bound(400, 2) > circuits.hastad_bound(400, 3) > circuits.hastad_bound(400, 4) > 1
    assert circuits.hastad_bound(10, 2, with_constant=False) == 2 ** 10  # depth 2: 2ⁿ, the DNF's growth


@pytest.mark.parametrize("n", range(2, 13))
def test_the_hand_built_deep_network_computes_parity_exactly(n):
    x = parity.truth_table(n)
    with torch.no_grad():
        out = parity.xor_tree_network(n)(x).squeeze(-1)
    assert torch.equal((out > 0).float(), x.sum(1) % 2)
    assert out.abs().min() >= 9.99  # a confident logit, not a lucky threshold


def test_width_for_budget_is_the_widest_that_fits():
    for depth in (1, 2, 3, 4):
        w = parity.width_for_budget(8, depth, 300)
        assert parity.mlp_params(8, depth, w) <= 300 < parity.mlp_params(8, depth, w + 1)
        assert sum(p.numel() for p in parity.build_mlp(8, depth, w).parameters()) == parity.mlp_params(8, depth, w)


def test_above_twelve_bits_the_data_are_sampled_with_a_held_out_set():
    d = parity.make_data(16, samples=400)
    assert not d.full_table and len(d.x_train) == 400 and len(d.x_test) == 100
    assert torch.equal(d.y_test, d.x_test.sum(1) % 2)


def test_every_network_gets_the_same_number_of_steps(monkeypatch):
    seen, original = [], Trainer.fit

    def spy(self):
        state = original(self)
        seen.append(state.step)
        return state

    monkeypatch.setattr(Trainer, "fit", spy)
    for n in (4, 12):  # 3 batches per epoch versus 48
        parity.train_mlp(parity.make_data(n), 1, 4, seed=0, settings=parity.TrainSettings(steps=37))
    assert seen == [37, 37]


def test_the_data_split_covers_the_truth_table_once():
    d = parity.make_data(6)
    rows = {tuple(r.tolist()) for r in torch.cat([d.x_train, d.x_test])}
    assert len(rows) == 64 and len(d.x_test) == 16 and d.full_table
    assert torch.equal(d.y_train, d.x_train.sum(1) % 2)


def test_the_rnn_reaches_100_percent_on_16_bits_from_its_defaults():
    model, _ = parity.train_rnn()
    assert parity.rnn_accuracy(model, 16) == 1.0
    assert parity.rnn_params(model) <= 40


@pytest.mark.parametrize("layers", range(1, 9))
def test_the_sawtooth_has_two_to_the_l_pieces(layers):
    deep = sawtooth.deep_sawtooth(layers)
    assert sawtooth.count_pieces(sawtooth.as_function(deep)) == 2 ** layers
    assert sawtooth.params(deep) == 7 * layers


def test_a_shallow_network_needs_about_two_to_the_l_units():
    _, mse_enough = sawtooth.fit_shallow(4, 16)
    _, mse_half = sawtooth.fit_shallow(4, 8)
    assert mse_enough < 1e-4 and mse_half > 0.05


def test_a_small_sweep_summarises_every_depth_and_budget():
    rows = parity.sweep_rows(4, [20, 40], [1, 2], seeds=2, settings=parity.TrainSettings(steps=50))
    assert len(rows) == 8
    summary = parity.summarize(rows)
    assert [(r["depth"], r["budget"]) for r in summary] == [(1, 20), (1, 40), (2, 20), (2, 40)]
    assert all(r["min"] <= r["mean"] <= r["max"] for r in summary)
