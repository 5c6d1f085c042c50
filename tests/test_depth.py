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


@pytest.mark.parametrize("n", range(1, 11))  # the page says "checked on whole truth tables (n ≤ 10)"
def test_every_circuit_computes_parity_on_every_input(n):
    built = [circuits.dnf_parity(n), circuits.xor_tree_parity(n)[0], circuits.depth3_parity(n),
             circuits.threshold_parity(n)]
    for bits in itertools.product((0, 1), repeat=n):
        assert [c.evaluate(bits)[c.output] for c in built] == [sum(bits) % 2] * 4


@pytest.mark.parametrize("n", range(2, 21))
def test_the_depth3_and_threshold_circuits_have_their_depth_and_closed_form_size(n):
    for k in {2, circuits.best_blocks(n), min(n, 8)}:
        c = circuits.depth3_parity(n, k)
        assert c.size == circuits.depth3_size(n, k) and c.depth() == 3
    assert circuits.best_blocks(n) == min(range(2, n + 1), key=lambda k: (circuits.depth3_size(n, k), k))
    thr = circuits.threshold_parity(n)
    assert thr.size == n + 1 and thr.depth() == 2


def test_the_depth3_circuit_of_the_issue_has_89_gates_at_16_bits():
    # 16 NOTs, 4 blocks × 16 clauses, 2³ ANDs, 1 OR
    assert circuits.depth3_parity(16, 4).size == 16 + 4 * 16 + 8 + 1 == 89
    assert circuits.block_sizes(10, 3) == [4, 3, 3]
    with pytest.raises(ValueError):
        circuits.block_sizes(3, 4)


def test_where_the_tree_wins_is_read_from_the_counts():
    found = circuits.size_finding(range(2, 21))
    # 5(n − 1) < n + 2ⁿ⁻¹ + 1 exactly from n = 5
    assert found["tree_beats_dnf_from"] == 5 and found["dnf_not_beaten"] == [2, 3, 4]
    start = found["tree_beats_depth3_from"]
    assert start is not None and all(found["tree"][n] < found["depth3"][n] for n in range(start, 21))
    assert found["tree"][start - 1] >= found["depth3"][start - 1]
    assert found["hastad_max"] < 2  # what the notice says about the proven bound at n ≤ 20
    en = circuits.size_sentence(found, "en")
    assert f"from {start} to 20" in en and "from 5 to 20" in en and "asymptotic" in en
    assert "At n = 2–4 the DNF has as few gates or fewer." in en  # runs of 3 or more n as a range
    zh = circuits.size_sentence(found, "zh")
    assert f"从 n = {start} 到 20" in zh and " " not in zh.replace("n = ", "").split("。")[1][:1]


def test_the_comparison_sentence_follows_other_counts():
    ns = [2, 3, 4]
    fake = {"ns": ns, "tree_beats_dnf_from": None, "dnf_not_beaten": [2, 3, 4],
            "tree_beats_depth3_from": 2, "depth3_not_beaten": []}
    never = circuits.comparison_sentence(fake, "dnf", "en")
    assert "does not have fewer gates" in never and "2–4" in never
    always = circuits.comparison_sentence(fake, "depth3", "en")
    assert always == "The XOR tree has fewer gates than the best depth-3 circuit at every n from 2 to 4."
    assert circuits._ns([4, 5, 6, 7, 9], "zh") == "4–7、9" and circuits._ns([2, 3, 7], "en") == "2, 3, 7"


def test_the_tree_view_shows_every_level_and_the_parity_on_top():
    levels = circuits.xor_tree_values((1, 0, 1, 1, 0))
    assert [len(lv) for lv in levels] == [5, 3, 2, 1]
    assert [v for _, v in levels[0]] == [1, 0, 1, 1, 0] and levels[-1][0][1] == 1
    with pytest.raises(ValueError):
        circuits.parse_bits("10a", 3)


def test_the_xor_tree_reads_each_intermediate_xor_exactly_twice():
    # n = 4 by hand: literals x, ¬x free; 4 ANDs and 2 ⊕ on level 1, 2 NOTs, 2 ANDs and the output ⊕ on level 2.
    tree = circuits.reuse_stats(circuits.xor_tree_parity(4)[0])
    assert (tree["gates"], tree["intermediate"], tree["reused"], tree["max_fanout"]) == (11, 10, 2, 2)
    assert tree["mean_fanout"] == pytest.approx(12 / 10)
    assert tree["unshared"] == 17  # each level-1 ⊕ is read twice, so its 2 ANDs and itself are counted twice
    for n in range(2, 17):
        assert circuits.reuse_stats(circuits.xor_tree_parity(n)[0])["reused"] == n - 2  # every ⊕ but the output


