"""N reports of one event: every claim clustered with the claims of the other reports about the same quantity.

A fact-checker reading 18 outlets' reports wants one row per real-world quantity, the value most
reports give, and the reports that disagree. Comparing each report with the first (what a series
does) cannot give that: a quantity the first report does not state has no row, and the same figure
splits into as many rows as the first report has near partners. So the matrix is built from the
claims alone:

1. every two reports' claims are paired by :func:`~docdelta_claims.match.pair_claims`, exactly as
   a two-document comparison pairs them (no aligned blocks: the reports are different texts), so
   ``same``, ``compatible`` and ``changed`` mean here what they mean there;
2. the pairs become links, the strongest first (``same``, ``compatible``, ``changed``, then
   ``differs``: across outlets one sentence is never an edit of the other, so a figure another
   report gives with a time the first leaves out, "48 killed on January 1" against "62 killed",
   pairs as ``differs``);
   a link joins two clusters unless that would put two claims of one report in one cluster (a
   report states a quantity once; a second figure in it is another quantity);
   a ``changed`` or ``differs`` pairing links only where the frames share two slots, and not two
   counts a hundred times apart ("seven members" / "about 10 million members"), a plan's day and an
   act's ("agreed to fly 55 out on Saturday" / "freed 54 on Sunday"), those held still and those
   held at some moment of the story ("the seven Americans still held" / "His men held 35 of the
   Americans"), nor, for ``differs``, a figure dated to a month or year against one dated to nothing
   (an earlier event's); a ``same``
   pairing of a coincidence links nothing (small equal counts of other things, one month of two
   people's acts); "the five" with no noun after it
   (:func:`~docdelta_claims.frame.named_group`, where the frame reads no counted thing: "the 24
   crew members" and "the 24 Americans" are counts) links nothing; a ``same`` or
   ``compatible`` link never joins two clusters holding figures that disagree (``In January``
   agrees with ``January 2018`` and with ``January 2021``, two moments, never one row); and two
   clusters that several reports each already agree on join only where several reports pair them
   (``_vouched``): "the five men" and "the two men" told alike by five reports each are two groups;
3. a cluster stated by at least two reports is a row (among :data:`FEW` reports or more, by three,
   or by two that disagree: two that agree are counted, not listed). Its majority value is the
   exact value that the most reports' claims are compatible with (ties: the finer time, "October
   2015" before "2015", then the earlier report), or a finer value most of the reports that tell
   the row that finely agree on, where the coarse one hides a dissent (``_finer_majority``); a
   report whose claim cannot be true together with it is a dissenter. A row where no value has two
   reports behind it ("45" in one report, "42" in another), or among :data:`FEW` reports or more
   three, is disputed: a disagreement with no majority, so no report in it is a dissenter. Claims stated by one report only are counted, not
   listed: they are not in dispute.

Reports restate their figures (a headline and its lede): a dissenter that restates a figure its
report gives in a larger row, of the same kind of thing, is no dissent, and a row made mostly of
such restatements loses them; nor is a dissenter that no claim agreeing with the majority was
paired with (it joined through another dissenter; see ``_settled``).

A report that never gives a main row's count (one a third of the reports agree on) but gives one
count in no row within a fifth of it, that its frames do not set apart, dissents with it: an
outlier worded unlike the majority ("612 weary homecomers had climbed down" against "602 men
arrived") pairs with none of the row's claims, yet is the report's figure for that quantity
(``_near_figures``). So does a report's one day a day off a main row's, or month a month off, whose
thing and time none of the row's reports sets apart, whatever its verb ("The garrison gave up on 15
June" against "the surrender of 14 June"; "took control on March 4" against "seized" and "stormed"
on March 3), unless it is told as another act's day ("the day before") or dates the report (a
dateline): ``_near``.

Times of day are left out: a story's day holds many moments, and outlets tell one moment in their
own clocks ("8:10 a.m. local time", "0510 GMT") or round it otherwise, so over N reports they would
fill rows that say nothing of the quantities in dispute; between two versions of one report a time
of day is compared where a sentence kept nearly whole or one act named alike vouches for it
(:mod:`docdelta_claims.match`).

Rows with dissent come first, then disputed rows, then the rows most reports share; years and
dates that every report agrees on come last, so they do not crowd out the rows that differ.

The work is one pairing per two reports: ``n * (n - 1) / 2`` pairings, each linear in the two
reports' claims (18 reports: 153 pairings). Each claim's frame is read once for all of them
(``pair_claims(..., frames=...)``): it depends on its own report only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from attrs import define, field

from docdelta_claims.extract import Claim
from docdelta_claims.match import FrameCache, _near_update, _shifted, comparable, pair_claims, relation, times_far_apart

if TYPE_CHECKING:
    from docdelta_claims.frame import Frame

__all__ = ["LINK_STRENGTH", "Clusters", "Matrix", "MatrixRow", "claim_matrix"]

#: Pair statuses that link two claims into one row, the strongest first.
LINK_STRENGTH = ("same", "compatible", "changed", "differs")


@define(frozen=True)
class MatrixRow:
    """One quantity across N reports.

    Attributes:
        subject: what is counted (the subject most of the row's claims give), or ``""``.
        category: the claims' category (``count``, ``date``...).
        claims: per report, its claim of this quantity, or ``None``.
        majority: the claim whose value most reports agree with.
        support: indexes of the reports whose claim is compatible with the majority value.
        dissenters: indexes of the reports whose claim cannot be true together with it.
        disputed: no value of the row has two reports behind it ("45" in one report, "42" in
            another, nobody else), or three among :data:`FEW` reports or more: the reports
            disagree, and none of them is a dissenter from a majority; ``dissenters`` is then
            empty and ``majority`` only the value most of them give.
    """

    subject: str
    category: str
    claims: tuple[Claim | None, ...] = field(converter=tuple)
    majority: Claim
    support: tuple[int, ...] = field(converter=tuple)
    dissenters: tuple[int, ...] = field(converter=tuple)
    disputed: bool = False

    def message(self, names: Sequence[str]) -> str:
        """One line: ``political prisoners: 123 in 16 reports, 114 in b.txt, 132 in c.txt``, or for a
        disputed row ``age: 45 in a.txt, 42 in b.txt (no majority)``."""
        label = f"{self.subject}: " if self.subject else f"{self.category}: "
        if self.disputed:
            told = [f"{claim.text} in {names[i]}" for i, claim in enumerate(self.claims) if claim is not None]
            return label + ", ".join(told) + " (no majority)"
        count = len(self.support)
        parts = [f"{self.majority.text} in {count} report{'s' if count != 1 else ''}"]
        parts += [f"{self.claims[i].text} in {names[i]}" for i in self.dissenters]  # type: ignore[union-attr]
        return label + ", ".join(parts)


#: From how many reports on a figure that only two of them give, alike, is no row: it is in no
#: dispute, and most reports do not state it (two that disagree are a row: a dispute).
FEW = 6


@define(frozen=True)
class Matrix:
    """The claim matrix of N reports.

    Attributes:
        rows: quantities stated by two reports or more (among :data:`FEW` reports or more, by
            three, or by two that disagree), dissent first.
        single: per report, how many of its claims no other report states.
        alike_in_two: how many figures only two reports give, alike, where there are
            :data:`FEW` reports or more: not listed.
    """

    rows: tuple[MatrixRow, ...] = field(converter=tuple)
    single: tuple[int, ...] = field(converter=tuple)
    alike_in_two: int = 0


class Clusters:
    """Union-find over claims, each named (document index, its place in that document). With
    ``exclusive``, a cluster never holds two claims of one document: a link that would join two
    such clusters is left out."""

    def __init__(self, exclusive: bool) -> None:
        self.exclusive = exclusive
        self.parent: dict[tuple[int, int], tuple[int, int]] = {}
        self.members: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def find(self, node: tuple[int, int]) -> tuple[int, int]:
        if node not in self.parent:
            self.parent[node] = node
            self.members[node] = [node]
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def link(
        self,
        a: tuple[int, int],
        b: tuple[int, int],
        conflict: Callable[[tuple[int, int], tuple[int, int]], bool] | None = None,
    ) -> None:
        """Join the clusters of ``a`` and ``b``; not where ``conflict`` holds for a member of each."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return
        if self.exclusive and {n[0] for n in self.members[root_a]} & {n[0] for n in self.members[root_b]}:
            return
        if conflict is not None and any(conflict(x, y) for x in self.members[root_a] for y in self.members[root_b]):
            return
        keep, drop = min(root_a, root_b), max(root_a, root_b)
        self.parent[drop] = keep
        self.members[keep] += self.members.pop(drop)


def claim_matrix(reports: Sequence[Sequence[Claim]]) -> Matrix:
    """Cluster the claims of N reports (each report's claims in text order) into rows, one per quantity."""
    from docdelta_claims.frame import named_group  # as match.py does: frames' patterns cost start-up

    # Times of day stay out (see the module's docstring): each report's other claims, in text order.
    reports = [[claim for claim in report if claim.category != "clock"] for report in reports]
    frame_of = _frame_reader()
    named: dict[int, bool] = {}  # by id (the reports hold every claim): read once per claim

    def group_only(claim: Claim) -> bool:
        # "the five were allowed to leave" names a group; "the 24 crew members", "the 24 Americans"
        # count a thing their frame reads, as any count does.
        if id(claim) not in named:
            named[id(claim)] = named_group(claim) and frame_of(claim).thing in ("", "named group")
        return named[id(claim)]

    # The judges' frames, read once for all pairings: a claim's frame depends on its own report only.
    judged: FrameCache = {}

    def judged_frame(claim: Claim) -> Frame:
        # (as the pairing read it, with what the report says around it: "At the time" takes the
        # time of the sentence before)
        found = judged.get(id(claim))
        return found[1] if found else frame_of(claim)

    links: list[tuple[int, int, int, int, int]] = []
    for i in range(len(reports)):
        position = {id(claim): index for index, claim in enumerate(reports[i])}
        for j in range(i + 1, len(reports)):
            other = {id(claim): index for index, claim in enumerate(reports[j])}
            for pairing in pair_claims(reports[i], reports[j], (), frames=judged):
                if pairing.old is None or pairing.new is None or pairing.status not in LINK_STRENGTH:
                    continue
                if group_only(pairing.old) or group_only(pairing.new):
                    continue  # "the five were allowed to leave": the group's row is where its size is stated
                if pairing.status in ("changed", "differs") and len((pairing.evidence or {}).get("matched", ())) < 2:
                    # A counted noun alone in common ("two Americans" / "five Americans"), or the one
                    # date of an arrest in each of two reports: across N reports, each of a few of the
                    # people, no row.
                    continue
                if pairing.status == "same" and _coincides(pairing.old, pairing.new, frame_of):
                    continue  # a link that held the claim would keep it from its own quantity's row
                if pairing.status == "differs" and _dated_apart(pairing.old, pairing.new, judged_frame):
                    continue
                if pairing.status in ("changed", "differs") and (
                    _orders_apart(pairing.old, pairing.new)
                    or _planned_apart(pairing.old, pairing.new)
                    or _held_apart(pairing.old, pairing.new, frame_of)
                ):
                    continue
                strength = LINK_STRENGTH.index(pairing.status)
                links.append((strength, i, position[id(pairing.old)], j, other[id(pairing.new)]))
    clusters = Clusters(exclusive=True)  # a report states a quantity once

    def disagree(x: tuple[int, int], y: tuple[int, int]) -> bool:
        return not _agrees(reports[x[0]][x[1]], reports[y[0]][y[1]])

    agreeing = LINK_STRENGTH.index("compatible")
    # Report pairs whose claims link two figures that each several reports already agree on.
    between: dict[tuple[tuple[int, int], tuple[int, int]], set[tuple[int, int]]] = {}
    for strength, i, a, j, b in sorted(links):
        if strength > agreeing:
            roots = clusters.find((i, a)), clusters.find((j, b))
            if roots[0] != roots[1] and min(len(clusters.members[root]) for root in roots) > 1:
                key = min(roots), max(roots)
                between.setdefault(key, set()).add((i, j) if key[0] == roots[0] else (j, i))
                continue
        # Agreeing links never join figures that disagree: a month without its year ("In January")
        # agrees with January 2018 and with January 2021, which are two moments, not one row.
        clusters.link((i, a), (j, b), disagree if strength <= agreeing else None)
    for (root_a, root_b), report_pairs in between.items():
        if _vouched(report_pairs):
            clusters.link(root_a, root_b)

    members: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for node in sorted(clusters.parent):
        members.setdefault(clusters.find(node), []).append(node)
    linked = {frozenset(((i, a), (j, b))) for _, i, a, j, b in links}
    rows = _settled(reports, [_row(reports, nodes) for nodes in members.values() if len(nodes) > 1], linked, frame_of)
    rows = _near_figures(reports, rows, judged_frame)
    in_rows = Counter(i for row in rows for i, claim in enumerate(row.claims) if claim is not None)
    single = [len(claims) - in_rows[index] for index, claims in enumerate(reports)]
    listed = [row for row in rows if len(reports) < FEW or row.dissenters or row.disputed or sum(c is not None for c in row.claims) > 2]
    listed.sort(key=_row_order)
    return Matrix(listed, single, len(rows) - len(listed))


def _settled(
    reports: Sequence[Sequence[Claim]],
    rows: list[MatrixRow],
    linked: set[frozenset[tuple[int, int]]],
    frame_of: Callable[[Claim], Frame],
) -> list[MatrixRow]:
    """Rows less the dissent that is not a second figure for the row's quantity:

    - a report restating a figure it gives in another row, where it agrees with that row ("Five
      Freed By Iran" in the headline of a report whose "five Americans" supports the row of the
      Americans freed): a report states a quantity once, and its headline's figure is that one;
      a row at least half of whose claims are such restatements ("$6 billion" said twice by most)
      loses them, and goes if fewer than two claims are left;
    - a dissenting claim paired with none of the claims that agree with the majority: it joined
      through another dissenter or a restatement (single links chain: "commuted to 14 years" pairs
      with the 15 years of the majority, and one report's other "14 years" only with it);
    - a dissenting year more than two years from the row's (:func:`~docdelta_claims.match.times_far_apart`):
      "expelled from Cuba in 1961" in the row of "the 1980 boatlift" is another event's year told
      with the row's verb, not a slip of the row's."""
    from docdelta_claims import frame

    agreed: dict[tuple[int, object], list[Claim]] = {}  # (report, value) -> its claims in larger rows

    def kind(claim: Claim) -> str:
        # frames are read only where a report gives one figure twice
        thing = frame_of(claim).thing
        return frame.kind(thing) if thing else ""

    kept = []
    for row in sorted(rows, key=lambda row: -len(row.support)):
        nodes = {i: (i, _position(reports[i], claim)) for i, claim in enumerate(row.claims) if claim is not None}
        restated = {i for i in nodes if _restates(row.claims[i], agreed.get((i, _value(row.claims[i])), ()), kind)}
        # (a disputed row's other claims are held to what a dissent is)
        apart = {i for i in nodes if i not in row.support} if row.disputed else set(row.dissenters)
        unlinked = {i for i in apart if not any(frozenset((nodes[i], nodes[k])) in linked for k in row.support if k not in restated)}
        if 2 * len(restated) < len(nodes):
            restated &= apart  # a row mostly of restatements goes; otherwise only their dissent
        # (a year far from the row's, "expelled from Cuba in 1961" in a row of "the 1980 boatlift":
        # another event's year told with the row's verb, no slip of the row's; a month far off may
        # be a planted error joined to the wrong row, and stays)
        far = {i for i in apart if row.majority.category == row.claims[i].category == "year" and times_far_apart(row.claims[i], row.majority)}  # type: ignore[union-attr]
        dropped = restated | unlinked | far
        if dropped:
            claims = [None if i in dropped else claim for i, claim in enumerate(row.claims)]
            remaining = [(i, _position(reports[i], claim)) for i, claim in enumerate(claims) if claim is not None]
            row = _row(reports, remaining) if len(remaining) > 1 else None  # type: ignore[assignment]
        if row is not None:
            kept.append(row)
            for i in row.support:
                agreed.setdefault((i, _value(row.claims[i])), []).append(row.claims[i])
    return kept


def _vouched(report_pairs: set[tuple[int, int]]) -> bool:
    """Whether two figures that several reports each agree on ("the five men" in five reports, "the
    two men" in five others) are one quantity told two ways: paired by two reports or more on each
    side, or by three pairs of reports. One pair of reports pairing them tells two groups alike
    more often than one group twice (a lone report's figure joins on one link: it is the dissent)."""
    left = {pair[0] for pair in report_pairs}
    right = {pair[1] for pair in report_pairs}
    return (len(left) >= 2 and len(right) >= 2) or len(report_pairs) >= 3


def _coincides(a: Claim, b: Claim, frame_of: Callable[[Claim], Frame]) -> bool:
    """Whether two equal figures are a coincidence: small whole numbers whose frames match in neither
    thing nor predicate and count other things ("freed 37 Palestinian prisoners" / "37 more due over the next three
    days"), or one moment of two people's acts ("Ginzburg was arrested in March 1977" / "Shcharansky,
    arrested in March 1977"). A large or fractional figure ("2.3 million") is too particular to recur
    by chance."""
    from docdelta_claims import frame

    moment = a.category in ("date", "year")
    small = a.category in ("count", "money", "percent", "measure") and isinstance(a.value, int) and a.value < 1000
    if not (moment or small):
        return False
    frames = frame_of(a), frame_of(b)
    found = frame.agreement(*frames)
    if moment:
        return "name" in found.conflicts and all(frame.people(f.names) for f in frames)
    # (a name or place alike, "Algerian troops" / "in Algeria", is the story's, not the count's)
    return not {"thing", "predicate"} & set(found.matched) and "thing" in found.conflicts


def _orders_apart(a: Claim, b: Claim) -> bool:
    """Whether two counts lie a hundred times apart or more, their digits not the same ("seven
    members of Solidarity's leadership" / "about 10 million members"): two quantities that share a
    noun, not one quantity's figure and its dissent (a slip of the point, "9.5 million" / "95 million",
    keeps its digits)."""
    counts = all(c.category == "count" and isinstance(c.value, (int, float)) and c.value > 0 for c in (a, b))
    return counts and not _near_update(a, b, 100) and not _shifted(a, b)


#: Words that say those held are held still, at the time of the report: those left ("leaves seven
#: Americans unaccounted for"), those still held or remaining.
_STILL = re.compile(r"\b(?:still|remain|remains|remained|remaining|leaves|leaving)\b", re.IGNORECASE)


def _held_apart(a: Claim, b: Claim, frame_of: Callable[[Claim], Frame]) -> bool:
    """Whether two counts of people held are those held still and those held at some moment of
    the story ("the seven Americans still held in Lebanon", "leaves seven Americans unaccounted
    for" / "His men held 35 of the Americans in flats"): two moments, no dissent (freed in
    between, or taken)."""
    if not (a.category == b.category == "count" and frame_of(a).predicate == frame_of(b).predicate == "hold"):
        return False
    still = [bool(_STILL.search(c.sentence, max(0, c.position - 40), c.position + len(c.text) + 60)) for c in (a, b)]
    return still[0] != still[1]


def _planned_apart(a: Claim, b: Claim) -> bool:
    """Whether two days are one of an act to come and one of an act done ("agreed to fly 55 prisoners
    out of its jails on Saturday" / "freed 54 prisoners on Sunday"): the plan's day and the act's,
    two moments, no dissent (a count planned against one done may be: "agreed to free 55" / "freed 54")."""
    from docdelta_claims.frame import planned

    return a.category == b.category == "date" and planned(a) != planned(b)


def _dated_apart(a: Claim, b: Claim, frame_of: Callable[[Claim], Frame]) -> bool:
    """Whether one claim is dated to a month or a year and the other to no time at all ("The last
    exchange of this size, in October 2020, freed 1,056" / "706 prisoners went home"): the dated one
    is an earlier event's figure, an uncertain pair in two documents and no dissent across N."""
    times = [frame_of(claim).times for claim in (a, b)]
    dated = [any(t.startswith(("year:", "month:")) for t in ts) for ts in times]
    return dated[0] != dated[1] and not all(times)


def _frame_reader() -> Callable[[Claim], Frame]:
    """A claim's own frame (:func:`~docdelta_claims.frame.claim_frame`, read alone), once per claim
    of the reports (by id: the reports hold every claim while the matrix is built)."""
    from docdelta_claims.frame import claim_frame

    read: dict[int, Frame] = {}

    def frame_of(claim: Claim) -> Frame:
        if id(claim) not in read:
            read[id(claim)] = claim_frame(claim)
        return read[id(claim)]

    return frame_of


def _restates(claim: Claim | None, elsewhere: Sequence[Claim], kind: Callable[[Claim], str]) -> bool:
    """Whether a report's claim is a figure it gives in a larger row (``elsewhere``), of the same kind of thing."""
    if claim is None or not elsewhere:
        return False
    own = kind(claim)
    return any(not own or not kind(other) or own == kind(other) for other in elsewhere)


def _position(claims: Sequence[Claim], claim: Claim) -> int:
    return next(k for k, each in enumerate(claims) if each is claim)


def _value(claim: Claim | None) -> object:
    return None if claim is None else (claim.category, claim.value, claim.low, claim.high)


def _agrees(a: Claim, b: Claim) -> bool:
    return comparable(a, b) and relation(a, b) != "changed"


def _grain(claim: Claim) -> int:
    """How finely a time is told: 1 for a year, 2 for a month of a year, 3 for a day; 0 for others."""
    if claim.category == "year":
        return 1
    if claim.category == "date" and isinstance(claim.value, str) and claim.value[:1].isdigit():
        return 1 + claim.value.count("-")  # ISO: "2015-10", "2015-10-12"
    return 0


def _exact(claim: Claim) -> bool:
    return claim.category == "date" or (claim.low is not None and claim.low == claim.high)


def _row(reports: Sequence[Sequence[Claim]], nodes: Sequence[tuple[int, int]]) -> MatrixRow:
    claims: list[Claim | None] = [None] * len(reports)
    for report, index in nodes:
        claims[report] = reports[report][index]
    stated = [(i, c) for i, c in enumerate(claims) if c is not None]
    # An exact value can be the majority; "over 100" supports 123 but states no value.
    candidates = [c for _, c in stated if _exact(c)] or [c for _, c in stated]
    majority, support = candidates[0], [i for i, c in stated if _agrees(candidates[0], c)]
    for candidate in candidates[1:]:
        agreeing = [i for i, c in stated if _agrees(candidate, c)]
        # (as many reports agree with "October 2015" as with "2015": the finer one is shown)
        if len(agreeing) > len(support) or (len(agreeing) == len(support) and _grain(candidate) > _grain(majority)):
            majority, support = candidate, agreeing
    finer = _finer_majority(stated, majority, support)
    if finer is not None:
        majority, support = finer
    dissenters = [i for i, _ in stated if i not in support]
    subjects = Counter(c.subject for _, c in stated if c.subject)
    subject = min(subjects, key=lambda s: (-subjects[s], s)) if subjects else ""
    by_report = dict(stated)
    rival = max((sum(_agrees(by_report[i], c) for _, c in stated) for i in dissenters), default=0)
    if dissenters and (len(support) < (3 if len(reports) >= FEW else 2) or rival >= len(support)):
        # One report against another, nobody else, or (among FEW reports or more, where two alike
        # are no row either) two against one: a dispute, and none of them is the outlier. So is a
        # row where the dissenters agree among themselves as many as the majority ("One prisoner
        # died" in three reports, "several hundred political prisoners remain" in three): no value
        # has more reports behind it.
        return MatrixRow(subject, majority.category, claims, majority, support, (), disputed=True)
    return MatrixRow(subject, majority.category, claims, majority, support, dissenters)


def _finer_majority(
    stated: Sequence[tuple[int, Claim]], majority: Claim, support: Sequence[int]
) -> tuple[Claim, list[int]] | None:
    """A finer value most of those who tell the row that finely agree on, where the coarse majority
    hides a dissent: "October" in ten reports, "October 2011" in five of them and "October 2012" in
    one is October 2011 with one dissenter. At least twice as many as dissent, and two at least."""
    best = None
    for _, candidate in stated:
        if _grain(candidate) <= _grain(majority) or not _agrees(candidate, majority):
            continue
        agreeing = [i for i, c in stated if _agrees(candidate, c)]
        dissent = [i for i in support if i not in agreeing]
        as_fine = [i for i, c in stated if i in agreeing and _grain(c) >= _grain(candidate)]
        if dissent and len(as_fine) >= max(2, 2 * len(dissent)) and (best is None or len(agreeing) > len(best[1])):
            best = candidate, agreeing
    return best


def _row_order(row: MatrixRow) -> tuple[bool, bool, bool, int, str, str]:
    settled_calendar = not row.dissenters and not row.disputed and row.category in ("year", "date")
    return (not row.dissenters, not row.disputed, settled_calendar, -len(row.support), row.category, row.subject)


#: How far a figure may lie from a main row's majority to be read as that row's figure told otherwise.
NEAR_FIGURE = 0.2

#: How many days a day may lie from a main row's day to be read as that day told otherwise.
NEAR_DAYS = 1

# "On 13 June, the day before the garrison surrendered": another act's day, told as such.
_A_DAY_OFF = re.compile(r"\b(?:the|a|one) day (?:before|after|earlier|later)\b|\beve of\b", re.IGNORECASE)


def _near(claim: Claim, majority: Claim) -> bool:
    """Whether a claim's figure lies near a majority's of its category without agreeing with it: a
    count within :data:`NEAR_FIGURE` of it; a day of the same month within :data:`NEAR_DAYS` of it
    ("June 13" / "June 14, 1995"); a month next to it, both of a year told alike or neither
    ("November 1974" / "December 1974"). A report slips by a day or a month on one event's time;
    another event's time is told as such ("the day before"), or lies further. A dateline's date
    dates the report, not the event."""
    from docdelta_claims.frame import in_dateline

    if claim.category == "count":
        return _exact(claim) and isinstance(claim.value, (int, float)) and 0 < abs(claim.value - majority.value) <= NEAR_FIGURE * majority.value
    if _A_DAY_OFF.search(claim.sentence) or in_dateline(claim):
        return False
    a, b = _calendar(claim.value), _calendar(majority.value)
    if a is None or b is None or (a[2] is None) != (b[2] is None) or (a[0] is not None and b[0] is not None and a[0] != b[0]):
        return False
    if a[2] is None:
        # ("May" against "April 2022": a month of some year, maybe another)
        return (a[0] is None) == (b[0] is None) and abs(a[1] - b[1]) == 1
    return a[1] == b[1] and 0 < abs(a[2] - b[2]) <= NEAR_DAYS


def _calendar(value: object) -> tuple[int | None, int, int | None] | None:
    """Year (None if not told), month and day (None if not told) of a date claim's ISO value
    ("1995-06-14", "--06-14", "--06", "1986-05"); None for a weekday or a season."""
    if not isinstance(value, str):
        return None
    if value.startswith("--"):
        year, parts = "", value[2:].split("-")
    else:
        year, _, rest = value.partition("-")
        parts = rest.split("-") if rest else []
    if (year and not year.isdigit()) or not 1 <= len(parts) <= 2 or not all(p.isdigit() for p in parts):
        return None
    return (int(year) if year else None, int(parts[0]), int(parts[1]) if len(parts) > 1 else None)


def _near_figures(reports: Sequence[Sequence[Claim]], rows: list[MatrixRow], frame_of: Callable[[Claim], Frame]) -> list[MatrixRow]:
    """Rows with the dissent no pairing found: a report that never gives a main row's figure, but gives
    one figure in no row near it (:func:`_near`), that its frames do not set apart (no
    conflict of thing, predicate or time with the majority's count; of thing or time with any of
    the claims that agree on a day), gives that figure for the row's quantity ("612 weary
    homecomers had climbed down into the arms of their families" against "602 men arrived", worded
    alike by none). A main row: an exact count or a month or day a third of the reports or more
    (three at least) agree on. A report with two such figures is left alone: which one it meant is
    not known; so is a figure another row's agrees with ("besides the 12 on the plane" is the 12
    hostages' row's, not a dissent from the 15 guerrillas')."""
    from docdelta_claims.frame import agreement

    placed = {(r, id(c)) for row in rows for r, c in enumerate(row.claims) if c is not None}
    found_rows = []
    for row in rows:
        majority = row.majority
        main = not row.disputed and len(row.support) >= max(3, len(reports) // 3)
        count = row.category == "count" and _exact(majority) and isinstance(majority.value, (int, float)) and majority.value > 0
        day = row.category == "date" and _calendar(majority.value) is not None
        if not main or not (count or day):
            found_rows.append(row)
            continue
        claims, dissenters = list(row.claims), list(row.dissenters)
        # A day is told with many verbs ("the raid began on", "stormed the town on", "took control
        # on"): a day near it may be worded as any of the reports that agree, and its verb may be
        # none of theirs; a count as the majority's own, with no other verb.
        judges = [row.claims[k] for k in row.support] if day else [majority]
        parting = {"thing", "time"} if day else {"thing", "predicate", "time"}
        for r, report in enumerate(reports):
            if claims[r] is not None or any(c.category == majority.category and (c.value == majority.value if count else _agrees(c, majority)) for c in report):
                continue
            near = [
                c
                for c in report
                if c.category == majority.category
                and (r, id(c)) not in placed
                and _near(c, majority)
                and any(not parting & set(agreement(frame_of(c), frame_of(judge)).conflicts) for judge in judges)
                and not any(other is not row and _agrees(other.majority, c) for other in rows)
            ]
            if len(near) == 1:
                claims[r] = near[0]
                dissenters.append(r)
        changed = len(dissenters) != len(row.dissenters)
        found_rows.append(MatrixRow(row.subject, row.category, claims, majority, row.support, tuple(sorted(dissenters)), row.disputed) if changed else row)
    return found_rows
