"""Entrypoint: page config, language switch and navigation grouped by the lecture's outline."""
from pathlib import Path

import streamlit as st

from core import catalog, ui

# no page_title: each page's browser tab shows that page's own title (st.Page's, in the chosen language)
st.set_page_config(page_icon=":material/neurology:", layout="wide")
ui.language_switch()
ui.document_language()  # <html lang> follows the language switch
ui.remember_visitor()  # who this visitor is (their runs are theirs): a cookie this browser keeps

home = st.Page("app_pages/home.py", title=ui.t("page.home.title"), icon=":material/home:", default=True,
               url_path="start")
sections: dict[str, list] = {"": [home]}
for page in catalog.built_pages():
    entry = st.Page(page.file, title=ui.t(f"page.{page.key}.title"), icon=page.icon, url_path=page.key)
    if page.key == catalog.LECTURE:  # the guided path comes first, above every section
        sections[""].insert(0, entry)
    else:
        sections.setdefault(ui.t(f"section.{page.section}"), []).append(entry)
# /home opens Home too: the default page is served at / (its url_path only reserves a name)
sections[""].append(st.Page("app_pages/home.py", title=ui.t("page.home.title"), url_path="home", visibility="hidden"))

page = st.navigation(sections, expanded=True)  # 17 entries: Streamlit would fold the last ones under "View more"
ui.begin_link(page.url_path)
here = Path(__file__).resolve().parent  # st.Page's own resolution of each file: the bytecode cache's keys
ui.compile_pages([str((here / f).resolve()) for f in ["app_pages/home.py", *(p.file for p in catalog.built_pages())]])
page.run()
ui.write_link()  # the page's settings go into the URL (a page that stops early calls ui.stop(), which does this)
