"""The glossary: every entry has both terms, a definition in both languages and pages that exist; search finds
an entry by English, Chinese or an alias; what a visitor types is shown as plain text."""
import re
from urllib.parse import parse_qs

import pytest
from markdown_it import MarkdownIt

from core import catalog, glossary, i18n
from tests.test_chinese import ALLOWED
from tests.test_pages import open_page
from tests.test_state import open_page as open_link
from tests.zh_text import latin_words, page_texts

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("entry", glossary.ENTRIES, ids=lambda e: e.key)
def test_an_entry_has_both_terms_a_definition_in_both_languages_and_pages_that_exist(entry):
    assert entry.en and (CJK.search(entry.zh) or entry.zh == entry.en)  # BLEU is BLEU in both
    assert set(i18n.TABLE[entry.definition]) == set(i18n.LANGUAGES)
    zh = i18n.TABLE[entry.definition]["zh"]
    assert CJK.search(zh) and not [w for w in latin_words(zh) if w not in ALLOWED], zh
    assert entry.pages and all(catalog.page(p).built for p in entry.pages)
    if entry.formula:  # it must at least be well-formed for st.latex
        assert entry.formula.count("{") == entry.formula.count("}")
        assert entry.formula.count(r"\begin") == entry.formula.count(r"\end")


def test_the_entries_are_distinct_and_the_lectures_formulas_are_there():
    keys = [e.key for e in glossary.ENTRIES]
    assert len(keys) == len(set(keys)) and len(keys) >= 40
    for key in ("perceptron", "novikoff", "cross_entropy", "softmax", "convolution", "lstm", "gru", "bleu", "gan",
                "iou", "hastad"):
        assert glossary.entry(key).formula, key
    assert "(R/\\gamma)^2" in glossary.entry("novikoff").formula
    assert "V(D, G)" in glossary.entry("gan").formula


@pytest.mark.parametrize("text,key", [
    ("Cross-Entropy", "cross_entropy"),  # English, any case
    ("交叉熵损失", "cross_entropy"),  # Chinese (d2l's term)
    ("感知器", "perceptron"),  # the lecture's own word, an alias
    ("反向传播算法", "backprop"),
    ("池化", "pooling"),
    ("ＣＮＮ", "cnn"),  # full-width letters, as a Chinese keyboard may type them (NFKC)
    ("  lstm ", "lstm"),
])
def test_search_finds_an_entry_by_english_chinese_or_alias(text, key):
    assert glossary.search(text)[0].key == key


def test_search_of_nothing_lists_everything_and_of_nonsense_nothing():
    assert glossary.search("") == list(glossary.ENTRIES)
    assert glossary.search("no such term at all") == []


def test_the_page_finds_a_chinese_term_and_shows_it_with_its_english_name():
    at = open_page("app_pages/glossary.py", "zh")
    at.text_input(key="glossary:q").input("感知器").run()
    assert not at.exception
    names = [m.value for m in at.markdown]
    assert "**感知机**" in names
    assert any("“perceptron”" in c.value and "“感知器”" in c.value for c in at.caption)
    found = {w: s for s in page_texts(at) for w in latin_words(s) if w not in ALLOWED}
    assert not found, found


def test_a_markdown_looking_query_is_shown_as_plain_text():
    query = "**bold** [click](http://127.0.0.1:9/x) :red[red] $x$ <b>"
    at = open_page("app_pages/glossary.py")
    at.text_input(key="glossary:q").input(query).run()
    assert not at.exception
    [box] = at.info
    assert i18n.plain(query, 100) in box.value and query not in box.value


# ---- terms in page text ----
def linked(text: str, lang: str = "en", limit: int = 8) -> str:
    return glossary.link_terms(text, lang, url=lambda e: f"g/{e.key}", title=lambda e: f"about {e.key}", limit=limit)


def test_terms_in_text_link_to_their_entry_longest_name_first_and_each_once():
    assert linked("A multilayer perceptron is not one perceptron; a Perceptron.") == \
        'A [multilayer perceptron](g/mlp "about mlp") is not one [perceptron](g/perceptron "about perceptron"); ' \
        'a Perceptron.'
    assert linked("ReLU, not relu(x), and not preLU") == '[ReLU](g/relu "about relu"), not relu(x), and not preLU'
    assert linked("多层感知机和感知机", "zh") == '[多层感知机](g/mlp "about mlp")和[感知机](g/perceptron "about perceptron")'
    assert linked("多层感知机", "en") == "多层感知机"  # Chinese names are for Chinese text


def test_latex_code_links_and_directives_are_left_alone():
    text = r"$\text{perceptron}$ `perceptron` [a perceptron](x) :blue[perceptron] :material/hub: $$CNN$$"
    assert linked(text) == text
    assert linked(text + " CNN") == text + ' [CNN](g/cnn "about cnn")'


def test_a_title_cannot_end_the_link_early_and_links_are_limited():
    out = glossary.link_terms("a perceptron", "en", url=lambda e: "g", title=lambda e: 'say "$x$" \\ now')
    assert out == 'a [perceptron](g "say x  now")'
    assert linked("CNN RNN GAN LSTM GRU", limit=2).count("](") == 2


def _stray_asterisks(markdown: str) -> list[str]:
    """Text runs in which a CommonMark parser (markdown-it, as strict as Streamlit's) left "**" unparsed."""
    return [child.content for token in MarkdownIt("commonmark").parseInline(markdown)
            for child in token.children or [] if child.type == "text" and "**" in child.content]


def test_a_linked_term_in_bold_stays_bold_even_after_a_chinese_character():
    out = linked("变成**声谱图**：每 10 毫秒，一个小型 **CNN** 像，a *perceptron*", "zh")
    assert out.startswith('变成[**声谱图**](g/spectrogram "about spectrogram")：')
    assert not _stray_asterisks(out) and not _stray_asterisks(linked("a *perceptron*, **CNN**."))
    assert _stray_asterisks("变成**[声谱图](g)**：")  # what the link used to make, printed with its asterisks


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_no_text_prints_its_bold_markers_once_its_terms_are_linked(lang):
    texts = {key: words[lang] for key, words in i18n.TABLE.items() if "**" in words.get(lang, "")}
    assert len(texts) > 10
    broken = {key: _stray_asterisks(linked(text, lang, limit=99)) for key, text in texts.items()}
    assert not {key: runs for key, runs in broken.items() if runs}


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_a_pages_idea_links_its_terms_and_the_link_opens_the_entry(lang):
    at = open_page("app_pages/rnn.py", lang)
    name = glossary.entry("lstm").zh if lang == "zh" else glossary.entry("lstm").en
    links = re.findall(r"\]\(glossary\?([^ )]+) \"([^\"]+)\"\)", at.markdown[0].value)
    assert len(links) >= 3  # backpropagation through time, RNN, LSTM, GRU, …
    for query, title in links:  # each names an entry in the page's language, its definition on hover
        params = parse_qs(query)
        entry = next(e for e in glossary.ENTRIES if (e.zh if lang == "zh" else e.en) == params["q"][0])
        assert params["lang"] == [lang] and title == i18n.translate(entry.definition, lang).replace("$", "")
    at = open_link("app_pages/glossary.py", {"lang": lang, "q": "LSTM"})  # the link opened in a browser
    assert not at.exception and at.text_input[0].value == "LSTM"
    assert name in [m.value.strip("*") for m in at.markdown]