def test_the_dnf_reuses_nothing_and_depth3_shares_each_clause():
    for n in (3, 6, 9):
        dnf = circuits.reuse_stats(circuits.dnf_parity(n))
        assert dnf["reused"] == 0 and dnf["max_fanout"] == 1 and dnf["unshared"] == dnf["gates"] == 2 ** (n - 1) + 1
    # n = 9 in 3 blocks of 3: 24 clauses, each read by the 2^(3−2) = 2 ANDs that need its block's parity;
    # 4 ANDs each read 3 × 4 clauses.
    d3 = circuits.reuse_stats(circuits.depth3_parity(9, 3))
    assert (d3["gates"], d3["intermediate"], d3["reused"], d3["max_fanout"]) == (29, 28, 24, 2)
    assert d3["unshared"] == 1 + 4 + 4 * 12


def test_the_reuse_sentence_follows_the_counts():
    found = circuits.reuse_finding(8)
    assert found["rows"]["dnf"]["depth"] == 2 and found["rows"]["depth3"]["depth"] == 3
    en = circuits.reuse_sentence(found, "en")
    assert "nothing is reused" in en and f"({found['rows']['tree']['ratio']:.1f}×)" in en
    changed = {**found, "most": "dnf", "rows": {**found["rows"], "dnf": {**found["rows"]["dnf"], "reused": 3}}}
    other = circuits.reuse_sentence(changed, "en")
    assert "nothing is reused" not in other and "reads 3 of its" in other
    assert other.endswith("The DNF saves the most by reuse here (1.0×).")
    assert "most" not in circuits.reuse_sentence(found, "zh") and "析取范式" in circuits.reuse_sentence(found, "zh")


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


def _rows(x: torch.Tensor) -> list[tuple]:
    return [tuple(r) for r in x.int().tolist()]


@pytest.mark.parametrize("n", range(2, 17))  # every n the page offers (2–12 shallow, 4–16 sweep)
def test_the_held_out_strings_are_never_in_the_training_set(n):
    for samples in (parity.SAMPLES, 40):
        d = parity.make_data(n, samples=samples)
        train, test = _rows(d.x_train), _rows(d.x_test)
        assert len(set(train)) == len(train) and len(set(test)) == len(test)  # drawn without replacement
        assert not set(train) & set(test)
        assert d.full_table == (2 ** n <= samples) and len(train) + len(test) == min(2 ** n, samples)
        assert len(test) == max(1, int(min(2 ** n, samples) * 0.25))
        assert torch.equal(d.y_test, d.x_test.sum(1) % 2) and torch.equal(d.y_train, d.x_train.sum(1) % 2)
        assert parity.describe_split(d)["overlap"] == 0


def test_the_split_sentence_says_how_the_strings_were_drawn():
    full = parity.split_sentence(parity.describe_split(parity.make_data(6)), "en")
    assert "whole truth table (64 strings)" in full and "48 for training / 16 held out" in full
    sampled = parity.split_sentence(parity.describe_split(parity.make_data(13)), "en")
    assert "4,096 distinct strings drawn at random without replacement from the 8,192" in sampled
    leaky = {**parity.describe_split(parity.make_data(13)), "overlap": 409}
    assert "409 held-out strings are in the training set" in parity.split_sentence(leaky, "en")
    assert "无放回" in parity.split_sentence(parity.describe_split(parity.make_data(13)), "zh")


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


def _rnn_rows(accs: dict[int, float]) -> list[dict]:
    return [{"n": n, "model": "rnn", "acc": a, "params": 33, "attempts": 1} for n, a in accs.items()]


