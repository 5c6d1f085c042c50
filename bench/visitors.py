"""A visitor that speaks Streamlit's own websocket protocol, as the browser does, without drawing anything.

What a browser tab does that a server feels, and nothing more: it connects to `/_stcore/stream` (with
its cookies and Origin), asks for a script run of a page with the URL's query string, reads every
ForwardMsg, reruns a fragment on the timer the server asks for (`auto_rerun`: the live views' redraws),
and sends a widget's new value or a button's trigger. It keeps what the page last showed: its widgets
(by key), its text, its exceptions. A few MB of Python per visitor, so thirty of them on the same two
cores as the server measure the server, not thirty Chromium renderers.

Limits, on purpose: no JavaScript runs (the visitor sends its `dlc_visitor` cookie from the start, as a
returning browser does), media files are not fetched, and only sliders, checkboxes, select boxes, radio
buttons and buttons are driven.
"""
from __future__ import annotations

import asyncio
import random
import re
import time
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

FULL_RUN_DONE = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR}
_KEY = re.compile(r"^\$\$ID-[0-9a-f]+-(.*)$")


class VisitorError(Exception):
    """The server closed the connection, a run did not end in time, or a page showed an exception."""


@dataclass
class Widget:
    id: str
    kind: str  # the Element field: slider, checkbox, selectbox, radio, button, …
    proto: object


