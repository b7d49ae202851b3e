"""Every figure edited alone: does the check find exactly that figure ``changed``?

A successive version of a story often differs from the one before in one figure (a toll updated,
a date corrected). This benchmark makes such versions by hand from every text of the pairing sets
(``tests/facts_*``, their ``old`` sides): for each claim the check reads, one version with that
claim's figure replaced by another of its form (the last number of its text raised, a year moved
back one, a day of a month moved, a number word, month or weekday two steps on; a range keeps its
order), the rest of the text kept. Each version is compared with its text, and the edit's outcome
counted:

- ``changed``: the edited claim is ``changed`` and nothing else is ``added``, ``removed``,
  ``changed`` or ``differs``;
- ``changed+noise``: it is ``changed``, and something else moved too;
- otherwise the statuses the comparison gave (``differs``, ``added+removed``...), ``unseen`` if none.

Edits no rule above can make (a score ``4-3``, a fraction ``two-thirds``, an ordinal) are skipped.
A weekday of saying (``the ministry said on Thursday``) edited comes out ``differs`` by design: a
later version re-reports on a later day (docs/claims.rst, "How well it pairs").

``--mode moved-said`` also moves the edited sentence to the top as a paragraph of its own (under
a Title Case headline) and ends it with ", officials said." (an agency's writethru: the figure in a sentence moved and added to);
Title Case headlines are skipped there.

``--mode fronted-time`` rewords the edited sentence in place as another outlet or a writethru
often does: the time it gives inside (``... freed 52 prisoners on Thursday``, ``in June``) is put
in front (``On Thursday, ... freed 52 prisoners``); sentences with no such time, or whose edited
claim is that time, are skipped.

``--mode joined`` joins the edited sentence to the next one of its paragraph with ", and" (a
writethru merging two sentences); sentences last in their paragraph are skipped.

``--mode split`` splits the edited sentence in two where it is joined by "; " or ", and " (the
second part a sentence of its own), as a writethru shortens a long sentence.

``--mode quoted`` puts the edited sentence, in place, in an official's mouth: in quotation marks,
then ", an official said." (a figure another report gives in a quote).

``--mode said-first`` rewords a sentence that ends with who said it (``..., the ministry said.``)
to open with it (``The ministry said ...``), as a lede and a later paragraph often tell one fact.

``--mode according-to`` tells the same source the other common way: ``..., the ministry said.``
becomes ``..., according to the ministry.`` (a writethru's or another outlet's attribution).

``--mode restyled`` edits the figure in place and puts the whole rest of the text in another house
style (:func:`restyle`: ``45%`` for ``45 percent``, ``4`` for ``four``, ``$5m`` for ``$5 million``,
``Dec. 13`` for ``December 13``, ``US`` for ``U.S.``): a story as another outlet or the feed prints
it, where no other figure may move.

``--mode fed`` edits the figure in place and gives the text as a news feed carries it
(:func:`as_fed`: curly quotes, a "Read also:" line with a figure of its own after the second
paragraph, a footer with a reading time), as the seeds' feed text differs from the site's.

    python benchmarks/edits.py                            # every pairing set
    python benchmarks/edits.py --corpus tests/facts_corpus --show 5
    python benchmarks/edits.py --mode moved-said
    python benchmarks/edits.py --mode fronted-time
    python benchmarks/edits.py --mode said-first
    python benchmarks/edits.py --mode joined
    python benchmarks/edits.py --mode quoted
    python benchmarks/edits.py --mode split
    python benchmarks/edits.py --mode according-to
    python benchmarks/edits.py --mode restyled
    python benchmarks/edits.py --mode fed

Prints, per category, how many edits came out ``changed`` of those made, and the other outcomes.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import docdelta
from docdelta_claims.extract import title_case

sys.path.insert(0, str(Path(__file__).resolve().parent))
import facts  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SESSION = docdelta.Session(plugins=["news", "claims"])
_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_MONTHS = "January February March April May June July August September October November December".split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
#: What no edit keeps well formed: a score ("4-3"), a fraction ("two-thirds").
_UNEDITABLE = re.compile(r"\d-\d|thirds?|quarters?|fifths?|halves", re.IGNORECASE)
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: A time inside a sentence, after a word and before its end: "on Thursday", "on March 3", "in June 2019".
_INNER_TIME = re.compile(
    rf",?\s(?P<time>(?:on|in)\s(?:{'|'.join(_WEEKDAYS)}|(?:{'|'.join(_MONTHS)})(?:\s\d{{1,2}})?(?:,?\s\d{{4}})?|\d{{4}}))(?=[\s,.])"
)
#: Words a sentence may open with that a rewording, putting words before them, writes in lower case.
_COMMON_OPENING = re.compile(r"(?:The|A|An|He|She|It|They|His|Her|Its|Their|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b")
#: Who said it, closing a sentence: ", the ministry said.", ", officials said on Thursday."
_SAID_LAST = re.compile(
    r",\s(?P<who>(?:the\s|a\s|an\s)?(?:[A-Z]?[a-z]+\s|[A-Z][\w'’.-]*\s){0,4}?)(?P<verb>said|says|told reporters|reported)"
    r"(?P<when>\s(?:on|late on|early on)\s[A-Z][a-z]+(?:\s\d{1,2})?)?\.$"
)
#: A sentence that opens with a phrase of its own ("In an earlier release in January, ..."): no second in front.
_OPENING_PHRASE = re.compile(r"(?:In|On|At|By|During|After|Before|Since|Until|For)\b")
#: A clause of its own before the time: its time is that clause's, not the sentence's.
_SUBORDINATE = re.compile(r"\b(?:since|when|after|before|until|as|while|because|which|who|whom|that|where|if)\b|[,;:(—–]", re.IGNORECASE)


def edited_figure(text: str, category: str) -> str | None:
    """``text`` (a claim as written) with one figure replaced by another of its form, or ``None``."""
    if _UNEDITABLE.search(text):
        return None
    figures = list(_FIGURE.finditer(text))
    if figures:
        last = figures[-1]  # a range's upper end, raised: the range keeps its order
        written = last.group()
        digits = written.replace(",", "")
        if "." in digits:
            new = digits[:-1] + str((int(digits[-1]) + 3) % 10 or 1)
        elif "," not in written and len(digits) == 4 and 1000 <= int(digits) <= 2030:
            new = str(int(digits) + 1) if len(figures) > 1 else str(int(digits) - 1)
        elif category == "date" and int(digits) <= 31:
            new = str(int(digits) % 28 + 1)
        else:
            number = int(digits)
            new = str(number + max(1, number // 7 + 3))
            new = f"{int(new):,}" if "," in written and len(new) > 3 else new
        return text[: last.start()] + new + text[last.end() :]
    for words in (_WORDS, _MONTHS, _WEEKDAYS):
        found = [m for word in words for m in re.finditer(rf"(?<![-\w]){word}(?![-\w])", text, re.IGNORECASE)]
        if found:
            last = max(found, key=lambda m: m.start())
            replacement = words[([w.lower() for w in words].index(last.group().lower()) + 2) % len(words)]
            replacement = replacement.capitalize() if last.group()[0].isupper() else replacement.lower()
            return text[: last.start()] + replacement + text[last.end() :]
    return None


def versions(text: str, mode: str = "plain") -> Iterator[tuple[docdelta.Finding, str | None]]:
    """Each claim finding of ``text`` and the version with its figure edited (``None``: skipped)."""
    for finding in SESSION.compare(text, text).findings:
        if finding.check != "numeric-claims" or not finding.old_spans:
            continue
        span, record = finding.old_spans[0], finding.data["old"]
        new = edited_figure(record["text"], finding.data["category"])
        if new is None:
            yield finding, None
            continue
        if mode == "plain":
            yield finding, text[: span.start] + new + text[span.end :]
            continue
        sentence = record["sentence"]
        at = text.find(sentence)
        if at < 0 or not at <= span.start < at + len(sentence) or title_case(sentence):
            yield finding, None
            continue
        yield finding, REWORDINGS[mode](text, at, sentence, span.start - at, span.end - at, new)


def _moved_said(text: str, at: int, sentence: str, start: int, end: int, new: str) -> str:
    """``text`` with its sentence at ``at`` edited (``new`` for ``sentence[start:end]``), moved to
    the top (under a Title Case headline) and ended by ", officials said."."""
    moved = sentence[:start] + new + sentence[end:]
    moved = re.sub(r"[.!?][\"”’']?$", "", moved.rstrip()) + ", officials said."
    rest = text[:at] + text[at + len(sentence) :]
    headline, _, body = rest.partition("\n\n")
    # the top of the story: under a Title Case headline, as a writethru's new lede stands
    return f"{headline}\n\n{moved}\n\n{body}" if body and title_case(headline) else f"{moved}\n\n{rest}"


def _quoted(text: str, at: int, sentence: str, start: int, end: int, new: str) -> str | None:
    """``text`` with its sentence at ``at`` edited and put in quotation marks, then ", an official
    said."; ``None`` if it holds a quotation mark already or ends otherwise than with a full stop."""
    edited = sentence[:start] + new + sentence[end:]
    if not edited.endswith(".") or '"' in edited or "“" in edited:
        return None
    return text[:at] + f'"{edited[:-1]}," an official said.' + text[at + len(sentence) :]


