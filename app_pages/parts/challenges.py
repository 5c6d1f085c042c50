"""A page's own challenges in a small expander: each goal, and whether this visitor's runs have met it."""
import streamlit as st

from core import catalog, challenges, links, runs, ui
from core.ui import LANG_KEY, lang, t


def mark(met: bool) -> str:
    """A challenge's status as one symbol (not a :material: or :color[] directive: markup around the words)."""
    return "✅" if met else "⬜"


def show(page_key: str) -> None:
    """The expander for `page_key`'s challenges (nothing when it has none), linking to the Challenges page."""
    mine = challenges.of_page(page_key)
    if not mine:
        return
    own = [r for r, whose in runs.visible(ui.visitor()) if whose == "you"]
    results = challenges.evaluate(own)
    met = sum(results[c.key][0] for c in mine)
    with st.expander(t("challenges.on_page", met=met, total=len(mine)), icon=":material/emoji_events:"):
        for c in mine:
            st.markdown(f"{mark(results[c.key][0])} {t(f'challenge.{c.key}.goal', **challenges.shown(c.goal))}")
        url = links.url(catalog.page("challenges").key, {LANG_KEY: lang()})
        st.markdown(f"[{t('challenges.all')}]({url})")
