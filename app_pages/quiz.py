"""The quiz: a section of the lecture, its questions in a form, then the score, each answer explained and linked."""
import streamlit as st

from core import catalog, lecture, links, quiz, ui
from core.ui import LANG_KEY, labels, lang, state, t

SECTIONS = quiz.sections()
STEP_NUMBERS = {s.key: k for k, s in enumerate(lecture.steps(), 1)}  # as the lecture path numbers its steps

st.title(t("page.quiz.title"))
st.markdown(t("quiz.idea"))
section = st.radio(t("quiz.section"), SECTIONS, format_func=labels("quiz.section."), horizontal=True,
                   **state("quiz:section", SECTIONS))
kept_line = st.empty()  # the kept score, filled in last: a submission below changes it


def where(q: quiz.Question) -> str:
    """Markdown links to the page that shows the answer and, where it has one, the lecture step."""
    found = [f"[{t(f'page.{q.page}.title')}]({links.url(catalog.page(q.page).key, {LANG_KEY: lang()})})"]
    if q.step in STEP_NUMBERS:  # a step the path does not have (yet) gets no link
        k = STEP_NUMBERS[q.step]
        url = links.url(catalog.LECTURE, {LANG_KEY: lang(), "step": str(k)})
        found.append(f"[{t('quiz.step', k=k)} · {t(f'lecture.{q.step}.title')}]({url})")
    return t("quiz.see", links=ui.listing(found))


asked = quiz.questions(section)
with st.form(f"quiz:{section}:form"):
    for k, q in enumerate(asked, 1):
        st.radio(f"**{k}.** {t(q.prompt)}", q.choices, index=None, format_func=labels(f"quiz.{q.key}."),
                 key=f"quiz:{section}:{q.key}")
    submitted = st.form_submit_button(t("quiz.submit"), type="primary", key="quiz:submit",
                                      icon=":material/task_alt:")

RESULT = f"quiz:{section}:result"  # the last attempt in this session, shown until the next one
if submitted:
    answers = {q.key: st.session_state.get(f"quiz:{section}:{q.key}") for q in asked}
    before = ui.my_progress().get("quiz", {}).get(section)
    st.session_state[RESULT] = quiz.kept(section, answers, before)
    if not ui.record_progress("quiz", section, st.session_state[RESULT]):
        st.warning(t("quiz.not_kept"), icon=":material/cloud_off:")

if result := st.session_state.get(RESULT):
    st.header(t("quiz.score", right=result["score"], total=result["of"]))
    for k, q in enumerate(asked, 1):
        chosen, answer = result["answers"].get(q.key), t(q.choice(q.right))
        if chosen == q.right:
            box, verdict = st.success, t("quiz.right")
        else:
            box, verdict = st.error, t("quiz.wrong" if chosen else "quiz.unanswered", answer=answer)
        box(f"**{k}. {t(q.prompt)}**  \n{ui.sentences(verdict + ('.' if lang() == 'en' else '。'), t(q.explanation))}"
            f"  \n{where(q)}", icon=":material/check_circle:" if chosen == q.right else ":material/cancel:")

mine = ui.my_progress().get("quiz", {}).get(section)
if mine:
    kept_line.caption(t("quiz.kept", last=mine["score"], best=mine.get("best", mine["score"]), total=mine["of"]))
else:
    kept_line.caption(t("quiz.none_kept"))