def _fronted(text: str, at: int, sentence: str, start: int, end: int, new: str) -> str | None:
    """``text`` with its sentence at ``at`` edited (``new`` for ``sentence[start:end]``) and the
    first time inside it put in front; ``None`` if it has none apart from the edited claim."""
    time = next((m for m in _INNER_TIME.finditer(sentence) if m.start() > 0 and (m.end() <= start or m.start() >= end)), None)
    if time is None or _SUBORDINATE.search(sentence, 0, time.start() + 1) or _OPENING_PHRASE.match(sentence) or not sentence[:1].isupper():
        return None  # (a time after a clause of its own, or after a comma, may be that clause's)
    edited = sentence[:start] + new + sentence[end:]
    shift = len(new) - (end - start) if time.start() >= end else 0
    cut = edited[: time.start() + shift] + edited[time.end() + shift :]
    cut = cut[0].lower() + cut[1:] if _COMMON_OPENING.match(cut) else cut
    when = time.group("time")
    return text[:at] + when[0].upper() + when[1:] + ", " + cut + text[at + len(sentence) :]


#: The next sentence of a paragraph, right after a sentence's end.
_NEXT_SENTENCE = re.compile(r" (?P<next>(?P<first>[A-Z][\w'’-]*)[^\n]*?[.!?][\"”]?)(?= |\n|$)")


