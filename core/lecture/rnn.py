"""Step 9, RNN: memory through time, h_t = f(W h_{t−1} + U x_t). How much of the last step's gradient reaches
the first step of a freshly initialised RNN (tanh) and LSTM (live), and which cell solved the stored adding
problem at which length."""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from core import i18n
from core.families import rnn
from core.lecture import Step
from core.train import seeded

CELLS = ("rnn", "lstm")
HIDDEN = 32  # the RNN page's hidden size for the adding problem
FRACTIONS = (1e-6, 1e-2)  # the choices' edges: ‖∂ℓ/∂h₁‖ / ‖∂ℓ/∂h_T‖ below a millionth, up to 1 %, above 1 %
SOLVED = 0.5  # stored sweep: a length counts as solved when half its held-out sequences are (as on the page)
SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def norms(cell: str, length: int, seed: int) -> np.ndarray:
    """‖∂ℓ/∂h_t‖ for t = 1…length, shape (length,): ℓ is the adding problem's loss at the last step of a
    freshly initialised one-layer cell (`rnn.gradient_norms`, mean over the page's fixed example batch of 16)."""
    config = rnn.RNNConfig(task="adding", cell=cell, hidden=HIDDEN, layers=1, seq_len=length, seed=seed)
    x, y = rnn.example(config)
    with seeded(seed):
        model = rnn.build(config)
    return rnn.gradient_norms(model, x, y, "adding")


@lru_cache(maxsize=1)
def stored_sweep() -> dict:
    """The stored adding-problem sweep (assets/adding_sweep.json): its setting, the fraction of held-out
    sequences solved per cell and length, and each cell's longest length solved (None: none)."""
    saved = rnn.load_sweep()
    rows = saved["rows"]
    solved = {c: {str(r["length"]): round(r["test_acc"], 4) for r in rows if r["cell"] == c}
              for c in rnn.CELLS}
    longest = {c: max((r["length"] for r in rows if r["cell"] == c and r["test_acc"] >= SOLVED), default=None)
               for c in rnn.CELLS}
    return {"epochs": saved["setting"]["epochs"], "hidden": saved["setting"]["hidden"],
            "lengths": saved["setting"]["lengths"], "solved": solved, "longest": longest}


def run(inputs: dict, seed: int) -> dict:
    """Gradient norms per step for each cell at init (4 significant digits), the fraction reaching the first
    step (‖∂ℓ/∂h₁‖ / ‖∂ℓ/∂h_T‖), the per-step factor (`rnn.decay_rate`) and the stored sweep."""
    length = int(inputs["length"])
    measured = {c: norms(c, length, seed) for c in CELLS}
    return {"length": length, "hidden": HIDDEN,
            "norms": {c: [float(f"{v:.4g}") for v in n] for c, n in measured.items()},
            "reach": {c: float(n[0] / n[-1]) if n[-1] > 0 else float("nan") for c, n in measured.items()},
            "per_step": {c: float(np.exp(-rnn.decay_rate(n))) for c, n in measured.items()},
            "stored": stored_sweep()}


def answer(result: dict) -> str | None:
    r = result["reach"]["rnn"]
    if not np.isfinite(r):
        return None  # no gradient at the last step: nothing to compare with
    return "vanished" if r < FRACTIONS[0] else "tiny" if r < FRACTIONS[1] else "most"


def sci(x: float) -> str:
    """1.2e-10 as "1.2 × 10⁻¹⁰" (numbers from 0.01 to 1,000 as they are)."""
    if not np.isfinite(x) or x == 0 or 1e-2 <= abs(x) < 1e3:
        return f"{x:.3g}"
    mantissa, exponent = f"{x:.1e}".split("e")
    return f"{mantissa} × 10{str(int(exponent)).translate(SUPERSCRIPT)}"


def measured(result: dict, lang: str) -> str:
    reach, per, s = result["reach"], result["per_step"], result["stored"]
    parts = [i18n.translate("lecture.rnn.reach", lang, length=result["length"], hidden=result["hidden"],
                            rnn=sci(reach["rnn"]), lstm=sci(reach["lstm"]), back=result["length"] - 1,
                            rnn_step=f"{per['rnn']:.2f}", lstm_step=f"{per['lstm']:.2f}")]
    if reach["lstm"] > reach["rnn"]:
        parts.append(i18n.translate("lecture.rnn.lstm_more", lang, times=sci(reach["lstm"] / reach["rnn"])))
    else:
        parts.append(i18n.translate("lecture.rnn.lstm_not_more", lang))
    none = i18n.translate("lecture.rnn.no_length", lang)
    longest = {c: str(n) if n else none for c, n in s["longest"].items()}
    at = str(result["length"])
    parts.append(i18n.translate("lecture.rnn.stored", lang, epochs=s["epochs"], hidden=s["hidden"],
                                lengths=i18n.listing([str(n) for n in s["lengths"]], lang), **longest))
    if all(at in s["solved"][c] for c in CELLS):
        parts.append(i18n.translate("lecture.rnn.stored_at", lang, length=at,
                                    rnn=f"{100 * s['solved']['rnn'][at]:.0f} %",
                                    lstm=f"{100 * s['solved']['lstm'][at]:.0f} %"))
    return i18n.sentences(parts, lang)


STEP = Step(
    key="rnn", page="rnn", choices=("most", "tiny", "vanished"), run=run, answer=answer, measured=measured,
    link=lambda result: {"task": "adding", "cell": "rnn", "hidden": str(result["hidden"]), "layers": "1",
                         "len": str(result["length"])},
    formula=r"h_t = f(W h_{t-1} + U x_t),\qquad"
            r"\frac{\partial \ell}{\partial h_1} = \frac{\partial \ell}{\partial h_T}"
            r"\prod_{t=2}^{T} \frac{\partial h_t}{\partial h_{t-1}}",
    defaults={"length": 50}, warm=stored_sweep)
