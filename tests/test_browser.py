"""The HTML report in real headless Chromium (Debian's ``chromium`` package), driven through the DevTools protocol.

Without Chromium these tests skip, with one line in pytest's summary saying how to enable them
(``apt-get install chromium``); under CI (``CI`` set, as CI services and ``.ci/run`` do) a missing
Chromium is a failure, so a CI machine never passes without having run them.

Run as a script to regenerate the README's picture of the seeds' report::

    python tests/test_browser.py docs/images/seeds-report.png
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import websocket

import docdelta
from docdelta_claims.sections import claim_tracks, claims_section
from docdelta import Check, Document, Finding, hookimpl

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.browser

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--hide-scrollbars",
    "--remote-debugging-port=0",
]
#: Polls of Chromium's DevToolsActivePort file (0.1 s apart) before giving up on a browser that does not start.
START_POLLS = 300


MISSING = "Chromium is missing, so the browser tests did not run: apt-get install chromium to run them"


def in_ci(environ) -> bool:
    """True under a CI service (they set ``CI``, most to ``true``), unless it says ``false`` or ``0``."""
    return environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and not in_ci(os.environ) and __name__ != "__main__":
    # At collection, not in a fixture: the summary then has one line for the module, not one per test.
    pytest.skip(MISSING, allow_module_level=True)


def chromium_path() -> str:
    if CHROMIUM is None:
        pytest.fail(f"{MISSING} (CI is set: a CI machine must run them)")
    return CHROMIUM


class Browser:
    """Headless Chromium and one DevTools websocket; ``page(url)`` opens a tab and records what it does."""

    def __init__(self, executable: str, profile: Path) -> None:
        self.process = subprocess.Popen(
            [executable, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = profile / "DevToolsActivePort"
        for _ in range(START_POLLS):
            if port_file.exists() and len(port_file.read_text().split()) == 2:
                break
            if self.process.poll() is not None:
                raise RuntimeError(f"Chromium exited with status {self.process.returncode} before listening")
            time.sleep(0.1)
        else:
            self.close()
            raise RuntimeError("Chromium did not open its DevTools port")
        port, path = port_file.read_text().split()
        self.socket = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=120, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []

    def send(self, method: str, session: str | None = None, **params) -> dict:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session is not None:
            message["sessionId"] = session
        self.socket.send(json.dumps(message))
        while True:
            reply = json.loads(self.socket.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, session: str) -> dict:
        while True:
            for event in self.events:
                if event.get("method") == method and event.get("sessionId") == session:
                    self.events.remove(event)
                    return event
            self.events.append(json.loads(self.socket.recv()))

    def page(self, url: str, width: int = 1280, height: int = 900, mobile: bool = False) -> Page:
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable", session)
        self.send(
            "Emulation.setDeviceMetricsOverride", session, width=width, height=height, deviceScaleFactor=1, mobile=mobile
        )
        self.send("Page.navigate", session, url=url)
        self.wait_for("Page.loadEventFired", session)
        return Page(self, session, url)

    def close(self) -> None:
        if hasattr(self, "socket"):
            self.socket.close()
        self.process.terminate()
        self.process.wait()


class Page:
    """One tab, through its DevTools session."""

    def __init__(self, browser: Browser, session: str, url: str) -> None:
        self.browser = browser
        self.session = session
        self.url = url

    def send(self, method: str, **params) -> dict:
        return self.browser.send(method, self.session, **params)

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def events(self, method: str) -> list[dict]:
        self.send("Runtime.evaluate", expression="0")  # flushes events sent before this point
        return [e["params"] for e in self.browser.events if e.get("method") == method and e.get("sessionId") == self.session]

    def errors(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions and browser log errors (CSP violations land there)."""
        console = [
            " ".join(str(a.get("value", a.get("description"))) for a in e["args"])
            for e in self.events("Runtime.consoleAPICalled")
            if e["type"] in ("error", "warning", "assert")
        ]
        exceptions = [e["exceptionDetails"]["text"] for e in self.events("Runtime.exceptionThrown")]
        log = [e["entry"]["text"] for e in self.events("Log.entryAdded") if e["entry"]["level"] in ("error", "warning")]
        return console + exceptions + log

    def requests(self) -> list[str]:
        return [e["request"]["url"] for e in self.events("Network.requestWillBeSent")]

    def click(self, selector: str) -> None:
        self.evaluate(f"document.querySelector({json.dumps(selector)}).scrollIntoView()")
        box = self.evaluate(
            f"(() => {{ const r = document.querySelector({json.dumps(selector)}).getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)

    def press(self, key: str, code: int) -> None:
        for kind in ("rawKeyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", type=kind, key=key, code=key, windowsVirtualKeyCode=code)

    def displayed(self, selector: str) -> bool:
        return self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " return getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0; })()"
        )

    def count(self, selector: str) -> int:
        return self.evaluate(f"document.querySelectorAll({json.dumps(selector)}).length")

    def screenshot(self, path: Path, height: int) -> None:
        clip = {"x": 0, "y": 0, "width": self.evaluate("document.documentElement.clientWidth"), "height": height, "scale": 1}
        data = self.send("Page.captureScreenshot", format="png", clip=clip, captureBeyondViewport=True)["data"]
        path.write_bytes(base64.b64decode(data))


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    executable = chromium_path()
    instance = Browser(executable, tmp_path_factory.mktemp("chromium-profile"))
    yield instance
    instance.close()


