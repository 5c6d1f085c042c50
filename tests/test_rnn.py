"""Recurrent networks: shapes, the unrolled recurrence against torch's own, memory, gradient flow, sampling, text input."""
import numpy as np
import pytest
import torch

from core.families import rnn
from core.i18n import SettingError


@pytest.mark.parametrize("cell", list(rnn.CELLS))
@pytest.mark.parametrize("layers", [1, 2])
def test_every_cell_gives_the_output_shape_of_its_task(cell, layers):
    g = torch.Generator().manual_seed(0)
    forecast = rnn.build(rnn.RNNConfig(task="forecast", cell=cell, layers=layers, hidden=8))
    assert forecast(torch.randn(3, 20, 1)).shape == (3, 20, 1)
    adding = rnn.build(rnn.RNNConfig(task="adding", cell=cell, layers=layers, hidden=8))
    assert adding(rnn.adding_batch(3, 20, g)[0]).shape == (3, 1)
    text = rnn.build(rnn.RNNConfig(task="text", cell=cell, layers=layers, hidden=8), vocab=30)
    assert text(torch.randint(0, 30, (3, 20))).shape == (3, 20, 30)


@pytest.mark.parametrize("cell", list(rnn.CELLS))
def test_the_unrolled_recurrence_equals_torchs_module(cell):
    torch.manual_seed(0)
    model = rnn.build(rnn.RNNConfig(task="adding", cell=cell, layers=2, hidden=12))
    x, _ = rnn.adding_batch(5, 17, torch.Generator().manual_seed(1))
    out, hs = rnn.unroll(model, x)
    torch.testing.assert_close(out, model(x), rtol=1e-5, atol=1e-6)
    torch.testing.assert_close(torch.stack(hs, 1), model.states(x), rtol=1e-5, atol=1e-6)


def test_the_adding_problem_target_is_the_sum_of_the_two_marked_values():
    x, y = rnn.adding_batch(64, 30, torch.Generator().manual_seed(0))
    marks = x[..., 1]
    assert torch.all(marks.sum(1) == 2)
    assert torch.all(marks[:, :15].sum(1) == 1)  # one marker in each half
    torch.testing.assert_close(y[:, 0], (x[..., 0] * marks).sum(1))


def test_gradients_fade_faster_through_a_vanilla_rnn_than_through_an_lstm():
    x, y = rnn.adding_batch(32, 50, torch.Generator().manual_seed(0))
    rates = {}
    for cell in ("rnn", "lstm"):
        torch.manual_seed(0)
        model = rnn.build(rnn.RNNConfig(task="adding", cell=cell, hidden=32))
        norms = rnn.gradient_norms(model, x, y)
        assert norms.shape == (50,) and norms[-1] > norms[0]  # the last state is closest to the loss
        rates[cell] = rnn.decay_rate(norms)
    assert rates["rnn"] > 1.5 * rates["lstm"] > 0, rates


def test_decay_rate_reads_a_geometric_fade():
    assert rnn.decay_rate(0.5 ** np.arange(40, 0, -1)) == pytest.approx(np.log(2))


@pytest.mark.slow
def test_on_the_adding_problem_at_length_50_the_lstm_beats_the_vanilla_rnn():
    results = {}
    for cell in ("rnn", "lstm"):
        state = rnn.make_trainer(rnn.RNNConfig(task="adding", cell=cell, seq_len=50, epochs=30)).fit()
        results[cell] = state.history[-1]
    assert results["lstm"]["test_loss"] < 0.1 * results["rnn"]["test_loss"], results
    assert results["lstm"]["test_acc"] > results["rnn"]["test_acc"] + 0.3, results


def test_sampling_at_temperature_zero_is_deterministic_and_greedy():
    corpus = rnn.Corpus("abcabcabcabd" * 20)
    torch.manual_seed(0)
    model = rnn.build(rnn.RNNConfig(task="text", hidden=16), vocab=len(corpus.chars))
    a = rnn.sample(model, corpus, "ab", 40, temperature=0.0, seed=1)
    b = rnn.sample(model, corpus, "ab", 40, temperature=0.0, seed=2)
    assert a == b and len(a) == 40
    with torch.no_grad():  # the first character is the argmax after the prompt
        first = model(torch.tensor([corpus.encode("ab")]))[0, -1].argmax()
    assert a[0] == corpus.chars[int(first)]
    assert rnn.sample(model, corpus, "ab", 40, 1.5, seed=1) != rnn.sample(model, corpus, "ab", 40, 1.5, seed=2)


def test_a_short_training_run_learns_a_repeating_text():
    corpus = rnn.Corpus("hello world. " * 200)
    state = rnn.make_trainer(rnn.RNNConfig(task="text", hidden=32, seq_len=20, epochs=4), corpus=corpus).fit()
    assert state.history[-1]["test_loss"] < 0.5 * state.history[0]["test_loss"]


