"""The lecture's storyline: sections and pages, in teaching order. Home and navigation read this."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SECTIONS = ("foundations", "why_deep", "families", "applications", "lab", "study")


@dataclass(frozen=True)
class PageInfo:
    key: str  # translation keys are page.<key>.title and page.<key>.blurb
    section: str
    file: str  # relative to the project root
    icon: str

    @property
    def built(self) -> bool:
        return (ROOT / self.file).is_file()


LECTURE = "lecture"  # the guided path: first in the navigation, outside the sections

PAGES = (
    PageInfo(LECTURE, "start", "app_pages/lecture.py", ":material/co_present:"),
    PageInfo("perceptron", "foundations", "app_pages/perceptron.py", ":material/linear_scale:"),
    PageInfo("playground", "foundations", "app_pages/playground.py", ":material/hub:"),
    PageInfo("depth", "why_deep", "app_pages/depth.py", ":material/account_tree:"),
    PageInfo("data_scale", "why_deep", "app_pages/data_scale.py", ":material/trending_up:"),
    PageInfo("cnn", "families", "app_pages/cnn.py", ":material/grid_on:"),
    PageInfo("rnn", "families", "app_pages/rnn.py", ":material/replay:"),
    PageInfo("gan", "families", "app_pages/gan.py", ":material/compare_arrows:"),
    PageInfo("faces", "applications", "app_pages/faces.py", ":material/face:"),
    PageInfo("speech", "applications", "app_pages/speech.py", ":material/mic:"),
    PageInfo("translation", "applications", "app_pages/translation.py", ":material/translate:"),
    PageInfo("experiments", "lab", "app_pages/experiments.py", ":material/science:"),
    PageInfo("challenges", "study", "app_pages/challenges.py", ":material/emoji_events:"),
    PageInfo("quiz", "study", "app_pages/quiz.py", ":material/quiz:"),
    PageInfo("glossary", "study", "app_pages/glossary.py", ":material/menu_book:"),
    PageInfo("classroom", "study", "app_pages/classroom.py", ":material/groups:"),
)


def built_pages() -> list[PageInfo]:
    return [p for p in PAGES if p.built]


def page(key: str) -> PageInfo:
    """The page with this key; KeyError for an unknown one."""
    for p in PAGES:
        if p.key == key:
            return p
    raise KeyError(key)
