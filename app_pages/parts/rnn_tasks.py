"""The RNN page's task-specific parts: data sources in the sidebar, and what a trained model does.

UI only, split off app_pages/rnn.py to keep each file short; the computing is in core.families.rnn.
"""
import numpy as np
import pandas as pd
import streamlit as st
import torch

from core import plots
from core.families import rnn
from core.i18n import SettingError, describe_error
from core.ui import labels, lang, plot, row_problems, state, t

KEY = "rnn"


@st.cache_resource(show_spinner=False)  # read-only text and ids, shared by every session
def _default_corpus(code: str) -> rnn.Corpus:
    return rnn.Corpus(rnn.default_corpus(code)[0])


@st.cache_resource(show_spinner=False, max_entries=4)  # shared; a few recent texts, not every one ever given
def _user_corpus(text: str) -> rnn.Corpus:
    return rnn.Corpus(text)


def data_source(task: str) -> tuple[np.ndarray | None, rnn.Corpus | None]:
    """Sidebar controls for the task's data; bad input gets a message and the defaults stay."""
    if task == "forecast":
        upload = st.file_uploader(t("rnn.csv"), type=["csv", "txt"], key=f"{KEY}:csv", help=t("rnn.csv_help"))
        if upload is None:
            return rnn.sines(), None
        try:
            columns, dialect = rnn.series_columns(upload.getvalue())
            names = [c.name or t("table.column", n=c.index + 1) for c in columns]
            chosen = st.selectbox(t("rnn.column"), range(len(names)), format_func=names.__getitem__, **state(f"{KEY}:col"))
            column = columns[chosen or 0]
            series = rnn.standardised(column.values)
        except SettingError as exc:
            st.error(t("rnn.csv_error", error=describe_error(exc, lang())))
            return rnn.sines(), None
        st.caption(t(dialect.key, **dialect.describe()))
        row_problems(column.problems)
        return series, None
    if task == "adding":
        return None, None
    source = st.selectbox(t("rnn.corpus"), ("python-docs", "app-zh", "paste", "upload"), format_func=labels("rnn.corpus."),
                          **state(f"{KEY}:corpus", ("python-docs", "app-zh")))
    try:
        if source == "python-docs":
            return None, _default_corpus("en")
        if source == "app-zh":
            return None, _default_corpus("zh")
        if source == "paste":
            text = st.text_area(t("rnn.paste"), **state(f"{KEY}:paste"), height=160)
            return None, _user_corpus(rnn.read_text(text.encode("utf-8")).text) if text.strip() else None
        upload = st.file_uploader(t("rnn.upload"), type=["txt", "md", "csv"], key=f"{KEY}:upload")
        if upload is None:
            return None, None
        decoded = rnn.read_text(upload.getvalue())
        st.caption(t("text.encoding", encoding=decoded.encoding_name))
        return None, _user_corpus(decoded.text)
    except SettingError as exc:
        st.error(describe_error(exc, lang()))
        return None, None


def results(model: rnn.Recurrent, config: rnn.RNNConfig, series, corpus) -> None:
    {"forecast": _forecast, "adding": _adding, "text": _text}[config.task](model, config, series, corpus)