def _joined(text: str, at: int, sentence: str, start: int, end: int, new: str) -> str | None:
    """``text`` with its sentence at ``at`` edited and joined to the next of its paragraph by
    ", and"; ``None`` if it is the last of its paragraph or does not end with a full stop."""
    after = at + len(sentence)
    following = _NEXT_SENTENCE.match(text, after)
    if following is None or not sentence.endswith("."):
        return None
    edited = sentence[:start] + new + sentence[end:-1]
    next_one = following.group("next")
    first = following.group("first")
    # (a word the text writes in lower case elsewhere is no name: "Turnout was ...", "Some had ...")
    if _COMMON_OPENING.match(next_one) or re.search(rf"\b{re.escape(first.lower())}\b", text):
        next_one = next_one[0].lower() + next_one[1:]
    return text[:at] + edited + ", and " + next_one + text[following.end() :]


def _said_first(text: str, at: int, sentence: str, start: int, end: int, new: str) -> str | None:
    """``text`` with its sentence at ``at`` edited and its closing "..., X said." put in front
    ("X said ..."); ``None`` if it closes with no one who said it, or the edit is in that part."""
    said = _SAID_LAST.search(sentence)
    if said is None or end > said.start() or not sentence[:1].isupper():
        return None
    body = sentence[:start] + new + sentence[end : said.start()]
    body = body[0].lower() + body[1:] if _COMMON_OPENING.match(body) or _OPENING_PHRASE.match(body) else body
    who = said.group("who").strip()
    who = who[0].upper() + who[1:] if who else "Officials"
    return text[:at] + f"{who} {said.group('verb')}{said.group('when') or ''} {body}." + text[at + len(sentence) :]


