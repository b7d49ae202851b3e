"""The claim matrix over a folder of outlets' reports, against its answer key: ``python benchmarks/matrix.py DIR [-v]``.

``DIR`` holds one ``*.txt`` file per report of one event and a ``key.toml`` (see
``tests/matrix_corpus/README.md``): the planted outliers (``[[outlier]]``: a report's figure that
disagrees with what most reports say of one quantity) and the quantities that three reports or
more share (``[[shared]]``: per report, a piece of the sentence that states it).

The matrix is built as ``docdelta compare --matrix DIR/*.txt`` builds it: the reports, in file-name
order, go through ``docdelta.Session().compare_series(paths, mode="matrix")``, and each parsed
document's claims (``document_claims``, terms written in parts joined: ``joined_terms``) through ``claim_matrix``. The script prints

* how many reports, rows (every row is a quantity two reports or more state; also: by three or
  more), and rows with dissent, and checks that the CLI's "Claim matrix" section has as many rows;
* every row with dissent (its ``message``), each dissenter marked ``planted`` (a key outlier) or
  ``FALSE`` (false dissent); then every disputed row (no value two reports give: no majority, so no
  dissenter, counted apart);
* per planted outlier: whether it is shown as dissent, and in which row;
* per shared quantity: how many of its reports' claims were read, and over how many rows they
  are split (1 is right; a claim in no row was matched with no other report's claim).

``-v`` also prints every row. Writes nothing; exits 0 (2 for a folder without reports or key).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

import docdelta
from docdelta_claims import Claim, document_claims, joined_terms
from docdelta_claims.matrix import Matrix, claim_matrix
from facts import written_in  # benchmarks/ is on sys.path when a script here runs


def load(folder: Path) -> tuple[list[Path], dict[str, Any]]:
    """The folder's reports (file-name order) and its key; a clear error for a folder that is not one."""
    reports = sorted(folder.glob("*.txt"))
    if len(reports) < 2:
        raise ValueError(f"matrix.py: {folder}: needs two *.txt reports or more")
    key = folder / "key.toml"
    if not key.is_file():
        raise ValueError(f"matrix.py: {folder}: no key.toml")
    with key.open("rb") as handle:
        return reports, tomllib.load(handle)


def build(reports: Sequence[Path]) -> tuple[docdelta.Session, docdelta.SeriesReport, list[list[Claim]], Matrix]:
    """The series and claim matrix of the reports, as ``docdelta compare --matrix`` builds them."""
    session = docdelta.Session()
    series = session.compare_series(list(reports), mode="matrix")
    claims = [joined_terms(document_claims(document)) for document in series.documents]
    return session, series, claims, claim_matrix(claims)


def locate(claims: Sequence[Claim], forms: Sequence[str], piece: str) -> Claim | None:
    """The claim a key item names: written as one of ``forms``, in a sentence holding ``piece``."""
    for claim in claims:
        if any(written_in(claim.text, form) for form in forms) and piece in claim.sentence:
            return claim
    return None


def row_of(matrix: Matrix, report: int, claim: Claim) -> int | None:
    """The index of the row holding ``claim`` of report ``report``, or ``None``."""
    for index, row in enumerate(matrix.rows):
        if row.claims[report] is claim:
            return index
    return None


