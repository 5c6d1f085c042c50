"""Experiments: this visitor's runs and the ones shared with them, compared, downloaded, reopened; their own
runs renamed, shared or deleted (core.runs enforces who may change what)."""
import html
import json
import time

import pandas as pd
import streamlit as st

from app_pages.parts import lab as lab_ui
from core import lab, plots, runs
from core.catalog import PAGES
from core.i18n import TABLE, describe_error, metric_label, plain, translate
from core.ui import labels, lang, listing, plot, state, stop, t, visitor

KEY = "exp"
st.title(t("page.experiments.title"))
st.markdown(t("exp.idea"))
store = runs.RunStore()
me = visitor()


def family_name(family: str | None, code: str = lang()) -> str:  # the language fixed now, as labels() does
    return translate(f"family.{family}", code) if f"family.{family}" in TABLE else str(family)


def metric_name(metric: str | None, code: str = lang()) -> str:
    return metric_label(metric, code) if metric else ""


@st.fragment
def upload_checkpoint() -> None:
    """An uploaded checkpoint is checked (family, architecture, no code) and stored as a run."""
    file = st.file_uploader(t("lab.upload"), type=lab_ui.CHECKPOINT_TYPES, key=f"{KEY}:upload", help=t("exp.upload_help"))
    if file is None or st.session_state.get(f"{KEY}:uploaded") == file.file_id:
        return
    try:
        ck = lab.read(file.getvalue())
        meta = {**{k: v for k, v in ck.meta.items() if k != "session"}, "source": "upload", "owner": me,
                "shared": False, "name": ck.meta.get("name") or file.name[:200], "created": time.time()}
        stored = store.save(meta, ck.weights)
    except runs.CheckpointError as exc:
        st.error(t("lab.refused", error=describe_error(exc, lang())))
        return
    st.session_state[f"{KEY}:uploaded"] = file.file_id
    st.success(t("exp.uploaded", name=plain(meta["name"]), family=family_name(ck.family.name), id=stored.id))
    st.rerun(scope="app")


with st.expander(t("exp.upload_title"), icon=":material/upload_file:"):
    upload_checkpoint()

seen = runs.visible(me, store)
whose = {r.id: who for r, who in seen}
all_runs = [r for r, _ in seen]
mine_now = [r for r in all_runs if whose[r.id] == "you"]
st.caption(t("exp.store", n=len(mine_now), mb=f"{sum(r.size for r in mine_now) / 2**20:.1f}", quota=store.per_owner_runs,
             quota_mb=f"{store.per_owner_bytes / 2**20:.0f}", total=len(all_runs)))
if not all_runs:
    st.info(t("exp.empty"))
    stop()

# ---- filters ----
c1, c2, c3 = st.columns([2, 2, 1])
families = sorted({r.meta.get("family", "?") for r in all_runs})
chosen = c1.multiselect(t("exp.family"), families, **state(f"{KEY}:families"), placeholder=t("exp.all"),
                        format_func=family_name)
sources = sorted({r.meta.get("source", "page") for r in all_runs})
origin = c2.multiselect(t("exp.origin"), sources, **state(f"{KEY}:sources"), placeholder=t("exp.all"),
                        format_func=labels("lab.source."))
mine = c3.toggle(t("exp.mine"), **state(f"{KEY}:mine"), help=t("exp.mine_help"))
shown = [r for r in all_runs if (not chosen or r.meta.get("family") in chosen)
         and (not origin or r.meta.get("source", "page") in origin) and (not mine or whose[r.id] == "you")]
if not shown:
    st.info(t("exp.none_match"))
    stop()

page_titles = {p.key: t(f"page.{p.key}.title") for p in PAGES}



def label(run: runs.Run) -> str:
    when = time.strftime("%m-%d %H:%M:%S", time.localtime(run.meta.get("created", 0)))
    return f"{run.meta.get('name') or family_name(run.meta.get('family'))} · {when}"


def final_metric(run: runs.Run):
    value = run.meta.get("final", {}).get(run.meta.get("metric", ""))
    return float(f"{value:.4g}") if isinstance(value, (int, float)) else None  # a loss of 4e-5 is not 0


table = pd.DataFrame([{
    t("exp.col.run"): label(r), t("exp.col.family"): family_name(r.meta.get("family")),
    t("exp.col.page"): page_titles.get(r.meta.get("page"), r.meta.get("page")),
    t("exp.col.owner"): t("exp.owner.you_shared" if whose[r.id] == "you" and r.shared else f"exp.owner.{whose[r.id]}"),
    t("exp.col.origin"): t(f"lab.source.{r.meta.get('source', 'page')}"), t("exp.col.status"): t(f"status.word.{r.meta.get('status', 'finished')}"),
    t("exp.col.epochs"): r.meta.get("epochs"), t("exp.col.seconds"): r.meta.get("seconds"),
    t("exp.col.metric"): metric_name(r.meta.get("metric")), t("exp.col.value"): final_metric(r),
    t("exp.col.procs"): r.meta.get("world_size", 1), t("exp.col.mb"): round(r.size / 2**20, 2),
} for r in shown])
st.dataframe(table, hide_index=True, width="stretch",
             column_config={t("exp.col.owner"): st.column_config.TextColumn(width="medium")})

