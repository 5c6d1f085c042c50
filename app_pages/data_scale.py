"""More data, deeper models: accuracy versus training-set size on real digits, and end-to-end learning."""
import numpy as np
import pandas as pd
import streamlit as st

from core import plots, ui
from core.data import digits
from core.lessons import learning_curves as lc
from app_pages.parts import data_scale_words as words
from core.ui import data_source, labels, plot, sentences, state, stop, t

st.title(t("page.data_scale.title"))
ui.idea("ds.idea")


@st.cache_resource(show_spinner=False)
def load_digits(name: str) -> tuple[digits.Digits, str]:
    return digits.load(name)


@st.cache_data(show_spinner=False, max_entries=8)  # the same digit for every visitor: HOG once, not twice a rerun
def hog_view(example: np.ndarray) -> np.ndarray:
    """The digit beside what HOG sees in it, scaled to [0, 1]."""
    seen = lc.hog_picture(example)
    return np.stack([example, seen / max(seen.max(), 1e-9)])


@st.cache_data(show_spinner=False)
def stored_sweep() -> dict:
    return lc.load_stored()


@st.cache_resource(show_spinner=False)
def live_sweeps() -> dict:
    """Live reruns by (data, largest, seeds), shared by every session (at most 4 × 5 × 3 entries). Not an
    st.cache_data function: on a hit that replays the progress bar's calls, in a run where the bar is gone."""
    return {}


def live_sweep(name: str, largest: int, seeds: int, progress=None) -> list[dict]:
    done = live_sweeps()
    if (name, largest, seeds) not in done:
        data, _ = load_digits(name)
        rows = lc.sweep(data, lc.live_sizes(largest, len(data.y_train)), seeds=seeds, progress=progress)
        done[name, largest, seeds] = rows
    return done[name, largest, seeds]


SOURCES = ("offline", "sklearn", "MNIST", "FashionMNIST")
LARGEST = tuple(n for n in lc.LIVE_SIZES if n >= 100)  # a tuple: a list would be read as a multiselect's options
with st.sidebar:
    source = st.selectbox(t("ds.source"), SOURCES, format_func=labels("ds.source."),
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
data_name = data_source(data.source)
st.info(t("ds.using", source=data_name, train=f"{len(data.y_train):,}", test=f"{len(data.y_test):,}"),
        icon=":material/dataset:")

names = {m: t(f"lc.{m}") for m in lc.ALL_MODELS}
DEFAULT_SHOWN = ["logreg", "hog_logreg", "rbf_svm", "forest", "mlp_large", "cnn"]  # every model a verdict names
shown = st.multiselect(t("ds.models"), lc.ALL_MODELS, default=DEFAULT_SHOWN,
                       format_func=lambda m: names[m], **state("ds:models", list(lc.ALL_MODELS)))
top = lc.live_sizes(largest, len(data.y_train))[-1]
if st.button(t("ds.rerun", largest=f"{top:,}", seeds=seeds), type="primary", icon=":material/play_arrow:"):
    bar = st.progress(0.0, text=t("depth.training"))
    report = lambda i, k, m, n: bar.progress(  # noqa: E731
        i / k, text=t("ds.progress", model=names[m], size=n, i=i + 1, k=k))
    st.session_state["ds:live"] = (source, live_sweep(source, largest, seeds, progress=report))
    bar.empty()
live_source, live_rows = st.session_state.get("ds:live", (None, []))
live = lc.summarize(live_rows) if live_source == source else []
summary = lc.summarize(stored["rows"])

st.header(t("ds.curves_title"))
axes = dict(x_title=t("ds.size"), y_title=t("ds.acc"), train_name=t("plot.train"), live_name=t("ds.live"))
chart_title = t("ds.chart", source=data_source(stored["source"]), seeds=stored["seeds"])
plot(plots.learning_curves(summary, live, shown, names, title=chart_title, **axes))
if live:  # the diamonds are drawn only over a live rerun
    st.caption(t("ds.legend"))
f = lc.findings(summary)
st.markdown(sentences(words.best_sentence(f, names),
                      t("ds.gains", reference=f"{f['reference']:,}", largest=f"{f['largest']:,}",
                        gains=words.listed(f"{names[m]} {words.points(g)}" for m, g in f["gains"]))))
st.markdown(t("ds.underfit", threshold=f"{lc.UNDERFIT_TRAIN:.0%}", largest=f"{f['largest']:,}",
              underfit=words.listed(t("ds.with_settings", name=names[m], settings=words.settings_text(m))
                                    for m in f["underfit"])))
for line in words.verdicts(f, names):
    st.markdown(line)
reach = lc.live_sizes(max(LARGEST), len(data.y_train))[-1]
st.markdown(t("ds.reach", stored=f"{stored['train_pool']:,}", live=f"{reach:,}", source=data_name,
              pool=f"{len(data.y_train):,}"))
if live:
    lf = lc.findings(live)
    seed_count = t("ds.seed_1") if lf["seeds"] == 1 else t("ds.seeds_n", n=lf["seeds"])
    st.markdown(t("ds.live_findings", source=data_name, seeds=seed_count, largest=f"{lf['largest']:,}",
                  best=names[lf["best"]], acc=f"{lf['best_acc']:.1%}"))
    for line in words.verdicts(lf, names) + words.e2e_verdicts(lf):
        st.markdown(line)
with st.expander(t("ds.settings")):
    st.dataframe(pd.DataFrame({t("ds.settings_col"): [words.settings_text(m) for m in lc.ALL_MODELS]},
                              index=[names[m] for m in lc.ALL_MODELS]))
with st.expander(t("ds.fit_times")):
    times = pd.DataFrame(summary).pivot(index="model", columns="size", values="seconds")
    times = times.reindex(lc.ALL_MODELS)
    st.dataframe(times.rename(index=names).style.format("{:.2f} s"))

st.header(t("ds.e2e_title"))
st.markdown(t("ds.e2e_idea"))
pipelines = ["logreg", "hog_logreg", "cnn"]
plot(plots.learning_curves(summary, live, pipelines, names, title=t("ds.e2e_chart"), **axes))
three = int(np.flatnonzero(data.y_test == 3)[0])
example = data.x_test[three] if source != "FashionMNIST" else data.x_test[0]
pictures = hog_view(example)
left, right = st.columns(2)
with left:
    plot(plots.image_grid(pictures, titles=[t("ds.pixels"), t("ds.hog_cells")], cols=2,
                          title=t("ds.what_hog_sees")))
with right:
    filters = np.array(stored["cnn_filters"])
    plot(plots.image_grid(filters, titles=[f"#{i + 1}" for i in range(len(filters))], cols=4,
                          title=t("ds.what_cnn_learns")))
at_largest = {r["model"]: r["test"] for r in summary if r["size"] == f["largest"]}
if f["hog_over_raw"]:
    (small, gain_small), (_, gain_large) = f["hog_over_raw"][0], f["hog_over_raw"][-1]
    st.markdown(t("ds.e2e_findings", largest=f"{f['largest']:,}", raw=f"{at_largest['logreg']:.1%}",
                  hog=f"{at_largest['hog_logreg']:.1%}", cnn=f"{at_largest['cnn']:.1%}",
                  smallest=f"{small:,}", gain_small=words.points(gain_small),
                  gain_large=words.points(gain_large)))
for line in words.e2e_verdicts(f):
    st.markdown(line)