def _according_to(text: str, at: int, sentence: str, start: int, end: int, new: str) -> str | None:
    """``text`` with its sentence at ``at`` edited and its closing "..., X said." told as
    "..., according to X."; ``None`` if it closes with no one named who said it, or the edit is in that part."""
    said = _SAID_LAST.search(sentence)
    who = said.group("who").strip() if said else ""
    # (a source: "the ministry", "officials"; not "he", nor "..., not six as first reported.")
    if said is None or end > said.start() or not re.match(r"(?!(?:he|she|it|they|we|i|not)\b)\w", who, re.IGNORECASE):
        return None
    who = who[0].lower() + who[1:] if _COMMON_OPENING.match(who) else who
    edited = sentence[:start] + new + sentence[end : said.start()]
    return text[:at] + f"{edited}, according to {who}{said.group('when') or ''}." + text[at + len(sentence) :]


#: Where a sentence joins two: "; " or ", and " before a clause with a subject of its own ("the",
#: a pronoun, a number: not "and sentenced him", which needs the first clause's subject).
_JOINT = re.compile(r"(?:;|,\s+and)\s+(?=(?:the|a|an|he|she|it|they|his|her|its|their|this|that|these|those|some|most|all|officials|police|\d)\b)")


def _split(text: str, at: int, sentence: str, start: int, end: int, new: str) -> str | None:
    """``text`` with its sentence at ``at`` edited and split in two at its first joint outside the
    edited claim; ``None`` if it has none."""
    joint = next((m for m in _JOINT.finditer(sentence) if m.end() <= start or m.start() >= end), None)
    if joint is None:
        return None
    edited = sentence[:start] + new + sentence[end:]
    shift = len(new) - (end - start) if joint.start() >= end else 0
    first, second = edited[: joint.start() + shift], edited[joint.end() + shift :]
    return text[:at] + first + ". " + second[0].upper() + second[1:] + text[at + len(sentence) :]


_ABBREVIATED = {"Jan.": "January", "Feb.": "February", "Aug.": "August", "Sept.": "September", "Oct.": "October", "Nov.": "November", "Dec.": "December"}


def restyle(text: str) -> str:
    """``text`` in another house style, its figures all kept: "%" for "percent" (or back), months
    with a day spelled out (or abbreviated), "two" to "nine" as digits, "million"/"billion" as
    "m"/"bn", "U.S." as "US"."""
    if re.search(r"\d (?:percent|per cent)\b", text):
        text = re.sub(r"(\d) (?:percent|per cent)\b", r"\1%", text)
    else:
        text = re.sub(r"(\d)%", r"\1 percent", text)
    if any(f"{short} " in text for short in _ABBREVIATED):
        text = re.sub(r"\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. (?=\d)", lambda m: _ABBREVIATED[m.group(1) + "."] + " ", text)
    else:
        full = {name: short for short, name in _ABBREVIATED.items()}
        text = re.sub(rf"\b({'|'.join(full)}) (?=\d{{1,2}}\b)", lambda m: full[m.group(1)] + " ", text)
    digits = {word: str(n) for n, word in enumerate(_WORDS, 1) if 2 <= n <= 9}
    text = re.sub(rf"(?<![-\w])({'|'.join(digits)})(?![-\w])", lambda m: _as_digits(m, digits), text)
    text = re.sub(r"(\d) (million|billion)\b", lambda m: m.group(1) + ("m" if m.group(2) == "million" else "bn"), text)
    return text.replace("U.S.", "US")


def _as_digits(word: re.Match[str], digits: dict[str, str]) -> str:
    """A number word as digits, but not in "four hundred and three" or "three quarters", nor after a name ("Reform UK
    four" is read as part of the name once in digits)."""
    before, after = word.string[max(0, word.start() - 30) : word.start()], word.string[word.end() :]
    if re.search(r"(?:hundred|thousand) and $|[A-Z][\w.]* $", before) or re.match(r"\s+(?:hundred|thousand|million|billion|thirds|quarters|fifths)\b", after):
        return word.group()
    return digits[word.group()]