def write_report(report: docdelta.Report, directory: Path, name: str = "report.html") -> str:
    path = directory / name
    path.write_text(docdelta.render(report, "html"), encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def seeds_page(browser, seeds_report, tmp_path_factory):
    return browser.page(write_report(seeds_report, tmp_path_factory.mktemp("seeds")))


def test_seeds_report_loads_without_errors_or_requests(seeds_page):
    assert seeds_page.errors() == []
    assert seeds_page.requests() == [seeds_page.url]


def test_dom_counts_equal_the_reports_edits(seeds_page, seeds_report):
    ops = [edit.op for edit in seeds_report.edits]
    assert ops.count("insert") > 0 and ops.count("delete") > 0
    # One element per edit, and one more (class "more") per paragraph an edit continues into.
    assert seeds_page.count("#redline .redline ins:not(.more)") == ops.count("insert")
    assert seeds_page.count("#redline .redline del:not(.more)") == ops.count("delete")
    assert seeds_page.count("#redline .redline .more") > 0, "the seeds have an insertion of several paragraphs"
    moved = [edit for edit in seeds_report.edits if edit.move is not None]
    assert moved, "the seeds have a moved paragraph"
    assert seeds_page.count("#redline .redline [data-move]:not(.more)") == len(moved)
    assert seeds_page.count("#redline .moved-away") == len(seeds_report.moves)
    ignored_sides = sum(bool(e.old.length) + bool(e.new.length) for e in seeds_report.edits if e.op == "ignore")
    assert seeds_page.count("#redline details.ignored:not([open])") == ignored_sides


def test_redline_text_is_the_new_text_with_deletions(seeds_page, seeds_report):
    shown = seeds_page.evaluate(
        "Array.from(document.querySelector('#redline .redline').childNodes)"
        ".filter(n => !(n.classList && (n.classList.contains('moved-away') || n.classList.contains('beyond-mark'))))"
        ".map(n => n.nodeType === 3 ? n.data : (n.matches('details') ? n.querySelector('.ignored-text').textContent"
        " : Array.from(n.childNodes).filter(c => !(c.classList && c.classList.contains('move-link')))"
        ".map(c => c.textContent).join(''))).join('')"
    )
    report = seeds_report
    expected = "".join(
        e.old.slice(report.old.text) if e.op == "delete" or (e.op == "ignore" and e.old.length) else e.new.slice(report.new.text)
        for e in report.edits
    )
    assert shown == expected


#: Every piece of a mark's box as the browser lays it out, with its text: a sliver is a box of
#: padding only (an empty line inside an <ins> spanning paragraphs, a space at a line's end).
MARK_BOXES = """Array.from(document.querySelectorAll('#redline ins, #redline del, #redline .kept[data-move]'))
    .flatMap(e => Array.from(e.getClientRects()).map(r => [e.textContent, r.width]))"""


@pytest.mark.parametrize("width", [1280, 375])
def test_no_mark_is_an_empty_sliver(browser, seeds_report, tmp_path, width):
    page = browser.page(write_report(seeds_report, tmp_path), width=width, height=800, mobile=width < 500)
    boxes = page.evaluate(MARK_BOXES)
    assert len(boxes) > 20
    # The narrowest real mark holds one punctuation mark: wider than its padding (0.2em) alone.
    assert [box for box in boxes if box[1] < 6] == []
    blank = page.evaluate("Array.from(document.querySelectorAll('#redline ins, #redline del')).filter(e => !e.textContent.trim() && !e.classList.contains('blank')).length")
    assert blank == 0


def test_the_legend_has_a_key_for_every_mark_the_redline_uses(browser, tmp_path):
    # A date changed (factual) and a space doubled (a blank change: no normaliser without the news plugin).
    old = "The talks in Minsk began on Monday, officials said, and went on for hours.\n"
    new = "The talks in Minsk began on Tuesday, officials said,  and went on for hours.\n"
    report = docdelta.Session(["html"]).compare(old, new)
    page = browser.page(write_report(report, tmp_path))
    style = "(s => [s.boxShadow, s.textDecorationLine, s.backgroundColor])(getComputedStyle(document.querySelector({})))"

    def looks(selector: str) -> list[str]:
        return page.evaluate(style.format(json.dumps(selector)))

    for selector in ("#redline del[data-class=factual]", "#redline ins.blank", ".legend .factual-key", ".legend .blank-key"):
        assert page.count(selector), selector
    # The factual under-bar, the paragraph-break mark, and the marks of deleted and inserted text.
    assert looks("#redline del[data-class=factual]")[0] == looks(".legend .factual-key")[0] != "none"
    assert page.evaluate("getComputedStyle(document.querySelector('#redline ins.blank'), '::after').content") == '"¶"'
    assert page.evaluate("document.querySelector('.legend .blank-key').textContent") == "¶"
    assert looks("#redline ins:not(.blank)")[1:] == looks(".legend ins")[1:]
    assert looks("#redline del")[1:] == looks(".legend del")[1:]


def test_moves_link_both_places(seeds_page, seeds_report):
    for move in seeds_report.moves:
        assert seeds_page.evaluate(f"document.querySelector('#move-{move.id} a.move-link').hash") == f"#moved-away-{move.id}"
        assert seeds_page.evaluate(f"document.getElementById('moved-away-{move.id}').hash") == f"#move-{move.id}"


def test_claims_table_rows_are_there(seeds_page, seeds_report):
    claims = [f for f in seeds_report.findings if f.check == "numeric-claims" and f.kind == "claim"]
    assert seeds_page.count("section.check table.section tbody tr") == len(claims)  # the collapsed ones too


def test_both_views_display_and_switch_without_javascript(browser, seeds_report, tmp_path):
    page = browser.page(write_report(seeds_report, tmp_path))
    assert page.evaluate("document.scripts.length") == 0
    assert page.displayed("#redline") and not page.displayed("#side-by-side")
    page.click("label[for=view-side-by-side]")
    assert page.displayed("#side-by-side") and not page.displayed("#redline")
    assert page.count("#side-by-side .row") == len(seeds_report.pairs)
    # Keyboard: the view switch is a radio group, reachable and operable without a mouse.
    page.evaluate("document.getElementById('view-side-by-side').focus()")
    page.press("ArrowLeft", 37)
    assert page.evaluate("document.activeElement.id") == "view-redline"
    assert page.displayed("#redline") and not page.displayed("#side-by-side")
    assert page.errors() == []


def test_a_claims_link_scrolls_to_its_place_in_the_text(browser, report_with_findings, tmp_path):
    page = browser.page(write_report(report_with_findings, tmp_path))
    page.click("section.check table.section tr.tone-high a.to-text")
    target = page.evaluate("location.hash")
    assert target.startswith("#finding-")
    assert page.evaluate("document.querySelector(':target').id") == target[1:]
    top = page.evaluate("document.querySelector(':target').getBoundingClientRect().top")
    assert 0 <= top < page.evaluate("innerHeight")
    assert page.evaluate("document.querySelector(':target').nextSibling.textContent").startswith("five Ukrainian nationals")


def test_accessibility_tree_has_landmarks_named_controls_and_marked_changes(seeds_page, seeds_report):
    nodes = [n for n in seeds_page.send("Accessibility.getFullAXTree")["nodes"] if not n.get("ignored")]
    named = [(n.get("role", {}).get("value"), n.get("name", {}).get("value", "")) for n in nodes]
    roles = [role for role, _ in named]
    for landmark in ("banner", "navigation", "main", "contentinfo"):
        assert roles.count(landmark) == 1, landmark
    assert [name for role, name in named if role == "radio"] == ["Redline", "Side by side"]
    assert ("table", "Numeric claims") in named
    legend = 1  # the legend's own <ins> and <del>
    assert roles.count("insertion") == seeds_page.count("#redline ins") + legend  # the side by side view is hidden
    assert roles.count("deletion") == seeds_page.count("#redline del") + legend


def test_tab_reaches_the_skip_link_first_then_the_claims_and_the_view_switch(browser, seeds_report, tmp_path):
    page = browser.page(write_report(seeds_report, tmp_path))
    reached = []
    for _ in range(60):
        page.press("Tab", 9)
        reached.append(page.evaluate("document.activeElement.id || document.activeElement.className"))
    assert reached[0] == "skip"
    assert "to-text" in reached and "view-redline" in reached
    assert reached.index("to-text") < reached.index("view-redline")


def test_print_shows_both_views(browser, seeds_report, tmp_path):
    page = browser.page(write_report(seeds_report, tmp_path))
    page.send("Emulation.setEmulatedMedia", media="print")
    assert page.displayed("#redline") and page.displayed("#side-by-side")
    assert not page.displayed(".switch")


def test_dark_preference_gives_a_dark_page(browser, seeds_report, tmp_path):
    page = browser.page(write_report(seeds_report, tmp_path))
    background = "getComputedStyle(document.body).backgroundColor"
    assert page.evaluate(background) == "rgb(255, 255, 255)"
    page.send("Emulation.setEmulatedMedia", features=[{"name": "prefers-color-scheme", "value": "dark"}])
    assert page.evaluate(background) == "rgb(13, 17, 23)"


def test_phone_width_needs_no_sideways_scrolling(browser, seeds_report, tmp_path):
    page = browser.page(write_report(seeds_report, tmp_path), width=375, height=800, mobile=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert page.evaluate("parseFloat(getComputedStyle(document.querySelector('.redline')).fontSize)") >= 16
    page.click("label[for=view-side-by-side]")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_screenshot_is_written(browser, report_with_findings, tmp_path):
    page = browser.page(write_report(report_with_findings, tmp_path))
    shot = tmp_path / "report.png"
    page.screenshot(shot, height=1600)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert int.from_bytes(data[16:20], "big") == 1280 and int.from_bytes(data[20:24], "big") == 1600


def test_series_page_loads_without_errors_and_shows_each_step(browser, tmp_path):
    site = (ROOT / "seeds" / "000_ff12f16f314725a3.txt").read_text(encoding="utf-8")
    versions = [
        (ROOT / "seeds" / "001_561bb7da592d2a00.txt").read_text(encoding="utf-8"),
        site,
        site.replace("release of 123 political prisoners", "release of 130 political prisoners"),
    ]
    series = docdelta.compare_series(versions)
    path = tmp_path / "series.html"
    path.write_text(docdelta.render(series, "html"), encoding="utf-8")
    page = browser.page(path.as_uri())
    assert page.errors() == []
    assert page.requests() == [path.as_uri()]
    for index, step in enumerate(series.steps):
        redline = f"#step-{index + 1}-redline"
        assert page.displayed(redline)
        assert page.count(f"{redline} .redline ins:not(.more)") == sum(e.op == "insert" for e in step.edits)
        assert page.count(f"{redline} .redline del:not(.more)") == sum(e.op == "delete" for e in step.edits)
    assert page.count("#contributed-1 ~ div.table-wrap tr.tone-high") == sum(  # the claims timeline
        1 for track in claim_tracks(series) if track.changed_at
    ) > 0
    phone = browser.page(path.as_uri(), width=375, height=800, mobile=True)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375


HOSTILE_NAME = "<img src=x onerror=alert(1)>.txt"
HOSTILE = [
    "<script>window.pwned = 1; alert(1)</script>",
    '<img src=x onerror="window.pwned = 2">',
    "</textarea><textarea>",
    '"><svg onload="window.pwned = 3">',
    "<style>body { display: none }</style>",
    "<a href=\"javascript:window.pwned = 4\">click</a>",
    "{{ 7 * 7 }} {% raw %} &lt;b&gt; &amp;",
    "<!-- an open comment",
]


class HostileParser:
    """Parses every input into a document whose metadata is hostile too."""

    @hookimpl
    def docdelta_parse(self, source):
        text = source.data.decode("utf-8")
        document = Document.from_text(text, name=source.name, parser="hostile")
        return Document(
            name=document.name, text=text, blocks=document.blocks, parser="<b>hostile</b>",
            metadata={"title": "<script>window.pwned = 5</script>", "<i>key</i>": '<img src=x onerror="window.pwned = 6">'},
        )  # fmt: skip


class HostileCheck:
    @hookimpl
    def docdelta_register_checks(self, register):
        def find(comparison):
            return [
                Finding(check="<b>check</b>", kind="<i>kind</i>", severity="high", message=HOSTILE[1], new_spans=[docdelta.Span(0, 40)]),
                Finding(
                    check="numeric-claims", kind="claim", severity="high", message=HOSTILE[0],
                    data={"status": "changed", "subject": HOSTILE[3], "category": "count",
                          "old": {"text": HOSTILE[2], "value": 1, "sentence": HOSTILE[4]},
                          "new": {"text": HOSTILE[5], "value": 2, "sentence": HOSTILE[6]}},
                ),
            ]  # fmt: skip

        register(Check("hostile", find, "Hostile findings."))

    @hookimpl
    def docdelta_report_sections(self, report):
        return [claims_section(report)]  # the claims plugin's table of the hostile claim


@pytest.fixture(scope="module")
def hostile_report():
    old = "\n\n".join(HOSTILE)
    new = "\n\n".join(reversed(HOSTILE)) + "\n\n<script>alert('new')</script>"
    session = docdelta.Session(["html"], extra_plugins=[HostileParser(), HostileCheck()])
    return session.compare(old, new, old_name=HOSTILE_NAME, new_name="</title><script>alert(2)</script>")


def test_hostile_document_shows_its_text_and_runs_nothing(browser, hostile_report, tmp_path):
    page = browser.page(write_report(hostile_report, tmp_path))
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.events("Page.javascriptDialogOpening") == []
    # Nothing from the documents became an element: the only style is the report's own, no scripts, images...
    assert page.count("script, img, svg, iframe, textarea, body style, a[href^=javascript]") == 0
    assert page.evaluate("document.title") == f"docdelta: {HOSTILE_NAME} → </title><script>alert(2)</script>"
    text = page.evaluate("document.body.textContent")
    for line in (*HOSTILE, HOSTILE_NAME, "<script>window.pwned = 5</script>", "<i>key</i>", "<b>hostile</b>", "<b>check</b>"):
        assert line in text
    redline = page.evaluate("document.querySelector('.redline').textContent")
    for line in HOSTILE:
        assert line in redline
    ops = [edit.op for edit in hostile_report.edits]
    assert page.count("#redline .redline ins:not(.more)") == ops.count("insert") > 0
    assert page.count("#redline .redline del:not(.more)") == ops.count("delete")
    moved = sum(edit.move is not None for edit in hostile_report.edits)
    assert page.count("#redline .redline [data-move]:not(.more)") == moved > 0
    assert page.count("section.check table.section tbody tr") == 1
    assert page.errors() == []
    assert len(page.requests()) == 1


def main(argv: list[str]) -> None:
    """Write the README's screenshot of the seeds' report (with the installed plugins) to ``argv[0]``."""
    import tempfile

    output = Path(argv[0]).resolve()
    with tempfile.TemporaryDirectory() as scratch:
        browser = Browser(CHROMIUM or "chromium", Path(scratch) / "profile")
        try:
            old, new = "seeds/001_561bb7da592d2a00.txt", "seeds/000_ff12f16f314725a3.txt"
            report = docdelta.Session().compare(ROOT / old, ROOT / new, old_name=old, new_name=new)
            page = browser.page(write_report(report, Path(scratch)), width=1200, height=900)
            page.screenshot(output, height=int(argv[1]) if len(argv) > 1 else 1800)
        finally:
            browser.close()


if __name__ == "__main__":
    main(sys.argv[1:])
