"""Step 9: ‖∂ℓ/∂hₜ‖ against the time step on a log axis, the RNN (tanh) and the LSTM at initialisation."""
import numpy as np

from core import plots
from core.ui import plot, t


def draw(result: dict) -> None:
    steps = np.arange(1, result["length"] + 1)
    lines = [(t(f"rnn.cell.{c}"), steps, np.maximum(norms, 1e-30), "lines") for c, norms in result["norms"].items()]
    plot(plots.log_lines(lines, title=t("lecture.rnn.chart", length=result["length"]), x_title=t("rnn.time"),
                         y_title="‖∂ℓ/∂hₜ‖"))
