"""The glossary: search the lecture's terms in English, Chinese or an alias; each card has both terms, the
aliases, the definition, the formula and links to the pages that show it."""
import streamlit as st

from core import catalog, glossary, i18n, ui
from core.ui import lang, state, t

st.title(t("page.glossary.title"))
st.markdown(t("glossary.idea"))
query = st.text_input(t("glossary.search"), help=t("glossary.search_help"), max_chars=100,
                      **state("glossary:q", glossary.every_name()))  # a term's link from a page opens its entry
found = glossary.search(query)
total = len(glossary.ENTRIES)
if not query.strip():
    st.caption(t("glossary.count", n=total, total=total))
elif found:
    st.caption(t("glossary.found", n=len(found), total=total, query=i18n.plain(query, 100)))
else:  # what the visitor typed, shown as the characters it is (never as Markdown)
    st.info(t("glossary.none", query=i18n.plain(query, 100)), icon=":material/search_off:")


def card(entry: glossary.Entry) -> None:
    zh = lang() == "zh"
    st.markdown(f"**{entry.zh if zh else entry.en}**")
    lines = [t("glossary.other", term=entry.en if zh else entry.zh)]
    if entry.aliases:
        lines.append(t("glossary.aliases", aliases=ui.listing(f"“{a}”" for a in entry.aliases)))
    st.caption("  \n".join(lines))
    st.markdown(t(entry.definition))
    if entry.formula:
        st.latex(entry.formula)
    with st.container(horizontal=True):  # the pages' links side by side, each as wide as its title, wrapping
        for key in entry.pages:
            page = catalog.page(key)
            st.page_link(page.file, label=t(f"page.{key}.title"), icon=page.icon)


# one card per row: the widest formulas (LSTM, GAN) fit, and the page reads in the order a screen reader
# reads it (two columns had put every other term after the whole first column)
for entry in found:
    with st.container(border=True):
        card(entry)
