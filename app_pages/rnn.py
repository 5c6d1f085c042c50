"""Recurrent networks: memory through time, vanishing gradients, and a character-level language model."""
import numpy as np
import streamlit as st
import torch

from app_pages.parts import lab as lab_ui, rnn_tasks, challenges as challenges_part
from core import plots, ui
from core.families import rnn
from core.i18n import SettingError, describe_error
from core.runtime.jobs import Job, Snapshot
from core.ui import labels, lang, plot, state, stop, t

KEY = "rnn"
HIDDEN, LRS = (8, 16, 32, 64, 128, 256), (3e-4, 1e-3, 3e-3, 1e-2)
st.title(t("page.rnn.title"))
ui.idea("rnn.idea")
with st.expander(t("rnn.gates_title")):
    st.markdown(t("rnn.gates_lstm"))
    st.latex(r"\begin{aligned} i_t &= \sigma(W_i x_t + U_i h_{t-1} + b_i), \quad f_t = \sigma(W_f x_t + U_f h_{t-1} + b_f), "
             r"\quad o_t = \sigma(W_o x_t + U_o h_{t-1} + b_o)\\ \tilde c_t &= \tanh(W_c x_t + U_c h_{t-1} + b_c), "
             r"\quad c_t = f_t \odot c_{t-1} + i_t \odot \tilde c_t, \quad h_t = o_t \odot \tanh(c_t) \end{aligned}")
    st.markdown(t("rnn.gates_gru"))
    st.latex(r"\begin{aligned} r_t &= \sigma(W_r x_t + U_r h_{t-1} + b_r), \quad z_t = \sigma(W_z x_t + U_z h_{t-1} + b_z)\\ "
             r"\tilde h_t &= \tanh\big(W_h x_t + b_h + r_t \odot (U_h h_{t-1} + b'_h)\big), \quad "
             r"h_t = (1 - z_t) \odot \tilde h_t + z_t \odot h_{t-1} \end{aligned}")

incoming = lab_ui.take("rnn")  # a stored run to show: select its task (and its text, if it is a built-in one)
if incoming is not None:
    c = incoming.config
    lab_ui.follow({f"{KEY}:task": (c.task, rnn.TASKS), f"{KEY}:corpus": (incoming.context.get("dataset"), ("python-docs", "app-zh")),
                   f"{KEY}:cell": (c.cell, tuple(rnn.CELLS)), f"{KEY}:hidden:{c.task}": (c.hidden, HIDDEN),
                   f"{KEY}:layers:{c.task}": (c.layers, range(1, 4)), f"{KEY}:len:{c.task}": (c.seq_len, range(5, 201)),
                   f"{KEY}:lr": (c.lr, LRS), f"{KEY}:ep:{c.task}": (c.epochs, range(1, 201))})
DEFAULT_LENGTH = {"forecast": 50, "adding": 50, "text": 64}
with st.sidebar:
    task = st.segmented_control(t("rnn.task"), rnn.TASKS, default="forecast", format_func=labels("rnn.task."),
                                **state(f"{KEY}:task", rnn.TASKS)) or "forecast"
    cell = st.selectbox(t("rnn.cell"), list(rnn.CELLS), index=1, format_func=labels("rnn.cell."), **state(f"{KEY}:cell", tuple(rnn.CELLS)))
    hidden = st.select_slider(t("rnn.hidden"), HIDDEN, 128 if task == "text" else 32,
                              **state(f"{KEY}:hidden:{task}", HIDDEN))
    layers = st.slider(t("rnn.layers"), 1, 3, 2 if task == "text" else 1, **state(f"{KEY}:layers:{task}", range(1, 4)))
    length = st.slider(t(f"rnn.length.{task}"), 5, 200, DEFAULT_LENGTH[task], **state(f"{KEY}:len:{task}", range(5, 201)))
    lr = st.select_slider(t("mlp.lr"), LRS, 3e-3, **state(f"{KEY}:lr", LRS))
    epochs = st.slider(t("mlp.epochs"), 1, 200, 40 if task != "text" else 60, **state(f"{KEY}:ep:{task}", range(1, 201)),
                       help=t("rnn.epochs_help"))
    series, corpus = rnn_tasks.data_source(task)

config = rnn.RNNConfig(task=task, cell=cell, hidden=hidden, layers=layers, seq_len=length, lr=lr, epochs=epochs,
                       batch_size=64 if task == "text" else 32)
dataset = st.session_state.get(f"{KEY}:corpus", "python-docs") if task == "text" else (
    "sines" if st.session_state.get(f"{KEY}:csv") is None else "csv")
if incoming is not None:
    chars = incoming.context.get("chars", "")
    if task == "text" and corpus is not None and "".join(corpus.chars) != chars and dataset in ("python-docs", "app-zh"):
        # the built-in texts differ a little between Python versions and app versions: keep the model's vocabulary
        corpus = rnn.Corpus(corpus.text, chars=list(chars))
    if task == "text" and (corpus is None or "".join(corpus.chars) != chars):
        st.error(t("lab.rnn_text", n=len(chars)))
        incoming = None  # a text model needs its own characters; nothing to show
