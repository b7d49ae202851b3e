"""A docdelta plugin: hedge words ("reportedly", "could") added or removed between two versions."""

import re

from docdelta import Check, Finding, hookimpl

HEDGES = ("allegedly", "appeared", "could", "may", "might", "reportedly")
WORD = re.compile(r"\w+")


def count_hedges(text):
    counts = dict.fromkeys(HEDGES, 0)
    for word in WORD.findall(text.casefold()):
        if word in counts:
            counts[word] += 1
    return counts


def find_hedges(comparison):
    old = count_hedges(comparison.old.text)
    new = count_hedges(comparison.new.text)
    for word in HEDGES:
        if old[word] != new[word]:
            yield Finding(
                check="hedges",
                kind="hedge-count",
                severity="low",
                message=f"'{word}': {old[word]} times before, {new[word]} after",
                data={"word": word, "old": old[word], "new": new[word]},
            )


@hookimpl
def docdelta_register_checks(register):
    register(Check("hedges", find_hedges, "Hedge words added or removed."))
