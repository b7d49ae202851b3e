"""More of the hedges plugin: a table in every report, and a ``docdelta hedges`` command."""

from pathlib import Path

from docdelta import Command, Section, hookimpl

from docdelta_hedges import count_hedges


@hookimpl
def docdelta_report_sections(report):
    rows = [
        (finding.data["word"], str(finding.data["old"]), str(finding.data["new"]))
        for finding in report.findings
        if finding.check == "hedges"
    ]
    if not rows:
        return None
    return [Section("Hedge words", ("word", "before", "after"), rows, note="The hedges whose count changed.")]


def add_arguments(parser):
    parser.add_argument("documents", nargs="+", metavar="DOCUMENT", help="the documents to count hedges in")


def count_command(session, args):
    for path in args.documents:
        counts = count_hedges(session.parse(Path(path)).text)
        found = ", ".join(f"{word} {count}" for word, count in counts.items() if count)
        print(f"{path}: {found or 'no hedges'}")
    return 0


@hookimpl
def docdelta_register_commands(register):
    register(Command("hedges", count_command, "Count the hedge words of each document.", add_arguments))
