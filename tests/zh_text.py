"""What a page shows as text, collected from an AppTest run: for the test that Chinese mode has no English."""
from __future__ import annotations

import json
import re

_L = "A-Za-z0-9À-ÖØ-öø-ɏ_"  # Latin letters and digits (\w would take CJK characters too; × and ÷ are not letters)
LATIN_WORD = re.compile(rf"(?<![{_L}\\])[A-Za-zÀ-ÖØ-öø-ɏ][{_L}'’-]*[{_L}]")  # words, and names like pix2pix
_CODE = re.compile(r"`[^`]*`")
_URL = re.compile(r"https?://\S+|\](?:[^)\"]|\"[^\"]*\")*\)")  # a link's address and its "title"
_TAG = re.compile(r"<[^>]*>|&\w+;")  # the HTML plotly titles use (<br>, <sub>, <span style=…>)
_TEXT_IN_LATEX = re.compile(r"\\text\{([^{}]*)\}")


def _walk(node):
    for child in getattr(node, "children", {}).values():
        yield child
        yield from _walk(child)


def _figure_texts(spec: str) -> list[str]:
    fig = json.loads(spec)
    layout, out = fig.get("layout", {}), []

    def title(obj) -> None:
        t = (obj or {}).get("title")
        out.append(t.get("text", "") if isinstance(t, dict) else (t or ""))

    title(layout)
    for key, axis in layout.items():
        if key.startswith(("xaxis", "yaxis")) and isinstance(axis, dict):
            title(axis)
            out += [str(s) for s in axis.get("ticktext", []) or []]
    title(layout.get("legend"))
    out += [a.get("text", "") for a in layout.get("annotations", [])]
    for trace in fig.get("data", []):
        if trace.get("showlegend", True) is not False:
            out.append(str(trace.get("name", "") or ""))
        if trace.get("hoverinfo") != "skip":
            out.append(re.sub(r"%\{[^}]*\}|<extra>.*?</extra>", " ", str(trace.get("hovertemplate", "") or "")))
        title(trace.get("colorbar") or (trace.get("marker") or {}).get("colorbar"))
    return out


def page_texts(at) -> list[str]:
    """Every string a visitor reads on the page: text elements, widget labels, options and help, chart titles,
    axes, legends and annotations, table headers. Inline code, links and LaTeX math (but not its \\text{}) are
    left out: they are commands, addresses and symbols."""
    out: list[str] = []
    for e in _walk(at._tree):
        kind = getattr(e, "type", "")
        if kind in ("html", "code"):
            continue
        if kind == "latex":
            out += _TEXT_IN_LATEX.findall(e.value)
            continue
        if kind == "plotly_chart":
            out += _figure_texts(e.proto.spec)
            continue
        if kind in ("arrow_data_frame", "dataframe", "arrow_table"):
            try:
                out += [str(c) for c in e.value.columns]
            except Exception:  # noqa: BLE001 - a styled frame: its proto has no simple columns
                pass
            continue
        for attr in ("label", "help", "placeholder"):
            v = getattr(e, attr, None)
            if isinstance(v, str):
                out.append(v)
        if kind in ("markdown", "caption", "title", "header", "subheader", "alert", "exception", "metric",
                    "expander", "text", "toast", "info", "warning", "error", "success"):
            v = getattr(e, "value", None)
            if isinstance(v, str):
                out.append(v)
        options = getattr(e, "options", None)
        if isinstance(options, list):
            out += [str(o) for o in options]
    return [s for s in out if s]


_QUOTED = re.compile(r"“[^”]*”")  # a name someone gave (a run's, a file's) or a clip's word, quoted as data


def latin_words(text: str) -> list[str]:
    """The Latin-letter words of `text` (two letters or more) outside inline code, links and “quotes”."""
    words = LATIN_WORD.findall(_TAG.sub(" ", _URL.sub(" ", _QUOTED.sub(" ", _CODE.sub(" ", text)))))
    parts = (p.strip("-'’") for w in words for p in w.split("_"))  # min_G is min with a subscript G
    return [p for p in parts if len(p) > 1 and not re.fullmatch(r"[A-Za-z]?\d+", p)]  # x1, L2: symbols
