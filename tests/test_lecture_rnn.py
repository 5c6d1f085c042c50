"""Step 9 (RNN): the gradient reaching each state is torch's own, the verdict follows the RNN's fraction, the link
opens the RNN page on the adding problem at the same length."""
import math

import numpy as np
import pytest
from torch.nn import functional as F

from core.families import rnn
from core.lecture import rnn as step
from core.train import seeded
from tests.test_state import open_page

RESULT = step.run({"length": 50}, 0)


def grad_at(cell: str, length: int, k: int) -> float:
    """‖∂ℓ/∂h_k‖ (mean over the batch) through torch's fused recurrence: the state after step k as a leaf."""
    config = rnn.RNNConfig(task="adding", cell=cell, hidden=step.HIDDEN, layers=1, seq_len=length)
    x, y = rnn.example(config)
    with seeded(0):
        model = rnn.build(config)
    _, state = model.rnn(x[:, :k])
    h = state[0].detach().requires_grad_() if cell == "lstm" else state.detach().requires_grad_()
    rest = (h, state[1].detach()) if cell == "lstm" else h
    out = model.head(model.rnn(x[:, k:], rest)[0][:, -1]) if k < length else model.head(h[0])
    F.mse_loss(out, y).backward()
    return h.grad[0].norm(dim=1).mean().item()


@pytest.mark.parametrize("cell", step.CELLS)
def test_the_norms_are_the_gradient_torch_puts_on_the_first_and_the_last_state(cell):
    first, last = grad_at(cell, 50, 1), grad_at(cell, 50, 50)
    assert RESULT["norms"][cell][0] == pytest.approx(first, rel=1e-3)
    assert RESULT["norms"][cell][-1] == pytest.approx(last, rel=1e-3)
    assert RESULT["reach"][cell] == pytest.approx(first / last, rel=1e-3)
    assert RESULT["per_step"][cell] == pytest.approx(math.exp(-rnn.decay_rate(np.array(RESULT["norms"][cell]))),
                                                     rel=1e-3)


def test_the_stored_sweep_is_read_as_the_rnn_page_reads_it():
    rows = rnn.load_sweep()["rows"]
    s = RESULT["stored"]
    assert s["solved"]["lstm"]["50"] == pytest.approx(next(r["test_acc"] for r in rows
                                                           if r["cell"] == "lstm" and r["length"] == 50), abs=1e-4)
    assert s["longest"] == {c: max((r["length"] for r in rows if r["cell"] == c and r["test_acc"] >= 0.5),
                                   default=None) for c in rnn.CELLS}


def with_reach(rnn_reach: float, lstm_reach: float = 1e-5) -> dict:
    return {**RESULT, "reach": {"rnn": rnn_reach, "lstm": lstm_reach}}


def test_the_verdict_follows_the_rnns_fraction_and_is_undecided_without_a_gradient():
    assert step.answer(RESULT) == "vanished"  # 1.2 × 10⁻¹⁰ at seed 0
    assert step.answer(with_reach(0.5)) == "most" and step.answer(with_reach(1e-4)) == "tiny"
    assert step.answer(with_reach(1e-9)) == "vanished" and step.answer(with_reach(float("nan"))) is None


def test_the_measured_sentence_carries_the_fractions_and_branches_on_which_cell_passed_back_more():
    text = step.measured(RESULT, "en")
    assert step.sci(RESULT["reach"]["rnn"]) in text and step.sci(RESULT["reach"]["lstm"]) in text
    assert "times as much" in text and "RNN no length, LSTM 50" in text
    swapped = step.measured(with_reach(1e-3, 1e-8), "en")
    assert "no more than the RNN" in swapped and "times as much" not in swapped
    longer = {**RESULT, "stored": {**RESULT["stored"], "longest": {"rnn": 10, "lstm": 50, "gru": 100}}}
    assert "RNN 10, LSTM 50" in step.measured(longer, "en")


def test_small_and_large_numbers_are_written_with_powers_of_ten():
    assert step.sci(1.17e-10) == "1.2 × 10⁻¹⁰" and step.sci(1.2e5) == "1.2 × 10⁵" and step.sci(0.63) == "0.63"


def test_the_link_opens_the_rnn_page_on_the_adding_problem_with_the_same_cell_and_length():
    params = step.STEP.link(RESULT)
    at = open_page("app_pages/rnn.py", params)
    assert not at.exception, at.exception[0].value if at.exception else ""
    assert all("ignored" not in w.value for w in at.warning)
    assert {name: at.query_params[name] for name in params} == params  # each one a setting the page writes back
    assert at.selectbox(key="rnn:cell").value == "rnn" and at.slider(key="rnn:len:adding").value == 50
