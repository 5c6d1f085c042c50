"""Real browser, two visitors on one freshly started server: a cold start with two tabs at once, and who
sees and changes which run (each browser context is a visitor with its own cookie).

Skipped, loudly, like tests/test_browser.py when Chromium or Playwright is missing.
"""
from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from tests.test_browser import CHROMIUM, FLAGS, ROOT, SHOTS, _assert_no_exception, _free_port, _settle, playwright

from core import i18n, lab  # noqa: E402  (after the skip logic above)


@pytest.fixture(scope="module")
def fresh_server(tmp_path_factory):
    """A new server process (nothing imported yet) with its own, empty runs folder."""
    runs_dir = tmp_path_factory.mktemp("runs")
    port = _free_port()
    SHOTS.mkdir(exist_ok=True)
    log_path = SHOTS / "server-visitors.log"
    log = open(log_path, "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "Home.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=ROOT, env={**os.environ, "DLC_DATA": str(ROOT / "data"), "DLC_RUNS_DIR": str(runs_dir)},
        stdout=log, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail(f"streamlit did not become healthy within 60 s; see {log_path}")
    yield url, log_path
    proc.terminate()
    proc.wait(10)
    log.close()


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield chromium
        chromium.close()


def _visitor(browser, lang: str):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN" if lang == "zh" else "en-US")
    return context, context.new_page()


def test_a_cold_server_serves_two_tabs_at_once_without_an_import_race(fresh_server, browser):
    """Tab A opens the playground and presses Start while tab B opens Home, both on a server that has run
    nothing yet (the first import of pandas used to race a chart being drawn)."""
    url, log_path = fresh_server
    (ctx_a, a), (ctx_b, b) = _visitor(browser, "en"), _visitor(browser, "zh")
    a.goto(f"{url}/playground?lang=en", wait_until="commit")
    b.goto(f"{url}/?lang=zh", wait_until="commit")
    a.get_by_role("button", name="Start", exact=True).click(timeout=120_000)
    a.get_by_text("Training · epoch").first.wait_for(timeout=60_000)
    _settle(b)
    for tab, where in ((a, "playground, cold"), (b, "home, cold")):
        _assert_no_exception(tab, where)
    a.get_by_role("button", name="Stop", exact=True).click()
    a.get_by_text("you pressed Stop").first.wait_for(timeout=30_000)
    log = log_path.read_text()
    assert "Traceback" not in log and "partially initialized" not in log, log[-3000:]
    ctx_a.close()
    ctx_b.close()


class _Listener(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - http.server's name
        _Listener.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_visitor_owns_their_runs_and_shares_them_read_only(fresh_server, browser, lang):
    url, _ = fresh_server
    listener = http.server.HTTPServer(("127.0.0.1", 0), _Listener)
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    bait = f"![x](http://127.0.0.1:{listener.server_port}/pixel.png) [click here](http://127.0.0.1:{listener.server_port}/)"
    tr = lambda key, **kw: i18n.translate(key, lang, **kw)  # noqa: E731
    (ctx_a, alice), (ctx_b, bob) = _visitor(browser, lang), _visitor(browser, lang)

    alice.goto(f"{url}/experiments?lang={lang}")
    _settle(alice)
    assert any(c["name"] == "dlc_visitor" for c in ctx_a.cookies())  # her browser keeps who she is
    alice.get_by_text(tr("exp.upload_title")).first.click()
    alice.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(
        {"name": "alice.safetensors", "mimeType": "application/octet-stream",
         "buffer": lab.pretrained_path("playground").read_bytes()})
    alice.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=60_000)
    _settle(alice)
    alice.get_by_label(tr("exp.rename"), exact=True).fill(bait)
    alice.get_by_role("button", name=tr("exp.rename_button")).click()
    _settle(alice)
    _assert_no_exception(alice, f"alice renames ({lang})")

    bob.goto(f"{url}/experiments?lang={lang}")
    _settle(bob)
    assert bob.locator('[data-testid="stDataFrame"]').count() == 0  # her run is private: Bob sees none

    alice.reload()  # the same browser after a reload: still Alice, her run still hers
    _settle(alice)
    assert alice.get_by_role("button", name=tr("exp.delete")).count() == 1
    alice.get_by_text(tr("exp.share"), exact=True).click()
    _settle(alice)

    bob.reload()
    bob.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=60_000)
    _settle(bob)
    assert bob.get_by_text(tr("exp.read_only.shared")[:30]).count() == 1
    assert bob.get_by_role("button", name=tr("exp.delete")).count() == 0
    assert bob.get_by_label(tr("exp.rename"), exact=True).count() == 0
    _assert_no_exception(bob, f"bob sees the shared run ({lang})")
    bob.screenshot(path=str(SHOTS / f"experiments-shared-{lang}.png"), full_page=True)
    assert _Listener.hits == []  # the name was shown as text: no browser fetched the bait's image

    alice.get_by_role("button", name=tr("exp.delete")).click()  # tidy up for the other language's run
    _settle(alice)
    listener.shutdown()
    ctx_a.close()
    ctx_b.close()