def _restyled(text: str, at: int, sentence: str, start: int, end: int, new: str) -> str:
    """``text`` with the figure at ``at + start`` edited and the rest of the text restyled
    (:func:`restyle`), as the same story reads on another outlet's or the feed's page."""
    return restyle(text[: at + start]) + new + restyle(text[at + end :])


#: What a feed adds to a story: a related story's link (with a figure of its own) and a footer.
_RELATED = "Read also: Talks Resume As 14 Prisoners Await Release"
_FOOTER = "From The Example Times via this RSS feed, 4 min read"


def as_fed(text: str) -> str:
    """``text`` as a news feed carries it (the seeds' site and feed texts differ so): curly quotes,
    a "Read also:" line after its second paragraph, a footer."""
    text = re.sub(r'(^|[\s(])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d").replace("'", "\u2019")
    paragraphs = text.split("\n\n")
    paragraphs.insert(min(2, len(paragraphs)), _RELATED)
    return "\n\n".join(paragraphs) + "\n\n" + _FOOTER


def _fed(text: str, at: int, sentence: str, start: int, end: int, new: str) -> str:
    """``text`` with the figure at ``at + start`` edited, as a feed carries it (:func:`as_fed`)."""
    return as_fed(text[: at + start] + new + text[at + end :])


#: How each mode rewords the sentence of the edited figure (``plain`` edits it in place).
REWORDINGS = {
    "moved-said": _moved_said,
    "fronted-time": _fronted,
    "said-first": _said_first,
    "according-to": _according_to,
    "joined": _joined,
    "split": _split,
    "quoted": _quoted,
    "restyled": _restyled,
    "fed": _fed,
}


def outcome(text: str, version: str, finding: docdelta.Finding) -> str:
    """What comparing ``text`` with ``version`` shows of the edit of ``finding``'s claim."""
    start = finding.old_spans[0].start
    moved = [
        f
        for f in SESSION.compare(text, version).findings
        if f.check == "numeric-claims" and f.data["status"] not in ("same", "compatible")
    ]
    edited = [f for f in moved if f.data["status"] == "changed" and f.old_spans and f.old_spans[0].start == start]
    if edited:
        return "changed" if len(moved) == len(edited) else "changed+noise"
    return "+".join(sorted({f.data["status"] for f in moved})) or "unseen"


def score(corpora: Sequence[Path], mode: str = "plain") -> Iterator[tuple[str, str, str, str, str]]:
    """``(category, outcome, pair id, claim, edited claim)`` for each claim of the sets' ``old`` sides."""
    for corpus in corpora:
        for pair in facts.pairs(corpus):
            text = pair["old"].strip()
            for finding, version in versions(text, mode):
                category, claim = finding.data["category"], finding.data["old"]["text"]
                if version is None:
                    yield category, "skipped", pair["id"], claim, ""
                else:
                    yield category, outcome(text, version, finding), pair["id"], claim, version


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, action="append", help="a pairing set (default: every tests/facts_*)")
    parser.add_argument("--mode", choices=("plain", *REWORDINGS), default="plain")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print N edits of each outcome other than changed")
    args = parser.parse_args(argv)
    corpora = args.corpus or sorted(p for p in (ROOT / "tests").glob("facts_*") if any(p.glob("*.toml")))
    results = list(score(corpora, args.mode))
    print(f"sets {len(corpora)}, mode {args.mode}, edits {sum(r[1] != 'skipped' for r in results)}")
    for category in sorted({r[0] for r in results}):
        outcomes = Counter(r[1] for r in results if r[0] == category)
        made = sum(n for o, n in outcomes.items() if o != "skipped")
        rest = "  ".join(f"{o} {n}" for o, n in sorted(outcomes.items()) if o != "changed")
        print(f"{category:10} changed {outcomes['changed']:5} of {made:5}   {rest}")
    if args.show:
        for kind in sorted({r[1] for r in results} - {"changed", "skipped"}):
            print(f"-- {kind}")
            for category, _, pair, claim, version in [r for r in results if r[1] == kind][: args.show]:
                print(f"   {pair} ({category}): {claim!r} edited")
    return 0


if __name__ == "__main__":
    sys.exit(main())
