"""Entrypoint: page config, language switch and navigation grouped by the lecture's outline."""
import streamlit as st

from core import catalog, ui

st.set_page_config(page_title="Deep Learning Companion · 深度学习导论", page_icon=":material/neurology:",
                   layout="wide")
ui.language_switch()

sections: dict[str, list] = {"": [st.Page("app_pages/home.py", title=ui.t("page.home.title"),
                                          icon=":material/home:", url_path="home", default=True)]}
for page in catalog.built_pages():
    sections.setdefault(ui.t(f"section.{page.section}"), []).append(
        st.Page(page.file, title=ui.t(f"page.{page.key}.title"), icon=page.icon, url_path=page.key))

st.navigation(sections).run()