def test_chinese_text_round_trips_through_the_corpus():
    text = "深度学习导论：循环神经网络。Recurrent networks!"
    corpus = rnn.Corpus(rnn.read_text(text.encode("utf-8")).text)
    assert corpus.decode(corpus.ids) == text and "络" in corpus.chars


@pytest.mark.parametrize("raw, key", [(b"", "text.empty"), (b"   \n", "text.empty"),
                                      (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "text.binary"),
                                      (bytes([0xff, 0xfe, 0xfa]) * 10, "text.binary"),
                                      (b"a" * 3_000_000, "text.too_big")])
def test_bad_text_uploads_are_refused_with_a_message(raw, key):
    with pytest.raises(SettingError) as err:
        rnn.read_text(raw)
    assert err.value.key == key


def test_the_default_corpora_are_offline_and_large_enough():
    english, _ = rnn.default_corpus("en")
    chinese, _ = rnn.default_corpus("zh")
    assert len(english) > 100_000 and "the" in english
    assert len(chinese) > 10_000 and "神经网络" in chinese


def test_forecasts_one_step_and_free_running_have_the_asked_lengths():
    torch.manual_seed(0)
    model = rnn.build(rnn.RNNConfig(task="forecast", hidden=8))
    series = rnn.sines(300)
    assert rnn.forecast(model, series[:50], 30).shape == (30,)
    assert rnn.one_step(model, series[:80], 50).shape == (30,)


def test_a_series_too_short_for_the_window_is_refused():
    with pytest.raises(SettingError) as err:
        rnn.make_trainer(rnn.RNNConfig(task="forecast", seq_len=100), series=np.zeros(60, np.float32))
    assert err.value.key == "rnn.setting.series_short"


def test_the_stored_adding_sweep_shows_what_the_page_says():
    rows = {(r["cell"], r["length"]): r for r in rnn.load_sweep()["rows"]}
    assert rows["lstm", 50]["test_acc"] > 0.5 > rows["rnn", 50]["test_acc"]
    assert rows["gru", 100]["test_acc"] > 0.5


def test_a_corpus_can_keep_a_stored_models_vocabulary():
    """A built-in text that changed a little (another Python's docstrings) still opens a stored text model."""
    stored = sorted(set("the cat sat"))
    corpus = rnn.Corpus("the cat sat on the mat ☃", chars=stored)
    assert corpus.chars == stored and set(corpus.text) <= set(stored) and "☃" not in corpus.text
    assert corpus.decode(corpus.encode("the mat")) == "the at"  # unknown letters are dropped, not mapped


def test_the_chinese_corpus_is_frozen_and_does_not_follow_the_ui_text(monkeypatch):
    from core import i18n

    text, name = rnn.default_corpus("zh")
    assert name == "app-zh" and len(set(text)) > 500  # a real Chinese text: hundreds of distinct characters
    monkeypatch.setitem(i18n.TABLE, "new.ui.text", {"en": "x", "zh": "鑫淼"})  # characters the corpus lacks
    again, _ = rnn.default_corpus("zh")
    assert again == text and "鑫" not in again


def test_forecast_errors_say_whether_free_running_errors_grew_over_the_horizon():
    truth = np.zeros(10)
    growing = rnn.forecast_errors(truth, np.full(10, 0.1), np.linspace(0.0, 0.9, 10))
    assert growing["one"] == pytest.approx(0.1)
    assert growing["free_second"] > growing["free_first"]
    assert growing["free_first"] == pytest.approx(np.sqrt(np.mean(np.linspace(0, 0.9, 10)[:5] ** 2)))
    flat = rnn.forecast_errors(truth, np.full(10, 0.1), np.full(10, 0.3))
    assert flat["free_first"] == pytest.approx(flat["free_second"]) == pytest.approx(flat["free"])
    with pytest.raises(ValueError):
        rnn.forecast_errors(truth[:1], truth[:1], truth[:1])


def test_a_rising_held_out_loss_is_found_where_it_turned():
    rows = [{"epoch": e, "test_loss": v} for e, v in enumerate([2.5, 2.1, 1.97, 2.1, 2.35], 1)]
    trend = rnn.held_out_trend(rows)
    assert trend["best_epoch"] == 3 and trend["best"] == 1.97 and trend["rising"]
    assert not rnn.held_out_trend(rows[:3])["rising"]  # still falling
    assert rnn.held_out_trend(rows[:2]) is None
    flat = [{"epoch": e, "test_loss": v} for e, v in enumerate([1.0, 0.9, 0.92], 1)]
    assert not rnn.held_out_trend(flat)["rising"]  # 2 % above the lowest: within noise
