"""Challenges: every goal with a hint on request, met or not by this visitor's own stored runs (checked from
what each run measured, core.challenges), the evidence of the run that met it, and a way to reopen that run."""
import streamlit as st

from app_pages.parts import lab as lab_ui
from app_pages.parts.challenges import mark
from core import challenges, runs, ui
from core.i18n import plain
from core.ui import t

st.title(t("page.challenges.title"))
st.markdown(t("challenges.idea"))
store = runs.RunStore()
me = ui.visitor()
mine = {r.id: r for r, whose in runs.visible(me, store) if whose == "you"}  # only one's own runs count
results = challenges.evaluate(mine.values())
kept = ui.my_progress().get("challenge", {})
st.caption(t("challenges.count", met=sum(met for met, _, _ in results.values()), total=len(results)))


def keep(key: str, run_id: str, evidence: dict) -> None:
    """Keep a newly met challenge (or one met again by another run) with the visitor's progress."""
    if (kept.get(key) or {}).get("run") == run_id:
        return
    if ui.record_progress("challenge", key, {"met": True, "run": run_id, "evidence": evidence}):
        st.caption(t("challenges.kept"))
    else:
        st.warning(t("challenges.not_kept"), icon=":material/cloud_off:")


def open_button(run: runs.Run, page: str) -> None:
    """Reopen the run in its page, as the Experiments page does: checked, queued for that page, switched to."""
    if not st.button(t("challenges.open", page=t(f"page.{page}.title")), key=f"challenges:open:{run.id}",
                     icon=":material/open_in_new:"):
        return
    lab_ui.open_run(run, "challenges.gone")


for c in challenges.CHALLENGES:
    met, run_id, evidence = results[c.key]
    with st.container(border=True):
        status = t("challenges.met" if met else "challenges.not_yet")
        st.markdown(f"{mark(met)} **{status}** · {t(f'challenge.{c.key}.goal', **challenges.shown(c.goal))}")
        st.caption(t("challenges.where", page=t(f"page.{c.page}.title")))
        with st.expander(t("challenges.hint"), icon=":material/lightbulb:"):
            st.markdown(t(f"challenge.{c.key}.hint"))
        if met:
            run = mine[run_id]
            st.success(ui.sentences(t(f"challenge.{c.key}.evidence", **challenges.shown(evidence)),
                                    t("challenges.run", name=plain(run.meta.get("name") or run_id), id=run_id)),
                       icon=":material/verified:")
            keep(c.key, run_id, evidence)
            open_button(run, c.page)
