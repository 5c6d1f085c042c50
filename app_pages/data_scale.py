"""More data, deeper models: accuracy versus training-set size on real digits, and end-to-end learning."""
import numpy as np
import pandas as pd
import streamlit as st

from core import plots
from core.data import digits
from core.lessons import learning_curves as lc
from core.ui import plot, state, stop, t

st.title(t("page.data_scale.title"))
st.markdown(t("ds.idea"))


@st.cache_resource(show_spinner=False)
def load_digits(name: str) -> tuple[digits.Digits, str]:
    return digits.load(name)


@st.cache_data(show_spinner=False)
def stored_sweep() -> dict:
    return lc.load_stored()


@st.cache_data(show_spinner=False)
def live_sweep(name: str, largest: int, seeds: int, _progress=None) -> list[dict]:
    data, _ = load_digits(name)
    sizes = [n for n in lc.LIVE_SIZES if n <= largest]
    return lc.sweep(data, sizes, seeds=seeds, progress=_progress)


SOURCES = ("offline", "sklearn", "MNIST", "FashionMNIST")
LARGEST = [n for n in lc.LIVE_SIZES if n >= 100]
with st.sidebar:
    source = st.selectbox(t("ds.source"), SOURCES, format_func=lambda k: t(f"ds.source.{k}"),
                          **state("ds:source", SOURCES))
    largest = st.select_slider(t("ds.live_largest"), LARGEST, value=2000, **state("ds:largest", LARGEST))
    seeds = st.slider(t("depth.seeds"), 1, 3, 3, **state("ds:seeds", range(1, 4)))
try:
    with st.spinner(t("ds.loading")):
        data, fallback = load_digits(source)
    stored = stored_sweep()
except (OSError, ValueError) as exc:  # a missing package file or a damaged stored sweep
    st.error(t("ds.unavailable", error=str(exc)))
    stop()
if fallback:
    st.warning(t("ds.fallback", reason=fallback))
st.info(t("ds.using", source=data.source, train=f"{len(data.y_train):,}", test=f"{len(data.y_test):,}"),
        icon=":material/dataset:")

names = {m: t(f"lc.{m}") for m in lc.ALL_MODELS}
shown = st.multiselect(t("ds.models"), lc.ALL_MODELS, default=["logreg", "rbf_svm", "forest", "mlp_large", "cnn"],
                       format_func=lambda m: names[m], **state("ds:models", list(lc.ALL_MODELS)))
if st.button(t("ds.rerun", largest=f"{largest:,}", seeds=seeds), type="primary", icon=":material/play_arrow:"):
    bar = st.progress(0.0, text=t("depth.training"))
    report = lambda i, k, m, n: bar.progress(i / k, text=t("ds.progress", model=names[m], size=n, i=i + 1, k=k))  # noqa: E731
    st.session_state["ds:live"] = (source, live_sweep(source, largest, seeds, _progress=report))
    bar.empty()
live_source, live_rows = st.session_state.get("ds:live", (None, []))
live = lc.summarize(live_rows) if live_source == source else []
summary = lc.summarize(stored["rows"])

st.subheader(t("ds.curves_title"))
plot(plots.learning_curves(summary, live, shown, names, title=t("ds.chart", source=stored["source"], seeds=stored["seeds"]),
                           x_title=t("ds.size"), y_title=t("ds.acc"), train_name=t("plot.train"), live_name=t("ds.live")))
st.caption(t("ds.legend"))
f = lc.findings(summary)
gains = ", ".join(f"{names[m]} {g:+.1%}" for m, g in f["gains"])
st.markdown(t("ds.findings", largest=f"{f['largest']:,}", best=names[f["best"]], acc=f"{f['best_acc']:.1%}",
              reference=f["reference"], gains=gains,
              underfit=", ".join(names[m] for m in f["underfit"]) or t("ds.none")))
cross = f["cnn_beats_classical_from"]
if cross:
    st.markdown(t("ds.cross", size=f"{cross:,}"))
else:
    st.markdown(t("ds.no_cross", largest=f"{f['largest']:,}", cnn=f"{f['cnn_acc']:.1%}",
                  classical=names[f["best_classical"]], classical_acc=f"{f['best_classical_acc']:.1%}"))
if live:
    lf = lc.findings(live)
    st.markdown(t("ds.live_findings", source=data.source, largest=f"{lf['largest']:,}", best=names[lf["best"]],
                  acc=f"{lf['best_acc']:.1%}"))
with st.expander(t("ds.fit_times")):
    times = pd.DataFrame(summary).pivot(index="model", columns="size", values="seconds").reindex(lc.ALL_MODELS)
    st.dataframe(times.rename(index=names).style.format("{:.2f} s"))

st.subheader(t("ds.e2e_title"))
st.markdown(t("ds.e2e_idea"))
pipelines = ["logreg", "hog_logreg", "cnn"]
plot(plots.learning_curves(summary, live, pipelines, names, title=t("ds.e2e_chart"), x_title=t("ds.size"),
                           y_title=t("ds.acc"), train_name=t("plot.train"), live_name=t("ds.live")))
example = data.x_test[int(np.flatnonzero(data.y_test == 3)[0])] if source != "FashionMNIST" else data.x_test[0]
pictures = np.stack([example, lc.hog_picture(example) / max(lc.hog_picture(example).max(), 1e-9)])
left, right = st.columns(2)
with left:
    plot(plots.image_grid(pictures, titles=[t("ds.pixels"), t("ds.hog_cells")], cols=2, title=t("ds.what_hog_sees")))
with right:
    filters = np.array(stored["cnn_filters"])
    plot(plots.image_grid(filters, titles=[f"#{i + 1}" for i in range(len(filters))], cols=4,
                          title=t("ds.what_cnn_learns")))
at_largest = {r["model"]: r["test"] for r in summary if r["size"] == f["largest"]}
st.markdown(t("ds.e2e_findings", largest=f"{f['largest']:,}", raw=f"{at_largest['logreg']:.1%}",
              hog=f"{at_largest['hog_logreg']:.1%}", cnn=f"{at_largest['cnn']:.1%}"))