@dataclass
class Visitor:
    """One browser tab. `await open(page)`, `await change()`, `await press(key)`; `close()`."""
    url: str  # http://host:port
    lang: str = "en"
    rng: random.Random = field(default_factory=random.Random)
    timeout: float = 60.0
    pages: dict[str, str] = field(default_factory=dict)  # url path ("" for Home) → page script hash
    widgets: dict[str, Widget] = field(default_factory=dict)  # by key (or id when unkeyed)
    texts: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    page: str = ""
    query: str = ""
    fragment_reruns: int = 0  # asked for by the live views' timers

    async def connect(self) -> None:
        ws_url = "ws" + self.url.removeprefix("http") + "/_stcore/stream"
        cookie = "dlc_visitor=" + "".join(self.rng.choice("0123456789abcdef") for _ in range(64))
        self._ws = await websockets.connect(ws_url, subprotocols=["streamlit"], origin=self.url, max_size=None,
                                            additional_headers={"Cookie": cookie}, open_timeout=self.timeout)
        self._fragments: dict[str, asyncio.Task] = {}
        self._finished: asyncio.Queue = asyncio.Queue()
        self._reader = asyncio.create_task(self._read())

    async def close(self) -> None:
        for task in self._fragments.values():
            task.cancel()
        self._reader.cancel()
        await self._ws.close()

    async def open(self, page: str = "") -> float:
        """Go to a page (its URL path; "" is Home) as a click in the navigation does; seconds to the run's end."""
        self.page, self.query = page, f"lang={self.lang}"
        return await self._run(page_hash=self.pages.get(page, ""))

    async def change(self) -> tuple[str, float] | None:
        """Give one setting on the page a new value, as a student would; (its key, seconds to the rerun's
        end), or None when the page has no setting this visitor drives."""
        settable = [(k, w) for k, w in self.widgets.items() if _new_value(w, self.rng) is not None]
        if not settable:
            return None
        key, widget = self.rng.choice(settable)
        state = _new_value(widget, self.rng)
        return key, await self._run(state)

    async def press(self, key: str) -> float:
        """Click the button with this key (e.g. "pg:start"); seconds to the rerun's end."""
        widget = self.widgets.get(key)
        if widget is None or widget.kind != "button":
            raise VisitorError(f"no button {key!r} on {self.page or 'Home'}")
        state = _state(widget.id)
        state.trigger_value = True
        return await self._run(state)

    async def wait_for_text(self, *parts: str, seconds: float, start: bool = False) -> str | None:
        """The first text now shown that contains one of `parts` (with `start`, that begins with one), waiting
        for fragment reruns up to `seconds`."""
        deadline = time.monotonic() + seconds
        while True:
            for text in self.texts:
                if any(text.lstrip().startswith(p) if start else p in text for p in parts):
                    return text
            if time.monotonic() > deadline:
                return None
            await asyncio.sleep(0.1)

    # ---- the protocol ----
    async def _run(self, *states, page_hash: str | None = None) -> float:
        msg = BackMsg()
        rerun = msg.rerun_script
        rerun.query_string, rerun.page_name = self.query, self.page
        rerun.page_script_hash = self.pages.get(self.page, "") if page_hash is None else page_hash
        rerun.context_info.locale = "zh-CN" if self.lang == "zh" else "en-US"
        rerun.context_info.timezone = "UTC"
        for state in states:
            rerun.widget_states.widgets.append(state)
        while not self._finished.empty():
            self._finished.get_nowait()
        start = time.monotonic()
        await self._ws.send(msg.SerializeToString())
        try:
            async with asyncio.timeout(self.timeout):
                while await self._finished.get() not in FULL_RUN_DONE:
                    pass
        except TimeoutError:
            raise VisitorError(f"{self.page or 'Home'}: no end of the script run within {self.timeout:g} s") from None
        if self.exceptions:
            raise VisitorError(f"{self.page or 'Home'}: exception shown: {self.exceptions[0][:300]}")
        return time.monotonic() - start

    async def _read(self) -> None:
        try:
            async for raw in self._ws:
                msg = ForwardMsg()
                msg.ParseFromString(raw)
                self._take(msg)
        except websockets.ConnectionClosed:
            pass
        self._finished.put_nowait(-1)  # a pending run learns the connection is gone
        self.exceptions.append("the server closed the connection")

    def _take(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "navigation":
            self.pages = {p.url_pathname: p.page_script_hash for p in msg.navigation.app_pages}
        elif kind == "new_session" and not msg.metadata.run.fragment_ids:  # a full run draws the page anew
            self.widgets, self.texts, self.exceptions = {}, [], []
            for task in self._fragments.values():  # and, as the browser does, forgets the fragments' timers
                task.cancel()
            self._fragments = {}
        elif kind == "page_info_changed":
            self.query = msg.page_info_changed.query_string
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            self._element(msg.delta.new_element)
        elif kind == "auto_rerun":
            fragment = msg.auto_rerun.fragment_id
            if fragment not in self._fragments:
                self._fragments[fragment] = asyncio.create_task(self._every(fragment, msg.auto_rerun.interval))
        elif kind == "stop_auto_rerun":
            for fragment in msg.stop_auto_rerun.fragment_ids:
                if task := self._fragments.pop(fragment, None):
                    task.cancel()
        elif kind == "script_finished":
            self._finished.put_nowait(msg.script_finished)

    def _element(self, element) -> None:
        kind = element.WhichOneof("type")
        part = getattr(element, kind)
        if kind == "exception":
            self.exceptions.append(f"{part.type}: {part.message}")
        elif kind in ("markdown", "text", "alert", "heading", "caption"):
            self.texts.append(getattr(part, "body", ""))
            del self.texts[:-400]
        elif getattr(part, "id", "").startswith("$$ID-"):
            match = _KEY.match(part.id)
            key = match.group(1) if match and match.group(1) != "None" else part.id
            self.widgets[key] = Widget(part.id, kind, part)

    async def _every(self, fragment: str, interval: float) -> None:
        """Rerun a fragment every `interval` seconds, as the browser's timer does, until the page changes."""
        page = self.page
        try:
            while self.page == page:
                await asyncio.sleep(interval)
                msg = BackMsg()
                rerun = msg.rerun_script
                rerun.query_string, rerun.page_name = self.query, self.page
                rerun.page_script_hash = self.pages.get(self.page, "")
                rerun.fragment_id, rerun.is_auto_rerun = fragment, True
                await self._ws.send(msg.SerializeToString())
                self.fragment_reruns += 1
        except (websockets.ConnectionClosed, asyncio.CancelledError):
            pass


def _state(widget_id: str):
    from streamlit.proto.WidgetStates_pb2 import WidgetState
    state = WidgetState()
    state.id = widget_id
    return state


def _new_value(widget: Widget, rng: random.Random):
    """A WidgetState giving `widget` a value other than its default, or None for widgets not driven here."""
    p, state = widget.proto, _state(widget.id)
    if widget.kind == "slider" and not p.options and p.max > p.min:
        steps = max(1, round((p.max - p.min) / (p.step or 1)))
        values = sorted(p.min + (p.step or 1) * rng.randint(0, steps) for _ in p.default) or [p.min]
        state.double_array_value.data.extend(values)
    elif widget.kind == "checkbox":
        state.bool_value = not p.default
    elif widget.kind in ("selectbox", "radio") and len(p.options) > 1:
        state.string_value = rng.choice([o for i, o in enumerate(p.options) if i != p.default])
    else:
        return None
    return state
