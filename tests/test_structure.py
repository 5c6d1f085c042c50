"""Layout rules: only core/ui.py imports Streamlit; pages stay thin."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GLUE = ROOT / "core" / "ui.py"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_ui_glue_in_core_imports_streamlit():
    offenders = [p.relative_to(ROOT).as_posix() for p in (ROOT / "core").rglob("*.py")
                 if p != GLUE and "streamlit" in _imports(p)]
    assert offenders == []
    assert "streamlit" in _imports(GLUE)


def test_pages_stay_thin():
    long_pages = {p.name: n for p in (ROOT / "app_pages").rglob("*.py")  # text/ holds words, not logic
                  if p.parent.name != "text" and (n := len(p.read_text(encoding="utf-8").splitlines())) > 200}
    assert long_pages == {}


def test_no_pages_directory_next_to_the_entrypoint():
    """Streamlit treats a `pages/` folder beside Home.py as a v1 multipage app until st.navigation
    has run once in the process, so the first deep link (/mlp) on a fresh server would skip Home.py:
    no language switch, wrong navigation. Pages live in app_pages/ instead."""
    assert not (ROOT / "pages").exists()


def test_the_served_config_keeps_the_settings_a_class_needs():
    """Measured with `python -m bench --only class` (README, Serving a class): a file watcher per session
    resolved every module's path on the event loop (p95 rerun 40 s with 30 visitors), and the GC after every
    script run held the GIL ~100 ms while live views rerun twice a second."""
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["fileWatcherType"] == "none"
    assert config["runner"]["postScriptGC"] is False