# ---- compare ----
by_id = {r.id: r for r in shown}
ids = list(by_id)
pick_key = f"{KEY}:pick:{hash(tuple(ids))}"
picked = st.multiselect(t("exp.compare"), ids, default=ids[:3], format_func=lambda i: label(by_id[i]), **state(pick_key))
chosen_runs = [by_id[i] for i in picked]
metrics = sorted({k for r in chosen_runs for row in r.history for k in row if k not in ("epoch", "step", "seconds")})
if chosen_runs and metrics:
    default = chosen_runs[0].meta.get("metric")
    metric = st.selectbox(t("exp.metric"), metrics, index=metrics.index(default) if default in metrics else 0,
                          **state(f"{KEY}:metric"), format_func=metric_name)
    series = [(html.escape(label(r)), [row["epoch"] for row in r.history if metric in row], [row[metric] for row in r.history if metric in row])
              for r in chosen_runs]
    plot(plots.curves([s for s in series if s[1]], title=t("exp.overlay", metric=html.escape(metric_name(metric))), x_title=t("plot.epoch"),
                      y_title=html.escape(metric_name(metric)),
                      markers=True))
    missing = [s[0] for s in series if not s[1]]
    if missing:
        st.caption(t("exp.no_metric", metric=plain(metric_name(metric)), runs=plain(listing(html.unescape(m) for m in missing))))
elif chosen_runs:
    st.info(t("exp.no_history"))


def rename(run: runs.Run, name_key: str) -> None:
    """The Rename button's callback: it runs before the widgets are drawn, so it can keep the renamed run
    chosen (the widgets remember a choice by its label, which the new name changes) by its id."""
    name = st.session_state.get(name_key, "")
    if name == run.meta.get("name"):
        return
    try:
        store.update(run.id, me, name=name)
    except runs.CheckpointError as exc:  # e.g. a name with a line break
        st.session_state[f"{KEY}:rename_failed"] = describe_error(exc, lang())
        return
    except KeyError:
        st.session_state[f"{KEY}:rename_failed"] = t("exp.gone")
        return
    st.session_state[pick_key], st.session_state[one_key] = picked, run.id


def own_run(run: runs.Run, column) -> None:
    """Delete, rename and share: only for the visitor's own runs (the store checks it again)."""
    try:
        if column.button(t("exp.delete"), key=f"{KEY}:delete:{run.id}", icon=":material/delete:"):
            store.delete(run.id, me)
            st.rerun()
        n1, n2, n3 = st.columns([3, 1, 2], vertical_alignment="bottom")
        name_key = f"{KEY}:name:{run.id}"
        n1.text_input(t("exp.rename"), value=run.meta.get("name") or "", max_chars=200, key=name_key)
        n2.button(t("exp.rename_button"), key=f"{KEY}:rename:{run.id}", icon=":material/edit:", on_click=rename,
                  args=(run, name_key))
        if failed := st.session_state.pop(f"{KEY}:rename_failed", None):
            st.error(t("exp.change_failed", error=failed))
        shared = n3.toggle(t("exp.share"), value=run.shared, key=f"{KEY}:share:{run.id}", help=t("exp.share_help"))
        if shared != run.shared:
            store.update(run.id, me, shared=shared)
            st.rerun()
    except (runs.CheckpointError, KeyError) as exc:  # e.g. a name with a line break; a run gone meanwhile
        st.error(t("exp.change_failed", error=describe_error(exc, lang()) if not isinstance(exc, KeyError) else t("exp.gone")))


# ---- one run: open, download, inspect; delete, rename, share one's own ----
# every button's key names its run: a click on a run that another session deleted (or evicted) meanwhile
# finds no button on the rerun, instead of acting on whichever run the selection falls back to
if chosen_runs:
    st.header(t("exp.actions"))
    one_key = f"{KEY}:one:{hash(tuple(picked))}"
    one = st.selectbox(t("exp.run"), picked, format_func=lambda i: label(by_id[i]), **state(one_key))
    run = by_id[one]
    a, b, c, d = st.columns(4)
    page = run.meta.get("page", "")
    if a.button(t("exp.open", page=page_titles.get(page, t("exp.its_page"))), key=f"{KEY}:open:{run.id}", type="primary",
                icon=":material/open_in_new:"):
        lab_ui.open_run(run, "exp.gone")
    try:
        b.download_button(t("exp.download_weights"), run.checkpoint(), file_name=f"{run.id}.safetensors",
                          key=f"{KEY}:dl_w:{run.id}", icon=":material/download:", help=t("exp.download_help"))
    except (runs.CheckpointError, OSError):
        b.caption(t("exp.gone"))
    c.download_button(t("exp.download_config"), json.dumps(run.meta, indent=1), file_name=f"{run.id}.json",
                      mime="application/json", key=f"{KEY}:dl_c:{run.id}", icon=":material/data_object:")
    if whose[run.id] == "you":
        own_run(run, d)
    else:
        st.caption(t(f"exp.read_only.{whose[run.id]}"))
    with st.expander(t("exp.settings")):
        st.json({"config": run.meta.get("config"), "context": {k: v for k, v in run.meta.get("context", {}).items()
                                                              if k not in ("chars", "src_tokens", "tgt_tokens")},
                 "final": run.meta.get("final")}, expanded=2)
st.caption(t("exp.cli"))
