"""The kinds of discrepancy issue 18 names, each told in other words by two outlets among figures
that agree: every one must come out ``changed`` and nothing else ``changed``. (The wording is this
file's own: the reports kept aside are not held here.)"""

from __future__ import annotations

import pytest

import docdelta

SESSION = docdelta.Session(plugins=["news", "claims"])

LEAD = (
    "The government freed 123 prisoners on Thursday in exchange for the lifting of some sanctions.",
    "Authorities released 123 prisoners on Thursday as Washington eased some sanctions.",
)
AROUND = (
    (
        "More than 1,000 political prisoners remain behind bars, rights groups say.",
        "The releases were announced on Thursday after talks with a U.S. envoy.",
        "Among those freed were 14 journalists and a 63-year-old Nobel laureate.",
    ),
    (
        "Washington's envoy announced the releases on Thursday.",
        "The freed included 14 journalists and the Nobel laureate, 63.",
        "Rights groups say more than 1,000 political prisoners are still held.",
    ),
)

KINDS = [
    # people sent on to another country: a part of those freed, told with other verbs
    ("Of those freed, 114 were taken to Ukraine by bus, the rights group said.", "Officials said 104 of the released prisoners were sent on to Ukraine.", "114", "104"),
    # the same handing over told from the end that took them in
    ("Ukraine took in 114 of those released, its officials said.", "Of the 123, 104 were expelled to Ukraine.", "114", "104"),
    # the place that took them in is the one that said "it" received them
    ("Of the 123 freed, 114 were driven on to Ukraine, the group said.", "Kyiv said it had received 104 of the released prisoners.", "114", "104"),
    # a part of the group told in apposition to a collective noun: no one's age ("The majority, 104,")
    ("Most of the group - 114 people - left for Ukraine.", "The majority, 104, were bused to Ukraine.", "114", "104"),
    # a population's slip, the country unnamed in the sentence
    ("The country of 9.5 million people has been ruled by the same man since 1994.", "He has ruled the nation of 91.5 million since 1994.", "9.5 million", "91.5 million"),
    ("About 9.5 million people live in the country.", "The country has a population of 91.5 million.", "9.5 million", "91.5 million"),
    # the year a sanction was imposed, with two verbs of one act
    ("Washington imposed sanctions on the state airline in 2023.", "The United States blacklisted the airline in 2021.", "2023", "2021"),
    ("Sanctions were imposed on the potash producer in 2023.", "The potash producer has faced sanctions since 2021.", "2023", "2021"),
    # the month of an earlier release
    ("In July, the government freed 16 prisoners in a similar gesture.", "The last such release came in June, when 16 prisoners walked free.", "July", "June"),
    ("A previous release, in July, saw 16 people freed.", "Sixteen people were freed in an earlier release in June.", "July", "June"),
    ("An earlier release of 16 prisoners took place in July.", "The government freed 16 prisoners in June in a similar deal.", "July", "June"),
    # time in prison told in two units
    ("He had spent more than five years in prison.", "He spent 1,808 days behind bars.", "more than five years", "1,808 days"),
    ("After more than five years in jail, the activist is free.", "The activist was freed after 1,808 days in detention.", "more than five years", "1,808 days"),
]


@pytest.mark.parametrize(("old_sentence", "new_sentence", "old_figure", "new_figure"), KINDS, ids=[f"{k[2]}-{k[3]}-{i}" for i, k in enumerate(KINDS)])
def test_each_kind_of_discrepancy_told_otherwise_is_changed_and_nothing_else(old_sentence, new_sentence, old_figure, new_figure):
    old = "\n\n".join([LEAD[0], AROUND[0][0], old_sentence, AROUND[0][1], AROUND[0][2]])
    new = "\n\n".join([LEAD[1], AROUND[1][0], AROUND[1][1], new_sentence, AROUND[1][2]])
    changed = [
        (f.data["old"]["text"], f.data["new"]["text"])
        for f in SESSION.compare(old, new).findings
        if f.kind == "claim" and f.data["status"] == "changed"
    ]
    # (the claim keeps its qualifier: "Of those freed, 114" may read as "114")
    assert len(changed) == 1, changed
    assert changed[0][0].endswith(old_figure) and changed[0][1].endswith(new_figure), changed


def test_an_initialism_and_the_name_it_shortens_are_one_name():
    """"The European Union" / "the EU": one actor, so two years of its one act may be one quantity."""
    from docdelta_claims.frame import Frame, agreement

    union = Frame(thing="", predicate="sanction", times=(), places=(), names=("european", "union"))
    eu = Frame(thing="", predicate="sanction", times=(), places=(), names=("eu",))
    un = Frame(thing="", predicate="sanction", times=(), places=(), names=("un",))
    assert "name" in agreement(union, eu).matched
    assert "name" in agreement(union, un).conflicts