def _forecast(model, config, series, _corpus) -> None:
    data = series if series is not None else rnn.sines()
    split = int(len(data) * 0.8)
    held_out = len(data) - split  # ≥ 10: a series has at least rnn.MIN_SERIES values
    lowest, highest = min(10, held_out), min(300, held_out)
    horizon = highest if highest <= lowest else st.slider(t("rnn.horizon"), lowest, highest, min(100, highest), **state(f"{KEY}:h"))
    truth = data[split - config.seq_len: split + horizon]
    one = rnn.one_step(model, truth, config.seq_len)
    free = rnn.forecast(model, data[split - config.seq_len: split], horizon)
    xs = np.arange(split, split + horizon)
    plot(plots.curves([(t("rnn.truth"), xs, truth[config.seq_len:]), (t("rnn.one_step"), xs, one[:horizon]),
                       (t("rnn.free"), xs, free)], title=t("rnn.forecast_chart"), x_title=t("rnn.time"), y_title=""))
    e = rnn.forecast_errors(truth[config.seq_len:], one[:horizon], free)
    grows = "grows" if e["free_second"] > e["free_first"] else "flat"
    st.markdown(t("rnn.forecast_findings", one=f"{e['one']:.3f}", free=f"{e['free']:.3f}", h=horizon,
                  std=f"{truth.std():.3f}"))
    st.markdown(t(f"rnn.forecast.{grows}", first=f"{e['free_first']:.3f}", second=f"{e['free_second']:.3f}"))


def _adding(model, config, _series, _corpus) -> None:
    x, y = rnn.adding_batch(8, config.seq_len, torch.Generator().manual_seed(7))
    out = model(x).detach().numpy()[:, 0]
    table = pd.DataFrame({t("rnn.target"): y.numpy()[:, 0].round(3), t("rnn.output"): out.round(3),
                          t("rnn.error"): np.abs(out - y.numpy()[:, 0]).round(3)})
    st.markdown(t("rnn.adding_examples", length=config.seq_len))
    st.dataframe(table, hide_index=True)


def _text(model, config, _series, corpus) -> None:
    left, right = st.columns([2, 1])
    prompt = left.text_input(t("rnn.prompt"), corpus.text[:20].split("\n")[0], **state(f"{KEY}:prompt"))
    temperature = right.slider(t("rnn.temperature"), 0.0, 2.0, 0.8, 0.1, **state(f"{KEY}:temp"), help=t("rnn.temperature_help"))
    seed = st.number_input(t("rnn.seed"), 0, 10_000, 0, **state(f"{KEY}:seed"))
    text = rnn.sample(model, corpus, prompt, 300, temperature, int(seed))
    st.code(prompt + text, language=None, wrap_lines=True)
    unknown = sorted({c for c in prompt if c not in corpus.index})
    if unknown:
        st.caption(t("rnn.unknown_chars", chars=" ".join(unknown)))


@st.cache_data(show_spinner=False)
def _sweep(epochs: int, _progress=None) -> list[dict]:
    return rnn.adding_sweep(epochs=epochs, progress=_progress)


def adding_sweep_view() -> None:
    st.header(t("rnn.sweep_title"))
    stored = rnn.load_sweep()
    if st.button(t("rnn.sweep_run", epochs=stored["setting"]["epochs"]), key=f"{KEY}:sweep", icon=":material/play_arrow:"):
        bar = st.progress(0.0, text=t("depth.training"))
        report = lambda i, k, c, n: bar.progress(i / k, text=t("rnn.sweep_progress", cell=c, n=n, i=i + 1, k=k))  # noqa: E731
        st.session_state[f"{KEY}:sweep_rows"] = _sweep(stored["setting"]["epochs"], _progress=report)
        bar.empty()
    rows = st.session_state.get(f"{KEY}:sweep_rows", stored["rows"])
    left, right = st.columns(2)
    for column, metric, title in ((left, "test_acc", "rnn.sweep_solved"), (right, "test_loss", "rnn.sweep_loss")):
        series = [(t(f"rnn.cell.{c}"), [r["length"] for r in rows if r["cell"] == c],
                   [r[metric] for r in rows if r["cell"] == c]) for c in rnn.CELLS]
        with column:
            plot(plots.curves(series, title=t(title), x_title=t("rnn.length.adding"), y_title=""))
    best = {c: max((r["length"] for r in rows if r["cell"] == c and r["test_acc"] >= 0.5), default=None) for c in rnn.CELLS}
    st.markdown(t("rnn.sweep_findings", **{c: (f"{n}" if n else "—") for c, n in best.items()},
                  epochs=stored["setting"]["epochs"]))
