"""Depth versus size: Håstad's parity argument with circuits, trained networks, and Telgarsky's sawtooth."""
import numpy as np
import pandas as pd
import streamlit as st

from core import plots, ui
from core.lessons import circuits, parity, sawtooth
from core.ui import BOOLS, lang, plot, sentences, state, t

st.title(t("page.depth.title"))
ui.idea("depth.idea")
st.latex(r"s_d(\oplus_n) \;\ge\; 2^{\,c_d\, n^{1/(d-1)}},\qquad c_d = (1/10)^{d/(d-1)}")
st.caption(t("depth.bound_caption"))


@st.cache_data(show_spinner=False)
def sweep(n: int, budgets: tuple[int, ...], depths: tuple[int, ...], seeds: int, _progress=None) -> list[dict]:
    return parity.sweep_rows(n, list(budgets), list(depths), seeds, progress=_progress)


@st.cache_data(show_spinner=False)
def rnn_versus_shallow(budget: int) -> list[dict]:
    return parity.rnn_and_shallow_rows(budget)


@st.cache_data(show_spinner=False)
def sizes() -> dict:
    return circuits.size_finding(range(2, 21))


@st.cache_data(show_spinner=False)
def reuse(n: int) -> dict:
    return circuits.reuse_finding(n)


@st.cache_data(show_spinner=False)
def shallow_fits(layers: int) -> list[dict]:
    return sawtooth.compare_widths(layers)


circuit_tab, net_tab, relu_tab = st.tabs([t("depth.tab.circuits"), t("depth.tab.nets"), t("depth.tab.relu")])

with circuit_tab:
    found = sizes()
    ns = found["ns"]
    built = [n for n in ns if n <= 12]  # the DNF is built gate by gate up to 2¹¹ terms
    series = [(t("depth.dnf_built"), built, [found["dnf"][n] for n in built], "markers"),
              (t("depth.dnf_proven"), ns, [2 ** (n - 1) + 1 for n in ns], "lines"),
              (t("depth.depth3_built"), ns, [found["depth3"][n] for n in ns], "markers"),
              (t("depth.tree_built"), ns, [found["tree"][n] for n in ns], "markers"),
              (t("depth.threshold_built"), ns, [found["threshold"][n] for n in ns], "markers")]
    shape = st.toggle(t("depth.show_shape"), value=False, help=t("depth.shape_help"),
                      **state("depth:shape", BOOLS))
    series += [(t("depth.bound_shape" if shape else "depth.bound", d=d), ns,
                [circuits.hastad_bound(n, d, not shape) for n in ns], "dash") for d in (3, 4)]
    plot(plots.log_lines(series, title=t("depth.sizes_title"), x_title="n", y_title=t("depth.gates")))
    st.markdown(circuits.size_sentence(found, lang()))
    st.header(t("depth.tree_title"))
    left, right = st.columns([1, 3])
    n_tree = left.slider(t("depth.bits"), 2, 16, 8, **state("depth:tree_n", range(2, 17)))
    text = left.text_input(t("depth.bit_string"), "10110100"[:n_tree].ljust(n_tree, "1"), **state(f"depth:bits{n_tree}"))
    try:
        bits = circuits.parse_bits(text, n_tree)
    except ValueError:
        left.error(t("depth.bad_bits", n=n_tree))
    else:
        with right:
            plot(plots.xor_tree(circuits.xor_tree_values(bits), title=t("depth.tree_plot", parity=sum(bits) % 2)))
        left.caption(t("depth.tree_notice", gates=circuits.xor_tree_size(n_tree), dnf=f"{circuits.dnf_size(n_tree):,}"))
    st.header(t("depth.reuse_title", n=n_tree))
    shared, heads = reuse(n_tree), {"depth": "depth", "gates": "reuse_gates", "intermediate": "intermediate",
                                    "reused": "reused", "mean_fanout": "mean_fanout", "max_fanout": "max_fanout",
                                    "unshared": "unshared"}
    st.dataframe(pd.DataFrame([{t("depth.circuit"): t(f"depth.name.{k}"),
                                **{t(f"depth.{h}"): round(r[c], 2) for c, h in heads.items()}}
                               for k, r in shared["rows"].items()]), hide_index=True)
    st.markdown(circuits.reuse_sentence(shared, lang()))