plot(plots.unrolled(length, t(f"rnn.cell.{cell}"), title=t("rnn.unrolled", n=length)), config={"staticPlot": True})


def make_job() -> Job:
    if task == "text" and corpus is None:
        raise SettingError("rnn.text.none")
    return lab_ui.job("rnn", rnn.make_trainer(config, series, corpus), config, rnn.context(config, dataset, corpus),
                      (series, corpus))


def draw(snap: Snapshot) -> None:
    left, right = st.columns(2) if task != "forecast" else (st.container(), None)
    with left:
        plot(plots.step_losses(snap.step_losses, title=t("rnn.loss_chart"), x_title=t("plot.step"),
                               y_title=t("plot.loss"), history=snap.history, names=(t("plot.train"), t("rnn.held_out"))))
        trend = rnn.held_out_trend(snap.history)
        if trend and trend["rising"]:
            st.caption(t("rnn.rising", epoch=trend["best_epoch"], best=f"{trend['best']:.3f}",
                         last=f"{trend['last']:.3f}"))
    if right is None:
        return
    with right:
        if task == "adding":
            plot(plots.metric_curves(snap.history, "acc", title=t("rnn.solved_chart"),
                                     labels={"test": t("rnn.held_out"), "epoch": t("plot.epoch"), "acc": t("rnn.solved")}))
        elif snap.history and task == "text":
            st.metric(t("rnn.perplexity"), f"{rnn.perplexity(snap.history[-1]['test_loss']):.2f}",
                      help=t("rnn.perplexity_help", vocab=len(corpus.chars) if corpus else 0))


st.header(t("rnn.train_title"))
job = lab_ui.section(KEY, "rnn", make_job, draw, incoming=incoming, data=(series, corpus))

model = None
if job is not None and job.poll().step > 0:
    (run_series, run_corpus), run_cfg, model = job.data, job.config, job.poll().model
    if run_cfg.task == task:
        rnn_tasks.results(model, run_cfg, run_series, run_corpus)
    else:
        st.info(t("rnn.other_task", task=t(f"rnn.task.{run_cfg.task}")))
elif job is not None and not job.poll().done:
    st.info(t("rnn.wait"))
else:
    st.info(t("rnn.train_first"))
if task == "adding":
    rnn_tasks.adding_sweep_view()

st.header(t("rnn.inside_title"))
try:
    x, y = rnn.example(config, series, corpus)
except (SettingError, RuntimeError, ValueError) as exc:
    st.warning(describe_error(exc, lang()))
    stop()
if model is not None and job.config.task == task:
    states = model.states(x[:1]).detach()[0].numpy()
    plot(plots.heatmap(states.T[:32], title=t("rnn.states", cell=t(f"rnn.cell.{job.config.cell}")),
                       x_title=t("rnn.time"), y_title=t("rnn.unit")))


@st.cache_data(show_spinner=False, max_entries=32)  # the same for every visitor: not three backward passes a rerun
def at_init(task: str, hidden: int, length: int, vocab: int, x: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
    """‖∂loss/∂h_t‖ of every cell at one random initialisation, on the same input; kept per setting, so the
    picture stays the same across reruns (it was drawn anew from fresh weights on each one)."""
    return {name: rnn.gradient_norms(rnn.build(rnn.RNNConfig(task=task, cell=name, hidden=hidden, layers=1,
                                                             seq_len=length), vocab), torch.from_numpy(x),
                                     torch.from_numpy(y), task) for name in rnn.CELLS}


curves = [(t("rnn.at_init", cell=t(f"rnn.cell.{name}")), norms)  # every cell at initialisation, on the same input
          for name, norms in at_init(task, hidden, length, len(corpus.chars) if corpus else 0, x.numpy(), y.numpy()).items()]
if model is not None and job.config.task == task and job.config.seq_len == x.shape[1]:
    curves.append((t("rnn.trained", cell=t(f"rnn.cell.{job.config.cell}")), rnn.gradient_norms(model, x, y, task)))
steps = np.arange(1, x.shape[1] + 1)
plot(plots.log_lines([(name, steps, np.maximum(norms, 1e-30), "lines") for name, norms in curves],
                     title=t("rnn.grad_chart"), x_title=t("rnn.time"), y_title="‖∂ℓ/∂hₜ‖"))
rates = {name: rnn.decay_rate(norms) for name, norms in curves}
back = x.shape[1] - 1
each = [f"{n} ×{np.exp(-r):.2f} → ×{np.exp(-r * back):.1e}" for n, r in rates.items()]
st.markdown(t("rnn.grad_findings", length=x.shape[1], back=back, rates=("；" if lang() == "zh" else "; ").join(each)))
challenges_part.show("rnn")
