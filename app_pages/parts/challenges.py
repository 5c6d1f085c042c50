"""A page's own challenges: checking the ones its page measures, keeping what was met with the visitor's
progress, and a small expander with each goal and whether this visitor has met it."""
import streamlit as st

from core import catalog, challenges, links, runs, ui
from core.ui import LANG_KEY, lang, t


def mark(met: bool) -> str:
    """A challenge's status as one symbol (not a :material: or :color[] directive: markup around the words).
    Text symbols, not emoji: ✅ and ⬜ showed as empty boxes on a machine without an emoji font."""
    return "☑" if met else "☐"


def goal(c: challenges.Challenge) -> str:
    return t(f"challenge.{c.key}.goal", **challenges.shown(c.goal))


def keep(key: str, run_id: str | None, evidence: dict, kept: dict) -> None:
    """Keep a newly met challenge (or one met again by another run) with the visitor's progress, and in `kept`;
    where it cannot be kept (no database), it shows while its run is stored."""
    entry = kept.get(key) or {}
    if entry.get("met") and entry.get("run") == run_id and (run_id is not None or entry.get("evidence") == evidence):
        return
    value = {"met": True, "run": run_id, "evidence": evidence}
    if ui.record_progress("challenge", key, value):
        kept[key] = value


def check(page_key: str, state: dict) -> dict:
    """Check `page_key`'s page challenges on what the page has just measured (`state`, see each check in
    core.challenges) and keep a newly met one, with a toast (once a session, even where progress cannot be
    kept). A challenge once met stays met: a later state that misses it does not undo it. Returns the visitor's
    kept challenges, for `show` (one read of the progress store a rerun)."""
    kept = ui.my_progress().get("challenge", {})
    told = st.session_state.setdefault("challenges:told", set())  # toasted once a session, kept or not
    for c in challenges.of_page(page_key):
        if c.on != "page" or (kept.get(c.key) or {}).get("met") or c.key in told:
            continue
        evidence = c.check(state)
        if evidence is not None:
            keep(c.key, None, evidence, kept)
            told.add(c.key)
            st.toast(t("challenges.just_met", goal=goal(c)), icon=":material/emoji_events:")
    return kept


def results(kept: dict | None = None) -> tuple[dict[str, challenges.Result], dict[str, runs.Run], dict]:
    """(every challenge's result for this visitor, their own runs by id, their kept challenge progress);
    a run challenge newly met is kept with their progress here."""
    kept = ui.my_progress().get("challenge", {}) if kept is None else kept
    mine = {r.id: r for r, whose in runs.visible(ui.visitor()) if whose == "you"}  # only one's own runs count
    found = challenges.evaluate(mine.values(), kept)
    for c in challenges.CHALLENGES:
        met, run_id, evidence = found[c.key]
        if met and run_id is not None:
            keep(c.key, run_id, evidence, kept)
    return found, mine, kept


def show(page_key: str, kept: dict | None = None) -> None:
    """The expander for `page_key`'s challenges (nothing when it has none), linking to the Challenges page;
    `kept` is what `check` returned on this rerun, if the page called it."""
    mine = challenges.of_page(page_key)
    if not mine:
        return
    found = results(kept)[0]
    met = sum(found[c.key][0] for c in mine)
    with st.expander(t("challenges.on_page", met=met, total=len(mine)), icon=":material/emoji_events:"):
        for c in mine:
            st.markdown(f"{mark(found[c.key][0])} {goal(c)}")
        url = links.url(catalog.page("challenges").key, {LANG_KEY: lang()})
        st.markdown(f"[{t('challenges.all')}]({url})")
