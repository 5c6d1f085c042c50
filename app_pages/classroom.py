"""The class: join with the operator's class code, see and download your own progress, and — with the teacher
password — the whole class in one table."""
import hashlib
import hmac
import json
import time

import pandas as pd
import streamlit as st

from app_pages.parts.challenges import goal
from core import challenges, classroom, i18n, lecture, quiz, ui
from core.ui import t

def progress_rows(entries: dict) -> list[tuple[str, list[str], list[list[str]]]]:
    """The visitor's progress as sections of (heading, header, rows), in this run's language."""
    steps = {s.key: (k, s) for k, s in enumerate(lecture.steps(), 1)}
    lecture_rows = []
    for key, value in entries.get("lecture", {}).items():
        if key not in steps:
            continue  # a step this version of the path no longer has
        k, s = steps[key]
        choice = lambda c: t(f"lecture.{key}.choice.{c}") if c in s.choices else "—"  # noqa: E731
        lecture_rows.append((k, [f"{k} · {t(f'lecture.{key}.title')}", choice(value.get("guess")),
                                 choice(value.get("truth")), t(f"lecture.mark.{value.get('verdict', 'none')}")]))
    sections = [(t("lecture.progress"), [t("lecture.progress.step"), t("lecture.progress.guess"),
                                         t("lecture.progress.truth"), t("lecture.progress.mark")],
                 [row for _, row in sorted(lecture_rows)])]
    for kind, known in (("quiz", quiz.sections()), ("challenge", [c.key for c in challenges.CHALLENGES])):
        items = entries.get(kind, {})
        rows = [[item_label(kind, item), classroom.cell(kind, items[item])] for item in known if item in items]
        if rows:  # in the app's order; an item this version no longer has is left out
            sections.append((t(f"class.kind.{kind}"), [t("class.item"), t("class.result")], rows))
    return sections


def item_label(kind: str, item: str) -> str:
    """A quiz section's title, or a challenge's number (as on the Challenges page) and goal."""
    if kind == "quiz":
        return t(f"quiz.section.{item}")
    c = challenges.challenge(item)
    return f"{challenges.CHALLENGES.index(c) + 1} · {goal(c)}"


def join(store: classroom.Progress, me: str, code: str | None) -> None:
    member = store.member(me)
    if member is not None:
        st.success(t("class.joined", code=i18n.plain(member[0]), name=i18n.plain(member[1])), icon=":material/groups:")
        if st.button(t("class.leave"), key="class:leave"):
            store.leave(me)
            st.rerun()
        return
    if code is None:
        st.info(t("class.no_code"), icon=":material/info:")
        return
    with st.form("class:join", border=True):
        st.markdown(f"**{t('class.join')}**")
        typed = st.text_input(t("class.code"), max_chars=classroom.MAX_CODE, key="class:code")
        name = st.text_input(t("class.name"), max_chars=classroom.MAX_NAME, help=t("class.name_help"),
                             key="class:name")
        if st.form_submit_button(t("class.join_button"), type="primary"):
            if not classroom.code_matches(typed, code):
                st.error(t("class.wrong_code"), icon=":material/key_off:")
                return
            try:
                store.join(me, code, name)
            except classroom.ClassError as exc:
                st.error(i18n.describe_error(exc, ui.lang()), icon=":material/badge:")
                return
            st.rerun()


def mine(store: classroom.Progress, me: str) -> None:
    st.header(t("class.mine"))
    entries = ui.my_progress()
    sections = progress_rows(entries)
    if not any(rows for _, _, rows in sections):
        st.caption(t("class.nothing_yet"))
        return
    for heading, header, rows in sections:
        if rows:
            st.markdown(f"**{heading}**")
            st.dataframe(pd.DataFrame(rows, columns=header), hide_index=True)
    member = store.member(me)
    title = t("class.report_title", name=member[1] if member else t("class.anonymous"))
    report = {"generated_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "class": member[0] if member else None,
              "name": member[1] if member else None, "progress": entries}
    left, right = st.columns(2)
    left.download_button(t("class.download_json"), json.dumps(report, ensure_ascii=False, indent=1),
                         file_name="progress.json", mime="application/json", icon=":material/download:")
    right.download_button(t("class.download_page"), classroom.report_html(title, sections), file_name="progress.html",
                          mime="text/html", icon=":material/print:")


def teacher(store: classroom.Progress, code: str | None) -> None:
    password = ui.class_setting("teacher_password")
    if code is None or password is None:
        st.caption(t("class.no_teacher"))
        return
    gate = f"teacher:{classroom.class_key(code)}"
    if (locked := store.locked(gate)) > 0:
        st.error(t("class.locked", seconds=f"{locked:.0f}"), icon=":material/lock_clock:")
        return
    typed = st.text_input(t("class.password"), type="password", key="class:password")
    if not typed:
        return
    if not hmac.compare_digest(typed.encode("utf-8"), password.encode("utf-8")):
        tried = hashlib.sha256(typed.encode("utf-8")).hexdigest()
        if st.session_state.get("class:tried") == tried:  # the same wrong word, still in the box: one miss
            st.error(t("class.wrong_password"), icon=":material/key_off:")
            return
        st.session_state["class:tried"] = tried
        if store.missed(gate):
            st.error(t("class.locked", seconds=f"{classroom.LOCK_SECONDS:.0f}"), icon=":material/lock_clock:")
        else:
            st.error(t("class.wrong_password"), icon=":material/key_off:")
        return
    store.passed(gate)
    rows = store.roster(code)
    st.caption(t("class.roster_count", n=len(rows), code=i18n.plain(code)))
    if not rows:
        return
    keys = [s.key for s in lecture.steps()]
    table = []
    for row in rows:
        counts = classroom.summary(row["entries"])
        line = {t("class.col.name"): row["name"],
                t("class.col.last"): time.strftime("%Y-%m-%d %H:%M", time.gmtime(row["last"])),
                t("class.col.right"): f"{counts['right']}/{counts['predicted']}",
                t("class.col.quiz"): f"{counts['quiz_points']}/{counts['quiz_questions']}",
                t("class.col.challenges"): counts["challenges"]}
        lec = row["entries"].get("lecture", {})
        line.update({str(k): classroom.cell("lecture", lec[key]) if key in lec else "" for k, key in enumerate(keys, 1)})
        met = row["entries"].get("challenge", {})
        line.update({t("class.col.challenge", k=k): classroom.cell("challenge", met[c.key]) if c.key in met else ""
                     for k, c in enumerate(challenges.CHALLENGES, 1)})
        table.append(line)
    st.dataframe(pd.DataFrame(table), hide_index=True)
    st.caption(t("class.columns_help"))
    st.download_button(t("class.download_csv"), classroom.roster_csv(rows, tuple(c.key for c in challenges.CHALLENGES), quiz.sections()),
                       file_name="class.csv", mime="text/csv",
                       icon=":material/table_view:")


st.title(t("page.classroom.title"))
st.markdown(t("class.intro"))
store = ui.progress_store()
if store is None:
    st.warning(t("class.no_store"), icon=":material/database_off:")
    ui.stop()
me, code = ui.visitor(), ui.class_setting("class_code")
join(store, me, code)
mine(store, me)
with st.expander(t("class.teacher"), icon=":material/school:"):
    teacher(store, code)
