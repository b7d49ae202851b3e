"""Third-party plugins that hang, take bundled names, hand back bad findings, print or mutate shared data.

Each plugin is installed as a real distribution (an entry point on ``PYTHONPATH``, as in
tests/test_faulty_plugins.py, with the ``site`` fixture of tests/test_core_plugins.py) and run through the real CLI, or through ``docdelta batch``.
The time limit is set small here (``--plugin-timeout``/``DOCDELTA_PLUGIN_TIMEOUT``) so that the
hangs end quickly; the subprocess timeouts only keep a regression from hanging the test run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
from test_core_plugins import GIVE_UP, make_distribution, site  # noqa: F401 (site: the fixture)

import docdelta
from docdelta import Check, Finding, Span, hookimpl

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "seeds" / "001_561bb7da592d2a00.txt"
NEW = ROOT / "seeds" / "000_ff12f16f314725a3.txt"
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
HEADER = "import time\nfrom docdelta import Check, Document, Finding, Normalizer, Renderer, Span, hookimpl\n"


#: The time limit the tests of hanging plugins set (seconds): a call that hangs costs a test this
#: long, and the calls that do not hang (an import, the batch command's options, a parse) must end
#: inside it on a busy machine too. At 0.5 s the batch test failed twice in 14 runs of the whole
#: suite on a machine doing other work: building the batch command's options outlasted the limit.
LIMIT = "2"


def install(site, source: str, name: str = "faulty") -> None:
    make_distribution(site.directory, f"docdelta-{name}", name, HEADER + source)


def plugin_warnings(stderr: str, plugin: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(f"docdelta: warning: plugin '{plugin}'")]


# --- Item 3: a plugin call that hangs is stopped, named, and the rest goes on -------------------

SLEEPING_CHECK = (
    "def slow(comparison):\n    time.sleep(600)\n    return []\n"
    "@hookimpl\ndef docdelta_register_checks(register):\n    register(Check('slow', slow, 'Sleeps.'))\n"
)

#: (case id, plugin source, the stage the warning names)
HANGING_CASES = [
    ("check-sleeps", SLEEPING_CHECK, "check 'slow'"),
    (
        "check-loops",
        "def spin(comparison):\n    while True:\n        pass\n"
        "@hookimpl\ndef docdelta_register_checks(register):\n    register(Check('spin', spin, 'Loops.'))\n",
        "check 'spin'",
    ),
    (
        "check-swallows-exceptions",
        "def stubborn(comparison):\n    while True:\n        try:\n            time.sleep(600)\n"
        "        except Exception:\n            pass\n"
        "@hookimpl\ndef docdelta_register_checks(register):\n    register(Check('stubborn', stubborn, 'Retries.'))\n",
        "check 'stubborn'",
    ),
    ("import-hangs", "time.sleep(600)\n", "import"),
    ("parser-hangs", "@hookimpl\ndef docdelta_parse(source):\n    time.sleep(600)\n", "docdelta_parse"),
    (
        "register-hook-hangs",
        "@hookimpl\ndef docdelta_register_checks(register):\n    time.sleep(600)\n",
        "docdelta_register_checks",
    ),
    (
        "normalizer-hangs",
        "def stuck(token):\n    while token == 'Minsk':\n        pass\n    return token\n"
        "@hookimpl\ndef docdelta_register_normalizers(register):\n"
        "    register(Normalizer('stuck', stuck, 'Hangs on one word.'))\n",
        "normalizer 'stuck'",
    ),
]


@pytest.mark.parametrize("source, stage", [c[1:] for c in HANGING_CASES], ids=[c[0] for c in HANGING_CASES])
def test_a_hanging_plugin_is_stopped_and_named_and_the_report_still_comes(site, source, stage):
    install(site, source)
    result = site("compare", "--plugins", "json,faulty", "--plugin-timeout", LIMIT, str(OLD), str(NEW))
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["summary"]["words_added"] > 0
    warnings = plugin_warnings(result.stderr, "faulty")
    assert len(warnings) == 1, result.stderr
    assert f"failed in {stage}: PluginTimeout: stopped after {LIMIT} s" in warnings[0]
    assert "--plugin-timeout" in warnings[0]
    assert "Traceback" not in result.stderr

    strict = site("compare", "--plugins", "json,faulty", "--strict", str(OLD), str(NEW),
                  env={"DOCDELTA_PLUGIN_TIMEOUT": LIMIT})  # fmt: skip
    assert strict.returncode == 2
    assert strict.stdout == ""
    assert strict.stderr.count("\n") == 1, strict.stderr
    assert strict.stderr.startswith(f"docdelta: error: plugin 'faulty' failed in {stage}: PluginTimeout")


def test_a_hanging_renderer_is_an_error_and_writes_nothing(site, tmp_path):
    install(site, "def render(report, context):\n    time.sleep(600)\n"
                  "@hookimpl\ndef docdelta_register_renderers(register):\n"
                  "    register(Renderer('stuck', render, 'Hangs.', ('.stuck',)))\n")  # fmt: skip
    output = tmp_path / "report.stuck"
    result = site("compare", "--plugins", "json,faulty", str(OLD), str(NEW), "-o", str(output),
                  env={"DOCDELTA_PLUGIN_TIMEOUT": LIMIT})  # fmt: skip
    assert result.returncode == 2
    assert result.stderr == (
        "docdelta: error: plugin 'faulty' failed in renderer 'stuck': "
        f"PluginTimeout: stopped after {LIMIT} s, the time limit of a plugin call (--plugin-timeout)\n"
    )
    assert not output.exists()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_hanging_check_does_not_hang_a_batch(site, tmp_path, jobs):
    install(site, SLEEPING_CHECK)
    manifest = tmp_path / "manifest.jsonl"
    lines = [{"id": f"item{i}", "old": str(OLD), "new": str(NEW)} for i in range(2)]
    manifest.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "out"
    result = site("batch", str(manifest), "-o", str(out), "-j", jobs, "--plugins", "json,faulty,batch",
                  "--plugin-timeout", LIMIT)  # fmt: skip
    assert result.returncode == 1, result.stderr
    rows = [json.loads(line) for line in (out / "summary.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(row["id"], row["error"]) for row in rows] == [("item0", None), ("item1", None)]
    for row in rows:
        report = json.loads((out / row["report"]).read_text(encoding="utf-8"))
        assert any(w.startswith("plugin 'faulty' failed in check 'slow': PluginTimeout") for w in report["warnings"])


def test_ctrl_c_still_stops_a_run_inside_a_hanging_plugin(site, tmp_path):
    marker = tmp_path / "inside"
    install(site, f"def slow(comparison):\n    open({str(marker)!r}, 'w').close()\n    time.sleep(600)\n"
                  "@hookimpl\ndef docdelta_register_checks(register):\n    register(Check('slow', slow, 'Sleeps.'))\n")  # fmt: skip
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DOCDELTA_")}
    environment["PYTHONPATH"] = str(site.directory)
    # (no time limit: on a machine busy enough, the default minute could end the check before Ctrl-C comes)
    command = [sys.executable, "-m", "docdelta", "compare", "--plugins", "json,faulty", "--plugin-timeout", "0", str(OLD), str(NEW)]
    process = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + GIVE_UP
        while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the check never ran"
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=GIVE_UP)
    finally:
        process.kill()
    assert process.returncode == 130
    assert stdout == ""
    assert stderr == "docdelta: error: interrupted\n"


@pytest.mark.parametrize("value", ["soon", "-1", "inf", "nan"])
def test_a_wrong_time_limit_is_a_one_line_error(site, value):
    result = site("compare", "--plugin-timeout", value, str(OLD), str(NEW))
    assert result.returncode == 2
    assert result.stderr == (
        f"docdelta: error: --plugin-timeout takes a number of seconds (0 for no limit), not {value!r}\n"
    )
    from_environment = site("compare", str(OLD), str(NEW), env={"DOCDELTA_PLUGIN_TIMEOUT": value})
    assert from_environment.returncode == 2 and "DOCDELTA_PLUGIN_TIMEOUT takes a number" in from_environment.stderr


@pytest.mark.parametrize("value", [-1, "soon", float("nan"), True])
def test_a_wrong_time_limit_from_python_is_refused(value):
    with pytest.raises(ValueError, match="plugin_timeout takes a number of seconds"):
        docdelta.Session(["json"], plugin_timeout=value)


def test_a_time_limit_beyond_what_the_timer_takes_is_no_limit_in_practice():
    session = docdelta.Session(["json"], plugin_timeout=1e12)
    report = session.compare("one", "two")
    assert report.has_changes and report.warnings == ()
    assert session.host.time_limit.seconds == 1e8


def test_the_time_limit_reaches_sessions_rebuilt_from_their_config():
    session = docdelta.Session(["json"], plugin_timeout=2.5)
    rebuilt = docdelta.Session.from_config(json.loads(json.dumps(session.config.to_dict())))
    assert rebuilt.config.plugin_timeout == 2.5
    assert rebuilt.host.time_limit.seconds == 2.5
    assert docdelta.Session(["json"]).host.time_limit.seconds == 60


def test_a_check_that_ends_in_time_keeps_its_findings_and_no_timer_is_left_behind():
    class Quick:
        @hookimpl
        def docdelta_register_checks(self, register):
            register(Check("quick", self.quick, "Ends at once."))

        @staticmethod
        def quick(comparison):
            return [Finding(check="quick", kind="note", severity="info", message="found")]

    report = docdelta.Session(["json"], extra_plugins=[Quick()], plugin_timeout=30).compare("one two", "one three")
    assert [f.message for f in report.findings] == ["found"]
    assert report.warnings == ()
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL


def test_the_embedding_programs_own_alarm_is_left_alone():
    def own_handler(_signum, _frame):
        raise AssertionError("the program's alarm went off during the test")

    previous = signal.signal(signal.SIGALRM, own_handler)
    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        report = docdelta.Session(["json"], plugin_timeout=30).compare("one two", "one three")
        remaining = signal.getitimer(signal.ITIMER_REAL)[0]
        handler = signal.getsignal(signal.SIGALRM)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert report.has_changes
    assert 0 < remaining <= 100
    assert handler is own_handler


# --- Item 11: a bundled plugin's name is never taken over --------------------------------------

IMPOSTOR = (
    "def impostor(comparison):\n"
    "    return [Finding(check='impostor-extra', kind='impostor', severity='info', message='not a claim')]\n"
    "@hookimpl\ndef docdelta_register_checks(register):\n"
    "    register(Check('numeric-claims', impostor, 'Takes the claims check over.'))\n"
    "    register(Check('impostor-extra', impostor, 'A name of its own.'))\n"
)


@pytest.mark.parametrize("name", ["aaa", "zzz"])  # registered before and after claims: pluggy calls the latest first
def test_a_third_party_check_never_takes_a_bundled_name(site, name):
    install(site, IMPOSTOR, name=name)
    result = site("compare", "--plugins", f"json,claims,{name}", str(OLD), str(NEW))
    assert result.returncode == 1, result.stderr
    assert plugin_warnings(result.stderr, "claims") == []
    warnings = plugin_warnings(result.stderr, name)
    assert warnings == [
        f"docdelta: warning: plugin '{name}' failed in docdelta_register_checks: ValueError: check 'numeric-claims' "
        "is taken by bundled plugin 'claims' (bundled plugins keep their names, then the first registered): "
        "this plugin's is left out"
    ]
    report = json.loads(result.stdout)
    claims = [f for f in report["findings"] if f["check"] == "numeric-claims" and f["kind"] == "claim"]
    assert len(claims) >= 10  # the seeds' claims, from the bundled check
    kinds = [f["kind"] for f in report["findings"]]
    assert kinds.count("impostor") == 1  # from its other check, which it keeps

    listing = {p["name"]: p for p in json.loads(site("plugins", "--json", "--plugins", f"json,claims,{name}").stdout)}
    assert listing["claims"]["provides"]["checks"] == ["numeric-claims"]
    assert listing[name]["provides"]["checks"] == ["impostor-extra"]

    strict = site("compare", "--plugins", f"json,claims,{name}", "--strict", str(OLD), str(NEW))
    assert strict.returncode == 2 and strict.stderr.count("\n") == 1
    assert strict.stderr.startswith(f"docdelta: error: plugin '{name}' failed in docdelta_register_checks")


@pytest.mark.parametrize("name", ["aaa", "zzz"])
def test_a_third_party_option_never_takes_a_bundled_plugins_option(site, name):
    install(site, "@hookimpl\ndef docdelta_addoption(parser):\n"
                  "    parser.add_option('text-context', default=3, help='Takes the text renderer option.')\n"
                  "    parser.add_option('impostor-own', default=1, help='Its own.')\n", name=name)  # fmt: skip
    result = site("compare", "--plugins", f"text,json,{name}", "-f", "json", str(OLD), str(NEW))
    assert result.returncode == 1, result.stderr
    assert plugin_warnings(result.stderr, "text") == []
    warnings = plugin_warnings(result.stderr, name)
    assert len(warnings) == 1 and "failed in docdelta_addoption: ValueError: option 'text-context' is declared twice" in warnings[0]
    listing = {p["name"]: p for p in json.loads(site("plugins", "--json", "--plugins", f"text,json,{name}").stdout)}
    assert "text-context" in listing["text"]["provides"]["options"]
    assert "text-context" not in listing[name]["provides"].get("options", [])


def test_between_third_party_plugins_the_first_registered_keeps_the_name(site):
    source = (
        "def mine(comparison):\n    return []\n"
        "@hookimpl\ndef docdelta_register_checks(register):\n    register(Check('shared', mine, 'Wants the name.'))\n"
    )
    install(site, source, name="first")
    install(site, source, name="second")
    result = site("plugins", "--json", "--plugins", "json,first,second")
    listing = {p["name"]: p for p in json.loads(result.stdout)}
    assert listing["first"]["provides"]["checks"] == ["shared"]
    assert "checks" not in listing["second"]["provides"]
    compared = site("compare", "--plugins", "json,first,second", str(OLD), str(NEW))
    assert plugin_warnings(compared.stderr, "first") == []
    assert len(plugin_warnings(compared.stderr, "second")) == 1
    assert "check 'shared' is taken by third-party plugin 'first'" in compared.stderr


# --- Item 12: findings are checked where the host receives them -----------------------------------

BAD_FINDINGS = (
    "def findings(comparison):\n"
    "    good = Finding(check='bad', kind='fine', severity='info', message='a good one', new_spans=[Span(0, 3)])\n"
    "    far = Finding(check='bad', kind='far', severity='info', message='far away', new_spans=[Span(10**9, 10**9 + 1)])\n"
    "    numeric = Finding(check='bad', kind='numeric', severity='info', message='fine at first')\n"
    "    object.__setattr__(numeric, 'message', 42)\n"
    "    fractional = Finding(check='bad', kind='fractional', severity='info', message='half',\n"
    "                         old_spans=[Span(0.5, 2)])\n"
    "    return [good, far, numeric, fractional]\n"
    "@hookimpl\ndef docdelta_register_checks(register):\n    register(Check('bad', findings, 'Bad findings.'))\n"
)


def test_bad_findings_are_left_out_by_name_and_every_format_still_renders(site):
    install(site, BAD_FINDINGS)
    result = site("compare", "--plugins", "json,markdown,claims,faulty", "-f", "json", str(OLD), str(NEW))
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(report)
    assert [f["kind"] for f in report["findings"] if f["check"] == "bad"] == ["fine"]
    assert any(f["check"] == "numeric-claims" for f in report["findings"])
    warnings = plugin_warnings(result.stderr, "faulty")
    length = len(NEW.read_text(encoding="utf-8"))
    assert warnings == [
        "docdelta: warning: plugin 'faulty' failed in check 'bad': ValueError: finding 2 (kind 'far') is left out: "
        f"new span [1000000000, 1000000001) lies outside the text of the new document ({length} characters)",
        "docdelta: warning: plugin 'faulty' failed in check 'bad': ValueError: finding 3 (kind 'numeric') is left out: "
        "'message' must be <class 'str'> (got 42 that is a <class 'int'>).",
        "docdelta: warning: plugin 'faulty' failed in check 'bad': ValueError: finding 4 (kind 'fractional') is left "
        "out: old span [0.5, 2) is not a pair of whole numbers of the old document "
        f"({len(OLD.read_text(encoding='utf-8'))} characters)",
    ]
    markdown = site("compare", "--plugins", "json,markdown,claims,faulty", "-f", "markdown", str(OLD), str(NEW))
    assert markdown.returncode == 1, markdown.stderr
    assert "a good one" in markdown.stdout and "far away" not in markdown.stdout


#: (case id, a check's source, the warning, a message that must not reach the report, one that must)
REFUSED_FINDINGS = [
    (
        "made-with-an-int-kind",  # the whole check fails where it makes the finding, in one readable line
        "def numeric(comparison):\n"
        "    return [Finding(check='numeric', kind=3, severity='info', message='a number for a kind')]\n"
        "@hookimpl\ndef docdelta_register_checks(register):\n    register(Check('numeric', numeric, 'Int kind.'))\n",
        "failed in check 'numeric': TypeError: 'kind' must be <class 'str'> (got 3 that is a <class 'int'>).",
        "a number for a kind",
        None,
    ),
    (
        "in-another-plugins-name",
        "def spoof(comparison):\n"
        "    return [Finding(check='numeric-claims', kind='claim', severity='high', message='forged claim'),\n"
        "            Finding(check='spoof', kind='own', severity='info', message='its own')]\n"
        "@hookimpl\ndef docdelta_register_checks(register):\n    register(Check('spoof', spoof, 'Forges.'))\n",
        "failed in check 'spoof': ValueError: finding 1 (kind 'claim') is left out: it names check "
        "'numeric-claims', which is plugin 'claims''s",
        "forged claim",
        "its own",
    ),
]


@pytest.mark.parametrize("source, warning, absent, present", [c[1:] for c in REFUSED_FINDINGS],
                         ids=[c[0] for c in REFUSED_FINDINGS])  # fmt: skip
def test_a_refused_finding_is_named_and_the_report_stands(site, source, warning, absent, present):
    install(site, source)
    result = site("compare", "--plugins", "json,claims,faulty", str(OLD), str(NEW))
    assert result.returncode == 1, result.stderr
    assert plugin_warnings(result.stderr, "faulty") == [f"docdelta: warning: plugin 'faulty' {warning}"]
    report = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(report)
    messages = [f["message"] for f in report["findings"]]
    assert absent not in messages
    assert present is None or present in messages
    assert any(f["check"] == "numeric-claims" for f in report["findings"])


@pytest.mark.parametrize(
    "fields, complaint",
    [
        ({"kind": 3}, "'kind' must be <class 'str'>"),
        ({"message": b"bytes"}, "'message' must be <class 'str'>"),
        ({"check": None}, "'check' must be <class 'str'>"),
        ({"factual": "yes"}, "'factual' must be <class 'bool'>"),
        ({"new_spans": [(0, 3)]}, "must be <class 'docdelta.model.Span'>"),
    ],
)
def test_a_finding_of_the_wrong_types_cannot_be_made(fields, complaint):
    with pytest.raises(TypeError, match=complaint.replace("(", r"\(").replace(")", r"\)")):
        Finding(**{"check": "c", "kind": "k", "severity": "info", "message": "m", **fields})


# --- Item 13: standard output stays the report's; shared data stays as it was -------------------

PRINTING = (
    "print('printed at import')\n"
    "@hookimpl\ndef docdelta_register_checks(register):\n"
    "    print('printed while registering')\n"
    "    register(Check('chatty', chatty, 'Prints.'))\n"
    "@hookimpl\ndef docdelta_parse(source):\n    print('printed while parsing')\n"
    "def chatty(comparison):\n    print('printed in a check')\n    return []\n"
    "def shout(token):\n    print('printed in a normalizer')\n    return token\n"
    "@hookimpl\ndef docdelta_register_normalizers(register):\n"
    "    register(Normalizer('shout', shout, 'Prints.'))\n"
)


@pytest.mark.parametrize("command", [["compare", "-f", "json"], ["plugins", "--json"]])
def test_what_a_plugin_prints_never_reaches_the_json_on_standard_output(site, command):
    install(site, PRINTING)
    arguments = [*command, "--plugins", "json,faulty"] + ([str(OLD), str(NEW)] if command[0] == "compare" else [])
    result = site(*arguments)
    assert result.returncode in (0, 1), result.stderr
    json.loads(result.stdout)
    assert "printed at import" in result.stderr and "printed while registering" in result.stderr
    if command[0] == "compare":
        for where in ("while parsing", "in a check", "in a normalizer"):
            assert f"printed {where}" in result.stderr


MUTATING = (
    "def meddle(comparison):\n"
    "    object.__setattr__(comparison.new, 'text', 'rewritten by a plugin')\n"
    "    object.__setattr__(comparison, 'edits', ())\n"
    "    return [Finding(check='meddle', kind='meddled', severity='high', message='I changed it')]\n"
    "@hookimpl\ndef docdelta_register_checks(register):\n    register(Check('meddle', meddle, 'Mutates.'))\n"
)


def test_a_check_that_mutates_the_comparison_is_named_and_undone(site):
    install(site, MUTATING)
    result = site("compare", "--plugins", "json,claims,faulty", str(OLD), str(NEW))
    assert result.returncode == 1, result.stderr
    assert plugin_warnings(result.stderr, "faulty") == [
        "docdelta: warning: plugin 'faulty' failed in check 'meddle': RuntimeError: changed the comparison it was "
        "given (Comparison.edits, Document.text), which is frozen and shared with every plugin: the change is "
        "undone and its result left out"
    ]
    report = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(report)
    assert report["documents"]["new"]["length"] == len(NEW.read_text(encoding="utf-8"))
    rebuilt = "".join(edit["text"] for edit in report["edits"] if edit["op"] != "delete")
    assert rebuilt == NEW.read_text(encoding="utf-8")
    assert not any(f["check"] == "meddle" for f in report["findings"])
    assert any(f["check"] == "numeric-claims" for f in report["findings"])


def test_a_renderer_that_mutates_the_report_is_an_error():
    class Meddling:
        @hookimpl
        def docdelta_register_renderers(self, register):
            register(docdelta.Renderer("meddle", self.render, "Mutates."))

        @staticmethod
        def render(report, context):
            object.__setattr__(report, "warnings", ("forged",))
            return "rendered"

    session = docdelta.Session(["json"], extra_plugins=[Meddling()])
    report = session.compare("one two", "one three")
    with pytest.raises(docdelta.PluginError, match="failed in renderer 'meddle': RuntimeError: changed the report"):
        session.render(report, "meddle")