with net_tab:
    st.markdown(t("depth.nets_idea"))
    c1, c2, c3 = st.columns(3)
    n = c1.slider(t("depth.bits"), 4, 16, 8, **state("depth:net_n", range(4, 17)))
    seeds = c2.slider(t("depth.seeds"), 1, 5, 3, **state("depth:seeds", range(1, 6)))
    top = c3.select_slider(t("depth.budget"), (80, 160, 320, 640, 1280), value=640,
                         **state("depth:budget", (80, 160, 320, 640, 1280)))
    st.caption(parity.split_sentence(parity.describe_split(parity.make_data(n)), lang()))
    budgets = tuple(int(b) for b in np.geomspace(top / 16, top, 5).round())
    if st.button(t("depth.run_sweep"), type="primary", icon=":material/play_arrow:"):
        bar = st.progress(0.0, text=t("depth.training"))
        report = lambda i, k: bar.progress(i / k, text=t("depth.trained", i=i, k=k))  # noqa: E731
        st.session_state["depth:rows"] = sweep(n, budgets, (1, 2, 3, 4), seeds, _progress=report)
        bar.empty()
    rows = st.session_state.get("depth:rows")
    if rows:
        summary = parity.summarize(rows)
        groups = [(t("depth.depth_line", d=d), [r["params"] for r in summary if r["depth"] == d],
                   *([r[k] for r in summary if r["depth"] == d] for k in ("mean", "min", "max"))) for d in (1, 2, 3, 4)]
        tree_params, seeds_run = parity.tree_network_params(rows[0]["n"]), max(r["seed"] for r in rows) + 1
        fig = plots.band_lines(groups, title=t("depth.acc_title", n=rows[0]["n"], seeds=seeds_run),
                               x_title=t("depth.params"), y_title=t("depth.test_acc"))
        plot(fig.add_scatter(x=[tree_params], y=[1.0], mode="markers", name=t("depth.tree_net"),
                             marker=dict(symbol="star", size=16, color="#000")))
        st.markdown(parity.sweep_sentence(parity.sweep_finding(summary), tree_params, seeds_run, lang()))
        st.download_button(t("depth.csv"), pd.DataFrame(rows).to_csv(index=False), "parity_sweep.csv", "text/csv")
    st.header(t("depth.rnn_title"))
    if st.button(t("depth.run_rnn"), icon=":material/replay:"):
        with st.spinner(t("depth.training")):
            st.session_state["depth:rnn"] = (top, rnn_versus_shallow(top))
    if (saved := st.session_state.get("depth:rnn")) and isinstance(saved, tuple):
        budget_used, rnn_rows = saved
        rnn, shallow = parity.rnn_finding(rnn_rows), parity.shallow_finding(rnn_rows)
        first = next(r for r in rnn_rows if r["model"] == "rnn")
        names = {"rnn": t("depth.rnn", params=first["params"], L=rnn["trained_length"]),
                 "shallow": t("depth.shallow", budget=budget_used, lo=shallow["params_first"],
                              hi=shallow["params_last"], a=shallow["n_min"], b=shallow["n_max"])}
        lines = [(names[m], [r["n"] for r in rnn_rows if r["model"] == m],
                  [r["acc"] for r in rnn_rows if r["model"] == m]) for m in ("rnn", "shallow")]
        plot(plots.curves(lines, title=t("depth.rnn_plot"), x_title="n", y_title=t("depth.test_acc")))
        st.markdown(sentences(parity.rnn_sentence(rnn, first["attempts"], lang()), parity.shallow_sentence(shallow, lang())))
    st.info(t("depth.honest"), icon=":material/info:")

with relu_tab:
    st.markdown(t("depth.relu_idea"))
    layers = st.slider(t("depth.layers"), 1, 8, 4, **state("depth:layers", range(1, 9)))
    x = np.linspace(0, 1, 801)
    deep = sawtooth.deep_sawtooth(layers)
    st.markdown(t("depth.deep_notice", L=layers, pieces=sawtooth.count_pieces(sawtooth.as_function(deep)),
                  params=sawtooth.params(deep)))
    curves = [(t("depth.deep_net", L=layers), x, sawtooth.as_function(deep)(x))]
    if st.button(t("depth.fit_shallow"), icon=":material/show_chart:"):
        with st.spinner(t("depth.training")):
            st.session_state["depth:fits"] = (layers, shallow_fits(layers))
    fits = st.session_state.get("depth:fits")
    if fits and fits[0] == layers:
        curves += [(t("depth.shallow_net", w=r["width"]), x, r["curve"]) for r in fits[1]]
        st.dataframe(pd.DataFrame([{t("depth.width"): r["width"], t("depth.params"): r["params"],
                                    t("depth.pieces"): r["pieces"], "MSE": f"{r['mse']:.5f}"} for r in fits[1]]),
                     hide_index=True)
    plot(plots.curves(curves, title=t("depth.sawtooth_title"), x_title="x", y_title="f(x)"))
