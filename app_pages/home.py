"""Home: what deep learning is, the lecture's storyline as a map, and what this machine offers."""
import pandas as pd
import streamlit as st

from core import catalog, classroom, env, ui
from core.ui import t

st.title(t("home.title"))
st.markdown(t("home.intro1"))
st.latex(r"y = f(W^\top x), \qquad g(x) = f_1\big(f_2\big(f_3(x)\big)\big)")
st.markdown(t("home.intro2"))
left, right = st.columns([3, 2])
with left.container(border=True):  # the guided path through the lecture, before the map of every page
    lecture = catalog.page(catalog.LECTURE)
    st.page_link(lecture.file, label=t("page.lecture.title"), icon=lecture.icon)
    st.caption(t("page.lecture.blurb"))
with right.container(border=True):  # this visitor's kept progress, and where the whole of it is
    mine = classroom.summary(ui.my_progress())
    page = catalog.page("classroom")
    st.page_link(page.file, label=t("class.home_progress_link"), icon=page.icon)  # a link label is one line
    st.markdown(t("class.home_progress", right=mine["right"], predicted=mine["predicted"], quiz=mine["quiz_points"],
                  of=mine["quiz_questions"], challenges=mine["challenges"]))
    st.caption(t("page.classroom.blurb"))

st.header(t("home.map"))
for section in catalog.SECTIONS:
    pages = [p for p in catalog.PAGES if p.section == section]  # the path (section "start") is above
    st.subheader(t(f"section.{section}"))
    cols = st.columns(len(pages))
    for col, page in zip(cols, pages):
        with col.container(border=True):
            if page.built:
                st.page_link(page.file, label=t(f"page.{page.key}.title"), icon=page.icon)
            else:
                st.markdown(f"**{t(f'page.{page.key}.title')}** · :gray[{t('home.planned')}]")
            st.caption(t(f"page.{page.key}.blurb"))
    if section == "applications":  # the lecture's last slide: where the app touches the other applications
        with st.container(border=True):
            st.markdown(f"**{t('home.more_title')}**")
            st.markdown(t("home.more"))

with st.expander(t("home.env"), icon=":material/memory:"):
    left, right = st.columns(2)
    left.dataframe(pd.DataFrame(list({**env.versions(), **env.compute()}.items()),
                                columns=[t("home.env.item"), t("home.env.value")]), hide_index=True)
    rows = [(d.name, d.source, t(f"home.data.{d.status}")) for d in env.datasets()]
    right.dataframe(pd.DataFrame(rows, columns=[t("home.data.name"), t("home.data.source"),
                                                t("home.data.status")]), hide_index=True)