def test_the_rnn_finding_reports_each_longer_length():
    perfect = parity.rnn_finding(_rnn_rows({n: 1.0 for n in range(2, 33)}))
    assert perfect["carries_over"] and perfect["exact_longer"] == 16 and perfect["first_below"] is None
    assert "At all 16 longer lengths tried (17–32 bits" in parity.rnn_sentence(perfect, 1, "en")
    accs = {n: 1.0 if n < 24 else 0.93 - 0.01 * (n - 24) for n in range(2, 33)}
    broken = parity.rnn_finding(_rnn_rows(accs))
    assert not broken["carries_over"] and broken["first_below"] == 24 and broken["exact_longer"] == 7
    text = parity.rnn_sentence(broken, 2, "en")
    assert "it reaches 99% at 7" in text and "first falls below at n = 24" in text and "85.0% at n = 32" in text
    assert "2 training attempt(s)" in text and "从 n = 24 开始" in parity.rnn_sentence(broken, 2, "zh")
    short = parity.rnn_finding(_rnn_rows({n: 1.0 for n in range(2, 17)}))
    assert not short["carries_over"] and short["worst"] is None  # nothing longer was tried: no claim
    assert "longer" not in parity.rnn_sentence(short, 1, "en")


def test_the_shallow_label_reads_the_parameter_count_of_its_own_n():
    rows = [{"n": n, "model": "shallow", "acc": 0.5, "params": 600 + n, "width": 40 + n, "train": 3 * 2 ** n // 4,
             "test": 2 ** n - 3 * 2 ** n // 4} for n in range(2, 13)] + _rnn_rows({16: 1.0})
    found = parity.shallow_finding(rows)
    assert (found["params_first"], found["params_last"], found["n_max"]) == (602, 612, 12)
    assert found["full_table"] and found["share"] == 0.25
    text = parity.shallow_sentence(found, "en")
    assert "1 at n = 2, 16 at n = 6, 1,024 at n = 12" in text and "whole truth table minus a random held-out 25%" in text
    rows[-2]["test"] += 1  # n = 12 no longer covers its truth table exactly
    assert "distinct random strings" in parity.shallow_sentence(parity.shallow_finding(rows), "en")


def _summary(ranges: dict[tuple[int, int], tuple[float, float]]) -> list[dict]:
    return [{"depth": d, "budget": b, "params": b, "width": 1, "mean": (lo + hi) / 2, "min": lo, "max": hi}
            for (d, b), (lo, hi) in ranges.items()]


def test_the_sweep_claims_a_best_depth_only_for_non_overlapping_seed_ranges():
    clear = parity.sweep_finding(_summary({(1, 100): (0.5, 0.6), (2, 100): (0.8, 0.9), (3, 100): (0.55, 0.7)}))
    assert clear["clear"] and clear["best"]["depth"] == 2 and clear["rival"]["depth"] == 3
    assert "lies above that of every other depth" in parity.sweep_sentence(clear, 9, 3, "en")
    overlap = parity.sweep_finding(_summary({(1, 100): (0.5, 0.85), (2, 100): (0.8, 0.9)}))
    assert not overlap["clear"] and overlap["widest"]["depth"] == 1 and overlap["spread"] == pytest.approx(0.35)
    text = parity.sweep_sentence(overlap, 9, 3, "en")
    assert "do not single out one best depth" in text and "widest seed range was 50.0%–85.0%" in text


def test_the_rnn_section_shows_its_measured_sentence_in_both_languages(monkeypatch):
    import streamlit as st

    from tests.test_pages import open_page
    accs = {n: 1.0 if n <= 20 else 0.9 for n in range(2, 33)}
    rows = _rnn_rows(accs) + [{"n": n, "model": "shallow", "acc": 0.5, "params": 600 + n, "width": 40,
                               "train": 3 * 2 ** n // 4, "test": 2 ** n - 3 * 2 ** n // 4} for n in range(2, 13)]
    monkeypatch.setattr(parity, "rnn_and_shallow_rows", lambda budget: rows)
    st.cache_data.clear()
    for lang, words in (("en", "first falls below at n = 21"), ("zh", "从 n = 21 开始首次低于")):
        at = open_page("app_pages/depth.py", lang)
        next(b for b in at.button if "RNN" in b.label).click().run()
        assert not at.exception and any(words in m.value for m in at.markdown)
    st.cache_data.clear()


def test_a_small_sweep_summarises_every_depth_and_budget():
    rows = parity.sweep_rows(4, [20, 40], [1, 2], seeds=2, settings=parity.TrainSettings(steps=50))
    assert len(rows) == 8
    summary = parity.summarize(rows)
    assert [(r["depth"], r["budget"]) for r in summary] == [(1, 20), (1, 40), (2, 20), (2, 40)]
    assert all(r["min"] <= r["mean"] <= r["max"] for r in summary)
