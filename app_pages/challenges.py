"""Challenges: every goal with a hint on request, met or not by this visitor's own stored runs or by what its
page measured (core.challenges), the evidence that met it, and a way to reopen the run that met it."""
import streamlit as st

from app_pages.parts import lab as lab_ui
from app_pages.parts.challenges import goal, mark, results
from core import challenges, runs, ui
from core.i18n import plain
from core.ui import t

st.title(t("page.challenges.title"))
st.markdown(t("challenges.idea"))
before = dict(ui.my_progress().get("challenge", {}))
found, mine, kept = results()
st.caption(t("challenges.count", met=sum(met for met, _, _ in found.values()), total=len(found)))


def open_button(run: runs.Run, page: str) -> None:
    """Reopen the run in its page, as the Experiments page does: checked, queued for that page, switched to."""
    if not st.button(t("challenges.open", page=t(f"page.{page}.title")), key=f"challenges:open:{run.id}",
                     icon=":material/open_in_new:"):
        return
    lab_ui.open_run(run, "challenges.gone")


for number, c in enumerate(challenges.CHALLENGES, 1):
    met, run_id, evidence = found[c.key]
    with st.container(border=True):
        status = t("challenges.met" if met else "challenges.not_yet")
        st.markdown(f"{number} · {mark(met)} **{status}** · {goal(c)}")
        st.caption(t("challenges.where", page=t(f"page.{c.page}.title")) +
                   (" · " + t("challenges.on_its_page") if c.on == "page" else ""))
        with st.expander(t("challenges.hint"), icon=":material/lightbulb:"):
            st.markdown(t(f"challenge.{c.key}.hint"))
        if not met:
            continue
        said = t(f"challenge.{c.key}.evidence", **challenges.shown(evidence))
        if run_id is None:  # a page challenge: its evidence is what the page measured, kept with progress
            st.success(said, icon=":material/verified:")
            continue
        run = mine[run_id]
        st.success(ui.sentences(said, t("challenges.run", name=plain(run.meta.get("name") or run_id), id=run_id)),
                   icon=":material/verified:")
        if (kept.get(c.key) or {}).get("run") != run_id:
            st.warning(t("challenges.not_kept"), icon=":material/cloud_off:")
        elif (before.get(c.key) or {}).get("run") != run_id:
            st.caption(t("challenges.kept"))
        open_button(run, c.page)