def _forms(value: str | Sequence[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of *.txt reports and their key.toml")
    parser.add_argument("-v", "--verbose", action="store_true", help="also print every row")
    options = parser.parse_args(argv)
    try:
        reports, key = load(options.folder)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    session, series, claims, matrix = build(reports)
    names = [path.name for path in reports]
    index = {name: i for i, name in enumerate(names)}
    (section,) = [s for s in session.sections(series) if s.title == "Claim matrix"]

    planted: dict[tuple[int, int], Mapping[str, Any]] = {}  # (report, id of claim) -> outlier
    outlier_lines = []
    for outlier in key.get("outlier", []):
        report = index[outlier["file"]]
        claim = locate(claims[report], _forms(outlier["written"]), outlier["in"])
        if claim is None:
            outlier_lines.append(f"  MISSED  {outlier['file']}: {outlier['written']!r} is not read as a claim")
            continue
        planted[report, id(claim)] = outlier
        row = row_of(matrix, report, claim)
        where = f"{outlier['file']}: {claim.text!r}"
        if row is None:
            outlier_lines.append(f"  MISSED  {where} is in no row (no other report's claim joined it)")
        elif report in matrix.rows[row].dissenters:
            outlier_lines.append(f"  shown   {where}: row {row + 1}: {matrix.rows[row].message(names)}")
        elif matrix.rows[row].disputed:
            outlier_lines.append(f"  MISSED  {where} is in a dispute, no majority: row {row + 1}: {matrix.rows[row].message(names)}")
        else:
            outlier_lines.append(f"  MISSED  {where} agrees with row {row + 1}: {matrix.rows[row].message(names)}")

    dissent_lines, false_dissent, false_rows = [], 0, 0
    disputed_lines = [f"  row {number}: {row.message(names)}" for number, row in enumerate(matrix.rows, 1) if row.disputed]
    for number, row in enumerate(matrix.rows, 1):
        if not row.dissenters:
            continue
        marks = []
        for report in row.dissenters:
            known = (report, id(row.claims[report])) in planted
            false_dissent += not known
            marks.append(f"{names[report]} {'planted' if known else 'FALSE'}")
        false_rows += any("FALSE" in mark for mark in marks)
        dissent_lines.append(f"  row {number}: {row.message(names)}  [{', '.join(marks)}]")

    shared_lines, whole = [], 0
    for shared in key.get("shared", []):
        listed = {name: (_forms(shared["written"]), piece) for name, piece in shared["claims"].items()}
        for outlier in key.get("outlier", []):
            if outlier.get("shared") == shared["id"]:
                listed[outlier["file"]] = (_forms(outlier["written"]), outlier["in"])
        found = {name: locate(claims[index[name]], forms, piece) for name, (forms, piece) in listed.items()}
        read = {name: claim for name, claim in found.items() if claim is not None}
        rows = {row_of(matrix, index[name], claim) for name, claim in read.items()}
        alone = sum(1 for name, claim in read.items() if row_of(matrix, index[name], claim) is None)
        in_rows = sorted(r + 1 for r in rows if r is not None)
        whole += len(in_rows) == 1 and alone == 0 and len(read) == len(listed)
        unread = sorted(set(listed) - set(read))
        shared_lines.append(
            f"  {shared['id']}: {len(read)} of {len(listed)} claims read, in {len(in_rows)} row(s) {in_rows}"
            + (f", {alone} in no row" if alone else "")
            + (f"; not read in {', '.join(unread)}" if unread else "")
        )

    stated = [sum(claim is not None for claim in row.claims) for row in matrix.rows]
    print(f"reports {len(reports)}  claims {sum(map(len, claims))}  stated by one report only {sum(matrix.single)}")
    print(f"rows {len(matrix.rows)}  (stated by 2 reports or more: {sum(s >= 2 for s in stated)}, by 3 or more: "
          f"{sum(s >= 3 for s in stated)}; the CLI's Claim matrix section: {len(section.rows)} rows; "
          f"figures only two reports give alike, not listed: {matrix.alike_in_two})")
    print(f"rows with dissent {len(dissent_lines)}")
    print("\n".join(dissent_lines) or "  (none)")
    print(f"rows disputed by reports with no majority (no dissent) {len(disputed_lines)}")
    print("\n".join(disputed_lines) or "  (none)")
    print("planted outliers")
    print("\n".join(outlier_lines) or "  (none in the key)")
    print("shared quantities (1 row each is right)")
    print("\n".join(shared_lines) or "  (none in the key)")
    if options.verbose:
        print("every row")
        for number, (row, count) in enumerate(zip(matrix.rows, stated), 1):
            print(f"  row {number} ({row.category}, {count} reports): {row.message(names)}")
    shown = sum(line.startswith("  shown") for line in outlier_lines)
    print(f"planted outliers shown as dissent  {shown} of {len(outlier_lines)}")
    print(f"false dissent                      {false_dissent} (in {false_rows} rows)")
    print(f"shared quantities in one row       {whole} of {len(shared_lines)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
