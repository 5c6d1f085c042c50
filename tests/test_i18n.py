"""Every user-facing string exists in both languages, with the same placeholders."""
import re
import string
from pathlib import Path

import pytest

from core import catalog, i18n

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "Home.py", *sorted((ROOT / "app_pages").glob("*.py")), *sorted((ROOT / "core").rglob("*.py"))]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(i18n.TABLE))
def test_key_has_both_languages_with_matching_placeholders(key):
    entry = i18n.TABLE[key]
    assert set(entry) == set(i18n.LANGUAGES), f"{key} lacks a language"
    assert all(entry[lang].strip() for lang in i18n.LANGUAGES), f"{key} has an empty text"
    assert _fields(entry["en"]) == _fields(entry["zh"]), f"{key}: placeholders differ"


def test_every_literal_key_used_in_the_code_exists():
    used = set()
    for path in SOURCES:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_][\w.]*)["']\s*[,)]""", path.read_text(encoding="utf-8")))
    assert used, "the scan found no keys; the pattern is broken"
    assert sorted(used - set(i18n.TABLE)) == []


def test_every_page_section_dataset_and_status_is_translated():
    from core.data import toy2d
    from core.runtime.jobs import FINAL
    needed = {f"section.{s}" for s in catalog.SECTIONS}
    needed |= {f"page.{p.key}.{part}" for p in catalog.PAGES for part in ("title", "blurb")}
    from core import playground
    needed |= {f"data.{k}" for k in (*toy2d.KINDS, *playground.PG_KINDS)}
    needed |= {f"status.{s}" for s in (*FINAL, "ready", "waiting", "running", "paused")}
    needed |= {f"reason.{r}" for r in ("user", "idle", "time_limit", "replaced", "reset",
                                                        "target_reached")}
    assert sorted(needed - set(i18n.TABLE)) == []


def test_chinese_is_really_chinese():
    assert re.search(r"[\u4e00-\u9fff]", i18n.translate("page.playground.title", "zh"))
    assert i18n.translate("train.diverged", "zh", step=7, restored=5).count("7") == 1


def test_unknown_key_fails_loudly():
    with pytest.raises(KeyError):
        i18n.translate("no.such.key", "en")


def test_user_text_is_escaped_so_markdown_shows_it_as_typed():
    name = "![x](http://127.0.0.1:9/pixel.png) [click here](http://x) **bold** :red[red] $x$ <img src=x>\nline"
    shown = i18n.plain(name)
    for mark in "![]()*:$<>":  # each one escaped: nothing left that Markdown could read as an image or a link
        assert all(shown[i - 1] == "\\" for i, c in enumerate(shown) if c == mark), (mark, shown)
    assert shown.replace("\\", "").replace(i18n.WORD_JOINER, "") == name.replace("\n", " ")  # nothing else changed
    for address in ("http://127.0.0.1:9/p.png", "www.example.com", "someone@example.com", "HTTPS://x.org"):
        shown = i18n.plain(address)  # no bare address left for the renderer to turn into a link
        assert "http:" not in shown.lower() and "https:" not in shown.lower() and "www." not in shown and "@e" not in shown
    assert i18n.plain("x" * 10_000).endswith("…") and len(i18n.plain("x" * 10_000)) == 201


def test_lists_use_each_languages_separator():
    from core.i18n import listing
    assert listing(["a", "b"], "en") == "a, b" and listing(["a", "b"], "zh") == "a、b"
    assert listing(["2,533", "779"], "en") == "2,533; 779"  # not "2,533, 779"
    assert listing([], "zh") == ""


def test_recorded_metrics_read_as_words_in_each_language():
    from core.i18n import metric_label
    assert metric_label("test_acc", "en") == "test accuracy" and metric_label("test_acc", "zh") == "测试集准确率"
    assert metric_label("train_d_loss", "zh") == "训练集 D 损失"
    assert metric_label("test_exact_date", "zh") == "测试集完全匹配率（日期）"
    assert metric_label("modes", "zh") == "覆盖的模式数"
    assert metric_label("val_f1", "zh") == "val_f1"  # unknown: shown as recorded, not guessed


def test_bold_text_closes_where_markdown_can_close_it():
    """CommonMark ends **bold** only if the closing ** is not preceded by punctuation, or is followed by a
    space or punctuation: "**定义：**在" shows its asterisks. Keep such punctuation outside the bold."""
    import unicodedata

    def punct(c: str) -> bool:
        return unicodedata.category(c).startswith("P")

    bad = []
    for key, entry in i18n.TABLE.items():
        for lang, text in entry.items():
            for m in re.finditer(r"\*\*(.+?)\*\*", text):
                after = text[m.end():m.end() + 1]
                if punct(m.group(1)[-1]) and after and not (after.isspace() or punct(after) or after == "{"):
                    bad.append((key, lang, text[m.start():m.end() + 5]))
    assert not bad, bad
