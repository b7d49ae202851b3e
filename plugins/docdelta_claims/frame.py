"""What a claim is about: the thing it counts, what happened to it, when, where, and who.

Two reports rarely state one quantity in the same words ("114 of them were transferred to
Ukraine" / "104 of the freed were sent to Ukraine"), and two different quantities often share a
noun ("more than 1,000 political prisoners remain" / "frees 52 political prisoners"). A claim's
:class:`Frame` is read from its sentence, around the claim, without a parser:

- ``thing``: the counted noun phrase, lemmatized (``political prisoner``, ``construction
  worker``); generic heads (``people``, ``residents``, ``individuals``) read as ``person``, and
  ``members`` of a thing as that thing (``crew members``: ``crew``); a length from a place is
  the distance between the places (``100 km east of the capital``: ``distance east from capital``),
  one figure of them; an amount or a measure is of the noun before ``of`` (``a ransom of $20
  million``: ``ransom``; ``at a depth of 10 km``: ``depth``; not ``a total of``); a clause that
  is only a verb of level (``has reached at least 151``) counts what its sentence opens with (``The number of people killed by the flood, in Niger State,``); a noun that names an event
  (``deaths``, ``job cuts``, ``protesters``) gives its predicate too;
- ``predicate``: the verb that governs the number, lemmatized and put in its class, so that
  synonyms meet (``freed``/``released``: ``free``, and ``pardoned`` counts the same people, though its day is another act's; ``transferred``/``sent``/``handed
  over``: ``transfer``) and contradictory ones do not (``free`` vs ``remain``/``still held``:
  ``hold``). It is the verb after the counted phrase (``912 people had died``), else the nearest
  one before the number in its clause (``killing at least 632``); a clause without one (``and 91
  medals in all``) takes the previous clause's;
- ``times``: the explicit time anchors of its clause (``on Thursday``, ``in June``, ``Dec. 13``,
  ``2023``, ``last year``), the claim itself left out; a month's word in a name is none
  (``Theresa May``, ``Viña del Mar``: an abbreviation needs its dot, a day or a year); a time after
  ``since`` is where a total starts (``since 2006``: ``since:2006``), not when something happened;
- ``places``: where or to whom (``to Ukraine``, ``in Derna``; ``in prison``, ``in custody``,
  ``behind bars`` read as ``custody``);
- ``names``: the other proper names of its clause (``Alphabet``, ``China``), those that only
  report it (``HUR said``, ``according to the WHO``, ``Thai officials said``) or label a number
  (``a Category 5 storm``) left out; a clause that borrows names from
  the clauses before it skips a relative one (``X, whose case strained ties with London, ...``).
  A place and the country it stands in share a name (``Minsk`` / ``Belarus``, ``Viña del Mar`` /
  ``Chile``: capitals, and cities of 100,000 people or more, from GeoNames' tables); two places of
  one country do not; two spellings of one name are one name (:func:`docdelta.spelling.is_variant`:
  ``López`` / ``Lopez``, ``Hajouj`` / ``Hajuj``);
- ``members``: the names of some of those counted (``Bialiatski was among 52 prisoners freed``,
  ``one of five Americans``): who they are, never in conflict with who acted (``Lukashenko
  pardoned 50``), matched where both name one of them.

Some claims are read by what they are, not by their clause:

- a population (``Belarus, a country of 9.5 million``, ``home to``, ``has a population of``,
  ``its 52 million people``, ``Afghanistan's 40 million people``, ``Somalia has 16 million
  people``) is of the place it is set beside, or of the story's place when only described (``the
  former Soviet republic of 9.1 million``); its clause's verb and times are what its people did; a
  ``combined population`` is no one place's;
- an age (``Yoon, 63,``, ``the 43-year-old Kalesnikova``, ``Buhari, who turned 78``, ``a
  20-month-old son``) is of the person it is given to (a title alone is a surname: ``King, 22,``);
  an age at another moment (``when she was 16``) is ``age at the time``; an age after "under the
  age of" (``children under the age of four``) is an ``age limit`` of a group; an age described inside a
  sentence (``the village where the 19-year-old woman had been attacked``) is someone else than
  the person named before;
- a time before or after an act (``Seven Weeks Before Leaving Office``, ``two years after his
  arrest``) is an ``offset`` of the act it dates (``The release came six days after``: ``offset
  free``) whose predicate is the act it is counted from (:func:`_anchor`; ``later``, ``earlier``
  and ``ago`` count from the act before them); a day of a meeting or a call (``in a phone call on
  Sunday``) has that event for its thing;
- a time beside an activity (``a 66-day hunger strike``, ``Fasted 66 Days``, ``refusing food for
  47 days``, ``a 12-day strike``, ``the siege``) is the length of that activity, its thing;
- a part of what an earlier sentence counted (``Of them, 283 were Venezuelans``, ``114 of them
  were transferred``, ``79 of the released prisoners``) fills its empty slots from that count's
  frame (:func:`anaphoric`), and a part
  of a named whole (``Of the five Iranians granted clemency, two will return``) counts that whole;
- a sentence opening with ``He``, ``She`` or ``The 35-year-old`` that names no one (or a clause of
  it whose subject is ``he``/``she``: its sentence's opening names first) is about the person the
  nearest earlier sentence opens with (``Karelina, 33, landed...`` / ``She had been
  detained in February 2024``: :func:`opening_names`; a dateline names no one, and a possessive
  before a word of kin, ``Badawi's sister Samar``, is another person; an apposition names a
  relation the sentence opens with, ``Her younger brother, Liu Hui, remains``, and ``better known
  as`` gives the same person a second name); "her husband" (his wife, her brother) is the person
  the report names as such (``the widow of Liu Xiaobo``, ``her brother Liu Hui``:
  :func:`kin_named`);
- a count per span of time (``31,000 vehicles a day``) is its own thing;
- a Title Case headline (``Nicaragua Frees 135 Political Prisoners``) is read in sentence case.

Times reach a clause that has none from a clause opening the sentence that is short or says only
when (``In September,``, ``As of 10 p.m. on Wednesday,``), from the clause a relative clause hangs
on (``a swap in January 2016 in which Iran freed four``), from the clause a ``while`` clause is set
beside (``led the first round in October with 36.7%, while Milei took 30%``) and from a ``when``
clause after it (``were killed when a depot exploded on Monday``).

Words are lemmatized with lemminflect's lexicon (:mod:`docdelta_claims.lexicon`), which also
says which words can be verbs (no tagger is needed to find the predicate).

:func:`agreement` compares two frames slot by slot: the slots both fill alike, and the slots
they fill in ways that cannot be one quantity (other times, other predicates, other names).
A running count (:func:`running`: the dead, injured, missing..., time spent in custody) told on
another day is one count updated; a release or a vote on another day is another event.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from attrs import define, evolve, field

from docdelta.spelling import fold, is_variant
from docdelta_claims import lexicon

# A month is spelled as the extractor reads it in dates.
from docdelta_claims.extract import _COUNTED_BY_VERB, _DETERMINER_BEFORE, _MONTH, _MONTHS, _MORE_OF_A_TIME, _PLURAL_MODIFIERS, _SAME_PEOPLE, _PERSON_OF_AN_AGE, Claim, subject_key
from docdelta_claims.numbers import _CARDINALS, _NUMBER_WORDS, CAPITAL, PEOPLED_PLACES, UNITS, lazy_pattern

__all__ = ["DISTINCT", "ONE_PER_PLACE", "RUNNING", "running_predicate", "SLOTS", "head", "kind", "running", "single", "is_activity", "static", "opening_names", "names_someone", "people", "act_of_someone", "pronoun_led", "pronoun_clause", "acts_on_someone", "kin_reference", "kin_named", "told_near", "of_the_rest", "kin_of_other_sex", "full_name_in", "sole_person_named", "one_class", "refers_back", "in_dateline", "listed_part", "planned", "reported_on", "classed", "tells_act", "event_noun", "of_an_earlier_one", "last_one", "listed_remainder", "counts_a_level", "one_state", "still_held", "named_group", "Agreement", "Frame", "agreement", "anaphoric",
           "claim_frame", "then_opening", "times_in"]

#: The slots of a frame, in the order findings list them.
SLOTS = ("thing", "predicate", "time", "place", "name")


@define(frozen=True)
class Frame:
    """What a claim is about (see the module's docstring); an empty slot is unknown, not absent."""

    thing: str = ""
    predicate: str = ""
    times: tuple[str, ...] = field(converter=tuple, default=())
    places: tuple[str, ...] = field(converter=tuple, default=())
    names: tuple[str, ...] = field(converter=tuple, default=())
    #: Names of some of those counted ("Bialiatski was among 52 prisoners freed"): who they are,
    #: not who acted nor where, so they meet names of the other frame but never conflict with them.
    members: tuple[str, ...] = field(converter=tuple, default=())

    def record(self) -> dict[str, Any]:
        """The frame as the findings' JSON data carries it (``members`` only where some are named)."""
        record: dict[str, Any] = {
            "thing": self.thing,
            "predicate": self.predicate,
            "times": list(self.times),
            "places": list(self.places),
            "names": list(self.names),
        }
        if self.members:
            record["members"] = list(self.members)
        return record


@define(frozen=True)
class Agreement:
    """How two frames compare: the slots they fill alike, and those they fill in conflict."""

    matched: tuple[str, ...]
    conflicts: tuple[str, ...]
    #: One frame has an explicit time and the other none: they may be two moments of one count.
    one_sided_time: bool
    #: The times conflict but are of one kind (Friday / Saturday, Dec. 13 / Dec. 14): in one
    #: sentence edited, the moment an updated figure was counted moved with it.
    time_moved: bool = False
    #: One frame names someone or somewhere and the other no one: a part (Egypt's toll) may be
    #: told beside the whole (the toll of all), so of two candidates the one alike in this is nearer.
    one_sided_name: bool = False


# --- the lexicon --------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Lemmas by word class (``NOUN``, ``VERB``...) of a lower-case word; ``{}`` if unknown. A noun
    of a known act that the lexicon has no verb forms of is a verb in them ("amnestied": the
    lexicon knows "amnesty" as a noun only)."""
    found = lexicon.lemmas(word)
    if found or not word.endswith(("ied", "ies")):
        return found
    stem = word[:-3] + "y"
    return {"VERB": (stem,)} if stem in _PREDICATE_OF and "NOUN" in lexicon.lemmas(stem) else {}


# Words no lexicon of content words holds: a capitalised one starts a sentence, it names nothing.
_FUNCTION_WORDS = frozenset(
    """a an the of in on at to for from by with and or but nor as than that which who whom whose this these
    those it its they them their he she his her we our you your i there here if so after before during since
    until while when where under over about between among across against including into onto upon per via
    within without because unless although though whereas whether despite""".split()
)


@functools.lru_cache(maxsize=8192)
def _is_proper(word: str) -> bool:
    """A capitalised word the lexicon does not know in lower case, or knows as a proper noun."""
    lower = word.lower()
    if lower in _FUNCTION_WORDS or all(part in _NUMBER_WORDS for part in lower.split("-")):
        return False  # "Three planes carried", "Twenty-three members": a number opens the sentence
    return not _lemmas(lower) or bool(lexicon.lemmas(word, "PROPN"))


def _noun_lemma(word: str) -> str:
    found = _lemmas(word).get("NOUN") or _lemmas(word).get("ADJ")
    if found:
        return found[0].lower()
    if word.endswith("is") and _a_place(word[:-1].lower()):
        return word[:-1].lower()  # "Yemenis", "Iraqis": a people the lexicon lacks, in -i
    return subject_key(word)  # a word the lexicon lacks: "Ukrainians"


_MODALS = frozenset("to will would could should can may might must did does do not".split())
_DETERMINERS = frozenset("the a an its their his her our my your".split())
_BE_HAVE = frozenset("is are was were be been being has have had".split())  # "were hurt", "had been cut"
# After these a plural-looking form is a verb ("a contract that offers", "it cuts").
_PRONOUNS = frozenset("that which who it he she".split())


@functools.lru_cache(maxsize=8192)
def _verb_lemma(word: str, previous: str = "") -> str | None:
    """The verb a lower-case word is a form of, if it reads as a verb here.

    Without a tagger: an inflected form (``freed``, ``killing``, ``took``) or a word that is
    only a verb (``remain``); a base form that is also a noun (``cut``, ``people``) only after
    ``to`` or a modal (``would cut``); a plural-looking form (``homes``, ``seats``) never."""
    lemmas = _lemmas(word)
    verbs = lemmas.get("VERB")
    if not verbs or word in _NOT_VERBS:
        return None
    if "NOUN" in lemmas and (previous in _DETERMINERS or previous[:1].isdigit() or previous in _NUMBER_WORDS):
        return None  # a noun's place: "six crew members", "its 21 crew" (not "crew", the past of "crow")
    if word.endswith("s") and not word.endswith("ss") and len(lemmas) > 1 and previous not in _PRONOUNS:
        # "homes", "seats": a plural more often than a verb, unless an adverb or a singular noun
        # stands before it ("the prison now holds", "the transfer leaves 15").
        # (after a name no lexicon holds, an event's verb: "Kejriwal walks out of jail")
        named = previous and not _lemmas(previous) and (verbs[0] in _PREDICATE_OF or verbs[0] in _PHRASES_OF)
        if previous not in _ADVERBS and not _singular_noun(previous) and not _after_a_name(previous, verbs[0]) and not named:
            return None
    # (After "still" too: "the rebels still hold 400". Not after any adverb: "Nine states already ban" /
    # "Eight states already prohibit" would read two verbs of no class, which part one quantity.)
    if verbs[0] == word and len(lemmas) > 1 and previous not in _MODALS and previous not in _BE_HAVE and previous != "still":
        if not _plural_noun(previous) and not _a_people_plural_unlisted(previous) and not _after_a_name(previous, verbs[0]):
            return None  # "cut" is a verb after "would", "were" or a plural ("Rebels kill 12"), not after "a"
    return verbs[0]


_ADVERBS = frozenset("now still also already currently reportedly".split())
#: Words a lexicon also lists as verbs that news uses as other words: prepositions ("150 prisoners
#: over four days"), an adverb ("the rebels still hold 400"), nouns ("both crew members": not the
#: past of "crow"; "by Saturday evening 6,904 convicts": not "to even"; "gave life terms to 160
#: defendants").
_NOT_VERBS = frozenset("over round near like still crew evening terms forces".split())


def _a_people_plural_unlisted(word: str) -> bool:
    """A plural the lexicon does not hold, a people's name more often than not ("8 million
    Uighurs live", "Rohingyas remain"): a base form after it is its verb, as after a plural noun."""
    return len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith("ss") and not _lemmas(word)


def _after_a_name(previous: str, verb: str) -> bool:
    """An event's verb (or a tally's) after a capitalised word, a name its subject ends with:
    "Earthquake In Gansu Kills 111", "Floods In Congo Kill 176", "Viasna counts 1,323" (not "his
    New York hush money case")."""
    return previous[:1].isupper() and (verb in _PREDICATE_OF or verb in _TALLYING)


#: Verbs of keeping a tally, which a name before them makes verbs ("Viasna counts 1,323").
_TALLYING = frozenset({"count", "list"})


def _singular_noun(word: str) -> bool:
    nouns = _lemmas(word).get("NOUN", ()) if word else ()
    return word in nouns and not word.endswith("s") and word not in _FUNCTION_WORDS


def _plural_noun(word: str) -> bool:
    nouns = _lemmas(word).get("NOUN", ()) if word else ()
    # ("people" is its own lemma, and plural: "10,000 people hurt")
    return (bool(nouns) and word not in nouns) or word == "people"


# --- classes of words ---------------------------------------------------------------------

# A lemmatizer gives "release" for "released", not "free"; which verbs report one event is not
# in any lexicon: these classes say it. A verb outside them is its own class (its lemma).
_PREDICATE_CLASSES = {
    "free": "free release liberate exchange swap",
    # A pardon frees the same people (a count pardoned is the count freed: see SYNONYMS), but it is
    # another act on another day ("pardoned on Monday", "walked out of prison on Tuesday").
    "pardon": "pardon commute amnesty",
    "transfer": "transfer send deport expel banish extradite move relocate fly airlift carry bus drive ferry escort land "
    "arrive return repatriate cross travel",
    "hold": "hold remain imprison jail keep leave confine",
    "arrest": "arrest detain capture apprehend",
    "abduct": "abduct kidnap seize hijack",
    "convict": "convict",
    "sentence": "sentence condemn",  # "condemned to death in 1968" / "sentenced to death in 1968"
    "try": "try",
    "deploy": "deploy mass amass station",  # "has deployed 100,000 troops" / "150,000 troops are massed"
    "rule": "rule decide",  # "A court is to rule on May 10" / "The court is expected to decide on May 17"
    "acquit": "acquit clear exonerate absolve",  # "acquitted 36 others" / "cleared 38"
    "annul": "annul overturn quash invalidate",
    "die": "die kill perish murder slay execute assassinate drown",
    "injure": "injure wound hurt treat hospitalize hospitalise",
    "harm": "",  # casualties: the dead and the wounded together, as the word usually counts them
    "miss": "miss vanish disappear trap",
    "cut": "cut eliminate slash layoff reduce lower halve",
    "hire": "hire",
    "rise": "rise increase climb grow jump gain soar surge double triple",
    "fall": "fall drop decline slide sink plunge slump tumble",
    "win": "win secure award elect re-elect reelect",
    "lose": "lose",
    "evacuate": "evacuate",
    "destroy": "destroy raze flatten",
    "damage": "damage",  # "1,200 houses were destroyed and some 3,000 damaged": two counts
    "burn": "burn scorch char",
    "march": "march protest demonstrate rally",
    "strike": "strike",
    "fight": "fight wage battle",  # "fighting for independence since 1984" / "has waged an armed campaign since 1994"
    "recover": "recover retrieve find",
    "sanction": "sanction impose embargo blacklist",  # "blacklisted the airline in 2021" / "imposed sanctions on it in 2023"
    "lift": "lift ease waive",
    "list": "add place designate",
    "begin": "begin start open launch commence",
    "resign": "resign quit",
    "displace": "displace uproot flee",  # those who fled their homes are the displaced, whoever moved them
    "evict": "evict",
    "live": "live reside dwell",  # "About 8 million Uighurs live in": a people's number where it lives
    "admit": "admit accept resettle welcome",  # refugees a country takes in
    "demand": "demand ask seek request",  # "had asked for $2 million" / "demanded $1.5 million"
    "finish": "finish complete",  # "had finished pulling out ... on Tuesday" / "completed its withdrawal on Tuesday"
    "adopt": "adopt approve pass enact ratify",  # a law or an amnesty "passed" / "approved" by a parliament
    "close": "close shut",  # "closed 55 factories" / "shut 59 plants"
    "fast": "fast",  # with the phrases of a hunger strike (_PHRASES)
    "defy": "defy ignore disregard flout refuse",  # "ignored a bail ruling" / "refused to carry out an order"
    "promise": "promise pledge vow",  # "promised in July" / "the pledge was made in June"
    "delay": "delay postpone defer",  # "postponed three times" / "has been put off four times"
    "office": "govern",  # a term of office ("in office since", "has governed since"): see _IN_OFFICE
}
#: Predicates that never count one quantity, even in one sentence edited: an edit from one to the
#: other says something else happened, not that a figure changed ("fell 3.7%" / "rose 1.5%").
DISTINCT = frozenset(
    frozenset(pair.split("/"))
    for pair in """free/hold free/arrest free/transfer free/abduct pardon/hold pardon/arrest pardon/transfer total/pardon rise/fall win/lose die/injure die/miss die/survive
    injure/miss hire/cut die/aboard total/die total/free total/win""".split()
)
#: Predicates that count one quantity, though the acts they name are not one (their times differ:
#: a pardon, then the release); or though one is no class of its own: gunmen who "took 139 pupils"
#: abducted them ("take" alone also takes office, part or effect, so it is no class of abduction).
SYNONYMS = frozenset({frozenset({"free", "pardon"}), frozenset({"abduct", "take"})})
#: Predicates of a running count, a toll that grows as it is counted: told on another day, the
#: same count is one quantity updated ("killed 144 on Friday" / "1,644 dead on Saturday"), where
#: another release or another vote on another day is another event.
RUNNING = frozenset("die injure miss recover evacuate arrest rescue survive displace resign".split())


def classed(predicate: str) -> bool:
    """Whether a predicate is one of the classes of verbs this module knows (``free``, ``arrest``...),
    not a verb's own lemma: two classes that differ say two acts; an unknown verb says little."""
    return predicate in _PREDICATE_CLASSES


def tells_act(sentence: str, predicate: str) -> bool:
    """Whether a verb of ``predicate`` (a class, or an unknown verb's lemma) stands in ``sentence``
    ("hours after the president ordered an end to their prosecution" tells ``order``)."""
    tokens = _tokens(sentence)
    return any(
        _PREDICATE_OF.get(verb, verb) == predicate
        for index, (_, word) in enumerate(tokens)
        if word.islower() and (verb := _verb_lemma(word, tokens[index - 1][1].lower() if index else ""))
    )


def running(frame: Frame, category: str) -> bool:
    """Whether a figure grows as it is counted, so that told on another day it is one figure
    updated: a toll (a :data:`RUNNING` predicate), or time spent in custody ("freed on Friday
    after 939 days in detention" / "released after more than three years behind bars", "held in
    Iran for 512 days")."""
    return running_predicate(frame.predicate) or (category == "duration" and ("custody" in frame.places or frame.predicate == "hold"))


def counts_a_level(predicate: str) -> bool:
    """Whether a predicate tells the level a count stands at, its day the moment it was counted:
    a change of level ("rose to 67 on Friday", "was cut to 41"), a verb that sets it ("revised the
    toll to 23": :data:`_SETTING_LEVEL`), or one that states it ("stood at", "reached", "put at")."""
    return predicate in _LEVEL_PREDICATES or predicate in _SETTING_LEVEL


def running_predicate(predicate: str) -> bool:
    """Whether a predicate is of a count told again as it grows or shrinks: a toll's
    (:data:`RUNNING`), or how many are in some condition ("in serious condition")."""
    return predicate in RUNNING or predicate.endswith(" condition")

_PREDICATE_OF = {verb: name for name, verbs in _PREDICATE_CLASSES.items() for verb in verbs.split()}
#: Verbs that say a level was reached when a figure follows them ("hit 38", the figure read before
#: the verb: nothing follows it), and else an act ("hit 12 towns").
_REACHING = frozenset({"hit"})
#: What someone is accused of: a word in -ing before them names the crime ("spying charges").
_CHARGES = frozenset("charge charges allegation allegations accusation accusations offence offences offense offenses crimes".split())
#: What is released when nothing and no one is freed: "released a video of him", "released its figures".
_PUBLISHED = frozenset(
    """video videos statement statements report reports footage data figures figure list photo photos
    photograph photographs image images audio recording recordings details results findings document documents
    transcript""".split()
)
# A verb with a particle that says more than the verb ("walked off the job", "let ... go").
_PHRASES = {
    ("go", "free"): "free", ("walk", "free"): "free", ("walk", "to freedom"): "free", ("walk", "into freedom"): "free", ("let", "go"): "free", ("set", "free"): "free", ("shoot", "dead"): "die",
    ("hand", "over"): "transfer", ("touch", "down"): "transfer", ("take", "off"): "transfer", ("put", "on a plane"): "transfer", ("put", "on a flight"): "transfer", ("put", "aboard"): "transfer", ("go", "home"): "transfer", ("head", "home"): "transfer",
    ("bring", "home"): "transfer", ("bring", "back"): "transfer", ("come", "back"): "transfer", ("hand", "back"): "transfer", ("lay", "off"): "cut", ("find", "guilty"): "convict", ("treat", "for injuries"): "injure", ("treat", "for wounds"): "injure", ("hand", "down"): "sentence",
    ("go", "on trial"): "try", ("stand", "trial"): "try", ("put", "on trial"): "try",
    ("place", "under"): "arrest", ("put", "under"): "arrest", ("place", "under sanctions"): "sanction", ("put", "under sanctions"): "sanction", ("round", "up"): "arrest", ("pick", "up"): "arrest", ("strike", "down"): "annul", ("take", "to the streets"): "march",
    ("take", "to"): "transfer", ("take", "across"): "transfer", ("take", "in"): "admit", ("open", "the cells"): "free", ("open", "the prison doors"): "free",
    ("open", "the prison gates"): "free", ("open", "the jail doors"): "free", ("put", "sanctions"): "sanction", ("place", "sanctions"): "sanction", ("face", "sanctions"): "sanction",
    ("slap", "sanctions"): "sanction", ("leave", "homeless"): "displace", ("drive", "from their homes"): "displace", ("force", "from their homes"): "displace", ("flee", "to shelters"): "evacuate", ("flee", "to safety"): "evacuate", ("flee", "to higher ground"): "evacuate", ("leave", "without homes"): "displace",
    ("leave", "without shelter"): "displace", ("fall", "short"): "fail", ("come", "to nothing"): "fail", ("put", "off"): "delay",
    ("walk", "out"): "strike", ("walk", "off"): "strike", ("stop", "work"): "strike", ("down", "tools"): "strike", ("come", "ashore"): "landfall",
    ("make", "landfall"): "landfall", ("move", "to shelters"): "evacuate", ("move", "out of their homes"): "evacuate", ("move", "to temporary shelters"): "evacuate", ("carry", "out"): "conduct", ("step", "down"): "resign", ("force", "out"): "evict", ("stand", "down"): "resign", ("pull", "out"): "withdraw", ("pull", "alive"): "rescue", ("pull", "out alive"): "rescue", ("dig", "out alive"): "rescue", ("bring", "out alive"): "rescue", ("let", "out"): "free", ("take", "effect"): "take effect",
    ("come", "into"): "take effect", ("go", "into"): "take effect", ("go", "into exile"): "displace", ("enter", "into"): "take effect", ("break", "out"): "begin", ("press", "for"): "demand",
    ("take", "hostage"): "abduct", ("take", "captive"): "abduct", ("take", "prisoner"): "arrest", ("take", "into custody"): "arrest",
    ("lock", "up"): "hold", ("lock", "away"): "hold",
    ("call", "in for questioning"): "question",  # "400 people were called in for questioning" / "questioned about 600 people"
    ("keep", "in touch"): "contact",  # "has kept in touch with the new rulers since the coup": no one held
    # forcing a way in, however told: "broke into his house" / "forced their way into his home"
    ("break", "into"): "storm", ("burst", "into"): "storm", ("force", "their way into"): "storm", ("force", "its way into"): "storm",
    # carried off unseen ("spirited out of the hospital by masked men"), as "taken from his bed" is
    ("spirit", "out"): "take", ("spirit", "away"): "take",
    # an aircraft lost ("went down near Karbala", "was shot down over the sea"), no level that fell
    ("go", "down near"): "crash", ("go", "down over"): "crash", ("go", "down off"): "crash", ("shoot", "down"): "crash",
    ("bring", "down near"): "crash", ("bring", "down over"): "crash",
    ("cross", "out"): "delete",  # "crossed out the last day on her calendar": no border crossed
    # a hunger strike, however told: "refused food", "stopped eating" (begun, launched, gone on:
    # see _STARTS_A_FAST)
    ("refuse", "food"): "fast", ("refuse", "to eat"): "fast", ("refuse", "meals"): "fast", ("stop", "eating"): "fast",
}  # fmt: skip
#: Verbs that, with "hunger strike" among the words after them, start one ("began an open-ended
#: hunger strike", "went on hunger strike", "launched a hunger strike").
_STARTS_A_FAST = frozenset("begin start launch stage go declare".split())
#: Particles that may stand after the verb's object ("pulled its troops out", "laid 300 workers off").
_SEPARABLE = frozenset("out off over back down home free go".split())
#: Those that say nothing of what happened without their verb ("sent 40 prisoners home": the verb
#: "to home" it is not); "out" of jail and "free" say it whatever the verb.
_VERBS_PARTICLES = _SEPARABLE - {"out", "free"}
_PHRASES_OF: dict[str, list[tuple[str, str]]] = {}
for (_verb, _words), _class in sorted(_PHRASES.items(), key=lambda item: -len(item[0][1])):  # longest first
    _PHRASES_OF.setdefault(_verb, []).append((_words, _class))
# Verbs that say who reports a number, or that it is, not what happened to it.
_NEUTRAL = frozenset(
    """be have say tell report announce confirm estimate count put number total include reach stand show
    find record list give make expect rely accord attribute correct see warn note get use go set run
    follow call allow need want amount believe think fear presume understand suspect will can shall may cover affect point
    range vary""".split()
)
_OBJECTS = frozenset("him her them it us me".split())
_REPORTING = frozenset("said says say told tells reported estimated estimates according".split())
# Words after a counted phrase that let the verb come later ("were still being held").
_AUXILIARIES = frozenset(
    """were was are is be been being had has have will would could should may might must can
    still also reportedly now then already all each both later since so far""".split()
)
# States an adjective gives ("10,100 people were missing", "2,000 dead").
_STATES = {
    "dead": "die", "missing": "miss", "unaccounted": "miss", "injured": "injure", "wounded": "injure", "hurt": "injure",
    "free": "free", "homeless": "evacuate", "jailed": "hold", "behind": "hold", "captive": "hold",
    "aboard": "aboard", "onboard": "aboard",
}  # fmt: skip
#: Participles no lexicon lists as adjectives that still say what someone is, not what befell them
#: ("12 elected officials", "30 trained medics"); those it lists ("registered voters", "armed men",
#: "tired homecomers") are left out by their lexicon entry.
_STANDING = frozenset("elected trained listed named".split())
# What "under" a noun says of those who are ("were under investigation", "are under house arrest").
_UNDER = {"investigation": "investigate", "arrest": "hold", "house": "hold", "guard": "hold", "detention": "hold", "treatment": "injure"}
# Nouns that name an event, not a thing: what they count and what happened to it.
_EVENT_NOUNS = {
    "death": ("person", "die"), "fatality": ("person", "die"), "toll": ("person", "die"),
    "body": ("person", "recover"), "injury": ("person", "injure"), "casualty": ("person", "harm"),
    "layoff": ("job", "cut"), "protester": ("person", "march"), "demonstrator": ("person", "march"),
    "marcher": ("person", "march"), "striker": ("person", "strike"), "evacuee": ("person", "evacuate"),
    "release": ("", "free"), "amnesty": ("", "free"), "arrest": ("person", "arrest"), "survivor": ("person", "survive"),
    "cut": ("", "cut"), "disappearance": ("person", "miss"),
}  # fmt: skip
#: Nouns of a protest, whose date before them is its day: "the July 19 demonstrations".
_PROTESTS = frozenset("protest demonstration rally march".split())
# Heads that name the same kind of thing.
_THING_CLASSES = {
    "person": "person people individual resident inhabitant citizen national civilian soul",
    "job": "job position role worker employee staff staffer",
    "prisoner": "prisoner detainee inmate captive dissident convict",
    "building": "building structure home house dwelling property",
    "soldier": "soldier troop serviceman",
    "strike": "strike walkout stoppage",
    "truce": "truce ceasefire armistice",
    "ruling": "ruling decision judgment judgement verdict",
    "country": "country nation government",  # "recognized by about 50 countries" / "some 60 governments recognize"
    "foreign": "foreign foreigner",  # "14 foreign nationals" (a generic head dropped) / "14 foreigners"
    "organisation": "organisation organization group association ngo",  # "34 rights groups" / "33 organisations"
    "cost": "cost bill fee expense",  # "legal bills of about 25,000 pounds" / "legal costs of roughly 30,000 pounds"
    "aircraft": "aircraft plane airplane aeroplane airliner jet",  # "three Red Cross planes" / "two aircraft"
    "police": "police policeman patrolman",  # "four policemen" / "six police"
    "bail": "bail bond",  # "a P1 million bond" / "bail of P1.45 million"
    "student": "student pupil schoolgirl schoolboy schoolchild",  # "105 schoolgirls" / "109 pupils"
    "candidate": "candidate hopeful contender",  # "seven presidential hopefuls" / "six would-be candidates"
    "sanction": "sanction embargo ban",  # "an arms embargo and a visa ban" / "sanctions"
    "lawmaker": "lawmaker legislator deputy parliamentarian congressman congresswoman mps",  # "Three lawmakers" / "Four deputies"
    "activist": "activist campaigner",  # "three labour activists" / "Three labour campaigners"
    "captor": "captor kidnapper abductor hostage-taker gunman",  # "six of his seven captors" / "Six of the eight kidnappers"
}
#: Verbs that take a count to a level: with an event noun for object ("bringing the toll to 63"),
#: the event is what happened.
_RAISING = frozenset("bring raise push take".split())
#: Verbs that say little but that their object happened ("tendered their resignations").
_LIGHT_VERBS = frozenset("hand tender submit file offer win secure obtain get gain regain receive keep maintain extend renew stage grant benefit".split())
#: The words before the length of a term that make it a term of office: "a new five-year term", "a
#: second four-year term", "elected to a four-year term" (a prison term is given, served or cut).
_TERM_OF_OFFICE_BEFORE = re.compile(
    r"\b(?:(?:a|his|her|their)\s+(?:new|second|third|fourth|fifth|sixth|seventh|further)|another|elected\s+to\s+an?|presidential|parliamentary)\s+$",
    re.IGNORECASE,
)
#: Verbs whose object "term" is a prison term ("received eight-year terms"; not "won a second term").
_GIVEN_A_TERM = frozenset("receive get draw hand give".split())
#: What verbs say of a share of a vote or a poll: that a party or a side got it (their classes).
_SCORING = frozenset("win take get receive garner poll score finish project come obtain rebound".split())
#: What a party or a side gets in a vote, counted.
_WON_THINGS = frozenset({"seat", "vote", "mandate"})
#: People named by what they do: a count of them is of that, unless its clause says what else
#: happened to them ("31 protesters were arrested", "two survivors died in hospital").
_ROLES = frozenset("protester demonstrator marcher striker evacuee survivor".split())
#: What an event noun a time dates says happened (``release``: ``free``).
_EVENT_CLASSES = frozenset(_PREDICATE_CLASSES) | {event[1] for event in _EVENT_NOUNS.values()}
_THING_OF = {word: name for name, words in _THING_CLASSES.items() for word in words.split()}
#: Words between a preposition and a place's name: "the", and where in it ("central", "neighbouring").
_PLACE_MODIFIERS = frozenset(
    """the central northern southern eastern western north south east west northeastern northwestern
    southeastern southwestern neighbouring neighboring nearby rural coastal""".split()
)
_PREPOSITIONS = frozenset("in to into at from across near inside outside through of for on during amid below above beneath over".split())
# "the jail where he had spent the past five years": a clause of time spent in a place of custody.
_KEPT_WHERE = re.compile(r"\b(prison|jail|camp|cell|penitentiary|colony)\s*,?\s+where\s+[^,;.]*$", re.IGNORECASE)
#: Where someone is held, told after "in" or as "behind bars": "in custody", "in Russian custody", "in
#: an Egyptian jail", "in Russian hands", "in a penal colony", "in a women's prison".
_IN_CUSTODY = (
    r"in (?:(?:a|an|the|his|her|their) )?(?:(?:[A-Za-z-]+|(?:wo)?men['’]s) ){0,2}"
    r"(?:prisons?|jails?|custody|detention|captivity|hands|penitentiary|penal colon(?:y|ies)|(?:labou?r|prison) camps?)|behind bars"
)
_CUSTODY = re.compile(rf"\b(?:{_IN_CUSTODY})\b", re.IGNORECASE)
_IN_CUSTODY_SINCE = re.compile(_CUSTODY.pattern + r"\s+since\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_QUALIFYING = frozenset(
    "more than over about around nearly almost at least some roughly up to another a an the".split()
)

# --- clauses ------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d[\d,.]*")
_BOUNDARY = re.compile(
    r"\s*[;:()\[\]—–]\s*|,\s+(?!\d{4}\b)"
    r"|\s+(?:and|but|while|whereas|which|who|whose|when|as|because)\s+"
    # ("stormed the school before dawn on Feb. 17": a time of day opens no clause)
    r"|\s+(?:after|before)\s+(?!(?:dawn|dusk|daybreak|sunrise|sunset|nightfall|midnight|noon)\b)"
)

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NAMES = "|".join(day.capitalize() for day in _WEEKDAYS)
#: Feasts and seasons of the calendar: a time, no one's name nor a place ("Detained on Christmas
#: Day, he was moved ..."; "freed on the eve of Eid al-Fitr"), with the words they are told with.
_FEASTS = frozenset("christmas boxing easter eid ramadan thanksgiving passover hanukkah nowruz diwali kippur tet lent".split())
_FEAST_WORDS = _FEASTS | frozenset("new year day eve good holy sunday monday yom al-fitr al-adha lunar".split())
# "since 2006", "since early 2020": where a total starts, or since when someone is held.
_SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
# "since Zimbabwean police surrounded his plane in March 2004": the time ends a clause "since" opens.
_SINCE_CLAUSE = re.compile(r"\bsince\s+[^,.;:()]{1,80}?\s(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
#: Lengths of time "last", "this", "next" name a time by ("last year", "next weekend").
_RELATIVE_UNITS = ("week", "month", "year", "spring", "summer", "autumn", "fall", "winter", "weekend")
_TIME = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY_NAMES})\b"
    rf"|\b(?P<month>{_MONTH})\b\.?(?:\s+(?P<day>\d{{1,2}})\b(?!{_COUNTED_BY_VERB}))?"
    rf"(?:,?\s+(?P<year1>(?:19|20)\d\d)\b)?"
    rf"|\b(?P<year>(?:19|20)\d\d)\b(?!\s*(?:[-–]\w|%|percent))"
    rf"|\b(?P<relative>(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious|[Pp]ast)\s+(?:{'|'.join(_RELATIVE_UNITS)})"
    r"|(?:over|during|at)\s+the\s+weekend|yesterday|today|tonight)\b"
)
_MONTH_WORD = re.compile(rf"^{_MONTH}\.?$")
#: Things a place has one figure of at a time: a counted thing in common is enough (see :func:`single`).
ONE_PER_PLACE = frozenset({"population", "age"})
#: The age of the one at an end of a group (see ``_ELDEST``): one figure of the story.
_ELDEST_AGES = frozenset({"age of the oldest", "age of the youngest", "age of the eldest"})


def one_class(a: str, b: str) -> bool:
    """Whether two counted nouns (lower case, singular) name one kind of thing: the same noun, or
    two of one class ("dissident" and "prisoner", "detainee" and "inmate"; not two words for
    people: "citizens" of a country are not all the "people" a figure counts)."""
    return a == b or _THING_OF.get(a, a) == _THING_OF.get(b, b) != "person"


def head(thing: str) -> str:
    """The head noun of a thing (``prisoner`` of ``political prisoner``, ``report`` of ``report by bureau``)."""
    return thing.partition(" by ")[0].split()[-1]


# Heads that say only that a thing is people, of one sex: what qualifies them says who they are.
_PEOPLE_HEADS = frozenset({"man", "woman"})


def _one_sex_against_others(a: str, b: str) -> bool:
    """Men (or women) alone against other people: they may be those people ("14 men" / "15
    detainees"); men against women are two things, and women against women of a people ("Four
    women" / "Three Sudanese women") one thing told more closely."""
    return (a in _PEOPLE_HEADS) != (b in _PEOPLE_HEADS) and head(a) != head(b)


def kind(thing: str) -> str:
    """What a thing is, for finding others that may be it: its head, or what qualifies people
    (``venezuelan`` of ``venezuelan man``, as of ``Venezuelans``)."""
    words = thing.partition(" by ")[0].split()
    return words[-2] if len(words) > 1 and words[-1] in _PEOPLE_HEADS else words[-1]


#: Those held whom a qualifier can set apart as political or common.
_INMATES = frozenset("prisoner inmate detainee convict".split())
#: What sets common prisoners apart from political ones ("common criminals", "ordinary prisoners").
_COMMON = frozenset("common ordinary criminal non-political".split())
_HELD_FOR_COMMON_CRIMES = re.compile(
    r",?\s+(?:held|jailed|imprisoned|convicted|sentenced|serving\s+(?:time|sentences|terms))\s+(?:for|of)\s+"
    r"(?:ordinary|common|non-political|criminal)\b"
)


def _same_thing(a: str, b: str) -> bool:
    """One counted thing: one head, or people named by what the other qualifies them with
    (``venezuelan`` / ``venezuelan man``); ``venezuelan man`` / ``venezuelan woman`` are two. A
    head transliterated two ways is one head (``uighur`` / ``uyghur``: :func:`docdelta.spelling.fold`)."""
    qualifiers = {a.split()[0], b.split()[0]}
    if qualifiers & _COMMON and "political" in qualifiers:
        return False  # common prisoners and political ones: the two groups an amnesty counts apart
    if fold(head(a)) == fold(head(b)):
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    return len(long) == len(short) + 1 and long[-1] in _PEOPLE_HEADS and long[:-1] == short


def single(thing: str) -> bool:
    """Whether a thing has one figure only, so that two claims of it are one quantity: a place's
    population, the distance between two places, the age of the oldest of a group, or a thing one
    author made (``report by bureau``, read for the time it dates)."""
    return thing in ONE_PER_PLACE or " by " in thing or _is_distance(thing) or thing in _ELDEST_AGES


def static(thing: str) -> bool:
    """Whether a thing is a figure of something that is, not of something that happened: a
    population, an age, a magnitude, a distance."""
    return thing in ONE_PER_PLACE or thing.endswith("population") or thing.startswith("magnitude") or _is_distance(thing)


def _is_distance(thing: str) -> bool:
    """Whether a thing is how far a place lies from another (``distance east from capital``)."""
    return thing.startswith("distance ")


def _one_distance(a: str, b: str) -> bool:
    """Whether two distances are from one place, told with one bearing or with it on one side only
    (``distance southeast from guayaquil`` / ``distance from guayaquil``)."""
    if not (_is_distance(a) and _is_distance(b)):
        return False
    (way_a, _, place_a), (way_b, _, place_b) = (t.removeprefix("distance ").rpartition("from ") for t in (a, b))
    return place_a == place_b and (way_a == way_b or not (way_a and way_b))


_POPULATION = re.compile(
    rf"\b(?:{'|'.join(PEOPLED_PLACES.split())}"
    r"|population|neighbou?r),?\s+of\s+$|\bhome\s+to\s+$",  # ("the country, of about 85 million people", "its neighbour of 4 million")
    re.IGNORECASE,
)
# The place whose population it is, named before its description: "Belarus, a country of",
# "Georgia, the South Caucasus nation of", "Belarus, which has a population of", "Qatar has a population of".
_POPULATION_OF = re.compile(
    rf"(?P<name>[{CAPITAL}][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[{CAPITAL}][\w'’.-]*)*?)(?:['’]s)?"
    r"(?:(?:,\s+(?:which\s+has\s+|with\s+)?(?:a|an|the|its)|\s+(?:has|had)\s+(?:a|an))\s+(?:[\w-]+\s+){0,3}|,\s+)$"
)
_COMBINED = re.compile(r"\b(?:combined|joint|total)\s+population\s+of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "its 52 million people", "the country's 9.2 million people", "The city-state has 3.2 million
# people": the people of a place the story named.
_ITS = re.compile(
    r"\b(?:its|the\s+(?:city-state|city|country|nation|republic|kingdom|state|territory|province|region|island|enclave)"
    r"(?:['’]s|\s+(?:now\s+)?(?:has|had))"
    # "the three Basque provinces and their 2.6 million people": places' own people
    r"|(?:provinces|regions|states|islands|territories|countries|republics)\s+and\s+their)\s+$",
    re.IGNORECASE,
)
#: What a population is of, named by its kind: "The population of the country, 7.1 million,".
_STATE_NOUNS = r"(?:country|nation|republic|kingdom|state|island|territory|city|enclave)\b"
# "The population of Belarus is 9.2 million", "Hungary's population stands at 9.6 million",
# "Congo, whose population is about 90 million", "Belarus (population 9.2 million)": the figure a
# population is said to be. (Not "a population of": _POPULATION reads that one.)
_POPULATION_IS = lazy_pattern(
    rf"(?:(?P<owner>[{CAPITAL}][\w.'’-]*)(?:['’]s|,\s+whose)\s+)?\bpopulation"
    rf"(?:\s+of\s+(?:the\s+)?(?:(?P<of>[{CAPITAL}][\w.'’-]*(?:\s+[{CAPITAL}][\w.'’-]*)*)|{_STATE_NOUNS}))?,?\s+"
    r"(?:(?:before|after|during)\s+(?:the\s+)?[a-z-]+\s+)?"  # "whose population before the war was"
    r"(?:(?:is|was|stands|stood|numbers|numbered|totals|totalled|totaled|reached|has\s+reached)\s+)?"
    r"(?:(?:now|still|just|estimated)\s+)?(?:(?:at|of)\s+)?$",
)
# "Hungary, a European Union member of 9.6 million people": a place set beside a description of
# its size in people, whatever noun the description is made of.
_PLACE_OF = re.compile(rf"\b(?P<place>[{CAPITAL}][\w.'’-]*),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{1,4}}of\s+$")
# "Afghanistan's roughly 40 million people", "Somalia has about 16 million people": a place's
# possessive, or the place and "has", before the number.
_PLACES_OWN = re.compile(rf"\b(?P<place>[{CAPITAL}][\w.-]*)(?:['’]s|(?:,\s+[^,;]{{3,40}},)?\s+(?:has|had))\s+$")
_HAS = re.compile(r"\b(?:has|have|had)\s+$", re.IGNORECASE)
# "Egypt, the most populous Arab country with about 72 million people", "Tbilisi, whose 4.7 million
# people", "Georgia, with about 4.5 million people": a place's kind, or a place, that has the people.
_PLACE_WITH = re.compile(
    # ("The country, with 62 million people,", "The newest country in the world, with about 10 million people")
    r"(?:\b(?:city|country|nation|republic|kingdom|state|island|enclave)(?:\s+(?:in|on|of)\s+(?:the\s+)?[\w-]+)?,?\s+(?:with|whose)"
    rf"|\b(?P<place>[{CAPITAL}][\w'’.-]*),\s+(?:with|whose))\s+$"
)
# "About 7 million people live in the Kashmir Valley", "1.5 million people live in the coastal
# territory": how many live in a place (not "live in tents", "live in poverty").
_LIVE_IN = re.compile(
    r"\s+(?:people|inhabitants|residents)\s+(?:now\s+)?live\s+in\s+(?:[A-Z]|the\s+(?:[A-Z]|(?:[a-z]+\s+){0,2}"
    r"(?:city|country|nation|republic|kingdom|state|territory|province|region|island|enclave|valley|strip|capital)\b))"
)
# "The ferry, with 450 people aboard", "Thursday, with 8 people missing": those on it, or those a
# toll counts, not those who live there.
_NOT_LIVING = re.compile(
    r"\s+(?:people|inhabitants|residents)\s+(?:still\s+)?(?:aboard|on\s+board|onboard|inside|on\s+it"
    r"|missing|dead|killed|injured|hurt|wounded|trapped|unaccounted|displaced|evacuated|homeless)\b"
)
_PEOPLE_OF = re.compile(
    rf"\s+(?:people|inhabitants|residents|citizens)\s+of\s+(?:(?P<place>[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+)*)"
    # ("the 6.4 million people of the country": the story's own; "of the twin-island nation")
    r"|the\s+(?:[a-z-]+\s+){0,2}?(?:country|nation|island|republic|kingdom|city)\b)"
)
_OF_A_PART = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|most|some|all"
                        r"|many|none|hundred|thousand|million|billion))\s+(?:of|out of)\s+(?:the\s+|all\s+|his\s+|her\s+)?(?:[\w-]+['’]s\s+)?"
                        r"(?:(?:roughly|about|some|nearly|around|almost|over|more\s+than)\s+)?$", re.IGNORECASE)
# A month and a day ending a text: "Sept. 30" before "of" ("the release on Sept. 30 of 350
# prisoners": no part), "june 3" after "since" (see _day_of).
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})$", re.IGNORECASE)


_ONE_OF_A_FEW = re.compile(
    r"\bthe\s+(?:smaller|larger|bigger|elder|older|younger|longer|shorter|smallest|largest|biggest|eldest|oldest|youngest)\s+of\s+"
    r"(?:the|their|its|his|her|our)\s+$",
    re.IGNORECASE,
)


def _of_a_part(sentence: str, start: int) -> bool:
    """Whether the count at ``start`` is the whole a part is of ("240 of the 543 seats")."""
    part = _OF_A_PART.search(sentence, max(0, start - 45), start)
    if part is None:
        # "the smaller of their two boats", "the elder of the two brothers": one of a whole
        return _ONE_OF_A_FEW.search(sentence, max(0, start - 30), start) is not None
    return not _MONTH_DAY.search(sentence, max(0, part.start() - 12), part.start() + 1)


# A clause with any of these has a verb of its own: it does not take the previous clause's predicate.
_FINITE = (_BE_HAVE - {"being"}) | {"will", "would"}


# A sentence with several claims is cut into clauses once for all of them (a bounded cache: the
# frames of a text are read in text order).
@functools.lru_cache(maxsize=256)
def _boundaries(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _BOUNDARY.finditer(sentence))


def _clauses(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``sentence``, as spans; a boundary inside ``[start, end)`` (the claim) is none."""
    spans = []
    cursor = 0
    for boundary_start, boundary_end in _boundaries(sentence):
        if boundary_start < end and start < boundary_end:
            continue
        spans.append((cursor, boundary_start))
        cursor = boundary_end
    spans.append((cursor, len(sentence)))
    return spans


def _tokens(sentence: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """The words of ``sentence[start:end]``, with their offsets in the sentence."""
    return [(m.start(), m.group()) for m in _TOKEN.finditer(sentence, start, len(sentence) if end is None else end)]


def sentence_words(sentence: str) -> frozenset[str]:
    """The words of a sentence in lower case, as a frame's names are read from it ("saro-wiwa")."""
    return frozenset(w.lower() for _, w in _tokens(sentence))


# --- reading a frame ----------------------------------------------------------------------


#: What "hold" governs when no one is held: an office, a meeting, a vote, a record.
_HELD_THINGS = frozenset(
    "post office power position title seat job talks meeting meetings election elections referendum vote rally "
    "record lead majority conference summit ceremony round hearing session negotiations consultations funeral vigil vigils "
    "protest protests demonstration demonstrations memorial service prayers celebration celebrations".split()
)


def _an_event_held(tokens: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether the word at ``index`` is "held" said of an event, passive: "The 13th round of the talks
    was held in Beijing in December", "elections will be held in June": it took place, no one was held
    captive (as "held talks" is no custody: :data:`_HELD_THINGS`)."""
    if tokens[index][1].lower() != "held" or not index or tokens[index - 1][1].lower() not in ("was", "were", "be", "been", "being", "is", "are"):
        return False
    return any(w.lower() in _HELD_THINGS for _, w in tokens[max(0, index - 7) : index - 1])


#: How many words after a verb say what it did ("staged a 20-hour warning strike": the fifth, "20" and
#: "hour" two).
_OBJECT_WORDS = 5


#: What is won, not held, when captured.
_WON = re.compile(r"%|\b(?:percent|votes?|seats?|titles?|city|town|village|territory|hill|ground)\b")
_CAPTURED = re.compile(r"\bcaptur(?:e|es|ed|ing)\b", re.IGNORECASE)
#: Where someone is held, that leaving frees them from ("left Tehran's Evin prison").
_PLACES_OF_CUSTODY = frozenset("prison prisons jail jails custody detention captivity penitentiary colony".split())  # "walked out of jails"


#: People a side loses in a war or a disaster: its dead.
_LIVES = frozenset("people lives soldiers troops men women civilians citizens servicemen personnel officers fighters".split())

#: Verbs that leave a place of custody by escaping ("broke out of jail"), not by being freed.
_ESCAPING = frozenset("break escape flee bust sneak".split())


#: Verbs whose phrase with "out" ("crossed out", "walked out", "carried out", "broke out") says
#: another thing than the verb with "out of" a place.
_MOVED_OUT_OF = frozenset("cross walk carry break".split())


def _out_of_custody(words: Sequence[str]) -> bool:
    """Whether lower-case ``words`` open with "out of" a place of custody ("out of prison", "out of
    Evin prison", "out of the jail"): a state of no longer being held, whatever verb or copula leads."""
    return words[:2] == ["out", "of"] and bool(_PLACES_OF_CUSTODY & set(words[2:5]))


#: Adverbs of how an act was done, between a verb and the words that make its phrase.
_MANNER = frozenset("straight directly immediately swiftly quickly promptly".split())


def _condition(words: Sequence[str]) -> str:
    """The condition that words from "in" on tell ("in serious condition"), "in intensive care" as
    the critical condition other reports call it; "" for other words."""
    if words[:1] != ["in"] or len(words) < 3:
        return ""
    if words[2] == "condition":
        return words[1] + " condition"
    return "critical condition" if words[1:3] == ["intensive", "care"] else ""


def _predicate_of_verb(lemma: str, following: str) -> str | None:
    """The class of a verb (with the words after it), ``None`` for a verb that says nothing of the event."""
    object_ = following.split(" ", 1)
    if object_[0] in _OBJECTS and len(object_) > 1:
        following = object_[1]  # "found him guilty", "set them free"
    if object_[0] in _MANNER and len(object_) > 1:
        following = object_[1]  # "were taken straight to their homes": the verb's phrase is past how
    if _out_of_custody(following.split()):
        # "walked out of prison", "got out of jail": no longer held; "broke out of jail": escaped
        return "escape" if lemma in _ESCAPING else "free"
    for words, phrase in _PHRASES_OF.get(lemma, ()):
        if words == "out" and lemma in _MOVED_OUT_OF and following.startswith("out of "):
            continue  # "crossed out of the bush", "walked out of the talks": out of a place, no deletion nor strike
        if following == words or following.startswith(words + " "):
            return phrase
        if words in _SEPARABLE and words in following.split()[1:_OBJECT_WORDS]:
            return phrase  # "let some 3,000 political prisoners go", "handed the 12 men over"
    words = following.split()
    if lemma == "serve" and next((w for w in words[:3] if w not in _DETERMINERS), "").removesuffix("s") in _TERMS:
        return "sentence"  # "had been serving terms of up to eight years": the term (not "served two years of a term")
    if lemma in ("remain", "stay") and object_[0]:
        condition = _condition(words)
        if condition:
            return condition  # "12 of them remained in intensive care": no one held
        if object_[0] == "under" and words[1:2] and words[1] in _UNDER:
            return _UNDER[words[1]]  # "9 people remain under investigation", "stayed under house arrest"
        # "660 people remained trapped", "remain missing": still in the state the word after says
        participle = _verb_lemma(object_[0]) if object_[0].endswith(("ed", "en")) else None
        state = _STATES.get(object_[0]) or (participle and _PREDICATE_OF.get(participle, participle))
        if state and state != "hold":
            return "hold" if state == "arrest" else state  # "remain detained": still held
    if lemma in _STARTS_A_FAST and "hunger" in words[:4]:
        return "fast"
    if _PREDICATE_OF.get(lemma) == "begin" and words[:1] and words[0].endswith("ing") and _verb_lemma(words[0]) not in (None, "begin"):
        # "began visiting him in 1996" / "visited him from 1995 onwards": the act begun
        ing = _verb_lemma(words[0]) or ""
        return _predicate_of_verb(ing, " ".join(words[1:])) or ing
    if lemma in _GIVEN_A_TERM and any(w in ("term", "terms") for w in following.split()[:_OBJECT_WORDS]):
        return "sentence"  # "16 others received eight-year terms", "was handed a 10-year term"
    if lemma in ("take", "bring") and words[:1] == ["from"] and _PLACES_OF_CUSTODY & set(words[1:4]):
        return "transfer"  # "were taken from a jail near Jerusalem to a checkpoint": moved out, not jailed
    if lemma in _LIGHT_VERBS or lemma in _RAISING:
        # "handed in their resignations", "won their release", "has kept sanctions on Russia since",
        # "bringing the toll to 63": the event is the object's ("received royal pardons": past an
        # adjective to the object)
        objects = following.split()[:_OBJECT_WORDS]
        nominal = next(filter(None, map(_nominal_event, objects)), "")
        if nominal:
            return nominal
        if "freedom" in objects:
            return "free"  # "16 of them got their freedom too", "won their freedom"
    if lemma in _NEUTRAL:
        return None
    figure = object_[0][:1].isdigit() or object_[0] in _NUMBER_WORDS  # a number right after the verb
    if lemma in _REACHING and (not object_[0] or figure or object_[0] in ("record", "a", "an")):
        return ""  # "Toll Hits 38", "Turnout Hits Record 74.4%": a level reached, no act (nor an earlier verb's)
    if lemma == "hold" and next((w for w in words[:3] if w not in _DETERMINERS), "") in _HELD_THINGS:
        return None  # "held the post for 37 days", "held talks", "held elections": no one held captive
    if lemma == "hold" and object_[0] in ("responsible", "accountable", "liable"):
        return None  # "officials held responsible for the killings": blamed, no one held captive
    if lemma == "release" and any(word in _PUBLISHED for word in words[:3]):
        return "publish"  # "released a video of him", "released figures": no one freed
    if lemma == "capture" and _WON.search(following, 0, 40):
        return "win"  # "captured 52% of the vote", "captured the city": won, no one held
    if lemma == "leave" and object_[0] and not figure:
        # "allowed to leave Iran", "left the country"; "leaving 12 at the centre" (the number
        # right after the verb, where nothing follows it here) holds them; "left prison", "left
        # Tehran's Evin prison": freed
        return "free" if _PLACES_OF_CUSTODY & set(words[:4]) else "transfer"
    if lemma == "leave" and figure and words[1:2] and words[1] in _PLACES_OF_CUSTODY:
        return "free"  # "30 of them left two prisons": the places they left counted (not "leaving 12 in prison")
    if lemma in ("rule", "reign") and words[:1] and (_a_place(words[0]) or (words[0] == "the" and _A_STATE.fullmatch(" ".join(words[1:2])))):
        # "has ruled Belarus since 1994", "ruled the country" (not "the court ruled that"); "has
        # ruled since 1971" alone is left a verb of its own: read as office, its claims of one year
        # fell into a matrix row of their own beside the row of "took office in 1971"
        return "office"
    if lemma in ("expel", "oust") and words[:1] == ["from"]:
        body = next((w for w in words[1:5] if w in _MEMBERSHIPS), None)
        if body:
            return f"expel from {body}"  # "expelled from the ruling party": no one moved abroad; each body its own act
    if lemma == "bring" and words[:1] == ["to"] and _a_place(" ".join(words[1:2])):
        return "transfer"  # "66 were brought to Geneva" (not "brought to trial", "bringing the toll to 63")
    if lemma == "deliver" and (figure or not following or object_[0] in _OBJECTS or object_[0] == "to"):
        # "delivered 54 detainees to Lebanese authorities", "delivered them to", "was delivered to
        # Malian officials" (the figure right after the verb is its object): handed over (not "could
        # deliver results")
        return "transfer"
    if lemma in ("ban", "bar") and any(_noun_lemma(w) in _TRADE for w in words[:3]):
        return "sanction"  # "barred new investment", "banned its imports": a sanction (not "banned protests")
    if lemma in ("drop", "scrap"):
        dropped = next((w for w in words[:3] if w not in _DETERMINERS and w not in ("all", "most")), "")
        if _THING_OF.get(_noun_lemma(dropped)) == "sanction":
            return "lift"  # "dropped its sanctions": lifted them, no level that fell
    if lemma == "face" and _TRIED_BEFORE & set(words[:4]):
        return "try"  # "faced a court-martial", "faced trial", as "stood trial" (not "faced up to 10 years")
    if lemma == "lose" and _LIVES & set(words[:3]):
        return "die"  # "Israel lost 159 people in the war", "lost 40 soldiers": its dead (not "lost 40 seats")
    return _PREDICATE_OF.get(lemma, lemma)


#: Nouns of a law, which the year before them dates by its passing ("a 2011 law").
_LAWS = frozenset("law act decree statute code constitution".split())
#: What a state's ban on trade bars: a sanction ("banned imports", "barred new investment").
_TRADE = frozenset("investment import export trade sale purchase".split())
#: What one faces when one is tried: "faced the court-martial", "faces trial".
_TRIED_BEFORE = frozenset("trial retrial court-martial tribunal court".split())


#: A state named by a noun after "the": "ruled the country".
_A_STATE = re.compile(_STATE_NOUNS)


#: Bodies one is a member of, expelled from which one is no longer a member ("expelled from the
#: party", "from his university"), where "expelled from Russia" moves someone abroad.
_MEMBERSHIPS = frozenset(
    "party university school college union association bar parliament church league club faculty academy course "
    "organisation organization movement committee council federation army".split()
)


# "must serve 13 years", "will serve at least 20 years": a term to be served
_TO_SERVE = lazy_pattern(r"\b(?:must|will|would|shall|should|could|may|might|to)\s+(?:still\s+|now\s+|only\s+)?serve\s+(?:(?:at\s+least|another|a\s+further|the\s+remaining)\s+)?$", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(r"\b(?:for|about|over|of)\s+(?:the\s+|all\s+|those\s+)?$", re.IGNORECASE)
_ONES_OWN_EVENT = lazy_pattern(r"\b(?:his|her)\s+(?:[a-z]+\s+)?(?:arrest|detention|release|conviction|sentencing|trial|capture|abduction|kidnapping|death|birth|election|appointment)\s+(?:in|on)\s+$")
_TIME_UNITS = frozenset(_RELATIVE_UNITS) | {"night"}
_SUBORDINATORS = frozenset("since until unless although though once".split())
_SUBJECT_PRONOUNS = frozenset("it he she they we i you".split())
#: "and" where a clause ends: "6,904 convicts and 129 people".
_AND_NEXT = re.compile(r"\s+and\s", re.IGNORECASE)
#: What may end a counted phrase with no verb: nothing, or its whole ("Seven of them").
_ALONE = re.compile(r"\s*(?:of\s+(?:them|those|these|the\s+[\w-]+))?\s*")
#: The next item of a list of counts that share one verb: "Nine hostages, one hijacker and two marines were wounded".
_LISTED_NEXT = re.compile(r",\s+(?=[\w-]+\s[^,;.]*?\band\s)")
#: Punctuation that ends a phrase inside a sentence.
_PUNCTUATION = re.compile(r"[,;:()]")
#: Words after which a word is a noun's or its qualifier, never a verb ("this evening", "their freed
#: relatives"); not "that", which opens a relative clause ("27 prisoners that remain").
_DETERMINERS_OF_A_NOUN = _DETERMINERS | {"this", "these", "every"}
#: How many words after a counted phrase its verb is looked for in ("40 of those freed on Tuesday
#: were to be deported": the ninth).
_AFTER_WORDS = 10


def _simple_past(words: Sequence[str], index: int) -> bool:
    """Whether ``words[index]`` is a verb in -ed standing as a clause's own ("... only days ago
    walked out of prison"), not a participle after an auxiliary, a preposition or "and"."""
    word = words[index]
    return (
        word.endswith("ed")
        and words[index - 1] not in _AUXILIARIES
        and words[index - 1] not in _PREPOSITIONS
        and words[index - 1] not in ("and", "or", "by", "being")
        and _verb_lemma(word) is not None
    )


def _main_verb_past_relative(tokens: Sequence[tuple[int, str]]) -> str:
    """The predicate of the main verb after a relative clause on the counted phrase ("27 students
    who were still held by bandits have been released", "52 prisoners who had been jailed for
    protests were freed"): the clause's own verb, not the one that says who they are; "" where
    none follows ("52 prisoners who were freed on Thursday": the relative clause says it)."""
    if not tokens or tokens[0][1].lower() not in ("who", "that"):
        return ""
    words = [w.lower() for _, w in tokens[: _AFTER_WORDS + 6]]
    own = next((k for k in range(1, len(words)) if words[k] not in _AUXILIARIES and _verb_lemma(words[k])), None)
    if own is None:
        return ""
    finite = next((k for k in range(own + 1, len(words)) if (words[k] in _FINITE and k + 1 < len(words)) or _simple_past(words, k)), None)
    main = _after(tokens[finite:], frozenset()) if finite is not None else ""
    # (a main verb of no known class says less than the relative clause: "153 former prisoners who
    # landed at the base were met by officials" landed)
    return main if main in _PREDICATE_CLASSES else ""


def _past_a_name_in_the_phrase(tokens: Sequence[tuple[int, str]], index: int) -> int | None:
    """Where the words go on past a name that a noun of the counted phrase's "of" phrase names, a
    verb of the count's right after it ("Five members of the group Mother Nature were detained",
    "Two reporters of the newspaper Zaman were freed"): the index of that verb; ``None`` where the
    name ends the phrase. (A name after "the" is the phrase's own noun: "All 1,103 prisoners of the
    Bay of Pigs are free" says which prisoners, not what befell them.)"""
    if not any(word.lower() == "of" for _, word in tokens[:index]):
        return None
    named_by = tokens[index - 1][1]
    if not named_by.islower() or named_by in _DETERMINERS or named_by in _PREPOSITIONS:
        return None
    past = next((k for k in range(index, len(tokens)) if not tokens[k][1][0].isupper()), len(tokens))
    return past if past < len(tokens) and tokens[past][1] in _FINITE else None


def _after(
    tokens: Sequence[tuple[int, str]],
    skip: frozenset[str],
    first_previous: str = "",
    *,
    before: Sequence[tuple[int, str]] | None = None,
    plural: bool = False,
) -> str:
    """The predicate the words after a counted phrase give (``had died``, ``were still missing``,
    ``on the ground were also killed``); ``first_previous`` is the word before the first token
    (the number, when no noun follows it: "21 crew members" has no verb); ``before``: the words of
    the count's clause before it, where at hand: with no verb among them the count opens its
    clause, so a past form after a phrase of place is its verb ("300 prisoners from the Yavan jail
    walked free"); with one, a particle is that verb's ("sent 40 prisoners home"). ``plural``: a
    count of many, whose verb ends in no -s."""
    resume = 0
    for index, (_, word) in enumerate(tokens[:_AFTER_WORDS]):
        lower = word.lower()
        if index >= resume and lower in _SUBORDINATORS and tokens[index + 1 : index + 2] and tokens[index + 1][1].lower() in _SUBJECT_PRONOUNS:
            return ""  # "released 3,600 prisoners since it began talks": a clause of its own, with its own verb
        if index and lower in _SUBJECT_PRONOUNS and tokens[index - 1][1].lower() in ("best", "most", "least", "all", "only"):
            return ""  # "a 50 percent raise is the best it can afford": the pronoun's own clause
        if index < resume or lower in skip or lower in _AUXILIARIES or lower in ("of", "the", "them", "those", "these", "whom", "who", "us"):
            continue
        if index and (
            tokens[index - 1][1].lower() in _DETERMINERS_OF_A_NOUN
            or (index > 1 and tokens[index - 1][1].lower() == "those" and tokens[index - 2][1].lower() == "of")
        ):
            # "104 of the freed", "104 of those freed were sent": a participle after "the" names
            # people; "since a failed coup": after an article it qualifies a noun, no verb of theirs;
            # "released their last six captives this evening": a noun, not the verb "to even"
            continue
        if index and tokens[index - 1][1].lower() in _PLURAL_MODIFIERS:
            continue  # "jailed for their human rights work": a noun the plural before it qualifies, no verb
        if index and tokens[index - 1][1].lower() == "with" and _a_count_word(lower):
            return ""  # "Toll Climbs To 28 With Hundreds Unaccounted For": what follows is the other number's
        if index and tokens[index - 1][1].lower() in ("and", "or") and _a_count_word(lower):
            # "6,904 convicts and 129 people held before trial had been freed": a participle after
            # the joined count says which ones it counts; the verb both share is the one an
            # auxiliary opens ("52 prisoners and 14 foreigners walked free": or the next one)
            resume = next((k for k in range(index + 1, len(tokens)) if tokens[k][1].lower() in _FINITE), index + 1)
            continue
        if _qualifies_a_noun(tokens, index):
            continue  # "along with about 300 interned civilians": no verb of the count before
        if lower in _STATES:
            return _STATES[lower]
        if lower == "on" and tokens[index + 1 : index + 2] and tokens[index + 1][1].lower() == "board":
            return "aboard"  # "400 people had been on board"
        if word[0].isupper():
            past = _past_a_name_in_the_phrase(tokens, index)
            if past is None:
                return ""  # a name: the counted phrase is over, and no verb came
            resume = past
            continue
        if lower in _VERBS_PARTICLES and before is not None and _a_verb_among(before):
            # "sent 40 prisoners home", "handed 330 Myanmar nationals back": the particle is the
            # verb's before the count (read by the caller), not a verb ("to home", "to back")
            return ""
        ahead = tokens[index + 1][1].lower() if index + 1 < len(tokens) else ""
        if _a_time_word(tokens, index):
            continue  # "resettled 23,000 refugees last year": a time, not the verb "to last"
        if (
            lower == "to"
            and not index
            and _a_count_word(first_previous)
            and ahead in _lemmas(ahead).get("VERB", ())
            and before is not None
            and not _a_verb_among(before)
        ):
            continue  # "887 To Walk Free": a count that opens its clause, then what is to befall it
        # ("12 fishermen near the reef": a preposition before an article, not the verb "to near")
        placed = lower in _PREPOSITIONS and ahead in _DETERMINERS
        # ("Four members of the security forces were killed": counted in the plural, their verb ends
        # in no -s; a word in -s is a noun of the phrase, whatever a singular noun before it allows)
        noun = plural and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "as")) and lower not in _STATES
        verb = None if placed or noun else _verb_lemma(lower, tokens[index - 1][1].lower() if index else first_previous)
        if verb == lower and index and tokens[index - 1][1].lower() in _COPULAS and "NOUN" in _lemmas(lower) and _plural_noun(ahead):
            return ""  # "Five of them were oil executives", "are aid workers": a noun before a noun, no verb
        if verb is None:
            if lower == "out" and _out_of_custody([w.lower() for _, w in tokens[index : index + 5]]):
                return "free"  # "would be out of jail by Monday": no verb, a state
            condition = _condition([w.lower() for _, w in tokens[index : index + 3]])
            if condition:
                return condition  # "13 of the injured were in serious condition"
            state = _UNDER.get(ahead) if lower == "under" else None
            if state and any(w.lower() in _COPULAS for _, w in tokens[:index]):
                return state  # "413 others were still under investigation": being investigated
            if lower in _PREPOSITIONS:
                # A phrase that says which ones ("24 people on the ground were killed") when an
                # auxiliary follows it closely; else the clause goes on without a verb.
                auxiliary = next((k for k in range(index + 1, min(index + 5, len(tokens))) if tokens[k][1].lower() in _FINITE), None)
                past = None
                if (
                    auxiliary is None
                    and before is not None
                    and lower in _OF_PLACE
                    and not any(w.lower() in _FINITE for _, w in tokens[index + 1 :])
                    and not _a_verb_among(before)
                ):
                    past = next((k for k in range(index + 2, min(index + 6, len(tokens))) if _finite_verb(tokens[k][1]) and _by_none(tokens, k)), None)
                if past is not None and _classed_at(tokens, past):
                    # "Twelve miners at the Soma pit died": the verb past the place, where it names
                    # an act this module knows (a verb of its own, "worked", would only set two
                    # wordings of one figure apart)
                    resume = past
                elif auxiliary is None:
                    # "Four bloggers are still in detention": the place of custody is the state
                    # (not "after four years in detention": no verb says they are there)
                    # ("are in Chinese jails": the place past a word that says whose)
                    places = {w.lower() for _, w in tokens[index + 1 : index + 4]}
                    # ("Among them are eight men in Burgos prison", "there are 31 Basques in jail": the
                    # copula before the count)
                    copula = any(w.lower() in _COPULAS for _, w in tokens[:index]) or bool(before) and before[-1][1].lower() in _COPULAS
                    # ("the committees count 31 Basques still in Spanish jails": a tally of those there)
                    copula = copula or bool(before) and _verb_lemma(before[-1][1].lower(), before[-2][1].lower() if len(before) > 1 else "") in _TALLYING
                    return "hold" if lower == "in" and copula and places & _PLACES_OF_CUSTODY else ""
                else:
                    resume = auxiliary
            continue
        if lower in _REPORTING:
            continue
        if _arriving(tokens, index):
            return "transfer"  # "some 115,000 Cubans reached Florida", as "arrived in Florida"
        if _an_event_held(tokens, index):
            continue
        predicate = _predicate_of_verb(verb, " ".join(w.lower() for _, w in tokens[index + 1 : index + 1 + _OBJECT_WORDS]))
        if predicate == "arrest" and index and tokens[index - 1][1].lower() == "still":
            return "hold"  # "were still detained": held, not taken
        if predicate == "march" and index and tokens[index - 1][1].lower() in ("was", "were", "been", "being"):
            return "transfer"  # "six of them were marched to an aircraft": moved, no protest
        if predicate is not None:
            return predicate
    return ""


#: A condition before a count: "unless 21 Moluccans were freed".
_UNLESS = re.compile(r"\bunless\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _dated_participle_of_another_act(sentence: str, clause: tuple[int, int], predicate: str) -> bool:
    """Whether a clause ends in a participle of another act than ``predicate``, which the clause
    after it ("after", "when") dates: "to free 20 Moluccans imprisoned after the attacks of 1975"
    dates the jailing, not the release asked for."""
    tokens = _tokens(sentence, *clause)
    last = tokens[-1][1] if len(tokens) > 1 else ""
    if not last.endswith("ed") or not last.islower() or tokens[-2][1].lower() in _BE_HAVE:
        return False  # ("were killed when": the clause's own verb)
    verb = _verb_lemma(last, tokens[-2][1].lower())
    return verb is not None and _PREDICATE_OF.get(verb, verb) != predicate


#: A phrase set after a clause that opens with a preposition of place or time ("at an army-run
#: school in December 2014").
_SETTING_OPENING = re.compile(r"\W*(?:at|in|on|inside|outside|near)\s")


def _trailing_setting(sentence: str, clauses: Sequence[tuple[int, int]], index: int) -> tuple[int, int] | None:
    """The clause past a short apposition after clause ``index`` that says where and when its act
    was, with no verb of its own: "militants killed more than 150 people, most of them pupils, at an
    army-run school in December 2014" (None where a clause has a verb; a phrase right after the
    clause is read as its own: "freed 73, on July 23", "tried by a military court, in a case over
    the 1968 killing")."""
    if index + 2 >= len(clauses):
        return None
    apposition, following = clauses[index + 1], clauses[index + 2]
    # (the patterns first: most claims have no such clause, and the verb test looks words up)
    if not _SETTING_OPENING.match(sentence, following[0]) or len(_tokens(sentence, *apposition)) > _APPOSITION + 1:
        return None
    words = [w.lower() for _, w in _tokens(sentence, apposition[0], following[1])]
    verbless = not set(words) & _FINITE and not any(_verb_lemma(w, previous) for previous, w in zip(["", *words], words))
    return following if verbless else None


def _a_time_word(tokens: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether the word at ``index`` is "last" or "next" before a unit of time ("last year"), no verb."""
    return tokens[index][1].lower() in ("last", "next") and index + 1 < len(tokens) and tokens[index + 1][1].lower() in _TIME_UNITS


def _a_verb_among(tokens: Sequence[tuple[int, str]]) -> bool:
    """Whether a lower-case word among ``tokens`` reads as a verb (a count after it is its object)."""
    return any(w.islower() and _verb_lemma(w) for _, w in tokens)


#: Prepositions of a phrase that says where those counted are or come from ("at the Soma pit").
_OF_PLACE = frozenset("in at from inside near".split())


def _classed_at(tokens: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether the verb at ``index``, with the words after it, names an act of a known class."""
    following = " ".join(w.lower() for _, w in tokens[index + 1 : index + 1 + _OBJECT_WORDS])
    return classed(_predicate_of_verb(_verb_lemma(tokens[index][1]) or "", following) or "")


def _by_none(tokens: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether the past form at ``index`` is not a participle of an agent ("jails controlled by the rebels")."""
    return not (index + 1 < len(tokens) and tokens[index + 1][1].lower() == "by")


def _verb_after_nouns(sentence: str, clauses: Sequence[tuple[int, int]]) -> str:
    """The predicate of the first of ``clauses`` that opens with an auxiliary, past clauses of
    nouns only; "" at a clause with a verb of its own."""
    found = _auxiliary_clause(sentence, clauses, past_verbs=False)
    return _after(_tokens(sentence, *found), frozenset()) if found else ""


def _auxiliary_clause(sentence: str, clauses: Sequence[tuple[int, int]], *, past_verbs: bool) -> tuple[int, int] | None:
    """The first of ``clauses`` that opens with an auxiliary, where the verb of a count stands past
    the clauses between; with ``past_verbs`` also past clauses with verbs of their own (the items of
    a list of its parts: "300 prisoners, including 12 women and several jailed for their posts,
    were freed"), else ``None`` at the first of those."""
    for clause in clauses:
        tokens = _tokens(sentence, *clause)
        if tokens and tokens[0][1].lower() in _AUXILIARIES:
            return clause
        if not past_verbs and any(_verb_lemma(w.lower()) for _, w in tokens):
            return None
    return None


def _finite_verb(word: str) -> bool:
    """A past form that opens a clause's verb ("fell", "failed"), not a noun or a participle's phrase."""
    return word.islower() and not word.endswith(("s", "ing")) and _verb_lemma(word) not in (None, word)


def _finite(tokens: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether the word at ``index`` starts a clause's verb: an auxiliary or a modal, or a verb
    that says what happened ("granted clemency by Washington flew to Doha": ``flew``)."""
    word = tokens[index][1]
    lower = word.lower()
    if lower in _FINITE or lower in _MODALS:
        return True
    previous = tokens[index - 1][1].lower()
    if lower.endswith("ed") and previous not in ("by", "the", "a", "an"):
        # A regular past form is still the participle's phrase ("granted clemency by Washington"),
        # unless its particle makes it a release: "The 78 prisoners held in the fort walked free".
        lemma = _verb_lemma(lower) or ""
        following = " ".join(w.lower() for _, w in tokens[index + 1 : index + 4])
        return bool(lemma) and _PREDICATE_OF.get(lemma) != "free" and _predicate_of_verb(lemma, following) == "free"
    if not word.islower() or previous in ("by", "the", "a", "an") or lower.endswith(("ed", "ing")):
        return False  # "granted clemency by Washington": still the participle's phrase
    if lower == "bound" and tokens[index + 1 : index + 2] and tokens[index + 1][1].lower() == "for":
        return False  # "left Egypt on a plane bound for Cyprus": where the plane goes, no verb of theirs
    if tokens[index + 1 : index + 2] and tokens[index + 1][1].lower() == "by" and previous not in _BE_HAVE and not lower.endswith("s"):
        # "63 Georgians handed back in return for eight Ossetians held by the Georgian side": a past
        # form with its agent and no auxiliary says which others, no verb of the counted
        return False
    verb = _verb_lemma(lower, previous)
    return verb is not None and verb not in _NEUTRAL


def _past_the_participle(sentence: str, subject_end: int) -> tuple[list[tuple[int, str]], int | None]:
    """The words past a participle's phrase after a counted phrase, read past the words of the
    phrase ("after the vote" cuts the clause), not into a relative clause of its own nor a clause
    the sentence subordinates; and the index among them of the first finite verb (``None``)."""
    relative = _RELATIVE_AFTER.search(sentence, subject_end, subject_end + _NEAR)
    subordinate = _SUBORDINATE_AFTER.search(sentence, subject_end, relative.start() if relative else subject_end + _NEAR)
    ends = [m.start() for m in (relative, subordinate) if m]
    onward = _tokens(sentence, subject_end, min(ends) if ends else min(len(sentence), subject_end + _NEAR))
    first = 2 if onward and onward[0][1] in _STILL else 1  # past the participle ("still held")
    return onward, next((k for k in range(first, min(12, len(onward))) if _finite(onward, k)), None)


def _verb_past_the_participle(sentence: str, subject_end: int) -> str:
    """The predicate of the finite verb past a participle's phrase after a counted phrase ("71
    people detained after the vote were freed": ``free``; "20,000 people rallied outside the court
    when the verdict was read": rallied is their verb); ``""`` for none."""
    onward, finite = _past_the_participle(sentence, subject_end)
    return _after(onward[finite:], frozenset()) if finite else ""


#: Modals that ask for an act or foresee it, no act done.
_ASKING = frozenset("should must would could will may might".split())


def _nothing_done_past_the_participle(sentence: str, subject_end: int) -> bool:
    """Whether no finite verb past a participle's phrase says what befell those counted: none
    has a predicate, or it is a modal ("the 11 detainees still held without trial should be
    freed": the act is asked for, not done). One reading of the words, as
    :func:`_verb_past_the_participle` makes."""
    onward, finite = _past_the_participle(sentence, subject_end)
    return finite is None or onward[finite][1].lower() in _ASKING or not _after(onward[finite:], frozenset())


def _modifies(sentence: str, after: Sequence[tuple[int, str]]) -> bool:
    """Whether the counted phrase is followed at once by a participle ("people detained after",
    "people serving terms"): a clause that says which ones, when a verb before the number (or a
    finite one after the participle's phrase) says what happened to them."""
    if after and after[0][1] in _STILL and len(after) > 1:
        after = after[1:]  # "The 52 prisoners still held in the capital were freed"
    if not after:
        return False
    position, word = after[0]
    if sentence[position + len(word) : position + len(word) + 1] in (",", ".", ";", ""):
        return False  # "Twenty-nine people survived, two of them children": a participle ending its clause is its verb
    if word.islower() and word.endswith("ing") and _verb_lemma(word) not in (None, word):
        return True  # "pardoned 14 people serving prison terms", "10 people living nearby were moved"
    # A past form, regular or not ("detained", "held", "flown"): not a present ("holds").
    past = word.islower() and not word.endswith(("s", "ing")) and word not in _BE_HAVE and word not in _MODALS
    lemma = _verb_lemma(word) if past else None
    # A verb that takes no object has no passive participle: "554 polling staff died after long
    # shifts" is what they did, not which ones.
    return lemma not in (None, word) and lemma not in _INTRANSITIVE


_INTRANSITIVE = frozenset("die perish arrive remain".split())
#: Adverbs between a counted phrase and the participle that says which ones ("still held").
_STILL = frozenset("still now currently already".split())


#: Prepositions that open a noun phrase ("on health grounds"; not "to", the mark of a verb: "to be leased").
_PHRASE_PREPOSITIONS = _PREPOSITIONS - {"to"}
#: Words after a preposition that are no noun of its phrase ("for up", "in been").
_NOT_A_PHRASES_NOUN = _FUNCTION_WORDS | _BE_HAVE | _AUXILIARIES | _ADVERBS


def _after_a_prepositions_noun(tokens: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether the word at ``index`` follows a preposition and a lower-case noun ("on health
    grounds"; past "a" or "an", a word in its base form, "except an arms embargo", which no verb
    after a singular subject could be): a noun of that phrase, no verb."""
    lower = tokens[index][1].lower()
    article = index >= 3 and tokens[index - 2][1].lower() in ("a", "an") and lower in _lemmas(lower).get("VERB", ())
    preposition = index - 3 if article else index - 2
    if preposition < 0 or tokens[preposition][1].lower() not in _PHRASE_PREPOSITIONS | {"except"}:
        return False
    previous = tokens[index - 1][1]
    return previous.isalpha() and previous.islower() and previous not in _NOT_A_PHRASES_NOUN and not _verb_lemma(previous)


#: Where one arrives, after "reached" (and an article, a possessive, a word before the noun):
#: "reached their home port", "reached safety"; a level ("reached 23") or a deal is none.
_DESTINATIONS = frozenset("home port border airport capital embassy safety shore coast base camp hospital harbour harbor".split())


def _arriving(tokens: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether the word at ``index`` says someone arrived somewhere without an arrival verb: "were
    back in France on Friday", "is back home"; "had reached Qatar on Aug. 25", "reach their home port"."""
    lower = tokens[index][1].lower()
    if lower == "back":
        return bool(index) and tokens[index - 1][1].lower() in _COPULAS
    if lower not in ("reach", "reached", "reaches", "reaching"):
        return False
    following = [word for _, word in tokens[index + 1 : index + 4]]
    if following and following[0][0].isupper():
        return True  # "reached Qatar"
    if following[:1] == ["the"] and following[1:2] and (following[1][0].isupper() or following[1] in _COMPASS):
        return True  # "reached the West", "Reach The West" (a headline read in lower case)
    return any(word.lower() in _DESTINATIONS for word in following)


#: The leg of a journey a verb (with its particle) tells: its time of day is that leg's moment.
_LEGS = {
    ("leave", ""): "depart", ("depart", ""): "depart", ("take", "off"): "depart", ("fly", "out"): "depart",
    ("land", ""): "arrive", ("arrive", ""): "arrive", ("touch", "down"): "arrive", ("reach", ""): "arrive", ("fly", "into"): "arrive", ("fly", "in"): "arrive",
}  # fmt: skip
#: Verbs that say only that their subject, an act's noun, took place ("the release came on Friday").
_TELLS_ITS_SUBJECT = frozenset("come happen occur".split())
#: A side of the world named as a place ("reached the West").
_COMPASS = frozenset("west east north south".split())


def _before(tokens: Sequence[tuple[int, str]], *, events: bool = True, time: bool = False) -> tuple[str, int]:
    """The predicate of the nearest verb before the number, and the index of that verb (or -1);
    with ``events``, an event noun before "of" says it first ("the release of 52"); with ``time``
    (the number is a time), a preposition right before it is the time's, no particle of the verb
    ("was taken in May 2022" is taken, not taken in)."""
    for index in range(len(tokens) - 1, max(-1, len(tokens) - 17), -1):
        word = tokens[index][1]
        lower = word.lower()
        if lower in _QUALIFYING or lower in ("to", "of", "by", "except") or (index and word[0].isupper()):
            continue
        if not index and word[0].isupper() and tokens[1:2] and tokens[1][1].lower() in _FINITE:
            continue  # "Lynch had been a prisoner for nine days": a subject before its auxiliary, no verb "to lynch"
        previous = tokens[index - 1][1].lower() if index else ""
        if events and tokens[index + 1 : index + 2] and tokens[index + 1][1].lower() in ("of", "for"):
            nominal = _ended(tokens[:index], _nominal_event(lower))
            if nominal:  # "secured the release of 52 prisoners", "Signs Amnesty For About 3,000": the event noun's act
                return nominal, index
        if previous in _DETERMINERS or previous == "behind":
            continue  # "on the ground at 29", "behind bars since 2006": a word after an article (or "behind") is a noun
        if _qualifies_a_noun(tokens, index) and (previous[:1].isdigit() or previous in _CARDINALS):
            # "released three jailed activists on Monday": between a number and its noun, no verb
            # (after an ordinal it is one: "first imposed sanctions in 2022")
            continue
        if _joined_qualifier(tokens, index):
            continue  # "the return of 765 sick or wounded Iraqis and 613 Iranians": no verb either
        if _a_time_word(tokens, index):
            continue  # "sentenced 50 dissidents last year to terms of": a time, not the verb "to last"
        if lower in ("jail", "prison") and tokens[index + 1 : index + 2] and tokens[index + 1][1].lower() in ("term", "terms", "sentence", "sentences"):
            continue  # "to jail terms of up to 12 months": a kind of term, not the verb "to jail"
        if _after_a_prepositions_noun(tokens, index):
            if time and index >= 3 and tokens[index - 3][1].lower() == "for" and lower in _lemmas(lower).get("VERB", ()):
                # "condemned to death for a bomb attack on the car in August 1968": the time of the
                # deed one was condemned for, an act of its own
                return lower, index
            continue  # "freed on health grounds on April 26": a word after a preposition and a noun is a noun
        if lower.endswith("s") and tokens[index + 1 : index + 2] and tokens[index + 1][1].lower() == "of":
            continue  # "to prison terms of 13 to 66 years": a plural before "of" is a noun
        if tokens[index + 1 : index + 2] and tokens[index + 1][1].lower() in _REPORTING:
            continue  # "Press freedom groups say at least 29": who says it, no verb ("to group")
        name = tokens[index - 1][1] if index and tokens[index - 1][1][0].isupper() and previous not in _FUNCTION_WORDS else ""
        by = next((k for k in range(max(0, index - 3), index) if tokens[k][1].lower() == "by"), None) if lower.endswith(("s", "ed")) else None
        if by is not None and not _a_number(tokens[by + 1][1].lower()):
            ahead = tokens[index + 1][1] if index + 1 < len(tokens) else ""
            if lower.endswith("s") or (_plural_noun(ahead.lower()) and ahead.islower()):
                # "was detained by Russian border guards on Nov. 9", "by armed men": the agent, no verb
                # (not "Delayed By Two Months Frees 88": "by" a length)
                continue
        if _arriving(tokens, index):
            return "transfer", index
        verb = _verb_lemma(lower, name or previous)
        if verb is None and index + 2 == len(tokens) and tokens[index + 1][1].lower() in ("to", "at"):
            # "... Coal Mine Blasts Rises To 21": a verb of level right before "to" and the number,
            # whatever a plural before it makes of its -s
            verb = next((v for v in _lemmas(lower).get("VERB", ()) if v in _LEVEL_VERBS), None)
        if verb is None or lower in _REPORTING or (lower.endswith("ing") and _modifier_in_ing(tokens, index)):
            continue
        following = " ".join(w.lower() for _, w in tokens[index + 1 : index + 1 + _OBJECT_WORDS])
        if time and following in _PREPOSITIONS:
            following = ""
        if verb in _COVERING:
            # "a pardon that covered 119 inmates", "The amnesty applies to 3,000": the act of the
            # event that covers them (not held, as the noun "inmates" alone would say)
            subject = next((w.lower() for _, w in reversed(tokens[max(0, index - 3) : index]) if w.lower() not in _RELATIVE_OR_AUXILIARY), "")
            nominal = _nominal_event(subject)
            if nominal:
                return nominal, index
        if _an_event_held(tokens, index):
            return "", index  # "the talks were held in December": the day of a meeting, no custody
        predicate = _predicate_of_verb(verb, following)
        # "The pledge was made in June", "the release came on Friday": the act is the subject's
        # (not "the sanctions come up for review in April")
        # ("the release took place at 10:47 a.m.": "take place" says no more than "happen")
        words = following.split()
        took_place = verb == "take" and words[:1] == ["place"]
        opening = words[1:2] if took_place else words[:1]
        told = (verb in _TELLS_ITS_SUBJECT or verb == "make" or took_place) and opening in ([], ["in"], ["on"], ["at"])
        if predicate is not None and not told:
            return predicate, index
        if told:
            subject = next((w.lower() for _, w in reversed(tokens[max(0, index - 4) : index]) if w.lower() not in _BE_HAVE), "")
            if _nominal_event(subject):
                return _nominal_event(subject), index
            if predicate is not None:
                return predicate, index
        if verb in _LEVEL_VERBS and index and _nominal_event(tokens[index - 1][1].lower()):
            return "", index  # "Ferry Toll Reaches 207": the event noun's level, not the verb before it ("ferry")
        if verb in _TALLYING and all(w.lower() in _QUALIFYING or w.lower() in _DETERMINERS for _, w in tokens[index + 1 :]):
            return "", index  # "Viasna counts 1,323 political prisoners": a tally of what is, no verb before it
    return "", -1


#: Verbs that end a state of custody told by its noun: "lifted the house arrest of", "revoked the arrest of".
_ENDING = frozenset("lift end revoke cancel terminate".split())


def _ended(before: Sequence[tuple[int, str]], act: str) -> str:
    """The act an event noun's own act comes to when a verb just before the noun ends it: custody
    ended frees ("lifted the house arrest of 12 opposition leaders"); any other act stays itself."""
    if act in ("arrest", "hold") and any(_verb_lemma(w.lower()) in _ENDING for _, w in before[-3:]):
        return "free"
    return act


#: Verbs by which an event reaches those it counts: "the pardon covered 119", "applies to 3,000".
_COVERING = frozenset("cover affect apply benefit concern".split())
#: A deal that covers the count right after it: what it covers, it frees.
_COVERED_BY_A_DEAL = re.compile(
    r"\b(?:deal|arrangement|agreement|accord|pact|swap|exchange)\b[^.;]*\b(?:covers|covered|will\s+cover)\s+"
    r"(?:(?:some|about|nearly|around|more\s+than|up\s+to)\s+)?$",
    re.IGNORECASE,
)
_RELATIVE_OR_AUXILIARY = frozenset("that which also has have had will would could should may might".split())


def event_noun(noun: str) -> bool:
    """Whether a lower-case noun names an event of a known class (``amnesty``, ``pardon``,
    ``exchange``; not ``contracts``)."""
    return bool(_nominal_event(noun))


def _a_number(word: str) -> bool:
    """Whether a lower-case word is a number (digits or a number word)."""
    return word[:1].isdigit() or word in _NUMBER_WORDS


def _a_count_word(word: str) -> bool:
    """Whether a lower-case word opens a count: a number, or a vague plural ("hundreds")."""
    return _a_number(word) or word in _VAGUE


def _nominal_event(noun: str) -> str:
    """The predicate an event noun names, "" for none: an event noun (``deaths``), a noun that is
    its verb's own form (``release``, ``transfer``, ``killing``) or made from it (``evacuation``,
    ``deportation``, ``arrival``), where that verb is one of a known class (not ``number``)."""
    event = _EVENT_NOUNS.get(_noun_lemma(noun))
    if event:
        return event[1]
    if noun in ("ruling", "rulings"):
        return ""  # "ignored a bail ruling": a thing of its own (a decision: see _THING_CLASSES), no act of ruling
    noun = noun if noun.endswith("ing") else _noun_lemma(noun)  # "resignations": resignation
    stems = [noun, noun[:-3], noun[:-3] + "e"] if noun.endswith("ing") else [noun]  # "sentencing": sentence
    for ending, cuts in (("ation", ("e", "")), ("ion", ("e", "")), ("al", ("e", ""))):
        if noun.endswith(ending):
            stems += [noun[: -len(ending)] + cut for cut in cuts]
    for stem in stems:
        if stem in _lemmas(stem).get("VERB", ()) and stem in _PREDICATE_OF:
            return _PREDICATE_OF[stem]
    return ""


def _modifier_in_ing(tokens: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether the word in -ing at ``index`` is part of a noun phrase, not the verb of its clause:
    after an article (:func:`_in_noun_phrase`), or before a bare noun or "charges" ("was tried on
    spying charges", "executed by firing squad")."""
    if _in_noun_phrase(tokens, index):
        return True
    ahead = tokens[index + 1][1] if index + 1 < len(tokens) else ""
    return ahead.lower() in _CHARGES or (ahead.islower() and _singular_noun(ahead) and not _verb_lemma(ahead))


def _in_noun_phrase(tokens: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether the word at ``index`` follows an article with no verb between: a modifier ("the state
    gold mining company", "the remaining prisoners"), not the verb of its clause."""
    for _, word in reversed(tokens[max(0, index - 3) : index]):
        lower = word.lower()
        if lower in ("the", "a", "an"):
            return True
        if not word.islower() or lower in _FUNCTION_WORDS or lower in _AUXILIARIES or _verb_lemma(lower):
            return False
    return False


def _event(words: Iterable[str]) -> tuple[str, str] | None:
    """What the first event noun (``deaths``) or state (``dead``) among ``words`` counts, and its predicate."""
    for word in words:
        lower = word.lower()
        if lower in _STATES:
            return "person", _STATES[lower]
        if lower == "lives":
            return "person", "die"  # "has claimed about 40,000 lives", "cost about 300 lives": a toll (not "life in prison")
        found = _EVENT_NOUNS.get(_noun_lemma(lower))
        if found:
            return found
    return None


def _outside_names(tokens: Sequence[tuple[int, str]]) -> list[str]:
    """The words of ``tokens`` that stand in no name of several capitalised words: "Amnesty
    International counts 200 prisoners" tells of no amnesty."""
    words = [w for _, w in tokens]

    def named(word: str) -> bool:
        return word[:1].isupper() and word.lower() not in _FUNCTION_WORDS

    return [w for k, w in enumerate(words) if not (named(w) and any(map(named, words[max(0, k - 1) : k] + words[k + 1 : k + 2])))]


def _outside_bodies(words: Sequence[str]) -> list[str]:
    """``words`` but an event noun that names a body after it: "the amnesty committees count 22
    Basques" tells of no amnesty, "a release commission" of no release."""
    bodies = [_noun_lemma(w.lower()) in _BODIES for w in words[1:]] + [False]  # (each word's: whether a body's noun follows it)
    return [w for w, before_a_body in zip(words, bodies) if not (before_a_body and _EVENT_NOUNS.get(_noun_lemma(w.lower())))]


_OF_BASE = re.compile(r"\s+of\b")


def _clause_subject(tokens: Sequence[tuple[int, str]]) -> str:
    """The noun a clause opens with, before its first verb ("Turnout" of "Turnout was 61.3%", "rate" of
    "The unemployment rate fell to 3.9%"); "" if a name or nothing stands there."""
    noun = ""
    for index, (_, word) in enumerate(tokens):
        lower = word.lower()
        if index and lower in _REPORTING:
            # "Officials said turnout was 61.3%": who said it is no subject of the share; the
            # clause said is ("Officials said power was restored to 21% of customers": none)
            noun = ""
            continue
        if lower in _BE_HAVE or (index and _verb_lemma(lower, tokens[index - 1][1].lower())):
            return noun
        if lower in _DETERMINERS or lower.endswith(("'s", "’s")):
            continue  # "Poland's turnout hits 74.4%"
        if noun and lower in ("in", "at", "for", "among") and any(w.lower() in _BE_HAVE for _, w in tokens[index:]):
            return noun  # "Turnout in Wednesday's vote was 68.6 percent": the noun before what qualifies it
        if (index and word[0].isupper()) or "NOUN" not in _lemmas(lower):
            return ""
        noun = _noun_lemma(lower)
    return ""


def _counted_by_participle(words: Iterable[str]) -> tuple[str, str] | None:
    """"The number of people killed by the quake has risen to 2,200": the people a running
    participle (killed, injured, rescued) counts."""
    for word in words:
        lower = word.lower()
        if lower.endswith("ed"):
            predicate = _PREDICATE_OF.get(_verb_lemma(lower) or "")
            if predicate in RUNNING:
                return "person", predicate
    return None


_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[\s-]+(?:of\s+)?$", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"[\s-]+magnitude\b", re.IGNORECASE)
_AFTERSHOCK = re.compile(r"\baftershocks?\b", re.IGNORECASE)
#: A length that says how far from a place: "100 km east of the capital", "40 miles from Kyiv".
_DISTANCE = re.compile(
    r"\s+(?:by\s+(?:road|air|car|rail|river)\s+)?(?:(?P<way>(?:north|south)(?:-?(?:east|west))?|east|west)\s+)?(?:of|from)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|port)\s+of\s+)?(?P<place>[^\W\d_]+)",  # ("some 80 km from the city of Punta Arenas")
    re.IGNORECASE,
)
#: What a court gives: "a nine-year sentence", "a 10-year prison term" is a sentence, whatever the clause's verb.
_TERMS = frozenset({"sentence", "term"})
_SHARE_IS = re.compile(r"\s+of\s+(?:[\w'’]+\s+){1,3}?(?:are|were|is|was)\s+(?P<noun>[a-z]+)\b")
#: The state a count is left in ("leaving 57 inmates dead", "leaving 40 people missing").
_LEFT_IN_STATE = re.compile(r"\s+(" + "|".join(word for word, state in _STATES.items() if state in RUNNING) + r")\b")
#: A present participle right before a count, its object: "carrying 56 passengers", "leaving (at least) 12 dead".
_GOVERNING_PARTICIPLE = re.compile(r"\b([a-z]+ing)\s+(?:(?:at\s+least|about|some|nearly|almost|more\s+than|over)\s+)?$")
_PARTICIPLE_OPENING = re.compile(r"\s*[a-z]+ing\s")
_PARTICIPLE_AFTER = re.compile(r"\s+([a-z]+ed)\b")
#: Verbs whose form in -ed is a past tense only, never a participle after a noun ("the six kidnappers died").
_NO_PARTICIPLES = frozenset("die perish arrive vanish disappear remain".split())
#: Words before a number that make its phrase no clause's subject: what it is ("were among", "was one
#: of"), or that someone tallied it ("counts about 200 people who disappeared"); what happened to
#: them is in the relative clause after.
_COMPLEMENT = re.compile(
    rf"\b(?:is|are|was|were|been|among|of|(?:{'|'.join(sorted(_TALLYING | {'record'}))})(?:s|ed)?)\s+"
    r"(?:(?:the|about|some|nearly|more\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_SUBJECT_RELATIVE = re.compile(r"\s+(?:who|that)\s+(?!(?:the|a|an|he|she|they|it|we|I)\b)(?=[a-z])")
_RELATIVE_AFTER = re.compile(r",\s+(?:in\s+which|which|who|whom|where|when)\b")
#: A clause of its own after a counted phrase, subordinate or joined after a comma ("walked free, as
#: the army began pulling out": "began" is no verb of theirs). "until" and "before" before a bare
#: noun are prepositions ("129 people held before trial had been freed"), no clause.
_SUBORDINATE_AFTER = re.compile(
    r"\s(?:when|while|because|although|as\s+soon\s+as)\s|\s(?:until|before)\s+(?=[A-Z]|(?:the|a|an|his|her|their|its|it|he|she|they|we|this)\b)"
    r"|,\s+(?:as|but|and|so)\s"
)
#: "the number of political prisoners (released)", "the number of French nationals", "of Germans": what a level
#: counts, and what happened to it.
_NUMBER_OF = re.compile(
    r"\s*\bthe\s+(?:number|total|tally|count)\s+of\s+(?P<noun>(?:[A-Za-z]+\s+){0,2}?(?:[A-Za-z][a-z]+s|people|children|men|women"
    r"|[A-Z][a-z]+(?:ese|i)))\b"  # ("the number of Lebanese still in Syrian prisons": a people in -ese or -i)
    r"(?:\s+(?:still\s+)?(?P<participle>[a-z]+ed|held|kept|taken|sent|flown|brought|caught|hurt|left|missing|dead"
    rf"|in(?=\s+(?:[A-Z]\w+\s+)?(?:{'|'.join(sorted(_PLACES_OF_CUSTODY))})\b))\b)?"
)


def _number_of(found: re.Match[str] | None) -> tuple[str, str] | None:
    if found is None:
        return None
    participle = found.group("participle")
    # "the number of people missing"; "the number of Lebanese still in Syrian prisons": held
    state = "hold" if participle == "in" else _STATES.get(participle or "")
    predicate = state or (_PREDICATE_OF.get(_verb_lemma(participle) or "", "") if participle else "")
    return _thing(found.group("noun")), predicate


#: "put turnout at", "estimated unemployment at about": the share is of the noun between.
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|estimated|estimates|set|sets)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s+at\s+(?:(?:about|around|nearly|some|almost|roughly)\s+)?$"
)
_AND_BEFORE = re.compile(r"\sand\s*$")
# "Of the 110 miners below ground, 80 were brought up", "81 got out, out of 111 underground": the whole.
_WHOLE_FRONTED = re.compile(r"\W*Of\s+(?:the|all|those)\s+(?:(?:some|about|nearly|more\s+than)\s+)?")
_OUT_OF = re.compile(r"\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$", re.IGNORECASE)
#: A sum of the counts told before it in its sentence ("six injured and 71 dead, for a total of 77
#: people"; "freed 52 on Thursday, making a total of 300 this year"): no count of their act.
_SUMMED = re.compile(r"[,;]\s*(?:for|making|giving)\s+a\s+total\s+of\s+$", re.IGNORECASE)
#: A claim's qualifier that is itself a level verb ("has passed 400", "Toll Tops 100").
_PASSING = frozenset("passes passed tops topped exceeds exceeded surpasses surpassed".split())
#: Verbs whose number is the level a count stands at ("has reached 151", "rose to 39").
_LEVEL_VERBS = frozenset("reach stand hit top rise climb".split())
#: Words that may stand between a level verb and "to N", saying when or how it moved ("rose on
#: Thursday to 37", "climbed sharply overnight to 120", "has risen again to 58").
_WHEN_OR_HOW = frozenset("on in late early again further overnight this last by morning afternoon evening night weekend".split())


def _risen_to(words: Iterable[str], *, clause_ends: bool = False) -> bool:
    """Whether the words from a level verb to a number say it rose to that number: past when or how
    it moved, or past a first level it rose to, in a list ("to 37 civilians and" before "28 soldiers";
    with ``clause_ends``, the words run to the end of that first level's clause: "to 37 civilians")."""
    found = list(words) + (["and"] if clause_ends else [])
    if "to" not in found:
        return False
    k = found.index("to")
    between, listed = found[:k], found[k + 1 :]
    if len(between) > 4 or not all(w in _WHEN_OR_HOW or w in _WEEKDAYS or w in _MONTHS or w.endswith("ly") or w.isdigit() for w in between):
        return False
    return not listed or (listed[-1] == "and" and len(listed) <= 4 and "to" not in listed)

#: Verbs by which someone sets a count to a new level ("revised the death toll to 23", "the toll was
#: lowered to 41"): what they set is the count, whatever act the verb's own class names.
_SETTING_LEVEL = frozenset("revise lower raise update correct adjust reduce".split())
#: Predicates of a count's level changed or stated (classes, and verbs of no class): see :func:`counts_a_level`.
_LEVEL_PREDICATES = frozenset("rise fall cut stand reach put".split())


def _level_of_opening(
    sentence: str, clauses: Sequence[tuple[int, int]], clause: tuple[int, int], start: int
) -> tuple[str, str] | None:
    """"The number of people killed by the flood in Mokwa, in Niger State, has reached at least
    151": a clause that is only a verb of level before the number is the level of what the
    sentence opens with, past an apposition (its thing and predicate, or ``None``)."""
    words = [w.lower() for _, w in _tokens(sentence, clause[0], start)]
    words = [w for w in words if w not in _AUXILIARIES and w not in _QUALIFYING and w not in ("to", "at")]
    if len(words) != 1 or _verb_lemma(words[0]) not in _LEVEL_VERBS:
        return None
    opening = [w for _, w in _tokens(sentence, *clauses[0])]
    return _event(opening) or _counted_by_participle(opening)


def _thing(subject: str) -> str:
    """The lemmas of a counted phrase; a generic head after a qualifying word is dropped, as
    :func:`~docdelta_claims.extract.subject_key` does (``Ukrainian nationals``: ``ukrainian``)."""
    words = [
        w
        for w in subject.lower().replace("’", "'").split()
        if w not in _QUALIFYING and not w.endswith("'s") and w not in _NUMBER_WORDS and w not in _FUNCTION_WORDS  # "three of the five Iranians"
    ]
    if not words:
        return ""
    lemmas = [_SAME_PEOPLE.get(w, _noun_lemma(w)) for w in words]  # "US citizens" are Americans
    if lemmas[-1].startswith("co-") and len(lemmas[-1]) > 4:
        lemmas[-1:] = ["other", lemmas[-1][3:]]  # "five co-defendants" are "five other defendants"
    if lemmas[-2:] == ["armed", "man"]:
        lemmas[-2:] = ["gunman"]  # "about 15 armed men" / "about 20 gunmen"
    if lemmas[0] == "fellow" and len(lemmas) > 1:
        lemmas[0] = "other"  # "a minister and three fellow opposition figures": three others beside him
    head = _THING_OF.get(lemmas[-1], lemmas[-1])
    if head in ("person", "member"):  # "Ukrainian nationals", "crew members": who they are is what qualifies them
        return " ".join(lemmas[:-1]) or head
    return " ".join(lemmas[:-1] + [head])


def _weekday_of(year: int, month: int, day: int) -> set[str]:
    """The weekday of a full date: "on Saturday" and "Dec. 13, 2025" name one day."""
    try:
        return {"weekday:" + _WEEKDAYS[datetime.date(year, month, day).weekday()]}
    except ValueError:  # "Feb. 30, 2025"
        return set()


#: What sets a time's possessive to the cause it dates, not to the clause: "the toll from last month's rains".
_OF_AN_EVENT = re.compile(r"\b(?:from|during|amid|despite)\s+$", re.IGNORECASE)
#: What sets a time to the noun an act is about, not to the act: "pardoned 14 people over the protests of 2011".
_OF_A_NOUN_ABOUT = re.compile(r"\b(?:over|after|during|amid|despite|against|for)\s+(?:the|a)\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+$")
#: A moment told by an event of the story: "until the pardon", "after the release", "before the exchange".
_AROUND_AN_EVENT = re.compile(
    r"\b(before|until|till|after)\s+(?:the|this|last\s+week's|its)\s+(release|releases|pardon|pardons|amnesty|exchange|swap|handover|deal)\b",
    re.IGNORECASE,
)


#: A length before "since", as an anniversary tells it ("70 years since", "a decade since").
_YEARS_SINCE = re.compile(r"\b(?:years?|months?|weeks?|decades?|centur(?:y|ies))\s+since\b", re.IGNORECASE)


def _times(text: str, skip: tuple[int, int]) -> set[str]:
    """The time anchors of ``text`` (``weekday:thursday``, ``day:12-13``, ``month:06``,
    ``year:2023``, ``relative:last year``), those overlapping ``skip`` (the claim) left out."""
    found = set()
    for match in _TIME.finditer(text):
        if match.start() < skip[1] and skip[0] < match.end():
            continue
        groups = match.groupdict()
        if text.startswith(("'s ", "’s "), match.end()) and _OF_AN_EVENT.search(text, max(0, match.start() - 12), match.start()):
            # "the toll from last month's rains has risen to 302": it dates the rains, not the toll
            # told ("before Wednesday's exchange" is before Wednesday; "in Sunday's vote" dates it)
            continue
        if _OF_A_NOUN_ABOUT.search(text, max(0, match.start() - 40), match.start()):
            continue  # the protests' year: a report dating the pardon otherwise tells no other pardon
        since_clause = _SINCE_CLAUSE.search(text, max(0, match.start() - 90), match.start())
        if since_clause and groups["weekday"] and _FIRST_SINCE().search(text, max(0, since_clause.start() - 80), since_clause.start() + 6):
            # "the largest swap since the Cold War on Thursday": what it is the largest since, and
            # the day it happened (no total runs from a weekday after a superlative)
            since_clause = None
        since = _SINCE.search(text, max(0, match.start() - 12), match.start()) or since_clause
        if since and _YEARS_SINCE.search(text, max(0, since.start() - 30), since.start() + 5):
            continue  # "to mark 70 years since independence on Sept. 2, 1945": the day of what is marked
        if since:
            # "more than 100 have died at its mines since 2006": a total from then on, not what
            # happened then (nor on the day a toll was told)
            found.add("since:" + match.group().lower().rstrip("."))  # (a sentence's full stop is no "Sept.")
            continue
        if groups["weekday"]:
            found.add("weekday:" + groups["weekday"].lower())
        elif groups["month"]:
            year = groups["year1"]
            if not (groups["day"] or year) and _in_a_name(text, match):
                continue
            if not year and _A_NOUNS_MONTH.search(text, max(0, match.start() - 6), match.start()) and _noun_after(text, match.end()):
                continue  # "five who worked on the October primary": the primary's month, not the count's
            month = _MONTHS[groups["month"][:3].lower()]
            if groups["day"]:
                day = int(groups["day"])
                found.add(f"day:{month:02d}-{day:02d}")
                found |= _weekday_of(int(year), month, day) if year else set()
            else:
                found.add(f"month:{month:02d}")
            if year:
                found.add("year:" + year)
        elif groups["year"]:
            found.add("year:" + groups["year"])
        else:
            relative = " ".join(groups["relative"].lower().split())
            found.add("relative:weekend" if relative.endswith("the weekend") else "relative:" + relative)
    for match in _AROUND_AN_EVENT.finditer(text):
        if not (match.start() < skip[1] and skip[0] < match.end()):
            # "Until the pardon some 400 Islamists were in jail": a moment told by the event it
            # came before or after, not by the calendar
            found.add(f"event:{'before' if match.group(1).lower() in ('before', 'until', 'till') else 'after'} {match.group(2).lower()}")
    return found


#: A verb of telling and whom it was told to, before the day it was told on ("said on Friday",
#: "told reporters on Friday", "told the National Assembly on Friday").
_TOLD_ON = re.compile(r"\b(?:said|says|told|tells|announced|reported)(?:\s+(?:the\s+)?[\w-]+){0,3}?\s+on\s+$", re.IGNORECASE)


#: An article or a possessive right before a month that qualifies a noun: "the October primary" (not
#: after "since", which starts a time held from that event: "jailed since the July 10 rally").
_A_NOUNS_MONTH = re.compile(r"(?<!since )(?<!after )(?<!before )(?<!until )(?<!from )\b(?:the|its|their|his|her)\s+$", re.IGNORECASE)


def _noun_after(text: str, end: int) -> bool:
    """Whether a lower-case noun (no function word) follows ``end``: "the October primary", "the July 29 election"."""
    following = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    word = following.group() if following else ""
    return word.islower() and word not in _FUNCTION_WORDS and "NOUN" in _lemmas(word)


def _moments(time: str) -> set[str]:
    """A time anchor as the moment itself: ``since:december`` is ``month:12``, ``since:may 2, 2022``
    ``day:05-02`` and ``year:2022``."""
    if not time.startswith("since:"):
        return {time}
    return _times(time.partition(":")[2].title(), (0, 0)) or {time}


def _told_on(text: str) -> set[str]:
    """The times of ``text`` that date its telling ("the president said on Friday", "told
    reporters on Friday")."""
    return {
        time
        for match in _TIME.finditer(text)
        if _TOLD_ON.search(text, max(0, match.start() - 50), match.start())
        for time in _times(match.group(), (0, 0))
    }


#: A reporting verb right before a day: "officials said on Wednesday", "told reporters on Thursday".
#: Stricter than :data:`_TOLD_ON`, which also reads "said they were freed on Monday" as told then
#: (right for a figure yet to happen, not for a day of its own).
_REPORTED_ON = re.compile(
    r"\b(?:said|says|told(?:\s+(?!after\b|before\b|while\b|when\b)\w+){0,4}?|reported|announced|confirmed|added|stated)\s+(?:late\s+|early\s+|only\s+)?on\s+$"
)


def reported_on(claim: Claim) -> bool:
    """Whether a date is the moment a figure was reported ("emergency officials said on Wednesday"),
    not the moment of an event: another report's day is no fact changed."""
    return _REPORTED_ON.search(claim.sentence, max(0, claim.position - 40), claim.position) is not None


#: Verbs of telling, any form, that may date a statement rather than an act.
_TELLING = re.compile(r"\b(?:said|says|told|tells|announc\w*|confirm\w*|report\w*|declar\w*|stated)\b", re.IGNORECASE)


def told_near(claim: Claim) -> bool:
    """Whether a verb of telling stands within six words of a time, either side ("in announcing
    the amnesty on Wednesday", "On Jan. 3, the prime minister announced"): the time may date the
    telling; "were arrested in Bahrain on Sunday while covering protests" dates only the act."""
    before = claim.sentence[: claim.position].split()[-6:]
    after = claim.sentence[claim.position + len(claim.text) :].split()[:6]
    return _TELLING.search(" ".join(before + after)) is not None


# Words a month may follow inside a sentence without being part of a name ("Early June", "Since May").
_BEFORE_A_MONTH = _FUNCTION_WORDS | frozenset("early late mid last next".split())
_ABBREVIATED = frozenset("jan feb mar apr aug sep sept oct nov dec".split())


def _in_a_name(text: str, match: re.Match[str]) -> bool:
    """Whether a month's word with no day or year is a name's, not a time: an abbreviation
    with no dot ("Viña del Mar", "Mar-a-Lago", "Jan Kowalski"), or a word after a capitalised
    one ("Theresa May", "Cape May")."""
    word = match.group("month")
    if word.lower() in _ABBREVIATED and not match.group().endswith("."):
        return True
    before = re.search(r"([^\W\d_][\w'’-]*)\s+$", text[: match.start()])
    return before is not None and before.group(1)[0].isupper() and before.group(1).lower() not in _BEFORE_A_MONTH


# Words that stand before a name and name no one ("Prime Minister Narendra Modi").
_TITLES = frozenset(
    """president prime minister king queen prince governor mayor senator general chief executive secretary
    mr mrs ms dr sir lord pope judge justice crown vice deputy emir sheikh bishop cardinal archbishop
    ambassador envoy chancellor speaker commissioner ayatollah rep sen gov gen col lt capt sgt
    lieutenant commander captain colonel major sergeant corporal admiral rear commodore marshal brigadier
    cmdr adm maj cpl army navy marine""".split()
)


#: Titles that only a person bears (not "King", "Prince", "General": "King's Lynn", "General Santos").
_PERSONS_TITLES = frozenset(
    """president prime mr mrs ms dr senator governor mayor judge sheikh emir ayatollah cardinal archbishop
    ambassador chancellor rep sen gov gen col lt capt sgt lieutenant colonel sergeant captain commander admiral""".split()
)


def _a_feast(words: Sequence[str]) -> bool:
    """Whether a run of capitalised words is a feast's name ("Christmas Day", "New Year's Eve")."""
    lowered = [w.lower() for w in words]
    return bool(lowered) and all(w in _FEAST_WORDS for w in lowered) and (
        any(w in _FEASTS for w in lowered) or lowered[:2] == ["new", "year"]
    )


def _names(sentence: str, clause: tuple[int, int], skip: set[str]) -> tuple[set[str], set[str]]:
    """Proper names of a clause, and those after a preposition, less the words of ``skip``."""
    names, places = _clause_names(sentence, clause)
    return set(names - skip), set(places - skip)


#: Places a people's word may stand before ("this Druze town", "a Kurdish village").
_PLACE_NOUN = re.compile(r"town|village|city|region|province|district|community|neighbourhood|neighborhood|enclave")


@functools.lru_cache(maxsize=1024)
def _clause_names(sentence: str, clause: tuple[int, int]) -> tuple[frozenset[str], frozenset[str]]:
    """Proper names of a clause (sources left out), and those of them after a preposition.

    A name is a run of capitalised words: two or more (``National Democratic Alliance``), or one
    the lexicon does not hold as a common word (``Alphabet`` mid-sentence, ``Hamas`` anywhere).
    An Arabic article is no part of a name: one outlet writes ``Salma al-Shehab``, another
    ``Shehab, 36,``, a headline ``Al-Shehab``."""
    filed = _FILED_AT.match(sentence)
    begin = max(clause[0], filed.end()) if filed else clause[0]  # "GAZIANTEP, Turkey (Reuters) —": where, not who
    tokens = [(at + 3, word[3:]) if _ARTICLE_PREFIX.match(word) else (at, word) for at, word in _tokens(sentence, begin, clause[1])]
    names: set[str] = set()
    places: set[str] = set()
    index = 0
    while index < len(tokens):
        run_end = index
        while run_end < len(tokens) and tokens[run_end][1][0].isupper():
            run_end += 1
            # "Union for Freedom of Political Prisoners", "Bank of England": one name across "of" or
            # "for" between capitals ("and" and "to" join two names: "Minsk to Vilnius").
            if (
                run_end + 1 < len(tokens)
                and tokens[run_end][1] in _NAME_JOINERS
                and tokens[run_end + 1][1][0].isupper()
                and run_end > index
            ):
                run_end += 1
        if run_end == index:
            index += 1
            continue
        words = [re.sub(r"['’]s$", "", w) for _, w in tokens[index:run_end]]
        # "Turkey's interior minister said": whose minister, and where; "Thai officials said": a source.
        possessive_run = words[-1] != tokens[run_end - 1][1]
        first = index
        while words and (
            (words[0].lower() in _FUNCTION_WORDS and not words[0].isupper())
            or _MONTH_WORD.match(words[0])
            or words[0].lower() in _NUMBER_WORDS  # "Eleven Yemenis were flown to Oman"
        ):
            words, first = words[1:], first + 1
        words = [w for w in words if not _MONTH_WORD.match(w) and w.lower() not in _WEEKDAYS]
        if _a_feast(words):
            index = run_end
            continue
        after = tokens[run_end][1].lower() if run_end < len(tokens) else ""
        before = [w.lower() for _, w in tokens[max(0, first - 3) : first]]
        index = run_end
        if possessive_run and after in _KIN:
            continue  # "the arrest of Badawi's sister Samar": another person, whose kin Badawi is
        if after == "scale":
            continue  # "2.4 on the Richter scale": a measure's name, no one's and nowhere
        if before and (before[-1] in _NUMBER_WORDS or (before[-1][:1].isdigit() and not _YEAR_TOKEN.fullmatch(before[-1]))):
            # What a number counts ("16 Americans and one Canadian"): a thing, no one's name ("the 2024
            # Paris Olympics" is one).
            continue
        if len(words) == 1:
            # Mid-sentence a capital says "name" (Alphabet, Congress); a sentence's first word
            # is a name if the lexicon says so, or if it owns something ("Google's parent").
            word = words[0]
            opening = tokens[first][0] in (0, begin) or sentence[: tokens[first][0]].rstrip()[-1:] in "\"“‘':"
            possessive = tokens[first][1] != word
            if opening and not (word.isupper() or possessive or _is_proper(word)):
                continue
            if after[:1].isdigit() and not _is_proper(word):
                continue  # a common noun labelling a number names no one: "a Category 5 storm", "Phase 2"
            if word.rpartition("-")[2].lower() in _WHERE_FROM:
                continue  # "a Colombian-born financier": where someone is from, no one named
            if before and before[-1] in ("this", "that", "a") and _PLACE_NOUN.fullmatch(after):
                continue  # "the streets of this Druze town": a people's word before a place, no one's name
        elif not words:
            continue
        if after in _REPORTING and _reports_its_own(tokens, run_end, words):
            pass  # "Indonesia reported more than 160 deaths": the country's own toll, no mere source
        elif (
            after in _REPORTING
            or "according" in before
            or (not possessive_run and _qualifies_a_source(tokens, run_end))
            or _APPOSITION_SOURCE.match(sentence, tokens[run_end - 1][0] + len(tokens[run_end - 1][1]))
        ):
            # a source: "HUR said", "the Libyan Red Crescent said", "according to the WHO", "the
            # Union for Freedom of Political Prisoners, a local group, said"
            continue
        found = {w.lower() for w in words if w.lower() not in _TITLES and w not in _NAME_JOINERS and len(w) > 1}
        if len(words) > 1 and words[-1].lower() in _TITLES and words[-2].lower() not in _TITLES and not _a_place(words[-2].lower()):
            # A title stands before a name: the last word of a run after a name is a surname ("Edmond
            # Pope", "John Major"; not after a place's name: "Istanbul Mayor's Arrest")
            found.add(words[-1].lower())
        if len(words) > 2:  # "World Health Organization" is also "WHO"
            found.add("".join(w[0] for w in words if w.lower() not in _FUNCTION_WORDS).lower())
        names |= found
        # "to Ukraine", "to the Red Cross", "on central Belgorod", "in neighbouring Qinghai"
        preposition = next((w for w in reversed(before) if w not in _PLACE_MODIFIERS), "")
        if preposition in _PREPOSITIONS and words[0].lower() not in _PERSONS_TITLES:
            # ("the kidnapping of President Leon Febres Cordero": a person, named by title, no place)
            places |= {w for w in found if not _a_people_plural(w)}  # "in Swap For Americans": no place
    return frozenset(names), frozenset(places)


#: Endings that make a name an adjective of where someone is from ("-based" says where a body is:
#: a place of it, kept).
_WHERE_FROM = frozenset("born bred raised".split())
#: Who someone is to a person named before them ("Badawi's sister", "Navalny's widow").
_MALE_KIN = frozenset("brother husband son father uncle nephew widower fiance grandson grandfather".split())
_FEMALE_KIN = frozenset("sister wife daughter mother aunt niece widow fiancee fiancée granddaughter grandmother".split())
_KIN = _MALE_KIN | _FEMALE_KIN | frozenset("parents children partner cousin lawyer lawyers family relatives".split())
_ARTICLE_PREFIX = re.compile(r"(?:[Aa]l|[Ee]l)-[A-Z]")
_OBJECT_RELATIVE = re.compile(r"\s(?:whom|(?:which|that)\s+(?:the|a|an|[A-Z]\w*))\b")
_APPOSITION_SOURCE = re.compile(r",\s+(?:a|an|the)\s+[^,;.]{1,60}?,\s+(?:said|says|told|reported|estimated|estimates)\b")


def _reports_its_own(tokens: Sequence[tuple[int, str]], index: int, words: Sequence[str]) -> bool:
    """Whether a place's name reports a count as its object ("Indonesia reported more than 160
    deaths", "Mali reported 61"): what a country reports outright is counted there or among its
    own. ("Jordan said 99 ..." reports a clause, whose own words say whom it is about.)"""
    if len(words) != 1 or not _a_place(words[0].lower()) or tokens[index][1].lower() != "reported":
        return False
    following = [word.lower() for _, word in tokens[index + 1 : index + 1 + _OBJECT_WORDS]]
    while following and following[0] in _QUALIFYING:
        following = following[1:]
    return bool(following) and (following[0][:1].isdigit() or following[0] in _NUMBER_WORDS)


def _qualifies_a_source(tokens: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether the one or two lower-case nouns from ``tokens[index]`` are a source that reports
    ("Thai officials said", "Guerrero state officials said"): the name before them says whose
    they are, not what the figure is about. (A possessive, "Turkey's interior minister said",
    is left to the caller: it says where too.)"""
    for reporting in (index + 1, index + 2):
        if reporting < len(tokens) and tokens[reporting][1].lower() in _REPORTING:
            nouns = [word for _, word in tokens[index:reporting]]
            return all(word.islower() and word not in _AUXILIARIES and "NOUN" in _lemmas(word) for word in nouns)
    return False


def _named_source(sentence: str, clause: tuple[int, int]) -> bool:
    """Whether a name in the clause reports ("and Mali reported more than 60 deaths"): the clause
    has its own who, left out as a source; it borrows no other from the clauses before it."""
    tokens = _tokens(sentence, *clause)
    return any(
        word[0].isupper() and following.lower() in _REPORTING for (_, word), (_, following) in zip(tokens, tokens[1:])
    )


_YEAR_TOKEN = re.compile(r"1[89]\d\d|20\d\d")

_NAME_JOINERS = frozenset({"of", "for"})

_RELATIVE_OPENING = frozenset("who whose whom which".split())


def _source_clause(sentence: str, clause: tuple[int, int]) -> bool:
    """Whether a clause only says who tells the story ("state television reported on Saturday",
    "officials said"): a few words with a verb of reporting among them."""
    words = [w.lower() for _, w in _tokens(sentence, *clause)]
    return len(words) <= _SOURCE_WORDS and any(w in _REPORTING for w in words)


#: At most this many words make a clause that names a source ("the state news agency TAP reported on Saturday").
_SOURCE_WORDS = 8


def _first_word(sentence: str, clause: tuple[int, int]) -> str:
    """The first word of a clause, lower case ("" for none): read without reading the clause whole."""
    found = _TOKEN.search(sentence, *clause)
    return found.group().lower() if found else ""



def _qualifies_a_noun(tokens: Sequence[tuple[int, str]], index: int, *, after_article: bool = False) -> bool:
    """Whether the lower-case word at ``index`` stands between a number (or, with
    ``after_article``, an article) and a noun, so qualifies that noun ("one spoiled ballot",
    "300 interned civilians"), no verb of the clause."""
    if not index or index + 1 >= len(tokens) or not tokens[index][1].islower():
        return False
    previous, following = tokens[index - 1][1].lower(), tokens[index + 1][1]
    return (_a_number(previous) or (after_article and previous in _DETERMINERS)) and following.islower() and "NOUN" in _lemmas(following)


def _joined_qualifier(tokens: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether the word at ``index`` is the last of qualifiers joined by "or" or "and" between a
    number and its noun ("765 sick or wounded Iraqis", "40 old and ailing prisoners"), no verb of
    the clause (not "freed 765 and sent"...: no qualifier stands between)."""
    k, qualifiers, joined = index - 1, 0, False
    while k > 0 and tokens[k][1].islower() and (tokens[k][1] in ("or", "and") or "ADJ" in _lemmas(tokens[k][1])):
        joined = joined or tokens[k][1] in ("or", "and")
        qualifiers += tokens[k][1] not in ("or", "and")
        k -= 1
    following = tokens[index + 1][1] if index + 1 < len(tokens) else ""
    noun = following[:1].isupper() or "NOUN" in _lemmas(following.lower())
    return joined and qualifiers > 0 and k >= 0 and _a_number(tokens[k][1].lower()) and noun


def _subject_event(clause: str) -> str:
    """The act an event noun before the clause's first verb names ("The kidnapping came five
    weeks before the election": abduct), or ""."""
    tokens = _tokens(clause)
    for index, (_, word) in enumerate(tokens):
        lower = word.lower()
        if word.islower() and _verb_lemma(lower, tokens[index - 1][1].lower() if index else ""):
            return ""
        if lower in _FUNCTION_WORDS:
            continue
        doubled = lower.endswith("ing") and len(lower) > 6 and lower[-4] == lower[-5]
        event = _nominal_event(lower) or (_nominal_event(lower[:-4]) if doubled else "")  # ("kidnapping": kidnap)
        if event:
            return event
    return ""


def _main_predicate(sentence: str) -> str:
    """The predicate of the first verb outside a description set off by commas ("X, the minister
    kidnapped on New Year's Eve, was released": released), else of the first verb
    (:func:`_first_predicate`)."""
    parts = sentence.split(",")
    for index, part in enumerate(parts):
        described = 0 < index < len(parts) - 1 and part.split()[:1] in (["the"], ["a"], ["an"])
        found = "" if described else _first_predicate(part)
        if found:
            return found
    return _first_predicate(sentence)


def _first_predicate(sentence: str) -> str:
    tokens = _tokens(sentence)
    for index, (_, word) in enumerate(tokens):
        previous = tokens[index - 1][1].lower() if index else ""
        if _qualifies_a_noun(tokens, index, after_article=True):
            continue  # "18 abstentions and one spoiled ballot": no verb the abstentions share
        verb = _verb_lemma(word, previous) if word.islower() and word not in _ADVERBS else None
        if verb and word not in _REPORTING and not _an_event_held(tokens, index):
            found = _predicate_of_verb(verb, " ".join(w.lower() for _, w in tokens[index + 1 : index + 1 + _OBJECT_WORDS]))
            if found and found != "do":
                return found
    return ""


def _counted(claim: Claim) -> tuple[list[str], int]:
    """The words of the claim's counted phrase, and where the phrase ends in the sentence.

    A subject that is a verb phrase (``114 of them were transferred to Ukraine``: the extractor's
    ``transferred to ukraine``) counts nothing: its verb is read as the predicate instead."""
    end = claim.position + len(claim.text)
    subject = claim.subject.split()
    part = _PART_OF.match(claim.sentence, end) if claim.category == "count" else None
    if part and all(w in _NUMBER_WORDS for w in subject):  # "Four of the six Chileans flew home"
        return [part.group("noun").lower()], part.end()
    whole = _OF_A_WHOLE.match(claim.sentence, end) if subject and claim.category == "count" else None
    if whole:  # "6,415 of the country's roughly 13,000 interns": the part counts what the whole does
        return [whole.group("noun").lower()], whole.end()
    other = _MORE.match(claim.sentence, end) if not subject and claim.category == "count" else None
    phrase = _PLURAL_PHRASE.match(claim.sentence, other.end()) if other else None
    if phrase and not _FUNCTION_WORDS & {w.lower() for w in phrase.group().split()}:
        # "Four other French citizens remain in custody", "freed 35 more allied prisoners": what
        # the others are (not "35 more this week")
        return [w.lower() for w in phrase.group().split()], phrase.end()
    if not subject and claim.category == "count":
        group = _GROUP_OF.search(claim.sentence, max(0, claim.position - 30), claim.position)
        if group and group.group(1).lower() not in _NOT_GROUPS and "NOUN" in _lemmas(group.group(1).lower()):
            return [group.group(1).lower()], end  # "a crew of 22", "a crowd of 5,000"
        return _nominal(claim.sentence, end)
    if not subject:
        return [], end
    # ("about 70,000 went home": a verb with its particle counts nothing either)
    if (_verb_lemma(subject[0], claim.text.split()[-1].lower()) and (len(subject) == 1 or subject[1] in _PREPOSITIONS or subject[1] in _SEPARABLE)) or any(
        w in _PREPOSITIONS for w in subject[1:]
    ):
        return [], end
    if _act_of_many(claim):
        return [], end  # "As 27 Die In Prison Raids", "300 Return Home": the count's verb, no thing
    found = claim.sentence.lower().find(claim.subject, end, end + len(claim.subject) + 20)
    if found >= 0:
        return subject, found + len(claim.subject)
    # The phrase as written may join its qualifiers: "30 religious and political prisoners".
    written = re.search(r"\s+(?:(?:and|or)\s+)?".join(map(re.escape, subject)), claim.sentence[end : end + len(claim.subject) + 24], re.IGNORECASE)
    return subject, (end + written.end() if written else end)


def _act_of_many(claim: Claim) -> str:
    """The class of the verb a count of many is the subject of, where the one word after it is a
    singular that is a known class's verb ("As 27 Die In Prison Raids", "300 Return Home"), or a
    verb the words after it put in one ("2,000 Go Free"): what they did, as no plural counts them
    (not "a 38% rise", "one arrest", "300 head of cattle"); "" for none."""
    subject = claim.subject.split()
    if claim.category != "count" or len(subject) != 1 or not isinstance(claim.value, (int, float)) or claim.value <= 1:
        return ""
    word = subject[0]
    verbs = _lemmas(word).get("VERB", ())
    if not verbs or verbs[0] != word or _ARTICLE_RIGHT_BEFORE.search(claim.sentence, 0, claim.position):
        return ""
    after = claim.sentence.lower().find(word, claim.position + len(claim.text))
    following = " ".join(w.lower() for _, w in _tokens(claim.sentence[after + len(word) :])[:_OBJECT_WORDS])
    found = _predicate_of_verb(word, following)
    if word not in _PREDICATE_OF and not (found and classed(found)):
        return ""  # ("300 head of cattle": a noun)
    # ("63 Remain Missing": still missing; "2,000 Go Free": a verb of no class of its own, freed)
    return found or _PREDICATE_OF[word]


_ARTICLE_RIGHT_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
_COPULAS = frozenset("were are was is been".split())
_VAGUE = frozenset("dozens hundreds thousands scores".split())
# "a crew of 22": the noun before "of" is what the number counts; "a total of 1,301" counts nothing.
# "Tariffs of 25% hit steel imports": a sentence opening with its noun, no article.
_OPENING_OF = re.compile(r"\s*([A-Z][a-z]+)\s+of\s+(?:about\s+|some\s+|around\s+)?$")
_GROUP_OF = re.compile(r"\b(?i:a|an|the|its|their|his|her)\s+([a-z]+)\s+of\s+(?:about\s+|some\s+|around\s+)?$")
_NOT_GROUPS = frozenset("total number sum maximum minimum average figure count tally toll estimate majority minority age".split())
#: "without" right after a length: "eight days without his medication", "40 days without food".
_WITHOUT = re.compile(r"\s+without\s+(?:(?:his|her|their|its|any|a|an|the)\s+)?((?:[A-Za-z-]+\s*){1,3})", re.IGNORECASE)


def _lacking(sentence: str, end: int) -> str:
    """The noun a length right before ``end`` was without ("without his seizure medication":
    ``medication``), ``""`` if no "without" follows it."""
    found = _WITHOUT.match(sentence, end)
    nouns = []
    for word in found.group(1).lower().split() if found else ():
        if word in _FUNCTION_WORDS or word in _AUXILIARIES or ("NOUN" not in _lemmas(word) and _verb_lemma(word)):
            break
        nouns.append(word)
    return _noun_lemma(nouns[-1]) if nouns else ""
#: What a detention may be without, the time held all the same ("held for 10 days without charge").
_HELD_WITHOUT = frozenset("charge trial bail lawyer access explanation warrant conviction sentence hearing".split())
#: Before a term: someone asks for it ("had asked for a 12-year sentence", "asked on May 2 for five
#: years", "sought a 20-year term", "demanded 10 years").
_SOUGHT = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|sought|seek(?:s|ing)?|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|call(?:s|ed|ing)?)"
    r"(?:\s+on\s+\w+(?:\s+\d{1,2})?)?(?:\s+for)?\s+(?:a\s+|an\s+)?(?:(?:term|sentence|prison\s+term)\s+of\s+)?(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
#: Verbs that cut a term, and the nouns of a term.
_CUTTING = r"(?:cut|cuts|cutting|reduce[sd]?|reducing|shorten(?:s|ed|ing)?|commute[sd]?|commuting|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|fall|falls|fell|drop(?:s|ped)?)"
_TERM_NOUN = rf"(?:{'|'.join(sorted(_TERMS))})s?"
#: A term cut to a new length: "sentences would be cut to four years", "Terms for some grave crimes
#: would fall to five years", "commuted to 30 years, and life terms to 20 years".
_TERM_CUT_TO = re.compile(
    rf"\b{_TERM_NOUN}\b(?:[^.;]{{0,100}}?\b{_CUTTING})?\s+to\s+(?:about\s+|some\s+)?$|\b{_CUTTING}\b[^.;]{{0,40}}?\b{_TERM_NOUN}\s+to\s+$",
    re.IGNORECASE,
)
#: How much is cut from terms: "reduces most prison sentences by 10 years" / "cuts 12 years from most terms".
_TERM_CUT_BY = re.compile(rf"\b{_CUTTING}\b[^.;]{{0,40}}?\b{_TERM_NOUN}\s+by\s+(?:about\s+|up\s+to\s+)?$", re.IGNORECASE)
_TERM_CUT_FROM = re.compile(rf"\s+(?:from|off)\s+(?:[\w-]+\s+){{0,3}}?{_TERM_NOUN}\b", re.IGNORECASE)
#: What is left of a term (see :func:`_rest_of_a_term`): the word before the length, the term after
#: it, and the word that says it is left.
_REMAINING_BEFORE = re.compile(r"\b(?:remaining|last|final|rest\s+of\s+(?:the|his|her|their))\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
_OF_THE_TERM = re.compile(rf"\s+of\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?{_TERM_NOUN}\b|\s+of\s+(?:it|them)\b", re.IGNORECASE)
_LEFT_AFTER = re.compile(r"(?:\s+(?:were|was|is|are))?\s+(?:still\s+)?(?:left|remaining|to\s+run|to\s+serve|outstanding)\b", re.IGNORECASE)


def _rest_of_a_term(sentence: str, start: int, end: int) -> bool:
    """Whether a length is what was left of a term: "the remaining 16 months of his sentence",
    "the last 14 months of his prison term", "13 months of it still to run", "two years of his term
    left to serve" (not "served 16 months of a two-year term": time served)."""
    term = _OF_THE_TERM.match(sentence, end)
    if term is None:
        return False
    return _REMAINING_BEFORE.search(sentence, max(0, start - 30), start) is not None or _LEFT_AFTER.match(sentence, term.end()) is not None


#: What a charge carries: "carries up to 10 years", "carrying a maximum sentence of 15 years", "punishable by".
_PENALTY = re.compile(
    r"\b(?:carr(?:y|ies|ying|ied)|punishable\s+by|faces?|faced|facing)\s+(?:(?:a\s+maximum(?:\s+(?:sentence|penalty|term))?\s+of|a\s+(?:maximum|possible)\s+(?:sentence|penalty|term)\s+of)\s+)?$",
    re.IGNORECASE,
)
# "gave the 57-year-old business consultant three years in prison", "handed him 10 years in jail":
# a term, given to someone named before it (a time in prison after it: not "gave the firm three years to comply").
_GAVE_SOMEONE = re.compile(r"\b(?:gave|give|gives|giving|given|handed|hands|handing)\s+(?:him|her|them|(?:the|a|an|his|her|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4})\s+$", re.IGNORECASE)
_IN_PRISON_AFTER = re.compile(r"\s+(?:in\s+(?:prison|jail|detention|a\s+labou?r\s+camp)|behind\s+bars)\b", re.IGNORECASE)
# "was given four years", "received ten years", "handed 14 years": a term a court gave.
_GIVEN = re.compile(
    # ("after serving eight years": the time served, not a term)
    r"\b(?:given|handed|received|receives|receive|got|gets|(?<!after\s)(?<!having\s)serving)\s+(?:(?:a|an|another)\s+)?$"
    # "who was jailed in 2003 for 16 years", "was jailed on Sept. 3, 2009, for four years": a term
    # given (not "had been jailed for": time held)
    r"|\b(?:was|were)\s+(?:jailed|imprisoned)\b(?:\s+(?:on|in)\s+[\w.]+(?:\s+\d{1,2})?(?:,\s+\d{4})?,)?[^,.;]{0,25}\bfor\s+$",
    re.IGNORECASE,
)
# "ten days before the vote", "two years later": a span that says when something happened.
_OFFSET = re.compile(r"\s+(?:(?:before|after)\s+|earlier\b|later\b|ago\b|prior\s+to\b)", re.IGNORECASE)


_ANCHOR_END = re.compile(r"[,;:(—–]")
_AFTER = re.compile(r"\bafter\s+$", re.IGNORECASE)
_CAPTIVES = r"(?:prisoner|hostage|captive|detainee)s?"
#: A time as a captive, told after it: "after 101 days as hostages", "1,000 days as a prisoner".
_AS_A_CAPTIVE = re.compile(rf"\s+as\s+(?:a\s+|an\s+)?{_CAPTIVES}\b", re.IGNORECASE)
_CAPTIVE_FOR = re.compile(rf"\b(?:been|was|were|is|are)\s+(?:a|an)\s+{_CAPTIVES}\s+for\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
_HELD_BY_DESCRIBED = re.compile(r"\b([A-Za-z]+)\s+(?:held|jailed|imprisoned|detained)\s+(?:for\s+)?$")
_TIME_SERVED = frozenset({"sentence", "spend", "serve"})


def _anchor(sentence: str, start: int) -> str:
    """The act a time is counted from, in the words after "before"/"after" up to a comma: their
    first verb (``leaving office``: leave; ``he was to be sentenced``: sentence; ``gunmen stormed
    the school``: storm), else their first noun, as the act it names (``his arrest``: arrest;
    ``the vote``: vote); "" where none is read."""
    stop = _ANCHOR_END.search(sentence, start, min(len(sentence), start + 60))
    words = [w.lower() for _, w in _tokens(sentence, start, stop.start() if stop else min(len(sentence), start + 60)) if not _MONTH_WORD.match(w)]
    # ("after masked gunmen seized them": a participle right before its plural noun, no act)
    words = [w for k, w in enumerate(words) if not (w.endswith("ed") and _plural_noun(words[k + 1] if k + 1 < len(words) else ""))]
    words = [w for w in words if w not in _AUXILIARIES and w not in _FUNCTION_WORDS and w.isalpha()]  # ("the March 5 election": no march)
    for word in words:
        verb = _verb_lemma(word)
        if verb and verb not in _NEUTRAL and (word.endswith(("ed", "ing", "en")) or "NOUN" not in _lemmas(word)):
            return _PREDICATE_OF.get(verb, verb)
    noun = next((w for w in words if "NOUN" in _lemmas(w) and not {"ADJ", "ADV"} & set(_lemmas(w))), "")  # "first" is no act
    return (_nominal_event(noun) or _noun_lemma(noun)) if noun else ""


_DEFINITE = re.compile(r"\b(?:the|The)\s+$")
# "four other Americans", "two more", "three additional": a count beside those already counted.
_MORE = re.compile(r"\s+(?:other|others|more|additional|further)\b\s*", re.IGNORECASE)
#: The same said before the count: "freed another 750 political prisoners", "a further 200".
_MORE_BEFORE = re.compile(r"\b(?:another|an?\s+(?:further|additional))\s+$", re.IGNORECASE)
#: A few words up to a plural one ("French citizens", "Americans"), the noun phrase after "other" or "more".
_PLURAL_PHRASE = re.compile(r"(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*[^s\W]s\b")
# A count per span of time: "31,000 vehicles a day", "11.3 million a year", "200 per hour".
_RATE = re.compile(r"\s+(?:a|an|per|each|every)\s+(hour|day|week|month|year)\b", re.IGNORECASE)


def _nominal(sentence: str, end: int) -> tuple[list[str], int]:
    """What a number counts when a copula names it ("Of them, 283 were Venezuelans", "12 were
    women"): the noun after the copula, not a participle or a state ("12 were freed", "were dead");
    and where that noun ends (what follows it describes it: "Venezuelans the US said belonged to")."""
    words = _tokens(sentence, end, min(len(sentence), end + 40))[:2]
    if len(words) < 2 or words[0][1].lower() not in _COPULAS:
        return [], end
    (position, word), lower = words[1], words[1][1].lower()
    if lower in _FUNCTION_WORDS or lower in _AUXILIARIES or lower in _STATES:
        return [], end
    named = _is_proper(word) if word[0].isupper() else "NOUN" in _lemmas(lower) and not _verb_lemma(lower)
    return ([lower], position + len(word)) if named else ([], end)


def _noun_before(tokens: Sequence[tuple[int, str]]) -> str:
    """The last common noun among ``tokens`` (what "lasted 148 days": "a strike that lasted")."""
    nouns = [
        w
        for _, w in tokens
        if w.islower() and w not in _FUNCTION_WORDS and w not in _MODALS and "NOUN" in _lemmas(w) and not w.endswith(("ed", "ing"))
    ]
    return _thing(nouns[-1]) if nouns else ""


_BY_AGENT = re.compile(r"\s+by\s+")


def _agent(sentence: str, position: int, limit: int) -> str:
    """`` by <head>`` for a thing followed by who made it ("a report by Libya's audit bureau":
    `` by bureau``), else ``""``: two dated things by one author are one thing."""
    by = _BY_AGENT.match(sentence, position, limit)
    if by is None:
        return ""
    nouns = []
    for _, word in _tokens(sentence, by.end(), min(limit, by.end() + 60)):
        lower = word.lower()
        if lower in _FUNCTION_WORDS - {"the"} or (word.islower() and _verb_lemma(lower)):
            break
        if word.islower() and lower != "the":
            nouns.append(lower)
    return f" by {_noun_lemma(nouns[-1])}" if nouns else ""


# Where people meet or speak, an event a day dates ("in a phone call on Sunday"), unlike the
# things a story's people do on its days ("landed in a Qatari jet on Monday").
_MEETINGS = frozenset("call meeting talk visit ceremony summit hearing interview speech conference briefing session".split())
# "a", "the phone", "a news", "its annual": an article (or a possessive) opening the words before the noun.
_ARTICLE_BEFORE = re.compile(r"(?:.*\s)?(?:a|an|the|his|her|its|their)(?:\s+[a-z]+){0,2}")


#: Events a time after them dates ("the floods of July 1997", "an election on Dec. 30"): one event
#: of its kind in a story, whose time two reports may give apart.
_DATED_EVENTS = frozenset(
    """flood earthquake quake storm cyclone hurricane typhoon tsunami landslide eruption fire blast explosion
    attack bombing uprising revolution war invasion crash collapse riot massacre election vote referendum
    runoff summit trial hearing raid offensive rebellion insurgency crackdown""".split()
)
_SCHEDULED = frozenset("due scheduled set slated planned held".split())
#: What such an event is as an act (a trial tries someone, a raid arrests them): "went on trial in
#: May" / "was tried in March".
_EVENT_ACTS = {"trial": "try", "hearing": "try", "raid": "arrest", "election": "win", "runoff": "win"}


#: A noun and the past participle that describes it, right before a time: "a deal reached in March".
_NOUN_AND_PARTICIPLE = re.compile(r"\b(?:a|an|the|its|their)\s+(?P<noun>[a-z]+)\s+(?P<verb>[a-z]+ed)\s+(?:in|on)\s+$")


#: An act's noun and the participle of the word that enacts it, right before a time: "an amnesty,
#: decreed on Oct. 6", "a pardon signed on Monday".
_ENACTED_EVENT = re.compile(
    r"\b(?P<noun>[a-z]+),?\s+(?:decreed|declared|announced|granted|approved|signed|issued|adopted|ordered|passed|proclaimed)\s+(?:in|on)\s+$"
)


def _dated_thing(sentence: str, clause: tuple[int, int], start: int) -> tuple[str, bool]:
    """What a time dates: an event right before it (``an earlier release in July``, ``a swap in
    June``: the event's class, ``free``), or the thing a clause opens with when the time stands in
    that opening phrase, before any verb (``A report by the audit bureau in 2022 warned``); and
    whether the time stands right after an event noun, so that it is that event's day whatever the
    clause's verb (``since her arrest on Dec. 6``; ``moved to house arrest on July 25`` is a place)."""
    before = _tokens(sentence, max(clause[0], start - _NEAR), start)
    if len(before) >= 3 and before[-1][1].lower() == "on" and before[-2][1].lower() in _SCHEDULED:
        before = before[:-2] + before[-1:]  # "a general election due on Dec. 23": the election's day
    if len(before) >= 5 and before[-1][1].lower() == "on" and before[-3][1].lower() in ("in", "at") and before[-2][1][:1].isupper():
        before = before[:-3] + before[-1:]  # "at a news conference in Berlin on Monday": the conference's day
    if len(before) >= 2 and before[-1][1].lower() in ("in", "on", "since", "of"):
        # (from the sentence's start too: an apposition before the verb opens a clause of its own)
        subject = _SUBJECT_THEN_TIME.fullmatch(sentence, clause[0], start) or _SUBJECT_THEN_TIME.fullmatch(sentence, 0, start)
        event = _event_class(subject.group("phrase").split()) if subject else ""
        if event:
            return event, True  # "The last exchange on this scale was in September 2020"
        lemma = _noun_lemma(before[-2][1].lower()) if before[-2][1].islower() else ""
        if lemma in _PLACES_OF_CUSTODY:
            lemma = ""  # "released from jail on Saturday": where they were, no event dated
        elif lemma == "death" and len(before) >= 3 and before[-3][1].lower() == "to" and any(w.lower().startswith(("sentenc", "condemn")) for _, w in before):
            lemma = ""  # "sentenced 152 men to death in November 2013": the sentence's day, no death's
        if lemma == "war" and len(before) >= 4 and before[-3][1].lower() == "of" and before[-4][1].lower() in ("prisoner", "prisoners"):
            lemma = ""  # "freed 242 prisoners of war on Saturday": a kind of prisoner, no war dated
        if lemma in _LAWS and before[-1][1].lower() == "in" and _a_law_as_subject(before):
            return lemma, True  # "a royal decree in March had widened the amnesty": the decree's month
        event = _event_of(lemma)
        if event and lemma in _EVENT_NOUNS and lemma not in _DATED_EVENTS:
            # "since her arrest on Dec. 6": the arrest's day (not "moved to house arrest on July 25")
            house = len(before) >= 3 and before[-3][1].lower() == "house"
            return event, before[-1][1].lower() != "since" and not house
        if event:
            return event, False  # "the floods of August 1997", "a general election on Dec. 30": the event's time
        nominal = _nominal_event(lemma) if lemma.endswith("ing") and len(before) >= 3 and before[-3][1].lower() in _DETERMINERS else ""
        if nominal:
            return nominal, False  # "after his sentencing in September 2023": a sentence
        if before[-1][1].lower() == "of" and _named_by_its_date(sentence, before, lemma):
            return lemma, False  # "the armed forces' memorandum of March 12, 1971", "a decree of Feb. 2": what it dates
        opening = _opening_thing(sentence, clause, start)
        if not opening and lemma in _MEETINGS and _ARTICLE_BEFORE.fullmatch(" ".join(w for _, w in before[-5:-2])):
            return lemma, False  # "in a phone call on Sunday", "at the signing ceremony on Friday": the event it dates
        return opening, False
    return _opening_thing(sentence, clause, start), False


def _a_law_as_subject(before: Sequence[tuple[int, str]]) -> bool:
    """Whether the law before "in" and a time is one a story introduces ("a royal decree in"), no
    verb's object ("annulled a similar law in 2013": the annulling's year; "under the law in 2011")."""
    article = next((k for k in range(len(before) - 3, max(-1, len(before) - 5), -1) if before[k][1].lower() in ("a", "an")), None)
    return article is not None and not (article and _verb_lemma(before[article - 1][1].lower()))


#: Nouns of a span of time: "the end of June" says when, and dates no thing of its own.
_SPAN_NOUNS = frozenset("end beginning start middle half rest part week month year day night morning evening spring summer autumn fall winter season".split())


def _named_by_its_date(sentence: str, before: Sequence[tuple[int, str]], lemma: str) -> bool:
    """Whether the words before "of" and a time are a thing that the time names, after an article
    or a possessive ("the memorandum of", "the chiefs' memorandum of", "a law of"): a document,
    an accord, a coup, not a span of time ("the end of") nor a day's number ("the ninth of October")."""
    if len(before) < 3 or not lemma or lemma in _SPAN_NOUNS or _a_number(lemma) or "NOUN" not in _lemmas(lemma):
        return False
    position, opener = before[-3]
    possessive = sentence[position + len(opener) : before[-2][0]].strip() in ("'", "’")
    return opener.lower() in _DETERMINERS or possessive or opener.endswith(("'s", "’s"))


#: A count and its plural noun in a clause: "pardoned 26 political prisoners".
_COUNT_IN_CLAUSE = lazy_pattern(r"(?<![\w,.])(?!(?:1[5-9]|20)\d\d\b)\d[\d,]*\s+(?P<noun>(?:[a-z-]+\s+){0,2}?[a-z-]+s)\b")
#: A day of a month in a date's value: "--12-13", "2025-12-13".
_DAY_OF_MONTH = lazy_pattern(r"-\d\d-\d\d")
#: Units of time as a count's noun ("14 months"): a length, no thing counted.
_DURATION_NOUNS = frozenset(word for word, unit in UNITS.items() if unit.dimension == "duration") | {"night", "nights"}
#: Verbs by which an event is given, whose day is the event's: "the sentence was passed on Monday"
#: ("passed" reads as its class, ``adopt``, as a law is passed).
_GIVING = frozenset("adopt hand deliver issue announce pronounce give grant sign".split())
# ("a life sentence passed in 1993": the participle alone, after its noun, as "was passed")
_EVENT_GIVEN = lazy_pattern(r"\b(?P<noun>[a-z]+)\s+(?:(?:was|were|had\s+been|has\s+been)\s+[a-z]+|passed|handed|issued|pronounced)(?:\s+down)?\s+(?:in|on)\s+$")
#: The verb that dates its subject, right before the time: "was in", "took place in", "came in".
_DATED_BY = r"\s+(?:was|were|took\s+place|happened|occurred|came)\s+(?:in|on)\s+"
#: A clause whose subject is dated by "was", "took place"...: "The last exchange on this scale was
#: in", "The previous swap of this size took place in" (the phrase: "last exchange").
_SUBJECT_THEN_TIME = re.compile(
    r"\W*(?:the|a|an|its|their|that)\s+(?P<phrase>(?:[a-z-]+\s+){0,3}?[a-z-]+)(?:\s+(?:of|on|in|at|with|for)\s+[^,;]{1,40}?)?"
    r"(?:,\s+[^,;]{1,40},)?"  # an apposition: "Its last release of this kind, of 398 prisoners, took place in"
    + _DATED_BY,
    re.IGNORECASE,
)
#: An earlier event of the story's kind before its time: "The last such amnesty, in", "His previous
#: general pardon came in".
_EARLIER_ONE = lazy_pattern(
    r"\b(?:last(?:\s+such)?|previous|earlier|prior)\s+(?P<noun>[a-z]+(?:\s+[a-z]+){0,2})\b(?:,?\s+[a-z]+){0,6},?\s+$", re.IGNORECASE
)
#: The same as the subject its time dates: "The last exchange on this scale was in".
_EARLIER_ONE_WAS = lazy_pattern(
    r"\b(?:the|its|their)\s+(?:last|previous|earlier|prior)\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\b[^,;.]{0,40}?" + _DATED_BY + "$",
    re.IGNORECASE,
)
#: A sentence told of another case than the story's: "In an earlier case, an American activist was
#: arrested in April 2012", "In a separate case, a court jailed".
_ANOTHER_CASE = lazy_pattern(r"\s*in\s+(?:an?\s+)?(?:earlier|separate|similar|previous|prior|another|other|unrelated)\s+(?:case|incident|instance)\b", re.IGNORECASE)
#: "the first American convicted of spying ... since 1973", "the largest swap since October 2020".
_FIRST_SINCE = lazy_pattern(r"\b(?:first|largest|biggest|worst|deadliest|highest|lowest)\b[^.;:]{0,80}?\bsince\s+$", re.IGNORECASE)


def of_an_earlier_one(claim: Claim, *, superlative: bool = True) -> bool:
    """Whether a time dates an earlier event of the story's kind ("The last such amnesty, in June
    2011", "His previous general pardon came in March 2011", "The last exchange on this scale was
    in September 2020"; not "previous contracts expired in 2021": no event noun), or, unless
    ``superlative`` is false, the last one a superlative reaches back to ("the first American
    convicted of spying since 1973")."""
    if superlative and _FIRST_SINCE().search(claim.sentence, max(0, claim.position - 100), claim.position):
        return True
    if _ANOTHER_CASE().match(claim.sentence):
        return True
    found = _earlier_one_before(claim)
    return found is not None and any(map(event_noun, found.group("noun").lower().split()))


def last_one(claim: Claim) -> str:
    """The act of the event a time dates when it is the story's last one before this ("In the
    previous swap, in May", "The last exchange, in April, saw"): the event's class, else ""."""
    found = _earlier_one_before(claim)
    if found is None or not _LAST_OR_PREVIOUS.match(found.group()):
        return ""
    return _event_class(found.group("noun").split())


def _earlier_one_before(claim: Claim) -> re.Match[str] | None:
    """The words before a time that name an earlier event of the story's kind ("The last such
    amnesty, in", "The last exchange on this scale was in"), its noun in group ``noun``."""
    sentence, start = claim.sentence, claim.position
    return _EARLIER_ONE().search(sentence, max(0, start - 80), start) or _EARLIER_ONE_WAS().search(sentence, max(0, start - 80), start)


#: The one right before this, not any earlier one ("an earlier release in July" may be any).
_LAST_OR_PREVIOUS = re.compile(r"(?:\W*(?:the|its|their)\s+)?(?:last|previous)\b", re.IGNORECASE)


def _event_of(lemma: str) -> str:
    """The event a noun's lemma names: a dated event itself (``flood``, ``election``), an event
    noun's act (``release``: ``free``) or a verb's noun (``exchange``: ``free``); ``""`` if none."""
    if lemma in _DATED_EVENTS:
        return lemma
    if lemma in _EVENT_NOUNS:
        return _EVENT_NOUNS[lemma][1]
    if lemma in _PREDICATE_OF and "NOUN" in _lemmas(lemma):
        return _PREDICATE_OF[lemma]
    return ""


def _event_class(words: Sequence[str]) -> str:
    """The event the last event noun of ``words`` names ("last exchange": ``free``), or ``""``."""
    return next(filter(None, (_event_of(_noun_lemma(word.lower())) for word in reversed(words))), "")


def _opening_thing(sentence: str, clause: tuple[int, int], start: int) -> str:
    """The thing a clause opens with when a time stands in that opening phrase, before any verb."""
    opening = _tokens(sentence, clause[0], start)
    if not opening or opening[0][1].lower() not in ("a", "an", "the") or len(opening) < 2:
        return ""
    if any(w.islower() and _verb_lemma(w) for _, w in opening[1:]):
        return ""
    head = opening[1][1]
    if not head.islower() or "NOUN" not in _lemmas(head):
        return ""
    words = [head]
    for _, word in opening[2:]:
        # ("a visa ban on Uzbekistan in November 2005": the head ends a compound)
        if not word.islower() or word in _FUNCTION_WORDS or "NOUN" not in _lemmas(word):
            break
        words.append(word)
    last = opening[len(words)]
    return _thing(" ".join(words)) + _agent(sentence, last[0] + len(last[1]), start)


#: How far before and after a claim its verb is looked for, in characters (12 words and more).
_NEAR = 100
#: A state that holds from a year on: the year its holder began ("an embargo in force since 1960").
_IN_FORCE_SINCE = re.compile(r"\bin\s+(?:force|place|effect)\s+since\s+$")
#: A description set between a counted phrase and its verb ("Uighurs, a Turkic Muslim people, live").
# (not a clause of its own after it: "with two other tourists, an elderly couple, when the gunmen
# stopped the vehicle": the stopping befell the vehicle, not the tourists)
_DESCRIPTION_BETWEEN = re.compile(r",\s+(?:a|an)\s+[^,;.]{1,50},\s+(?=[a-z])(?!(?:when|while|as|after|before|because|since|until|although|though|whereas|where|if)\b)")
#: The noun an amount or a measure is of, right before it: "a ransom of", "at a depth of".
_AMOUNT_OF = lazy_pattern(r"\b(?P<noun>[a-z]+)\s+of\s+$")
#: Nouns of any amount, which say nothing of what it is ("a total of $5 million").
_GENERIC_AMOUNTS = frozenset("total sum amount figure value worth estimate average maximum minimum part share rest".split())
#: A part of a figure after it: "38 of 42", "38 of the 42".
_OF_A_FIGURE = re.compile(r"\s+of\s+(?:the\s+)?\d", re.IGNORECASE)
#: A description set off by commas right before a time's preposition: ", a 34-year-old hip-hop artist, on".
_APPOSITION_BEFORE = re.compile(r",\s+(?:a|an|the)\s+[^,;.]{1,60},\s+(?:on|in|since)\s+$")
#: A gathering sized by the number after it: "a crowd of about 40,000", "crowds of more than 100,000".
_CROWD_OF = re.compile(r"\b(?:crowds?|throngs?)\s+of\s+(?:(?:about|some|around|roughly|nearly|more\s+than|over|at\s+least|up\s+to)\s+)?$", re.IGNORECASE)
#: The base a rate is counted per: "500 inmates for every 100,000 people", "per 100,000".
_RATE_BASE = re.compile(r"\b(?:for|out\s+of|in)\s+every\s+$|\bper\s+$", re.IGNORECASE)


def _what_and_what_happened(
    claim: Claim, clause: tuple[int, int], subject: list[str], subject_end: int
) -> tuple[str, str]:
    """The counted thing and the predicate, read in the claim's own clause."""
    sentence, start = claim.sentence, claim.position
    end = start + len(claim.text)
    thing, predicate = _thing(" ".join(subject)), ""
    if not thing and (claim.category == "year" or (claim.category == "duration" and "-" in claim.text)):
        # "a 2021 report", "the 146-day walkout"
        following = _TOKEN.match(sentence, end + 1) if sentence[end : end + 1] == " " else None
        word = following.group() if following else ""  # a noun, not "in 2017 that he blamed"
        if following and word.islower() and word not in _FUNCTION_WORDS and word not in _MODALS and "NOUN" in _lemmas(word):
            head_after = _TOKEN.match(sentence, following.end() + 1) if sentence[following.end() : following.end() + 1] == " " else None
            # ("a six-year prison term", "a 10-year jail sentence": the term is the head, prison its kind)
            thing = _thing(head_after.group() if head_after and head_after.group() in _TERMS else word)
            thing += _agent(sentence, following.end(), clause[1]) if claim.category == "year" else ""
            if thing in _EVENT_CLASSES and claim.category == "year":
                # "will lift its 2023 sanctions": the year is the sanctions', not the lifting's
                return thing, thing
            if head(thing or "-") in _LAWS and claim.category == "year":
                return thing, "adopt"  # "under a 2011 law": the year it was passed, as "a law passed in 2011"
    if not thing and claim.category in ("money", "measure"):
        # "a ransom of $20 million", "bail of P1.45 million", "at a depth of 10 kilometers": what it is of
        named = _AMOUNT_OF().search(sentence, max(clause[0], start - 40), start)
        noun = named.group("noun") if named else ""
        if noun and noun not in _FUNCTION_WORDS and noun not in _GENERIC_AMOUNTS and "NOUN" in _lemmas(noun):
            # (not an act's noun: "the transfer of $6 billion" is what the verb moved, no kind of money)
            thing = "" if _event_of(_noun_lemma(noun)) else _thing(noun)
        if thing == "fine" and claim.category == "money" and _FINE_GIVEN().search(sentence, max(0, start - 60), start):
            # "got five years and a fine of 3 million", "imposed a fine of 50 million": fined, as
            # "fined 2 million" says (not "leaves unpaid a fine of", which tells no act)
            return thing, "fine"
    if claim.category in ("year", "date") and _IN_FORCE_SINCE.search(sentence, max(0, start - 30), start):
        # "the trade embargo, in force since 1960": the year the embargo began, as "imposed in 1960"
        earlier = _tokens(sentence, max(0, start - _NEAR), start)[:-3]
        began = next(filter(None, (_nominal_event(w.lower()) for _, w in reversed(earlier) if w.islower())), "")
        if began:
            return thing, began
    if not thing and claim.category in ("year", "date"):
        thing, after_its_noun = _dated_thing(sentence, clause, start)
        if thing in _MEETINGS:
            return thing, ""  # "asked Museveni to drop the charges in a phone call on Wednesday": the call's day, whatever was said in it
        if thing in _DATED_EVENTS:
            # "compared the damage with the floods of July 1997": the floods' time, not the comparing's
            return thing, _EVENT_ACTS.get(thing, thing)
        if after_its_noun:
            # "had spent 537 days in detention since her arrest on Dec. 6": the arrest's day; "An
            # earlier release of 16 prisoners took place in July": of freeing those, as "freed 16
            # prisoners in June" is read
            return _thing_an_act_dates(claim, sentence, clause, thing) or thing, thing
        enacted = _ENACTED_EVENT.search(sentence, max(0, start - 40), start) if not thing else None  # (past the comma of an apposition)
        event = _event_of(_noun_lemma(enacted.group("noun"))) if enacted else ""
        if event:
            # "East Germany's amnesty, decreed on Oct. 6", "a pardon signed on Monday": the act's day,
            # as "decreed an amnesty on Oct. 7" dates the amnesty
            return event, event
        described = _NOUN_AND_PARTICIPLE.search(sentence, max(clause[0], start - 40), start) if not thing else None
        verb = _verb_lemma(described.group("verb")) if described else None
        if described and verb and verb in _NEUTRAL and "NOUN" in _lemmas(described.group("noun")):
            # "under a deal reached in March": the time dates the deal's reaching, not the "free" before
            # it (a verb that says what happened, "the embargo imposed in 1962", already says so)
            return _thing(described.group("noun")), verb
    if claim.category == "date" and not thing:
        following = _TOKEN.match(sentence, end + 1) if sentence[end : end + 1] == " " else None
        noun = _noun_lemma(following.group().lower()) if following and following.group().islower() else ""
        if noun in _DATED_EVENTS:
            return noun, _EVENT_ACTS.get(noun, noun)  # "in the July 29 election": the election's day
        if noun in _EVENT_NOUNS or noun in _PROTESTS:
            # "within days of the July 19 demonstrations", "since the Dec. 13 release": that event's day
            act = _EVENT_NOUNS[noun][1] if noun in _EVENT_NOUNS else "march"
            return act, act
    # A state of custody before the noun it qualifies ("12 jailed priests were flown to Rome") says
    # which ones were counted; the clause's verb says what happened to them. (A toll's state stays
    # what is counted: "120 injured people were flown to Delhi" are of the injured.)
    attributive = next((w for w in subject[:-1] if _STATES.get(w.lower(), "die") not in RUNNING), "")
    if attributive:
        subject = [w for w in subject if w != attributive]
        thing = _thing(" ".join(subject))
    event = _event(subject)
    role = ""
    if event:  # "3,958 deaths", "10,000 job cuts"
        thing = event[0] or _thing(" ".join(w for w in subject if not _event([w])))
        if subject and _noun_lemma(subject[-1].lower()) in _ROLES:
            role = event[1]  # "31 protesters were arrested": the clause's verb says what happened to them
        else:
            predicate = event[1]
    # The words read before and after a claim stand near it: a window keeps reading linear.
    before = _tokens(sentence, max(clause[0], start - _NEAR), start)
    if not predicate and claim.category in ("year", "date"):
        predicate = _before(before, time=True)[0]  # "sanctions imposed on Belaruskali in 2021"
        passive = _EVENT_GIVEN().search(sentence, max(clause[0], start - 60), start) if predicate in _GIVING or not predicate else None
        # "the sentence was passed on Monday", "the pardon was announced on Friday": the event's
        # day, as "sentenced on Monday" (the verb only says it was given)
        predicate = (_event_class([passive.group("noun")]) if passive else "") or predicate
        described = _APPOSITION_BEFORE.search(sentence, max(0, start - 80), start) if not predicate else None
        if described:
            # "who stabbed Pavlos Fyssas, a 34-year-old hip-hop artist, on Sept. 17": the verb before the
            # description ("stabbed"), not the main clause's after it ("received a life sentence")
            predicate = _before(_tokens(sentence, max(0, described.start() - _NEAR), described.start()))[0]
    carrying = _GOVERNING_PARTICIPLE.search(sentence, max(clause[0], start - 30), start) if claim.category == "count" else None
    if not predicate and carrying:
        # "A bus carrying 56 passengers plunged into a ravine": the passengers are what "carrying"
        # governs; "plunged" is the bus's. "leaving 57 inmates dead": the state they were left in.
        state = _LEFT_IN_STATE.match(sentence, subject_end) if carrying.group(1).lower() == "leaving" else None
        predicate = _STATES[state.group(1).lower()] if state else _predicate_of_verb(_verb_lemma(carrying.group(1).lower()) or "", "") or ""
    if (
        not predicate
        and claim.category == "count"
        and _STILL_HELD_AFTER.match(sentence, subject_end)
        and " of " not in sentence[end:subject_end]
        and _nothing_done_past_the_participle(sentence, subject_end)
    ):
        # "called for the release of the 27 people still held under the act": those counted are
        # held; the release is asked for, not done ("seven of the ten defendants still in custody
        # were freed": the whole is held, the part freed; "The 52 prisoners still held in the
        # capital were freed": the verb past the phrase says what befell them, unless a modal
        # asks for it: "the 11 detainees still held should be freed")
        predicate = "hold"
    if not predicate and claim.category == "count" and _BE_IN_CUSTODY().match(sentence, subject_end):
        # "136 reporters and editors were behind bars", "at least 20 are still in the hands of
        # kidnappers", "101 of their civilians were still in Ossetian hands": held, as "remain held" is
        predicate = "hold"
    governing = _EVENT_OF_BEFORE.search(sentence, max(clause[0], start - 40), start) if not predicate and claim.category == "count" else None
    if governing and _nominal_event(governing.group("noun").lower()):
        # "the release of the 8,611 inmates reflected their good conduct": the release's act is what
        # befell them; the verb after is the release's
        predicate = _ended(_tokens(sentence, max(0, governing.start() - 40), governing.start()), _nominal_event(governing.group("noun").lower()))
    if not predicate and claim.category == "duration" and (_after_for(sentence, start) or sentence.endswith(" to ", 0, start)):
        # "had been held in Russia for 387 days since he was seized": how long the verb before "for"
        # lasted, whatever the words after the time say happened; "had been sentenced to 68 years
        # also walked out of a jail": the term the verb before "to" gave, not the subject of the
        # verb after.
        predicate = _before(before)[0]
        if not predicate and sentence.endswith(" to ", 0, start) and _SENTENCED_BEFORE.search(sentence, max(0, start - 80), start):
            # "and sentenced for fraud and giving a bribe to six years": the verb of the term stands
            # past the charges, in a clause of its own to the reader
            predicate = "sentence"
        jailed = predicate == "hold" and _JAILED_FOR_YEARS.search(sentence, max(0, start - 40), start) and re.search(r"year|decade", claim.text)
        if jailed and _DATED_AFTER.match(sentence, end):
            # "jailed for a decade in the small hours of Tuesday", "was jailed for five years in
            # 2014": the term a court gave that day (time held so far is told in a perfect tense,
            # "had been jailed for 18 months"; undated, "jailed for four years over her reporting"
            # may be either)
            predicate = "sentence"
    if not predicate and claim.category == "clock":
        # A time of day dates the act of the verb before it ("was released at about 10:30 a.m.",
        # "arrived in the capital at about 9 p.m. aboard a plane"), not a state told after it. A
        # journey's legs are moments of their own ("driven from prison at 6 p.m.", "the flight left
        # at 10:40 p.m.", "landed at 2 a.m."), though one class of act moves the people in each.
        predicate, verb = _before(before, time=True)
        if verb >= 0 and predicate in ("", "transfer", "hold"):  # ("left the prison at 6 am": freed)
            lemma = _verb_lemma(before[verb][1].lower()) or ""
            particle = before[verb + 1][1].lower() if verb + 1 < len(before) else ""
            predicate = _LEGS.get((lemma, particle)) or _LEGS.get((lemma, "")) or predicate
    if not predicate and claim.category == "measure":
        # A weight or a length is mostly the object of the verb before it ("had lost about 20
        # kilograms digging holes", "was driven about 500 kilometers"), not the subject of one after.
        predicate = _before(before)[0]
    partitive = not subject and _OF_A_FIGURE.match(sentence, subject_end)
    if not predicate and not (claim.category == "percent" and _OF_BASE.match(sentence, subject_end)) and not partitive:
        # ("Gunmen Free 38 Of 42 Abducted": the participle after the whole is the whole's; what
        # happened to the 38 is the verb before them)
        # ("61.3% of the 7.3 million registered voters": the "of" phrase is the share's base, its words no verb)
        apposition = _DESCRIPTION_BETWEEN.match(sentence, subject_end)
        # ("About 8 million Uighurs, a Turkic people, live in the west": the verb is past the apposition)
        after_start, after_end = (apposition.end(), len(sentence)) if apposition else (subject_end, clause[1])
        after = _tokens(sentence, after_start, min(after_end, after_start + _NEAR))
        plural = isinstance(claim.value, (int, float)) and claim.value > 1 and claim.category == "count"
        predicate = _after(after, frozenset(w.lower() for w in subject), subject[-1] if subject else claim.text.split()[-1].lower(), before=before, plural=plural)
        if not after or (claim.category == "count" and after[0][1].lower() == "who"):
            # (the clause cut at a relative pronoun, or run on past it: "52 prisoners who had been
            # jailed ... were freed", "Thirty opposition leaders who were sentenced to life only days
            # ago walked out of prison")
            predicate = _main_verb_past_relative(_tokens(sentence, subject_end, min(len(sentence), subject_end + _NEAR))) or predicate
        if predicate and subject and _modifies(sentence, after):
            # "71 people detained after the vote were freed", "five Iranians granted clemency will go
            # home": the participle says which ones; the clause's finite verb, or one before the
            # number ("Venezuela freed 71 people detained after the vote"), says what happened.
            later = _verb_past_the_participle(sentence, subject_end)
            # ("held a day of mourning for the 171 people killed": after a preposition the number is
            # no object of the verb before; the participle says what happened to them)
            governed = not _AFTER_PREPOSITION.search(sentence, max(0, start - 12), start)
            predicate = later or ("" if governed and _before(before)[0] else predicate)
    if not predicate:
        # ("the transfer of $6 billion": money moves in too many words, unlock, access, draw on, for
        # its event noun to say more than its value and what it is)
        predicate, verb = _before(before, events=claim.category != "money")
        particle = _TOKEN.match(sentence, subject_end + 1) if verb >= 0 and sentence[subject_end : subject_end + 1] == " " else None
        if particle and (particle.group() in _SEPARABLE or particle.group() in ("from", "into")):
            # "pulled its 800 troops out of Iraq": the particle after the counted phrase is the verb's;
            # "drove about 10,000 people from their homes", "took 8,000 people into custody": so is a
            # phrase of the verb's
            lemma = _verb_lemma(before[verb][1].lower(), before[verb - 1][1].lower() if verb else "") or ""
            after_object = sentence[subject_end + 1 : subject_end + 40].lower()
            predicate = next(
                (phrase for words, phrase in _PHRASES_OF.get(lemma, ()) if words == particle.group() or (" " in words and after_object.startswith(words))),
                predicate,
            )
        lemma = _verb_lemma(before[-1][1].lower(), before[-2][1].lower() if len(before) > 1 else "") if not predicate and before else None
        if lemma in _NEUTRAL:
            # "put 222 prisoners on a flight": a verb that says nothing alone says what its phrase
            # does, past the counted phrase
            after_object = sentence[subject_end + 1 : subject_end + 40].lower()
            predicate = next((phrase for words, phrase in _PHRASES_OF.get(lemma, ()) if " " in words and after_object.startswith(words)), "")
        if not predicate:  # "The release included six Ukrainian nationals"; "deaths reached 1,126"
            named = _event(reversed(_outside_bodies(_outside_names(before))))
            thing, predicate = (thing or named[0], named[1]) if named else (thing, "")
        if claim.category == "duration" and not thing and verb > 0:
            thing = _noun_before(before[:verb])
            if thing in _BODIES:
                thing = ""  # "A military court sentenced him to 14 years": who gave the term, not what it is
        level = None
        setting = verb >= 0 and _verb_lemma(before[verb][1].lower()) in _SETTING_LEVEL
        after_verb = [w.lower() for _, w in before[verb + 1 : verb + 3] if w.lower() not in ("up", "down")][:1]
        if predicate == "rise" and _risen_to(w.lower() for _, w in before[verb + 1 :]):
            after_verb = ["to"]  # "The death toll ... rose on Thursday to 37 civilians and 28 soldiers"
        if (predicate == "rise" or setting) and after_verb and after_verb[0] in ("to", "at"):
            # "The death toll rose to 67": the number is the new level of what stands before the verb.
            level = _event(w for _, w in before[:verb]) or _counted_by_participle(w for _, w in before[:verb])
            verb_led = not any(w[0].isalpha() and w.lower() not in _AUXILIARIES for _, w in before[:verb])
            if level is None and (_AND_BEFORE.search(sentence, 0, clause[0]) or (clause[0] and verb_led)):
                # "The number of people killed by floods and mudslides in Kalehe rose to 401": the
                # clause was cut at "and" inside its subject; "The number of people killed by the flood
                # in Mokwa, in Niger State, has risen to 151": at an apposition, before the verb.
                subject_words = [w for _, w in _tokens(sentence, max(0, start - _NEAR), before[verb][0])]
                level = _event(subject_words) or _counted_by_participle(subject_words)
            if level is None:
                # "The number of people killed when a bridge collapsed on Sunday rose to 134": the
                # sentence's subject, past a clause of its own, is what the level counts.
                filed = _FILED_AT.match(sentence)  # (past a dateline: "MORBI, India (AP) — The number of")
                opening = _NUMBER_OF.match(sentence[filed.end() if filed else 0 : before[verb][0]].lower())
                level = _number_of(opening) if opening and opening.group("participle") else None
            if level is None:
                # "said that the number of political prisoners had more than doubled to over 2,200":
                # the level of what the number of counts, in the clause before the verb
                found = list(_NUMBER_OF.finditer(sentence.lower(), clause[0], before[verb][0]))
                level = _number_of(found[-1]) if found else None
        elif before and before[-1][1].lower() in ("to", "at"):
            # "raising the death toll to 97": the level of what stands between the verb and the number;
            # "put the number of dead on the ground at 29": a verb that says only that it is (neutral).
            level = _event(w for _, w in before[verb + 1 :])
            if level is None:  # "puts the number of political prisoners at 1,260"
                level = _number_of(_NUMBER_OF.search(sentence, before[verb + 1][0] if verb + 1 < len(before) else clause[0], start))
            if level is None and verb >= 0:
                # "put the number of French nationals covered by the decision at 330": the nearest
                # verb is the participle of what the number counts
                found = _NUMBER_OF.search(sentence, max(0, before[verb][0] - _NEAR), start)
                level = _number_of(found) if found and found.group("participle") and found.start("participle") == before[verb][0] else None
            setter = -1 if level else next((k for k in range(verb - 1, -1, -1) if _verb_lemma(before[k][1].lower()) in _SETTING_LEVEL), -1)
            if setter >= 0:
                # "revised the death toll from Tuesday's crash between two trains to 23": a nearer
                # word read as a verb ("trains") stands inside what the count is set of
                level = _event(w for _, w in before[setter + 1 :]) or _number_of(_NUMBER_OF.search(sentence, before[setter][0], start))
        if level is None and verb < 0 and (claim.qualifier or "") in _PASSING:
            # "The number of people killed in a mudslide ... has passed 400": the verb is in the
            # claim's own text; the level is of what the sentence opens with.
            filed = _FILED_AT.match(sentence)
            opening = sentence[filed.end() if filed else 0 : start]
            level = _event(opening.split()) or _number_of(_NUMBER_OF.match(opening.lower()))
        if level:
            thing, predicate = thing or level[0], level[1]
    complement = _COMPLEMENT.search(sentence, max(0, start - 30), start) if not predicate and subject else None
    relative = _SUBJECT_RELATIVE.match(sentence, subject_end) if complement else None
    if relative:
        # "were among 2,278 people who received royal pardons": a clause that says only that they
        # are leaves what happened to them to the relative clause about them.
        predicate = _after(_tokens(sentence, relative.end(), min(len(sentence), relative.end() + _NEAR)), frozenset())
    if not predicate and claim.category == "count":
        # "6,904 convicts and 129 people held before trial had been freed": the verb both counts
        # share, past the words that say which ones the second counts (see _after), up to the next
        # comma ("47 crew members and five guides, when a tornado overturned it"); so in a list
        # ("Nine hostages, one hijacker and two marines were wounded"), where the clause is the
        # counted phrase alone ("seven were believed to belong, three were held" have verbs of their own)
        listed = _LISTED_NEXT.match(sentence, clause[1]) if _ALONE.fullmatch(sentence, subject_end, clause[1]) else None
        if listed or _AND_NEXT.match(sentence, clause[1]):
            stop = _PUNCTUATION.search(sentence, listed.end() if listed else clause[1])
            joined = _tokens(sentence, clause[1], min(stop.start() if stop else len(sentence), clause[1] + _NEAR))
            if len(joined) > 1 and _a_count_word(joined[0 if listed else 1][1].lower()):
                predicate = _after(joined, frozenset())
    # (A count joined by "and" to the object of a verb before it, "freed three hostages and 90
    # prisoners", takes that verb from the clause before: see _own_frame.)
    joined_count = clause[0] == start and sentence.endswith(" and ", 0, start)
    if not predicate and claim.category == "count" and _COVERED_BY_A_DEAL.search(sentence, max(0, start - 120), start):
        # "The arrangement, for which Bonn pays in goods, covers 40 prisoners": those the deal
        # frees, as "agreed on the release of 45 prisoners" says (not held, as the noun alone would say)
        predicate = "free"
    if not predicate and claim.category == "count" and thing and head(thing) == "prisoner" and not _NO_LONGER.search(thing) and not joined_count:
        # "Viasna counts 1,323 political prisoners": prisoners, with no verb that frees them, are held
        # (not "153 former prisoners").
        predicate = "hold"
    if attributive and predicate not in _PREDICATE_CLASSES:
        predicate = _STATES[attributive.lower()]  # "20 jailed journalists": no verb says more
    elif not predicate and claim.category == "count":
        # "a survey of 64 collapsed schools": with no verb of its clause, the participle before the
        # noun says what befell what is counted
        participle = next((w for w in subject[:-1] if w.islower() and w.endswith("ed") and w not in _STANDING and "ADJ" not in _lemmas(w)), "")
        lemma = _verb_lemma(participle) if participle else None
        predicate = _PREDICATE_OF.get(lemma, lemma) if lemma else predicate
    if role and predicate not in _PREDICATE_CLASSES:
        predicate = role  # "3,000 protesters gathered": a verb of no known class says less than the role
    if not thing and sentence[max(0, start - 3) : start].lower() in ("to ", "at "):
        # "bring to about 230 the number of people released since last July", "put at 1,260 the
        # number of political prisoners": the level comes first.
        level = _number_of(_NUMBER_OF.match(sentence, end))
        if level:
            thing, predicate = level[0], level[1] or predicate
    put = _PUT_AT.search(sentence, max(clause[0], start - 50), start) if claim.category == "percent" else None
    named = (
        _GROUP_OF.search(sentence, max(0, start - 30), start) or _OPENING_OF.match(sentence[:start])
        if claim.category == "percent" and not put
        else None
    )
    if put:  # "The commission put turnout at 16%": what is put at the share
        thing = _thing(put.group("noun"))
    elif named and named.group(1).lower() not in _NOT_GROUPS and "NOUN" in _lemmas(named.group(1).lower()):
        thing = _thing(named.group(1))  # "on a turnout of 72.9%", "a tariff of 25%": the share is of that
    elif claim.category == "percent" and (not thing or _OF_BASE.match(sentence, end)):
        # "Turnout was 61.3% (of the registered voters)", "Inflation rose to 5%": a share is of what the
        # clause opens with; what follows "of" is its base.
        thing = _clause_subject(_tokens(sentence, clause[0], start)) or thing
    share_of = _SHARE_IS.match(sentence, end) if claim.category == "percent" else None
    if share_of and "NOUN" in _lemmas(share_of.group("noun")):
        # "70% of its members are women": the share is of women among the members, not of the members
        # who "had voted for a strike".
        thing = _thing(share_of.group("noun"))
    if claim.category == "year" and thing and _DETERMINER_BEFORE.search(sentence, max(0, start - 6), start):
        # "the 2003 ruling that upheld ...", "abandoned the reasoning of a 2004 decision": a year
        # before its noun dates that thing, whatever the clause's verb did with it.
        predicate = ""
    if not predicate and claim.category in ("year", "date") and thing in _EVENT_CLASSES:  # "under sanctions since 2023"
        predicate = thing
    if claim.category == "count" and (
        _of_a_part(sentence, start)
        or _WHOLE_FRONTED.fullmatch(sentence, 0, start)
        or _OUT_OF.search(sentence, max(0, start - 12), start)
    ):
        # "240 of the 543 seats", "179 of the 181 people": the whole, not the part; "two of the six
        # people detained": the whole the participle says happened.
        participle = _PARTICIPLE_AFTER.match(sentence, subject_end)
        if participle and _verb_lemma(participle.group(1)) in _NO_PARTICIPLES:
            participle = None  # "four of the six kidnappers died": the part's verb, no participle of the whole's
        predicate = (_PREDICATE_OF.get(_verb_lemma(participle.group(1)) or "") if participle else None) or "total"
    if claim.category == "count" and _SUMMED.search(sentence, max(0, start - 20), start):
        predicate = "total"
    people_of = _PEOPLE_OF.match(sentence, end) if claim.category == "count" else None
    population = (
        _POPULATION.search(sentence, max(0, start - 30), start)
        or (claim.category == "count" and "opulation" in sentence and _POPULATION_IS().search(sentence, max(0, start - 60), start))
        or (
            claim.category == "count"
            and (described := _PLACE_OF.search(sentence, max(0, start - 60), start))
            and _a_place(described.group("place").lower())
            and subject[-1:] in ([], ["people"], ["inhabitants"], ["residents"], ["citizens"])
        )
        or (people_of and _after_the(sentence, start))  # "the 8.6 million people of Nicaragua"
        or (
            (_ITS.search(sentence, max(0, start - 30), start) or _places_own(sentence, start))
            and subject[-1:] in (["people"], ["inhabitants"], ["residents"])
        )
        # "the state, which has about 690,000 residents": people who live there, not people there
        or (_HAS.search(sentence, max(0, start - 10), start) and subject[-1:] in (["inhabitants"], ["residents"]))
        # "Slovenia, the richest of the six republics, has about 1.9 million people": a place that has people
        or (_HAS.search(sentence, max(0, start - 10), start) and subject == ["people"] and _a_place_opens(sentence))
        or (
            (with_people := _PLACE_WITH.search(sentence, max(0, start - 40), start))
            and (not with_people.group("place") or _a_place(with_people.group("place").lower()))
            and subject[-1:] in (["people"], ["inhabitants"], ["residents"])
            and not _NOT_LIVING.match(sentence, end)
        )
        or _LIVE_IN.match(sentence, end)
    )
    crowd = _CROWD_OF.search(sentence, max(0, start - 30), start) if claim.category == "count" else None
    if crowd:
        # "A crowd of 5,000 marched": the crowd's size and what it did; "appeared before a crowd of
        # about 40,000 people", "greeting a crowd of more than 100,000": its size, not what was done before it
        thing = "crowd"
        if any(w.lower() not in _DETERMINERS for _, w in _tokens(sentence, clause[0], crowd.start())):
            predicate = ""
    if claim.category == "count" and _RATE_BASE.search(sentence, max(0, start - 20), start):
        return "rate base", ""  # "500 inmates for every 100,000 people": what a rate is counted per, no count
    if claim.category == "count" and population:
        # "a city of 8.3 million people", "the nation of 37 million first applied": how many live
        # there, whatever the words after the number (and the clause's verb is not what they did).
        thing, predicate = "population", ""
        if _COMBINED.search(sentence, max(0, start - 40), start):
            thing = "combined population"  # "India and Pakistan, with a combined population of": no one place's
    if claim.category in ("year", "date") and not thing:
        thing = _thing_an_act_dates(claim, sentence, clause, predicate)
    return thing, predicate


def _thing_an_act_dates(claim: Claim, sentence: str, clause: tuple[int, int], predicate: str) -> str:
    """What a month or a year of an act of a known class dates: the act's object its clause counts
    ("In February 1975 he pardoned 26 political prisoners": the month of pardoning those), or
    ``""``. A day is left alone: the story's days are many acts' at once ("24 hostages freed on
    Friday" and "39 prisoners freed on Friday")."""
    if not classed(predicate) or _names_a_day(str(claim.value)):
        return ""
    counted = _counted_in_clause(sentence, clause)
    return _thing(counted) if counted else ""


def _names_a_day(value: str) -> bool:
    """Whether a date's value names a day: a weekday, or a day of a month (``--12-13``, ``2025-12-13``)."""
    return value.lower() in _WEEKDAYS or _DAY_OF_MONTH().search(value) is not None


def _counted_in_clause(sentence: str, clause: tuple[int, int]) -> str:
    """The plural noun phrase the first count of a clause counts (not a length: "14 months"), or ``""``."""
    for found in _COUNT_IN_CLAUSE().finditer(sentence, clause[0], clause[1]):
        noun = found.group("noun").split()[-1]
        if _plural_noun(noun) and noun not in _DURATION_NOUNS:
            return found.group("noun")
    return ""


_NAME_RUN = rf"[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+)*"
# "Yoon, 63,", "Dominique Pelicot, the 71-year-old man"; "the 43-year-old Kalesnikova".
# "Bialiatski, 63,", "the driver, 41,": the person, named or described, an age is given to.
# "Peter and Barbie Reynolds, aged 80 and 75": both ages are given to the name before them.
_AGED_BEFORE = re.compile(
    # ("a soldier, aged 19", "two Israeli soldiers, aged 21 and 19", "The former congressman, 34,", "a
    # journalist aged 53": who they are, as "the driver, 41,")
    rf"(?:(?P<name>{_NAME_RUN})|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]wo|[Tt]hree)\s+(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?P<described>[a-z]+))(?:,\s+(?:the\s+|a\s+)?"
    r"(?:(?:now\s+)?aged\s+|now\s+|who\s+(?:turned|turns|is|was)\s+)?(?:\d{1,3}\s+and\s+)?|\s+(?:was|is|aged)\s+)$"
)  # ("Buhari, who turned 78 on Thursday,", "Edzoa, who is 69,", "Ward, now 43,", "Coler was 28 and Williams was 27")
# "The 35-year-old pilot", "the 43-year-old former diplomat": who an age is given to, described.
_DESCRIBED_AFTER = re.compile(r"(?:\s+[a-z]+){1,3}")
_DAY_OF_FILING = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,\s+\d{4})?"
_DATELINE = re.compile(
    rf"\s*(?:[{CAPITAL}](?:[{CAPITAL}]|[ .'’-])+,(?:\s+[A-Z][\w.'’ -]{{0,30}}?,)?\s+{_DAY_OF_FILING}(?:\s*\([^)]*\))?"
    rf"|{_DAY_OF_FILING}\s*\([^)]*\))\s+[-–—]+(?:\s+|$)"
)  # ("PSYCHIKO, Greece, Dec. 24 -", "SÃO NICOLAU, 3 May -", "MINSK, Dec. 13, 2025 (Reuters) -"; with
# no place, an agency: "Dec 24 (Reuters) -"; a line of its own: "CHAMWINO, Dec 10 -")
# Where a report was filed, dated or not: "CARACAS, Venezuela —", "BAKU, Azerbaijan (AP) —".
# "LONDON —", "(Reuters) —": a place or an agency alone.
# ("STOCKPORT, England, May 11 -", "SÃO PAULO, Brazil, March 3, 2021 (AP) -": a place, its country, a date)
_FILED_AT = re.compile(rf"\s*(?:[{CAPITAL}](?:[{CAPITAL}]|[ .'’-])+(?:(?:,\s+(?:[{CAPITAL}]|\d)[\w.'’ -]{{0,30}}?){{1,3}}|,)?(?=[\s(])|(?=\())(?:\s*\([^)]*\))?\s+[-–—]+\s+")
# "the 43-year-old Kalesnikova", "a 29-year-old blogger, Daulet Akhmetov,": the name after the age.
# ("the 88-year-old Tigrayan leader Sebhat Nega": a people's word may open the description)
# "The captain, the 68-year-old Lee Joon-seok, was ...": a name right after the age, ending its
# phrase, is whose it is (not "the 80-year-old French-Algerian author").
_NAMED_RIGHT_AFTER = re.compile(rf"\s+(?P<name>{_NAME_RUN})(?=\s*[,;:)]|\.(?:\s|$)|\s+(?:was|is|has|had|who|said|and)\b)")
# ("the 52-year-old journalist Daniele Mastrogiacomo"; not "The 36-year-old from Lincoln": where he is
# from, nor "his 78-year-old mother on Saturday": when)
_AGED_AFTER = re.compile(rf"\s+(?:[A-Z][a-z]+\s+(?=[a-z]))?(?:(?!(?:from|in|at|of|near|on)\s)[a-z]+\s+){{0,2}}(?:[a-z]+,\s+)?(?P<name>{_NAME_RUN})")


#: An age set off after a name by "a": what follows describes the one named ("Betancur, a 58-year-old Conservative").
_A_BEFORE = re.compile(r",\s+an?\s+$")


def _described_then_named(sentence: str, end: int) -> re.Match[str] | None:
    """The name after an age and the words that describe its person ("the 52-year-old journalist
    Daniele Mastrogiacomo"); ``None`` where a verb stands between ("the 54-year-old walked out of
    Mukobeko": what the person did, then a place)."""
    after = _AGED_AFTER.match(sentence, end)
    if after and any(_verb_lemma(w) for w in sentence[end : after.start("name")].split() if w.islower()):
        return None
    return after


def _person(sentence: str, start: int, end: int) -> tuple[str, ...]:
    """The name an age is given to, right before it or right after it, or who the person is
    (``the driver, 41,``, ``The 35-year-old pilot``); ``()`` if none."""
    # "Betancur, a 58-year-old Conservative who": after "Name, a" what follows describes, names no one
    described = _AGED_BEFORE.search(sentence, max(0, start - 60), start) if _A_BEFORE.search(sentence, max(0, start - 5), start) else None
    found = (
        (described if described and described.group("name") else None)
        or _NAMED_RIGHT_AFTER.match(sentence, end)
        or _AGED_BEFORE.search(sentence, max(0, start - 60), start)
        or _described_then_named(sentence, end)
    )
    if found is None:
        # (only after "the": "a 58-year-old man" is someone the story has not named)
        described = _DESCRIBED_AFTER.match(sentence, end) if _after_the(sentence, start) else None
        words = []
        for word in described.group().split() if described else ():
            if word in _AUXILIARIES or word in _FUNCTION_WORDS or _verb_lemma(word):
                break  # "The 35-year-old pilot was handed over", "walked out": the words before the verb say who
            words.append(word)
        noun = next((w for w in reversed(words) if "NOUN" in _lemmas(w)), "")
        return (noun,) if noun else ()
    if found.groupdict().get("described"):
        return (_noun_lemma(found.group("described")),)  # "the driver, 41,": who they are is all the story says
    # ("Al-Sadhan, 41,": the article is no part of the name, as in a clause's names)
    words = {(w[3:] if _ARTICLE_PREFIX.match(w) else w).lower() for w in found.group("name").split()} - _FUNCTION_WORDS
    # A title names no one ("Sheikh Hasina, 76,": hasina), unless it is all there is ("King, 22,":
    # a surname).
    return tuple(sorted(words - _TITLES or words))


def _population_place(sentence: str, start: int, end: int) -> tuple[str, ...]:
    """The name a population figure at ``start`` is set beside (``Belarus, a country of``), or
    that follows it (``the 8.6 million people of Nicaragua``), lower-case words."""
    said = _POPULATION_IS().search(sentence, max(0, start - 60), start) if "opulation" in sentence else None
    if said and (said.group("owner") or said.group("of")):
        return tuple(sorted({w.lower() for w in (said.group("owner") or said.group("of")).split()} - _FUNCTION_WORDS))
    beside = _PLACE_OF.search(sentence, max(0, start - 60), start)
    if beside and _a_place(beside.group("place").lower()):
        return (beside.group("place").lower(),)
    described = _POPULATION.search(sentence, max(0, start - 30), start)
    with_people = _PLACE_WITH.search(sentence, max(0, start - 40), start) if described is None else None
    if with_people and with_people.group("place"):
        return (with_people.group("place").lower(),)  # "Norway, with 5.3 million people"
    described = described or with_people
    if described is None:
        owner = _places_own(sentence, start)
        if owner:
            return (owner,)
        after = _PEOPLE_OF.match(sentence, end)
        return tuple(sorted({w.lower() for w in after.group("place").split()})) if after and after.group("place") else ()
    placed = _POPULATION_OF.search(sentence, max(0, described.start() - 80), described.start())
    if placed is None:
        return ()
    words = placed.group("name").split()
    return tuple(sorted({w.lower() for w in words if w.lower() not in _FUNCTION_WORDS}))


def _places_own(sentence: str, start: int) -> str:
    """The place whose possessive stands right before ``start`` (``Afghanistan's 40 million``), or
    that has the figure (``Somalia has about 16 million people``, ``Liberia, founded in 1847, has
    about 5.3 million people``), or ""."""
    found = _PLACES_OWN.search(sentence, max(0, start - 80), start)
    return found.group("place").lower() if found and _a_place(found.group("place").lower()) else ""


_RELATIVE = re.compile(r"\s(?:which|when|where)\s")
_WHEN = re.compile(r"\s+(?:when|after|before)\s")
_WHILE = re.compile(r",?\s+(?:while|whereas)\s+")
_NO_LONGER = re.compile(r"\b(?:former|ex|freed|released|pardoned|liberated)\b")
_AMONG = re.compile(r"\b(?:among|one\s+of)\s+(?:the\s+)?$", re.IGNORECASE)

#: A clause of at most this many words before the claim's ("In September,", "On Thursday
#: morning,") says when the claim's clause happened.
_FRONTED = 4
#: How many words a fronted phrase opening with "In" or "During" may have (no verb of its own).
_FRONTED_PHRASE = 10
#: Words of a phrase that says only when ("As of 10 p.m. on Wednesday", "By late Monday evening").
#: Predicates of a change of level, whose "from" figure is the level before it.
_CHANGES_OF_LEVEL = frozenset({"rise", "fall", "cut"})
_FROM_LEVEL = re.compile(r"\bfrom\s+(?:(?:about|around|some|nearly|almost)\s+)?$", re.IGNORECASE)
# ("down from a peak of about 680 in 2003": the level it was at)
_UP_FROM = re.compile(
    r"\b(?:up|down)\s+(?:sharply\s+|slightly\s+)?from\s+(?:(?:a|an|its|the)\s+(?:peak|high|record|low|level)\s+of\s+)?"
    r"(?:(?:about|around|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
_WHEN_WORDS = frozenset(
    "as of by on at in until since late early p a m am pm morning afternoon evening night noon midnight local time".split()
)


#: A clause that "and" opens after a comma ("..., and many fasted"): joined, with times of its own.
_AND_OPENING = re.compile(r"\s*and\s", re.IGNORECASE)


def _fronted_time(sentence: str, clause: tuple[int, int]) -> bool:
    """Whether a clause before another says when it happened: a few words ("In September,"), or
    only words of a moment, however many ("As of 10 p.m. on Wednesday,")."""
    words = _tokens(sentence, *clause)
    if words and words[0][1].lower().endswith("ed") and _verb_lemma(words[0][1].lower()):
        # "Their committee, founded in 1974, counts about 200": a participle's time is its own act's
        return False
    if len(words) <= _FRONTED:
        return True
    if len(words) <= _FRONTED_PHRASE and words[0][1] in ("In", "During") and not {w.lower() for _, w in words} & (_FINITE | _MODALS):
        # "In a similar decree in December 2014, 87 prisoners were pardoned": a phrase naming the
        # act, dated, put before the clause that tells it
        return True
    return all(w[0].isdigit() or w.lower() in _WHEN_WORDS or _TIME.fullmatch(w) for _, w in words)

#: How many clauses back a clause without a verb or names looks for them: its own sentence's
#: neighbours, not every clause of a run-on line (reading stays linear).
_INHERIT = 2
#: Clauses this short are appositions ("51", "a businessman"): looking past them costs no step.
_APPOSITION = 3
_LONGER_THAN_APPOSITION = re.compile(rf"(?:\W*(?:{_TOKEN.pattern})(?!\w)){{{_APPOSITION + 1}}}")


# "Of the five Iranians granted clemency, two ...": what the part is counted of.
_WHOLE_OPENING = re.compile(r"\s*(?:Of|Among)\s+(?:the|these|those)\s+(?:[\w.,-]+\s+){0,2}?(?P<noun>[a-z]*[A-Za-z]+s)\b")
# ("six of his seven captors": a whole of someone's told by its count, not "31 of his countrymen")
_PART_OF = re.compile(
    r"\s+of\s+(?:the|these|those|(?:his|her)(?=\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))"
    r"\s+(?:[\w.,-]+\s+){0,2}?(?P<noun>[A-Za-z]+(?:s|men))\b"
)
_OF_A_WHOLE = re.compile(
    r"\s+of\s+(?:the|these|those|its|their|his|her)\s+(?:[\w-]+['’]s\s+)?(?:(?:roughly|about|some|nearly|around|almost|over|more\s+than)\s+)?"
    r"\d[\d,.]*\s+(?:(?:million|billion)\s+)?(?P<noun>[a-z]+s)\b"
)
# ("of the released prisoners", "of the freed": those an earlier sentence told were released)
_BACK = r"(?:them|these|those|whom|the\s+(?:freed|released|pardoned|expelled|deported|exchanged|rescued|returned)\b)"
_ANAPHORIC_OPENING = re.compile(rf"\s*(?:Of|Among)\s+{_BACK}")
_ANAPHORIC_PART = re.compile(rf"\s+(?:of|among)\s+{_BACK}")


#: A sentence that opens by pointing back to the time an earlier one told ("At the time Moscow
#: said it was keeping about 13,000 Germans"; "Back then, 40 were held").
_THEN_OPENING = re.compile(r"\s*(?:At\s+(?:the|that)\s+time|Back\s+then|By\s+then|At\s+that\s+point)\b")


def then_opening(sentence: str) -> bool:
    """Whether a sentence opens by pointing back to an earlier sentence's time (:data:`_THEN_OPENING`)."""
    return _THEN_OPENING.match(sentence) is not None


def times_in(text: str) -> tuple[str, ...]:
    """The time anchors of ``text`` (``month:10``, ``year:1953``...), as a frame holds them."""
    return tuple(sorted(_times(text, (0, 0))))


def _part_phrase(claim: Claim) -> re.Match[str] | None:
    """The phrase that makes a claim a part of what was counted before ("Of them", "of the freed")."""
    sentence = claim.sentence
    opening = _ANAPHORIC_OPENING.match(sentence)
    if opening and opening.end() <= claim.position:
        return opening
    if _apposed_noun(claim):
        return None  # "the foreigners, 260 of them, were released": all of them, no part
    return _ANAPHORIC_PART.match(sentence, claim.position + len(claim.text))


#: A plural right before a count put in apposition with "of them" after it: "the foreigners, 260
#: of them according to a prison official, were being released" counts the foreigners.
_APPOSED_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+(?P<noun>(?:[a-z-]+\s+){0,2}[a-z-]+s),\s+$")
_OF_THEM_AFTER = re.compile(r"\s+of\s+them\b")


def _apposed_noun(claim: Claim) -> str:
    """The plural a count is put in apposition with ("the foreigners, 260 of them,"), "" for none."""
    start = claim.position
    if claim.category != "count" or not _OF_THEM_AFTER.match(claim.sentence, start + len(claim.text)):
        return ""
    found = _APPOSED_BEFORE.search(claim.sentence, max(0, start - 50), start)
    return found.group("noun") if found else ""


def part_act(claim: Claim) -> str:
    """The act the phrase a part is counted of names ("160 of the freed hostages", "Of those
    released, 40": ``free``), "" for none ("of them")."""
    found = _part_phrase(claim)
    participle = found.group().split()[-1].lower() if found else ""
    return _PREDICATE_OF.get(_verb_lemma(participle) or "", "") if participle.endswith("ed") else ""


#: A count set against another one before it: "against 1,375 last year", "compared with 1,357",
#: "up from 40", "down from about 60".
_COMPARED = re.compile(
    r"\b(?:(?P<since>up\s+from|down\s+from)|against|compared\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:(?:about|some|nearly|almost|around|roughly|just|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?$",
    re.IGNORECASE,
)


def compared(claim: Claim) -> str:
    """How a count is set against another figure of its sentence: ``"since"``, an earlier count of
    the same thing ("73 journalists, down from 81 a year earlier"); ``"against"``, beside it ("731
    political prisoners this year, against 1,375 last year"; "6,465 Ukrainian prisoners, against
    1,348 Russians"); or ``""``. Either counts what that one counts, unless it names its own thing."""
    if claim.category != "count":
        return ""
    found = _COMPARED.search(claim.sentence, max(0, claim.position - 40), claim.position)
    return "" if found is None else "since" if found.group("since") else "against"


def anaphoric(claim: Claim) -> bool:
    """Whether a claim counts part of what an earlier sentence counted ("Of them, 283 were
    Venezuelans", "114 of them were transferred"): its frame is read with that claim's."""
    return _part_phrase(claim) is not None


#: "other" right after a count ("three other prisoners"), and a count listed before it in its
#: phrase ("Twelve military officers and"): together, the rest of a whole told in parts.
_OTHER_AFTER = re.compile(r"\s+other\b", re.IGNORECASE)
_COUNT_AND_BEFORE = lazy_pattern(
    r"(?:\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty))\s+(?:[\w-]+\s+){1,3}and\s+$",
    re.IGNORECASE,
)


def listed_remainder(claim: Claim) -> bool:
    """Whether a count is the rest of a whole told in parts, after another count in its phrase
    ("Twelve military officers and three other prisoners were freed"): not the whole ("Fifteen other
    prisoners were freed"), though it counts the same kind."""
    start = claim.position
    return (
        claim.category == "count"
        and _OTHER_AFTER.match(claim.sentence, start + len(claim.text)) is not None
        and _COUNT_AND_BEFORE().search(claim.sentence, max(0, start - 60), start) is not None
    )


_THE_REST = re.compile(r"\W*(?:the\s+)?(?:rest|others|remainder)\b(?!\s+of\b)", re.IGNORECASE)


def of_the_rest(claim: Claim) -> bool:
    """Whether a claim's sentence tells of the rest of a group, opening with it ("The rest had
    been jailed since 1999", "The others were freed in May"); not "The rest of the world", nor "The
    remaining 130 pupils were freed": all those still held, no part of them."""
    return _THE_REST.match(claim.sentence) is not None


def listed_part(claim: Claim) -> bool:
    """Whether a claim stands in a clause that lists part of what the clause before it counted
    ("killing 12 people, including two children"; "55 Armenians, among them six civilians"): a
    part, never the whole of another count. ("N of them" is left out: "More than 4,000 were
    injured, about 120 of them seriously" is the count of the seriously injured; a figure of a
    listed one, "including Siamak Namazi, 51", is that one's, no part.) A count "of the dead" is a
    part of a toll ("55 of the dead were in the capital"). A term given with another for another
    charge is a part of the whole term (:data:`_TERM_OF_TWO`)."""
    sentence, start = claim.sentence, claim.position
    if claim.category == "duration":
        # "He received three years for insulting Islam and one for insulting the president": one
        # term of two that add up to the whole
        return _TERM_OF_TWO.match(sentence, start + len(claim.text)) is not None
    if claim.category not in ("count", "percent", "money"):
        return False
    if claim.category == "count" and (
        _OF_THE_DEAD.match(sentence, start + len(claim.text)) or _OF_THE_DEAD_FRONTED.match(sentence)
    ):
        return True  # "55 of the dead were in the capital", "Of the dead, 189 were Americans": a toll's part
    if claim.category == "count" and "among" in sentence and _AMONG_THOSE().match(sentence, start + len(claim.text)):
        return True  # "counted 58 political prisoners among those freed": a part of the freed
    # (a list that holds the claim starts within a few of its items before it: a window keeps reading linear)
    listed = _BREAKDOWN().finditer(sentence, max(0, start - 120), min(len(sentence), start + 120)) if claim.category == "count" and "," in sentence else ()
    if any(m.start() <= start < m.end() for m in listed):
        return True  # "have killed 27 civilians, 13 police officers and 21 soldiers": parts of a toll told whole elsewhere
    clauses = _clauses(sentence, start, start + len(claim.text))
    index = _clause_index(clauses, start)
    while index > 1 and _counts_first(sentence, clauses[index]):
        index -= 1  # "among them 41 soldiers, six civilians and eight former leaders": one list
    return index > 0 and _INCLUDING.match(sentence, clauses[index][0]) is not None


#: Three or more counts of different kinds listed in one phrase: "27 civilians, 13 police officers and
#: 21 soldiers" (not a whole and its parts, "28 dead, 26 of them prisoners", nor tolls of their own,
#: "41 dead, 128 wounded and 12 missing").
_LISTED_COUNT = (
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?!of\b)[a-z-]+\s+){0,2}"
    r"(?!(?:of|dead|killed|wounded|injured|hurt|missing)\b)[a-z-]+\b(?!\s+of\b)"
)
_BREAKDOWN = lazy_pattern(rf"\b{_LISTED_COUNT}(?:,\s+{_LISTED_COUNT})+,?\s+and\s+{_LISTED_COUNT}")
#: After a term, the other term it is given with, each for its own charge ("three years for
#: insulting Islam and one for insulting the president", "five years for fraud and two more for").
_TERM_OF_TWO = re.compile(
    r"\s+(?:in\s+prison\s+)?for\s+[^,;.\d]{3,60}?\s+and\s+(?:another\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"(?:\s+more)?(?:\s+(?:years?|months?))?\s+for\s"
)
#: A part of a toll, by where or who ("55 of the dead were in the capital"), not the toll.
_THE_DEAD = r"(?:the|those)\s+(?:[A-Z][\w-]+\s+)?(?:dead|victims|killed|fatalities|deaths|bodies)"  # ("of the Jamaican dead")
_OF_THE_DEAD = re.compile(rf"\s+of\s+{_THE_DEAD}\b")
_AMONG_THOSE = lazy_pattern(r"\s+(?:[a-z-]+\s+){0,3}(?:were\s+)?among\s+(?:those|the|them)\b")
_OF_THE_DEAD_FRONTED = re.compile(rf"\W*Of\s+{_THE_DEAD}\s*,")
#: What a clause says is yet to happen: "will free", "are to be returned", "is expected to reach", "plans to".
_PLANNED = re.compile(
    r"\b(?:will|shall|would(?!\s+(?:have|not|never)\b)|(?:is|are|was|were)\s+(?:also\s+|still\s+)?(?:due\s+|set\s+|expected\s+|scheduled\s+|going\s+)?to"
    r"|plans?\s+to|planned\s+to|prepar(?:es|ed|ing)\s+to|(?:agreed|promised|pledged|vowed)\s+to)\s+(?:be\s+)?[a-z]+"
)
#: Where the clause a number's verb stands in ends at the latest ("28 hostages who died in captivity
#: are to be returned, but ..."): another clause joins there.
_CLAUSE_JOINS = re.compile(r",\s+(?:but|while|as|after|when|and)\b|;|\s+and\s")


def planned(claim: Claim) -> bool:
    """Whether a claim's clause says its figure is yet to happen ("The bodies of 28 hostages who died
    in captivity are also to be returned", "Vietnam will free 13,915 prisoners"): a figure promised
    or expected, not one counted at a moment."""
    sentence, start = claim.sentence, claim.position
    end = start + len(claim.text)
    clauses = _clauses(sentence, start, end)
    opening = next((s for s, e in clauses if s <= start <= e), 0)
    joins = _CLAUSE_JOINS.search(sentence, end, end + _NEAR)
    return _PLANNED.search(sentence, opening, joins.start() if joins else min(len(sentence), end + _NEAR)) is not None


def _counts_first(sentence: str, clause: tuple[int, int]) -> bool:
    """Whether a clause opens with a number ("six civilians and eight former leaders")."""
    first = _first_word(sentence, clause)
    return first[:1].isdigit() or first in _NUMBER_WORDS


# "He was arrested in 2020", "She had been detained in February 2024", "The 35-year-old was
# arrested in 2021": a person the sentence does not name.
_PRONOUN_OPENING = re.compile(r"\s*(?:He|She|The\s+(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old),?\s")


def pronoun_led(sentence: str) -> bool:
    """Whether a sentence opens with "He", "She" or "The 35-year-old": who it is about an
    earlier sentence names."""
    return _PRONOUN_OPENING.match(sentence) is not None


def in_dateline(claim: Claim) -> bool:
    """Whether a claim is the date of a wire story's dateline ("LIMA, Jan 14 (Reuters) -"): when
    the report was filed, which a later version moves on, not a fact of the story."""
    dateline = _DATELINE.match(claim.sentence)
    return dateline is not None and claim.position < dateline.end()


def refers_back(claim: Claim) -> bool:
    """Whether who a claim is about is someone named before it: its sentence opens with "He", "She"
    or "The 35-year-old" (:func:`pronoun_led`), its own clause with "he" or "she" ("his wife said,
    adding that he was released on Thursday": :func:`pronoun_clause`), a body acts on "him" or
    "her" in it (:func:`acts_on_someone`), or it is an age given to "the 42-year-old"."""
    if _in_a_relative_on_an_object(claim):
        return False  # "He was freed together with a former defence minister who had been sentenced to five years"
    if pronoun_led(claim.sentence) or pronoun_clause(claim) or acts_on_someone(claim):
        return True
    return claim.category == "age" and _after_the(claim.sentence, claim.position)


def _in_a_relative_on_an_object(claim: Claim) -> bool:
    """Whether a claim stands in a relative clause about someone named only as an object, by common
    words (see :func:`_describes_an_object`)."""
    clauses = _clauses(claim.sentence, claim.position, claim.position + len(claim.text))
    return _describes_an_object(claim.sentence, clauses, _clause_index(clauses, claim.position))


def _clause_index(clauses: Sequence[tuple[int, int]], start: int) -> int:
    """The index of the clause a claim starting at ``start`` stands in (the last, past them all)."""
    return next((i for i, (s, e) in enumerate(clauses) if s <= start <= e), len(clauses) - 1)


#: Heads of a body's name: a body acts on people ("The Parole Commission had denied him parole in
#: July"), so who the act is about is the person, not the body.
_BODIES = frozenset(
    """commission court council ministry committee board agency service department office parliament
    assembly tribunal government police army authorities prosecutors officers agents investigators troops
    soldiers guards forces""".split()
)
# "The Parole Commission had denied him parole in", "a court sentenced her in": a body, its verb,
# then "him" or "her" (no figure or comma between: "The court, which jailed him, ... freed 52").
_BODY_ACTS = rf"\b(?i:{'|'.join(sorted(_BODIES))})\s+(?:[a-z]+\s+){{0,3}}(?:him|her)\b"
_BODY_ON_SOMEONE = re.compile(_BODY_ACTS + r"[^,;\d]*$")
# "In April 2020, a court placed him on a list": a time opening the clause of the act it dates.
_BODY_ON_SOMEONE_AFTER = re.compile(r",?\s+(?:a|the)\s+(?:[a-z]+\s+){0,2}" + _BODY_ACTS[2:])


def acts_on_someone(claim: Claim) -> bool:
    """Whether a body acts on "him" or "her" in the claim's clause ("The US Parole Commission had
    denied him parole in July 2024", "In April 2020, a court placed him on a terrorism list"): the
    claim is about that person, someone named before, as much as about the body or anyone listed."""
    if _BODY_ON_SOMEONE.search(claim.sentence, max(0, claim.position - 80), claim.position):
        return True
    return _BODY_ON_SOMEONE_AFTER.match(claim.sentence, claim.position + len(claim.text)) is not None


# "..., adding that he was released on Thursday": a clause whose subject is a pronoun.
_PRONOUN_CLAUSE = re.compile(r"\b(?:that|and|but|as|after|when|because|while|said|says|told)\s+(?:he|she)\s+(?:[a-z]+\s+){0,4}$")
# "..., and on May 11 she was sentenced to hang": a time put first in a clause whose subject is "she".
_FRONTED_IN_PRONOUN_CLAUSE = re.compile(r"\b(?:and|but)\s+(?:on|in)\s+$")
_PRONOUN_SUBJECT_AFTER = re.compile(r",?\s+(?:he|she)\s+(?:was|had|has|is|were)\b")


def pronoun_clause(claim: Claim) -> bool:
    """Whether a claim's own clause, inside its sentence, has "he" or "she" for its subject: who
    that is, the sentence's opening names first (see :func:`opening_names`)."""
    found = _PRONOUN_CLAUSE.search(claim.sentence, max(0, claim.position - 50), claim.position) is not None
    return found or _fronted_before_pronoun(claim)


def _fronted_before_pronoun(claim: Claim) -> bool:
    """Whether a claim is a time put first in a clause whose subject is "he" or "she" ("..., and on
    May 11 she was sentenced to hang")."""
    return (
        _FRONTED_IN_PRONOUN_CLAUSE.search(claim.sentence, max(0, claim.position - 12), claim.position) is not None
        and _PRONOUN_SUBJECT_AFTER.match(claim.sentence, claim.position + len(claim.text)) is not None
    )


def _after_the(sentence: str, start: int) -> bool:
    """Whether "the" stands right before ``start`` ("the 42-year-old", "The 47 were arrested")."""
    return _DEFINITE.search(sentence, max(0, start - 5), start) is not None


_DESCRIPTION = re.compile(r"\s*(?:The|A|An)\s+(?=[a-z0-9])")  # ("The Taliban released ...": a name)


def _a_place_opens(sentence: str) -> bool:
    """Whether a sentence opens with a place's name and nothing else ("Slovenia, the richest of ...")."""
    first = _TOKEN.match(sentence)
    return first is not None and first.group()[:1].isupper() and sentence[first.end() : first.end() + 1] == "," and _a_place(first.group().lower())


def opening_names(sentence: str) -> tuple[str, ...]:
    """The names of a sentence's first clause, its subject's as a rule ("Karelina, 33, landed..."):
    who a following "She" is. A sentence that opens with a description ("The 78-year-old Nobel
    laureate, detained since 2021, ...", "The partial pardon was part of an amnesty marking a
    Buddhist holiday") says what its subject is, not who: its names are no one's (``()``). A Title
    Case headline's common words are no names ("Nasheed Leaves Prison For Surgery": Nasheed)."""
    sentence = _sentence_case(sentence)
    filed = _FILED_AT.match(sentence)
    start = filed.end() if filed else 0
    clauses = [c for c in _clauses(sentence, start, start) if c[1] > start]
    named = _named_by_apposition(sentence, clauses)
    if named:
        return named  # "Her younger brother, Liu Hui, remains in China": the apposition says who
    if _DESCRIPTION.match(sentence, start):
        return ()
    quote = _QUOTE_OPENING.match(sentence, start)
    if quote and _FIRST_PERSON.search(quote.group()) and not _THIRD_PERSON.search(quote.group()):
        # ('"I never lost hope," Father Ciszek told reporters': one who speaks of himself is whom
        # the story is about; not one who speaks of "him": '"They let him out," Li Wenzu said')
        speaker = _SPEAKER_OPENING.match(sentence, quote.end()) or _SAID_SPEAKER.match(sentence, quote.end())
    else:
        speaker = _SPEAKER_OPENING.match(sentence, start)
    if speaker and all(_is_proper(w) for w in speaker.group("name").split()) and not _a_place(speaker.group("name").lower()):
        # "Irangabiye told the BBC it was an extraordinary day": the one who speaks is the subject
        # (a source to a frame's names, but who a following "She" is), not whom she told.
        return tuple(sorted(w.lower() for w in speaker.group("name").split()))
    names, places = _clause_names(sentence, clauses[0])
    alias = _KNOWN_AS.search(sentence, start, start + 200) if names_someone(names) else None
    if alias:
        # "Mahmoud Abou Zeid, the photographer better known as Shawkan, went home": one person by
        # both names, whichever the rest of the story uses.
        names |= _clause_names(sentence, alias.span("name"))[0]
    return tuple(sorted(names | places))


#: A quotation that opens a sentence, up to the speaker: '"I never lost hope," '.
_QUOTE_OPENING = re.compile(r'\s*["“][^"“”]{1,400}[,?!]["”]\s+')
_SAID_SPEAKER = re.compile(rf"(?:said|says|added|wrote)\s+(?P<name>[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,2}})")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|I'm|I’m|I've|I’ve)\b")
_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her)\b", re.IGNORECASE)
_SPEAKER_OPENING = re.compile(rf"\s*(?P<name>[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,2}})\s+(?:told|said|says|tells|added|wrote)\b")
_KNOWN_AS = re.compile(rf"\b(?:also|better|widely|popularly)?\s*known\s+as\s+(?P<name>[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,2}})")


# "Her younger brother", "His lawyer", "The group's founder": who someone is to another, unnamed.
_RELATION_OPENING = re.compile(r"\s*(?:Her|His|Their|The|A|An)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*\s*$")
_NAME_ONLY = re.compile(rf"\s*[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,3}}\s*")


def _named_by_apposition(sentence: str, clauses: Sequence[tuple[int, int]]) -> tuple[str, ...]:
    """The names of an apposition that names the relation a sentence opens with ("Her younger
    brother, Liu Hui, remains in China", "The group's founder, Ales Bialiatski, was"), or ``()``."""
    if len(clauses) < 3 or not _RELATION_OPENING.fullmatch(sentence, *clauses[0]):
        return ()
    if sentence[clauses[0][1] : clauses[1][0]].strip() != "," or not _NAME_ONLY.fullmatch(sentence, *clauses[1]):
        return ()
    names, places = _clause_names(sentence, clauses[1])
    return tuple(sorted(names)) if names_someone(names) and not places else ()


def names_someone(names: Iterable[str]) -> bool:
    """Whether names hold a person's (a word no lexicon holds as a common word, nor a place:
    "weinstein"), not only a body's made of common words ("Court of Appeals") or a place's ("New
    York"), whom "he" or "the 71-year-old" cannot be."""
    return bool(people(names))


#: Lower-case words inside one person's name ("Ehrenfried von Holleben", "Ahmed bin Ali").
_NAME_PARTICLES = frozenset("von van de der den del della da di du al el bin ibn abu la le".split())


def sole_person_named(sentence: str) -> tuple[str, ...]:
    """The words of the one person a sentence names anywhere, ``()`` for none or more than one:
    whom a following "He" means when the sentence's subject is no one ("Left-wing guerrillas
    freed the West German ambassador, Ehrenfried von Holleben, late on Tuesday"); a headline's
    common words are no one's ("... Collapses After More Than 4 Months")."""
    sentence = _sentence_case(sentence)
    names, places = _clause_names(sentence, (0, len(sentence)))
    someone = people(names - places)
    if not someone:
        return ()
    lowered = sentence.lower()
    written = {word: lowered.find(word) for word in someone}
    at = {word: place for word, place in written.items() if place >= 0}  # (not initials read off a name: "kal")
    if not at:
        return ()
    last = max(at, key=at.__getitem__)
    end = at[last] + len(last)
    between = re.findall(r"[^\W\d_]+", lowered[min(at.values()) : end])
    if any(word not in at and word not in _NAME_PARTICLES for word in between):
        return ()  # two people ("Ana Lind on Tuesday, a week after Oskar Brenner"), or a name and more
    following = _TOKEN.match(sentence, end + 1) if sentence[end : end + 1] == " " else None
    word = following.group() if following else ""
    if word.islower() and word not in _FUNCTION_WORDS and "NOUN" in _lemmas(word) and not _verb_lemma(word, sentence[end - len(last) : end]):
        # a name that qualifies a noun ("the 61-year-old Booker laureate"): no one's (a name
        # before its verb is someone's: "Hichilema Walks Free")
        return ()
    return tuple(sorted(at))


def full_name_in(text: str, names: Iterable[str]) -> bool:
    """Whether one of ``names``, a word some place's name also holds ("Gao", a city of Mali), is a
    person's in ``text``: written there before another name that is a person's ("Gao Zhisheng")."""
    return any(_before_a_persons_name(text, name) for name in names)


@functools.lru_cache(maxsize=256)
def _before_a_persons_name(text: str, name: str) -> bool:
    """(Read once per report and name: every sentence after "He ..." may ask it again.)"""
    following = re.finditer(rf"\b{re.escape(name.capitalize())}\s+([{CAPITAL}][\w'’-]+)", text)
    return any(people((found.group(1).lower(),)) for found in following)


def people(names: Iterable[str]) -> frozenset[str]:
    """The names among ``names`` that can be a person's (see :func:`names_someone`)."""
    return frozenset(name for name in names if len(name) > 2 and not _lemmas(name) and not _a_place(name) and not _common_compound(name))


def _common_compound(word: str) -> bool:
    """Whether a hyphenated word is made of common words only ("left-wing", "pro-government"):
    an adjective a headline or a sentence's start capitalises, no one's name ("Abu-Jamal" is)."""
    return "-" in word and all(part in _FUNCTION_WORDS or part in ("pro", "anti", "ex", "non") or _lemmas(part) for part in word.split("-"))


_KIN_WORDS = "husband|wife|widow|son|daughter|brother|sister|father|mother"
_KIN_AGE = r"(?:(?:late|younger|older|elder|eldest|youngest)\s+)?"
# "when her husband was awarded the prize": a person named by kin to someone, not by name.
_KIN_REFERENCE = re.compile(rf"\b(?:[Hh]is|[Hh]er)\s+{_KIN_AGE}(?P<kin>{_KIN_WORDS})\b(?!,?\s+[A-Z])")
#: A kin's name, as a group (at most four words: _NAME_RUN above is any run, ungrouped).
_KIN_NAME = rf"(?P<name>[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,3}})"
# "her brother Liu Hui wrote", "Tsikhanouskaya's husband, Siarhei Tsikhanouski,": the kin, named.
_KIN_NAMED = rf"(?:\b[Hh]is|\b[Hh]er|['’]s)\s+{_KIN_AGE}(?:KIN),?\s+{_KIN_NAME}"
# "Liu Xia, the widow of the Nobel laureate Liu Xiaobo,": she is his widow, so he is her husband.
_SPOUSE_OF = rf"\b(?:KIN)\s+of\s+(?:[^,.;:]*?\s)?{_KIN_NAME}(?=\s*(?:[,.;:]|$))"
_SPOUSES = {"husband": "wife|widow", "wife": "husband|widower", "widow": "husband|widower"}


@functools.cache
def _kin_patterns(kin: str) -> tuple[re.Pattern[str], ...]:
    """The patterns that name ``kin``: the kin named, and for a spouse the relation told from the other side."""
    spouse = (re.compile(_SPOUSE_OF.replace("KIN", _SPOUSES[kin])),) if kin in _SPOUSES else ()
    return (re.compile(_KIN_NAMED.replace("KIN", kin)), *spouse)


def kin_reference(claim: Claim) -> str:
    """The kin word ("husband") of the last "his ..." or "her ..." that names no one ("when her
    husband was awarded the prize ..., handed down on Dec. 25, 2009") before the claim in its
    sentence: whose act the claim dates, where the clause names nobody; "" for none."""
    found = list(_KIN_REFERENCE.finditer(claim.sentence, 0, claim.position))
    return found[-1].group("kin").lower() if found else ""


def kin_named(text: str, kin: str) -> tuple[str, ...]:
    """Who ``kin`` ("husband") is in ``text``, where the text says it one way only: "her husband,
    Ivan Petrov," or "his brother Oleg Petrov" (the kin named), or "Anna Petrova, the widow of
    Ivan Petrov" (the relation told from the other side); ``()`` where it says none, or two."""
    found = {
        people(_clause_names(text, match.span("name"))[0])
        for pattern in _kin_patterns(kin)
        for match in pattern.finditer(text)
    } - {frozenset()}
    return tuple(sorted(found.pop())) if len(found) == 1 else ()


#: A sentence that opens by naming someone's kin ("Her husband, Igor Gerashchenko, telephoned").
_KIN_OPENING = re.compile(r"\s*(?:Her|His|Their)\s+(?P<kin>[a-zé]+),")
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)


def kin_of_other_sex(sentence: str, about: str) -> bool:
    """Whether ``sentence`` opens by naming a kin of another sex than the one ``about`` speaks of
    ("Her husband, Igor Gerashchenko, telephoned ..." / "The 31-year-old had been in custody since
    her arrest"): the kin named is not whom the later sentence is about; a son is "he"."""
    kin = _KIN_OPENING.match(sentence)
    if kin is None:
        return False
    word = kin.group("kin").lower()
    if word in _MALE_KIN:
        return _SHE.search(about) is not None and _HE.search(about) is None
    if word in _FEMALE_KIN:
        return _HE.search(about) is not None and _SHE.search(about) is None
    return False


#: What a date of someone says happened, by kind: taken into custody ("arrested in May 2020",
#: "kidnapped in February 2020", "in custody since September 2022"), judged ("convicted",
#: "sentenced"), freed.
_ACTS = {"arrest": "custody", "abduct": "custody", "miss": "custody", "take": "custody", "convict": "court", "sentence": "court", "free": "release", "pardon": "pardon"}


def act_of_someone(claim: Claim, frame: Frame) -> str:
    """The kind of act a date or year dates in someone's story ("custody", "court", "release"), ""
    for none: the class of its predicate, or custody for a time held since ("had been in custody
    since September 2022", "held in Afghanistan since January 2020")."""
    if claim.category not in ("date", "year"):
        return ""
    held_since = _SINCE.search(claim.sentence, max(0, claim.position - 12), claim.position) is not None
    if held_since and (frame.predicate == "hold" or "custody" in frame.places):
        return "custody"
    return _ACTS.get(frame.predicate, "")


def named_group(claim: Claim) -> bool:
    """Whether a count is "the" number with no noun after it ("The 47 were arrested in 2021", "the
    five were allowed to leave"): a group the story has named, not a count of what its clause says."""
    if claim.category != "count" or not _after_the(claim.sentence, claim.position):
        return False
    following = _TOKEN.match(claim.sentence, claim.position + len(claim.text) + 1)
    return following is None or not following.group().islower() or _verb_lemma(following.group()) is not None or following.group() in _AUXILIARIES


#: A timeline's entry: a time, then a colon or a dash, then what happened ("June 12: Two gunmen
#: seize the jet", "1990 - Freed after 27 years").
_ENTRY_AFTER = re.compile(r"\s*(?::|\s[-–—])\s+(?=\S)")


def _as_dated_clause(claim: Claim) -> Claim:
    """A time that opens its sentence as a timeline's entry, read as the time of the clause after
    it: "June 12: Two gunmen seize the jet" as "On June 12, two gunmen seize the jet"."""
    if claim.position or claim.category not in ("date", "year"):
        return claim
    entry = _ENTRY_AFTER.match(claim.sentence, len(claim.text))
    if entry is None:
        return claim
    rest = claim.sentence[entry.end() :]
    return evolve(claim, sentence=f"On {claim.text}, {rest[:1].lower()}{rest[1:]}", position=3)


#: A weekday a date is put in apposition with: "arrested on Thursday, May 15, 2014 at the airport".
_WEEKDAY_APPOSED = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)}),\s+$", re.IGNORECASE)


def _past_its_weekday(claim: Claim) -> Claim:
    """A date read where the weekday it is put in apposition with stands, the weekday left out: in
    "was arrested on Thursday, May 15, 2014 at the international airport, spent the night in a cell",
    the date is the arrest's, as the weekday is, not the night's."""
    if claim.category != "date":
        return claim
    weekday = _WEEKDAY_APPOSED.search(claim.sentence, max(0, claim.position - 12), claim.position)
    if weekday is None:
        return claim
    return evolve(claim, sentence=claim.sentence[: weekday.start()] + claim.sentence[claim.position :], position=weekday.start())


#: A clause right after a time that dates another act from it: "On Friday, a day after Russia
#: pardoned him, ...", "on Monday, two days after the court freed them, ...", "the day before".
_OFFSET_CLAUSE_AFTER = lazy_pattern(
    r"\s*,\s*(?:(?:a|one|two|three|four|five|six|seven|\d+|several|some|a\s+few)\s+(?:hours?|days?|weeks?|months?)|the\s+(?:day|night|week))"
    r"\s+(?:after|before)\b[^,;:]*",
    re.IGNORECASE,
)


def _past_an_offset_clause(claim: Claim) -> Claim:
    """A time read without the clause after it that dates another act from it: "On Friday, a day
    after Russia pardoned him, the group said ..." is the day the group spoke, not the pardon's."""
    if claim.category not in ("date", "year"):
        return claim
    end = claim.position + len(claim.text)
    offset = _OFFSET_CLAUSE_AFTER().match(claim.sentence, end)
    if offset is None:
        return claim
    return evolve(claim, sentence=claim.sentence[:end] + claim.sentence[offset.end() :])


#: A verb that has others do or undergo something, right before a count: "let 118 of its captives
#: walk across the tarmac", "ordered 12 other detainees freed", "forced almost 800,000 people to flee".
_CAUSING = lazy_pattern(
    r"\b(?P<verb>let|lets|letting|order|orders|ordered|ordering|forced?|forces|forcing|compel(?:s|led|ling)?|oblige[ds]?|obliging)\s+"
    r"(?:(?:at\s+least|about|some|nearly|almost|more\s+than|another)\s+)?$"
)
_TO_VERB_AFTER = lazy_pattern(r"(?:\s+[\w'’-]+){0,4}?\s+to\s+([a-z]+)\b")
_GO_AFTER = lazy_pattern(r"(?:\s+[\w'’-]+){0,5}?\s+(?:go|walk|walked|leave|out|free|home)\b")
_PARTICIPLE_WITHIN = lazy_pattern(r"(?:\s+[\w'’-]+){0,4}?\s+([a-z]+ed)\b")


def _caused(claim: Claim) -> str:
    """What a count was caused to undergo ("let 40 prisoners go": ``free``; "ordered 12 other
    detainees freed": ``free``; "forced 800,000 people to flee": ``displace``), "" where no such
    verb stands before it."""
    causing = _CAUSING().search(claim.sentence, max(0, claim.position - 30), claim.position)
    if causing is None:
        return ""
    end = claim.position + len(claim.text)
    if causing.group("verb").startswith("let"):
        return "free" if _GO_AFTER().match(claim.sentence, end) else ""
    if not causing.group("verb").startswith("order"):
        made_to = _TO_VERB_AFTER().match(claim.sentence, end)  # "forced 800,000 people to flee"
        verb = _verb_lemma(made_to.group(1)) if made_to else None
        if made_to is None or verb is None:
            return ""
        return _predicate_of_verb(verb, claim.sentence[made_to.end() :].strip()) or _PREDICATE_OF.get(verb, verb)
    participle = _PARTICIPLE_WITHIN().match(claim.sentence, end)
    verb = _verb_lemma(participle.group(1)) if participle else None
    return _PREDICATE_OF.get(verb, "") if verb else ""


_POSSESSED = re.compile(r"['’]s\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")


def _possessed_event(claim: Claim) -> str:
    """What a time in the possessive dates ("December's unrest", "Sunday's presidential
    election"): the event its noun names, or the noun; "" for a time not in the possessive."""
    if claim.category not in ("date", "year"):
        return ""
    found = _POSSESSED.match(claim.sentence, claim.position + len(claim.text))
    if found is None:
        return ""
    words = [word for word in found.groups() if word]
    event = next(filter(None, map(_nominal_event, words)), "")
    if event:
        return event
    nouns = [word for word in words if "NOUN" in _lemmas(word) and word not in _FUNCTION_WORDS]
    return _noun_lemma(nouns[0]) if nouns else ""


#: A term of office told with its length right after: "has held power for", "in office for", "has ruled for".
_IN_OFFICE_FOR = re.compile(
    r"\b(?:(?:held|holding|hold|holds)\s+power|in\s+(?:office|power)|ruled|governed|reigned)\s+(?:\w+\s+)?for\s+"
    r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?$",
    re.IGNORECASE,
)
#: The start of a term of office, right before its time.
_IN_OFFICE = re.compile(
    r"\b(?:in\s+(?:office|power)\s+since(?:\s+(?:a|the|its|his|her)\s+(?:coup|election|vote)(?:\s+(?:in|on|of))?)?"
    r"|(?:took|assumed|taking|assuming)\s+office\s+(?:in|on)"
    r"|was\s+sworn\s+in\s+(?:in|on)|became\s+(?:president|prime\s+minister|premier|chancellor|king|emir|leader)\s+(?:in|on))"
    r"\s+(?:early\s+|late\s+|last\s+|mid-?)?$",
    re.IGNORECASE,
)
#: An act denied: "not freed", "has yet to release", "refused to free", "was not paid".
_NOT_DONE = r"\b(?:not|n't|never|yet\s+to|failed\s+to|refused\s+to|still\s+to)\s+(?:(?:be|been|have|has|yet|to|being|all)\s+){0,3}"
_NOT_FREED = re.compile(_NOT_DONE + r"(?:free|freed|frees|freeing|release|released|releases|releasing|let\s+go|set\s+free)\b", re.IGNORECASE)
_ASKED_TO_FREE = re.compile(
    r"\b(?:urged?|urges|urging|called\s+on|calls\s+on|calling\s+on|asked|asks|asking|appealed\s+to|appeals\s+to|pressed|pressing)\s+"
    r"(?:[\w'’-]+\s+){0,4}?to\s+(?:free|release|set\s+free)\s+(?:(?:the|all|its|their|some|about|nearly|more\s+than|over)\s+)*$",
    re.IGNORECASE,
)
_NOT_PAID = re.compile(_NOT_DONE + r"(?:pay|paid|pays|paying)\b", re.IGNORECASE)


#: Verbs that say a share is one of a whole, and nothing of what happened ("accounts for 90 percent").
_SHARE_VERBS = frozenset("account provide represent constitute comprise make generate contribute bring supply".split())


#: A sum for each one of a kind, after it: "40,000 marks for each prisoner freed", "$1 million per
#: person", "$5,000 bail per hostage", "DM 40,000 a head", "10 million naira for each of their 10 victims".
_FOR_EACH_AFTER = re.compile(
    r"\s+(?:(?:[\w-]+\s+){0,2}?(?:for\s+each|per|each)|a)\s+(?:of\s+(?:the|their|its|his|her)\s+(?:[\d,]+\s+)?)?(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
#: ... or each of those it was paid for, unnamed: "$330,000 Bail Each", "$5,000 apiece".
_EACH_ALONE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:each|apiece)\b", re.IGNORECASE)
#: ... or before it in its clause: "The average price per prisoner is said to be around 45,000 marks".
_PER_BEFORE = re.compile(r"\b(?:per|for\s+each)\s+(?P<noun>[a-z]+)\b[^,;:.]*$", re.IGNORECASE)
#: After these a sum is a rate of time or of a measure, not a price per head ("a year", "per barrel").
_NO_HEADS = frozenset("year month week day hour minute barrel tonne ton litre liter gallon kilo kilogram pound ounce cent".split())


def paid_for_each(claim: Claim) -> str:
    """The one a sum is paid or asked for each of, as a noun's lemma ("40,000 marks for each
    prisoner freed": ``prisoner``; "a head", "bail each": ``person``), or ``""`` for a sum in all:
    a price per head is another figure than the sum of all."""
    sentence, end = claim.sentence, claim.position + len(claim.text)
    found = _FOR_EACH_AFTER.match(sentence, end) or _PER_BEFORE.search(sentence, max(0, claim.position - 60), claim.position)
    noun = found.group("noun").lower() if found else ""
    if noun in _NO_HEADS or noun in _FUNCTION_WORDS:
        noun = ""
    if not noun:
        return "person" if _EACH_ALONE.match(sentence, end) else ""
    return "person" if noun == "head" else _noun_lemma(noun)


def counted_for_each(claim: Claim) -> bool:
    """Whether a count is of each of several ("the commission's five members from each side",
    "four Germans and one officer each from Poland", "24 seats each"): so many for every one, not
    the count in all ("the commission's 10 members")."""
    return bool(_EACH_ALONE.match(claim.sentence, claim.position + len(claim.text)))


#: The predicate of a length of time that is the span a count is made over ("in the past week"), or
#: the first part of a longer stay, in which something happened ("blindfolded for his first two
#: days"; not "the last 14 months" of a term, the rest of it).
WINDOW = "window"
_A_WINDOW = re.compile(
    r"(?:\b(?:in|over|during)\s+the\s+(?:last|past|previous|preceding)|\b(?:his|her|their|its|the)\s+first)\s+$",  # (a qualifier is the claim's)
    re.IGNORECASE,
)


#: Nouns that count people by the people a sentence names beside them ("their compatriots").
_COMPATRIOTS = frozenset({"compatriot", "countryman", "fellow citizen", "fellow countryman", "fellow national"})


def claim_frame(claim: Claim, antecedent: Frame | None = None, person: tuple[str, ...] = ()) -> Frame:
    """The frame of ``claim``, read from its sentence around ``claim.position``; the slots it
    leaves empty are ``antecedent``'s, the frame of what an :func:`anaphoric` claim is part of.
    A claim that :func:`refers_back` and names no one is about ``person`` (the names
    :func:`opening_names` finds in the sentence before it)."""
    frame = _own_frame(_past_an_offset_clause(_as_dated_clause(_past_its_weekday(claim))))
    possessed = _possessed_event(claim)
    if claim.category == "duration" and _A_WINDOW.search(claim.sentence, max(0, claim.position - 40), claim.position):
        # "has jailed dozens of bloggers in the last three years": the span a count is made over, no
        # length of what its verb did (not "banned for the past 29 years": the ban's length)
        frame = evolve(frame, predicate=WINDOW)
    elif possessed:
        frame = evolve(frame, predicate=possessed)
    elif claim.category == "count":
        frame = evolve(frame, predicate=_caused(claim) or frame.predicate)
    included = (
        _INCLUDED.search(claim.sentence, max(0, claim.position - 80), claim.position)
        if claim.category == "count" and "included" in claim.sentence
        else None
    )
    event = _subject_event(claim.sentence[: included.start()]) if included else ""
    if event:
        # "The releases began on Sunday, the activist said, and so far included 200 Islamists and 50
        # Kurds who had been rounded up in March": those an event included are what it did, whatever
        # a relative clause after them says befell them before
        frame = evolve(frame, predicate=_PREDICATE_OF.get(event, event))
    receivers = _receivers(claim, frame) if claim.category == "count" and frame.predicate in ("receive", "admit") else ()
    if receivers and all(map(_a_place, receivers)) and _A_PART_OF_THEM.match(claim.sentence, claim.position + len(claim.text)):
        # "Spain received 67 of the released prisoners", "Kyiv received 73 of them", "Ukraine took
        # in 114 of those released": a part of a group handed over to a place, as "67 were flown
        # to Spain" says (not "the government received 29 police officers from the rebels", one
        # side of a swap)
        frame = evolve(frame, predicate="transfer", places=tuple(sorted(set(frame.places) | set(receivers))), names=())
    if claim.category in ("year", "date") and ("his " in claim.sentence or "her " in claim.sentence) and _ONES_OWN_EVENT().search(
        claim.sentence, max(0, claim.position - 30), claim.position
    ):
        # "Singh, 67, was greeted by his wife, Paramjit Kaur, ... since his arrest in 1973": "his"
        # arrest is the sentence's subject's, whoever else its clause names
        subject = opening_names(claim.sentence)
        if subject:
            frame = evolve(frame, names=subject)
    if frame.predicate == "office" and any(map(_a_place, frame.names)):
        # "Lukashenko, who has ruled Belarus since 1994": the state ruled is where, not who
        ruled = {name for name in frame.names if _a_place(name)}
        frame = evolve(frame, names=tuple(n for n in frame.names if n not in ruled), places=tuple(sorted(set(frame.places) | ruled)))
    peoples = [name for name in frame.names if _a_place(name) and name not in _place_names()] if frame.thing in _COMPATRIOTS else []
    if len(peoples) == 1:
        # "Ethiopian community groups say more than 600 of their compatriots remain in jails": the
        # people the sentence names, as "about 450 Ethiopians are still held" counts them
        frame = evolve(frame, thing=peoples[0], names=tuple(n for n in frame.names if n != peoples[0]))
    if claim.category == "percent" and frame.predicate in _SHARE_VERBS:
        # "Oil provides about 80 percent of export earnings" / "oil accounts for more than 90
        # percent": each verb only says the share is one
        frame = evolve(frame, predicate="share")
    each = paid_for_each(claim) if claim.category == "money" and not frame.thing else ""
    if each:
        frame = evolve(frame, thing=f"price per {each}")
    if claim.category == "count" and head(frame.thing or "-") in _QUALIFIED_AFTER:
        frame = evolve(frame, thing=_qualified_after(claim, head(frame.thing)) or frame.thing)
    aged_thing = _AGE_OF_A_THING.match(claim.sentence, claim.position + len(claim.text)) if claim.category == "age" else None
    if aged_thing:
        # "the 49-year-old American trade embargo", "the 13-year-old civil war": how long a thing has
        # lasted, no one's age (never the "61-year-old American" detained)
        frame = Frame(f"age of {aged_thing.group(1).lower()}")
    ranked = _RANKED_PAST_A_QUALIFIER.match(claim.sentence, claim.position + len(claim.text)) if claim.category == "ordinal" else None
    if ranked:
        # "a third straight win": what is ranked is the noun past the word that says the ranks run
        # on, not that word; "the second such anniversary since she took office" ranks among the
        # like ones of a stretch, never from the first ("the 59th anniversary")
        such = "such " if ranked.group("run") == "such" else ""
        frame = evolve(frame, thing=such + _thing(ranked.group("noun")))
    apposed = _apposed_noun(claim) if not frame.thing else ""
    if apposed:
        frame = evolve(frame, thing=_thing(apposed))
    if frame.thing == "population":
        person = ()  # "He has promised ... in a nation of some 15 million": how many live in a place, not his
    if person and _fronted_before_pronoun(claim):
        # ("Ishag was convicted ..., because her marriage to a Christian man was not recognized under
        # Sudan's law, and on May 11 she was sentenced": the clause's subject is she, not what came before)
        frame = evolve(frame, names=person)
    elif person and refers_back(claim):
        if not (frame.names or (set(frame.places) - {"custody"} and claim.category != "duration")):
            # ("She has been held more than 15 months at the Mariscal Zavala prison": where a person
            # is held says nothing of who; where an act happened may say whose it was)
            frame = evolve(frame, names=person)
        elif (frame.thing == "age" and all(_lemmas(name) for name in frame.names) and _opens_with(claim)) or acts_on_someone(claim):
            # "The 52-year-old former television pundit": described, and the person named before;
            # "The Parole Commission had denied him parole": the body, and the person it acted on.
            frame = evolve(frame, names=tuple(sorted(set(frame.names) | set(person))))
    if antecedent is None:
        return frame
    how = compared(claim)
    if how:
        # what the figure set against it counts (unless it names its own: "against 1,348
        # Russians"), and what befell it; "down from 81" is an earlier count of it, at its own time
        frame = evolve(frame, predicate="" if frame.predicate == "compare" else frame.predicate)
        if how == "since" and not frame.times:
            frame = evolve(frame, times=("relative:earlier",))
    names = (frame.names, frame.places) if frame.names or frame.places else (antecedent.names, antecedent.places)
    return Frame(
        frame.thing or antecedent.thing,
        frame.predicate or antecedent.predicate,
        frame.times or antecedent.times,
        names[1],
        names[0],
        frame.members,
    )


#: A legislature whose members are lawmakers: " of Congress", " of parliament", " of the House".
_OF_A_LEGISLATURE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)?(?:Congress|[Pp]arliament|House|Senate|Duma|Knesset|[Ll]egislature|[Aa]ssembly|Bundestag|Majlis)\b"
)
#: What an "N-year-old" before it can be the age of that is no one: " American trade embargo", " civil war".
_AGE_OF_A_THING = re.compile(
    r"\s+(?:(?!(?:of|the|a|an|and|who|whose)\b)[\w'’.-]+\s+){0,3}?(embargo|war|conflict|insurgency|blockade|ban|law|dispute|feud|rule|regime|dictatorship|"
    r"monarchy|policy|crisis|treaty|ceasefire|truce|case|movement|party|company|tradition|sanctions?)\b"
    # (the head of its phrase: not "a 34-year-old party activist", "a 19-year-old law student")
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:as|has|had|have|was|is|were|are|that|which|against|on|in|of|with|for|and|to|by|between|over|ended|began)\b)",
    re.IGNORECASE,
)
#: " such measure", " straight win": an ordinal, a word that says the ranks run on, and the noun ranked.
_RANKED_PAST_A_QUALIFIER = re.compile(r"\s+(?P<run>such|straight|consecutive|successive)\s+(?P<noun>[a-z]+)\b")
#: "included 200 Islamists and ", "included ": a count an event took in, right before the claim.
_INCLUDED = re.compile(r"\bincluded\s+(?:[^,;.:]{0,60}?\s+and\s+)?$")
#: "said it had received ": the one who said it took them in.
_IT_RECEIVED = re.compile(
    rf"(?P<place>[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+)?)\s+(?:said|says|announced)\s+(?:that\s+)?it\s+(?:had\s+|has\s+)?"
    r"(?:received|took\s+in|admitted)\s+$"
)


def _receivers(claim: Claim, frame: Frame) -> tuple[str, ...]:
    """Who took in those a count of "received" counts: the frame's names, or the place that says
    "it" received them ("Kyiv said it had received 104 of the freed")."""
    if frame.names:
        return frame.names
    said = _IT_RECEIVED.search(claim.sentence, max(0, claim.position - 60), claim.position)
    return tuple(said.group("place").lower().split()) if said else ()


#: Heads whose phrase after the count can say what kind they are (see :func:`_qualified_after`).
_QUALIFIED_AFTER = _INMATES | {"member"}


def _qualified_after(claim: Claim, counted: str) -> str:
    """What the phrase after a count's noun makes of it, or "": prisoners "held for ordinary
    crimes" are common prisoners, never the political ones; "members of Congress" are lawmakers
    ("more than 60 lawmakers wrote")."""
    end = _counted(claim)[1]
    if counted in _INMATES:
        return f"common {counted}" if _HELD_FOR_COMMON_CRIMES.match(claim.sentence, end) else ""
    return "lawmaker" if _OF_A_LEGISLATURE.match(claim.sentence, end) else ""


#: "67 of the released prisoners", "73 of them": a part of a group told before.
_A_PART_OF_THEM = re.compile(r"\s+of\s+(?:them|the|these|those)\b")


def _verb_past_a_part(claim: Claim, clauses: Sequence[tuple[int, int]], clause: tuple[int, int], subject_end: int) -> str:
    """The predicate of a count that opens its clause (or what a source said: "officials said nine
    prisoners, Nour among them, had been freed"), read past a part set beside it by commas: "16 of
    their cronies, most of them army officers, were freed too" (not a verb before it: "did not
    walk out alone:"; nor where the verb came before the count: "hold some 20,000 people, many of
    them never charged,")."""
    sentence, start = claim.sentence, claim.position
    part = _APPOSED_PART().match(sentence, clause[1]) if claim.category == "count" else None
    if part is None or sentence[max(subject_end, start + len(claim.text)) : clause[1]].strip():
        return ""
    words = [word.lower() for _, word in _tokens(sentence, clause[0], start)]
    told = max((k + 1 for k, word in enumerate(words) if word in _REPORTING or word == "that"), default=0)
    if not all(word in _DETERMINERS for word in words[told:]):
        return ""  # (the count opens its clause, or what a source said: "officials said nine prisoners, ...")
    following = next(((s, e) for s, e in clauses if s == part.end()), None)
    if following is None or _first_word(sentence, following) in _RELATIVE_OPENING:
        return ""  # ("three Britons, one of them the journalist John McCarthy, who was seized": McCarthy's verb)
    return _first_predicate(sentence[following[0] : following[1]])


def _opens_with(claim: Claim) -> bool:
    """Whether a claim's sentence opens with it ("The 52-year-old former pundit was ..."): the
    sentence's subject, someone named before; further in ("the village where the 19-year-old woman
    had been attacked") it is someone else the sentence describes."""
    return claim.sentence[: claim.position].strip(" \"“‘'").lower() in ("the", "")


# Short words a headline may leave in lower case ("Gunmen Kill at Least 60 at Moscow Concert Hall").
_HEADLINE_SMALL = frozenset("a an the of in on at to for and or but by as from with into vs".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@functools.lru_cache(maxsize=256)
def _sentence_case(sentence: str) -> str:
    """A Title Case headline ("Nicaragua Frees 135 Political Prisoners") with its common words in
    lower case, as a sentence writes them, so that its verbs and nouns read as such and only its
    names stay capitalised; any other sentence as it is."""
    words = _WORD.findall(sentence)
    content = [w for w in words if w.lower() not in _HEADLINE_SMALL and (len(w) > 3 or w[0].isupper())]
    if len(content) < 3 or not all(w[0].isupper() for w in content):
        return sentence

    def lower(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        common = not word.isupper() and _lemmas(lower) and not lexicon.lemmas(word, "PROPN")
        small = lower in _HEADLINE_SMALL or lower in _FUNCTION_WORDS or lower in _NUMBER_WORDS
        return lower if common or small else word

    return _WORD.sub(lower, sentence)


#: A time opening a sentence: "In 2005", "In March 2011", "On Feb. 3".
_OPENING_TIME = re.compile(
    rf"\W*(?:In|On)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTH}\.?\s+)?(?:\d{{1,2}},?\s+)?(?:1[89]|20)\d\d\b"
    # ("In November a bomb at another shrine, in the remote southwest, killed 52": a month
    # opening the sentence, no comma after it, as a year does)
    rf"|(?:{_MONTH})\b\.?(?:\s+\d{{1,2}}\b)?(?!,))"
)
#: "when" right after a time: "in May 1998, when American bombs hit China's embassy".
_WHEN_AFTER = re.compile(r",?\s+when\s")
#: A time put in front of its clause: "It was in December 1962, ..., that police detained him".
_CLEFT = re.compile(r"\bit\s+(?:was|is)\s+(?:only\s+)?(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?$", re.IGNORECASE)
_THAT_OPENING = re.compile(r"\W*that\s")
#: A time told as a moment, not as a span's end or start ("until 2023, when", "from 2014").
_IN_A_TIME = re.compile(r"\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?$", re.IGNORECASE)


#: A date's value with no day: "1998-05" (May 1998), "--06" (June).
_MONTH_VALUE = re.compile(r"\d{4}-\d{2}|--\d{2}")


def _coarse_time(claim: Claim) -> bool:
    """A year, or a month with or without its year ("in 2019", "in May 1998", "in June"): no day."""
    return claim.category == "year" or (claim.category == "date" and _MONTH_VALUE.fullmatch(str(claim.value)) is not None)


#: A clause that opens with "when", after a time: "since December, when 344 boys were seized".
_WHEN_OPENING = re.compile(r"\W*when\s")
#: A clause that opens with "with" and a figure, set after its sentence's act: "on Thursday, with 24 people freed".
_WITH_OPENING = re.compile(r"\W*with\s+(?:(?:at\s+least|about|some|nearly|almost|more\s+than|over|around)\s+)?")


def _own_frame(claim: Claim) -> Frame:
    headline = _sentence_case(claim.sentence)
    if headline != claim.sentence:
        claim = evolve(claim, sentence=headline)
    sentence, start = claim.sentence, claim.position
    end = start + len(claim.text)
    subject, subject_end = _counted(claim)
    clauses = _clauses(sentence, start, subject_end)
    index = _clause_index(clauses, start)
    clause = clauses[index]
    thing, predicate = _what_and_what_happened(claim, clause, subject, subject_end)
    predicate = _verb_past_a_part(claim, clauses, clause, subject_end) or predicate
    if predicate == "lose" and subject and subject[-1].lower() in _LIVES:
        predicate = "die"  # "Israel lost 159 people in the war": the count of its dead
    if not subject:  # (a verb _counted read as no counted thing: "As 27 Die")
        predicate = _act_of_many(claim) or predicate
    if claim.category == "count" and (
        _MAGNITUDE_BEFORE.search(sentence, max(0, start - 16), start)
        or _MAGNITUDE_AFTER.match(sentence, end)
        or claim.text.lower().endswith("-magnitude")
    ):
        # "a magnitude 7.3 earthquake", "an earthquake of magnitude 7.4", "a 6.4-magnitude quake": how
        # strong the quake was, whatever the verb says it did; an aftershock's is another figure.
        thing, predicate = "magnitude of aftershock" if _AFTERSHOCK.search(sentence) else "magnitude", ""
    distance = _DISTANCE.match(sentence, end) if claim.category == "measure" and claim.dimension == "length" else None
    if distance:
        # "lies some 100 km east of the capital": how far one place is from another, one figure of them.
        way = (distance.group("way") or "").lower()
        thing, predicate = " ".join(filter(None, ("distance", way, "from", distance.group("place").lower()))), ""
    whole = _WHOLE_OPENING.match(sentence) if not thing and claim.category == "count" else None
    if whole and whole.end() <= start:
        thing = _thing(whole.group("noun"))  # "Of the five Iranians granted clemency, two will return"
    if claim.category == "count" and index and not (thing or predicate):
        thing, predicate = _level_of_opening(sentence, clauses, clause, start) or (thing, predicate)
    if index and not predicate and _INCLUDING.match(sentence, clause[0]):
        # "Belarus freed 52 prisoners on Thursday, including 14 foreigners": a part of what the
        # clause before counted, and what happened to it.
        predicate = _first_predicate(sentence[clauses[index - 1][0] : clauses[index - 1][1]])
    if not subject and named_group(claim):
        # ("The three were seized on Monday" / "The two had been kidnapped on Tuesday": the group's
        # act and its day, nothing else the clause says of others)
        return Frame("named group", predicate, tuple(sorted(_times(sentence[clause[0] : clause[1]], (start - clause[0], end - clause[0])))))
    part = _ANAPHORIC_PART.match(sentence, end) if claim.category == "count" and not thing else None
    if part:
        # "two of them children": what the part is, said right after "of them"
        following = _TOKEN.match(sentence, part.end() + 1) if sentence[part.end() : part.end() + 1] == " " else None
        if following and following.group().islower() and "NOUN" in _lemmas(following.group()) and not _verb_lemma(following.group()):
            thing = _thing(following.group())
    more = _MORE.match(sentence, end) if claim.category == "count" else None
    if more is None and claim.category == "count" and thing not in ("", "person"):
        # "freed another 750 political prisoners"; not "Another 52 people were injured", people
        # beside a toll counted by another fate
        more = _MORE_BEFORE.search(sentence, max(0, start - 20), start)
    if more and not thing.startswith("other"):
        # "along with four other Americans", "two more bodies": some beside those already counted,
        # never the whole ("five Americans").
        following = _TOKEN.match(sentence, more.end()) if more.end() > start else None
        word = following.group() if following else ""
        if not thing and word and word.lower() not in _FUNCTION_WORDS and (word[0].isupper() or "NOUN" in _lemmas(word.lower())):
            thing = _thing(word)
        thing = f"other {thing}".strip()
    if claim.category == "duration" and _HELD_THERE_BEFORE_A_MOVE.match(sentence, end) and not thing.startswith("other"):
        # "held for eight months at the War Academy before being moved to the camp": a part of the
        # time held, at one place, never the whole
        thing = f"other {thing}".strip()
    if claim.category == "duration" and _MORE_OF_A_TIME.search(claim.text) and not thing.startswith("other"):
        thing = f"other {thing}".strip()  # "almost 20 more months": time beside what was told, never the whole
    rate = _RATE.match(sentence, subject_end)
    if rate and thing:
        thing += " per " + rate.group(1).lower()  # "31,000 vehicles a day" is no count of vehicles
    if claim.category == "age":
        if _AGE_LIMIT_BEFORE.search(sentence, max(0, start - 30), start):
            # "children under the age of four", "those over the age of 60": a bound of a group's ages,
            # no one's age ("A 31-year-old mother")
            return Frame("age limit")
        if (
            _AGE_THEN_BEFORE.search(sentence, max(0, start - 25), start)
            or _AGE_THEN_AFTER.match(sentence, end)
            or (_AGE_WHEN.match(sentence, end) and _AGE_NOW_BEFORE.search(sentence, 0, start))
            or _AGE_AT_AN_ACT.search(sentence, max(0, start - 30), start)
        ):
            # "arrested four days after the scuffle, when she was 16": an age at another moment.
            return Frame("age at the time")
        eldest = _ELDEST().search(sentence, max(0, start - 40), start)
        if eldest:
            # "The oldest of the group was 88", "The oldest, aged 87,": the age of the one at an end of
            # a group, whoever that is in each report (no "3-year-old girl" of another sentence)
            return Frame(f"age of the {eldest.group(1).lower()}")
        described = _PERSON_OF_AN_AGE.search(sentence, max(0, start - 40), start)
        if described:
            # "an Egyptian man of 67", "a boy of eight": the one described, as "a 61-year-old Egyptian" is
            return Frame("age", names=((described.group("people") or described.group("noun")).lower(),))
        # A person's age is one figure of that person, whatever the clause says they did.
        person = _person(sentence, start, end)
        if person or _after_the(sentence, start):
            return Frame("age", names=person)  # "the 42-year-old": someone the story has named (see refers_back)
        # "The North still holds a 45-year-old missionary": the age of the one it describes,
        # whatever the clause did to them ("Another American, a 44-year-old missionary, is serving").
        return Frame("age", names=tuple(thing.split()[-1:]))
    if thing == "population":
        # How many live in a place is no event: the clause's verb and times are what its people did
        # ("The nation of 37 million first applied in March 2022"), and its other names are not
        # the place. The place is the name it is set beside, if any; a description alone ("the
        # former Soviet republic of") is the story's place, unnamed, and conflicts with no name.
        return Frame(thing, names=_population_place(sentence, start, end))

    # A clause without a verb or names of its own ("and 91 medals in all") takes the previous one's.
    skip = {w.lower() for w in subject}
    # A counted noun after a copula ends what the clause says of the claim: its other names
    # describe that noun ("283 were Venezuelans the US said belonged to Tren de Aragua").
    # An object relative after the counted phrase ("252 men whom the United States had deported
    # in March") says who they are, not what the clause did to them: its names and times are not
    # the claim's ("52 prisoners who were freed on Thursday" says what happened, and stays).
    described_by = _OBJECT_RELATIVE.search(sentence, subject_end, clause[1]) if subject else None
    scope = (clause[0], described_by.start()) if described_by else clause
    names, places = _names(sentence, (clause[0], subject_end) if subject and not claim.subject else scope, skip)
    clause_tokens = [w.lower() for _, w in _tokens(sentence, *clause)] if not (predicate and names) else []
    clause_words = set(clause_tokens)
    # ("Poland's turnout hits record 74.4%": "hits" is a verb after a singular noun)
    verbless = bool(clause_words) and not clause_words & _FINITE and not any(
        _verb_lemma(w, previous) for previous, w in zip(["", *clause_tokens], clause_tokens) if w not in skip
    )
    # "Liu Xiaobo, a veteran of the 1989 Tiananmen protests, was sentenced", "The 52-year-old, ...
    # the first non-Muslim governor of the capital in more than 50 years, was sentenced": a time
    # inside a description is of what the description names, not of what the verb after it did.
    described_time = index and claim.category in ("year", "date", "duration") and _DESCRIPTION_LEADS.match(sentence, clause[0])
    # "at least 551 protesters, among them 68 children, were killed": what happened to people named
    # by a role, past the part listed, is the verb after; the role says it only when none follows.
    roled = claim.category == "count" and bool(subject) and _noun_lemma(subject[-1].lower()) in _ROLES
    listed = index + 2 < len(clauses) and _INCLUDING.match(sentence, clauses[index + 1][0]) is not None
    # (Prisoners with no verb of their own are held, but only where no verb after says otherwise:
    # "About 500 prisoners and detainees were freed".)
    held_by_name = predicate == "hold" and bool(thing) and head(thing) == "prisoner"
    if verbless and (not predicate or roled or held_by_name) and index + 1 < len(clauses) and not described_time:
        # "Most of the freed, 104 people, were taken to Ukraine": the verb comes after the apposition.
        after_apposition = clauses[index + 1 + listed]
        if listed:
            # "some 2,000 prisoners, including 165 women, some 60 people under 18 and several
            # jailed for their posts, was released": the verb past every item of the list
            after_apposition = _auxiliary_clause(sentence, clauses[index + 2 : index + 6], past_verbs=True) or after_apposition
        following = _tokens(sentence, *after_apposition)
        if following and (following[0][1].lower() in _AUXILIARIES or (index and _finite_verb(following[0][1]))):
            # ("The first impeachment vote, on December 7, fell short": an apposition dated, the
            # verb after it)
            predicate = _after(following, frozenset()) or predicate
            places |= _names(sentence, after_apposition, skip)[1] if predicate else set()
        elif following and sentence[clause[1] : clauses[index + 1][0]].strip() == "and":
            # "About 500,000 homes and businesses lost power": the verb after nouns joined by "and" is both nouns'.
            joined = _first_predicate(sentence[clauses[index + 1][0] : clauses[index + 1][1]])
            # "9,275 interns and residents at 100 hospitals, or 74.4% of the total, had tendered
            # their resignations": past the joined nouns and an apposition, to the verb.
            predicate = joined or _verb_after_nouns(sentence, clauses[index + 2 : index + 4]) or predicate
    when = _WHEN_AFTER.match(sentence, end) if not predicate and index + 1 < len(clauses) and _coarse_time(claim) else None
    told = None
    if when and clauses[index + 1][0] >= when.start() and _IN_A_TIME.search(sentence, max(0, start - 12), start):
        # "It began, many would say, in May 1998, when American bombs hit China's embassy in
        # Yugoslavia": a month or a year with no act of its own is the time of the event the
        # "when" clause tells (a day before it is the story's own: "on Friday, when planes ...")
        told = clauses[index + 1]
    elif claim.category in ("date", "year") and not predicate and _CLEFT.search(sentence, max(0, start - 20), start):
        # "It was in December 1962, weeks after Penkovsky vanished, that Hungarian police detained
        # the Englishman": the time the "that" clause's act is put in front of
        told = next((c for c in clauses[index + 1 :] if _THAT_OPENING.match(sentence, c[0])), None)
    if told:
        predicate = _first_predicate(sentence[told[0] : told[1]])
        if predicate:
            told_names, told_places = _names(sentence, told, skip)
            names, places = names | told_names, places | told_places
    someone = index and claim.category in _TIMES_OF_SOMEONE
    if someone and _participle_leads(sentence, clause):
        # "Ingrid Betancourt, held by FARC rebels for nearly six years, was freed": an apposition led
        # by a participle describes the name before it (who held her is the agent, not whose time it is).
        described_names = _names(sentence, clauses[index - 1], skip)[0]
        if names_someone(described_names):
            names = described_names | (names & places)
    if someone and (_DESCRIPTION_LEADS.match(sentence, clause[0]) or _first_word(sentence, clause) == "whom"):
        # "Wilbert Castañeda, a former Navy SEAL whom Venezuelan forces arrested in September 2024",
        # "Mark Frerichs, an American contractor held in Afghanistan since January 2020", "Noorzai,
        # whom a New York court sentenced to life in 2009": a description or an object relative
        # clause is about the name before it; the time is his.
        described_names = _names(sentence, clauses[index - 1], skip)[0]
        if names_someone(described_names):
            names = described_names | (names & places)
    # Who the clause is about: a name not after a preposition ("moved to Iran" names a place only).
    if index and not (predicate and names - places) and not _named_source(sentence, clause) and not _describes_an_object(sentence, clauses, index):
        # A relative clause before it ("Rusesabagina, whose actions inspired the film Hotel Rwanda,
        # on Friday after 939 days") says what a name did, not what the claim's clause did.
        reach = 0
        described = _described(sentence, clauses, index)
        # ("Tsurkov, 38, a doctoral student at an American university, vanished on March 26": a past
        # verb opens the clause as "was" does)
        first = _first_word(sentence, clause)
        verb_led = first in _AUXILIARIES or (claim.category in _TIMES_OF_SOMEONE and _finite_verb(first))
        filed = _FILED_AT.match(sentence)
        for back, previous in enumerate(reversed(clauses[:index])):
            if back:
                # ("Khawaja, a Bahraini activist serving life in prison, began eating again on Monday
                # after refusing food since Feb. 9": past a clause led by a verb, the description
                # before it is its subject's)
                ahead = _first_word(sentence, clauses[index - back])
                verb_led = verb_led or ahead in _AUXILIARIES or (claim.category in _TIMES_OF_SOMEONE and _finite_verb(ahead))
            if filed and previous[1] <= filed.end():
                break  # "CARACAS, Venezuela —": where the report was filed, not who or where the claim is
            first = _first_word(sentence, previous)
            if not first or first in _RELATIVE_OPENING:
                continue
            if first in _REPORTING or _source_clause(sentence, previous):
                # "..., the spokesman, Hamdullah Fitrat, said on Thursday, and 3,600 were injured": his
                # name is the source's; "..., state television reported on Saturday, after nearly 10
                # years in prison": what stands before the source is told by it, not of this clause.
                break
            if previous[0] > clauses[0][0] and (
                _DESCRIPTION_ONLY.fullmatch(sentence, previous[0], previous[1])
                or (verb_led and _LONG_DESCRIPTION.fullmatch(sentence, previous[0], previous[1]))
                or (verb_led and _participle_leads(sentence, previous))
            ) and not _DESCRIBED_NAME.fullmatch(sentence, previous[0], previous[1]):
                # "Phelan, 64, a French-Irish consultant, was detained", "Kovrig, 49, a former diplomat
                # working for the International Crisis Group, was tried", "Betancourt, held by FARC
                # rebels for six years, was freed": who he or she is, past to the name (a description
                # that names someone is the name: "Iran's best-known prisoner, the journalist Akbar
                # Ganji, was released")
                continue
            # An apposition ("Siamak Namazi, 51, a businessman who was detained") is no step away.
            reach += _LONGER_THAN_APPOSITION.match(sentence, previous[0], previous[1]) is not None
            if (predicate or not verbless) and names - places or reach > _INHERIT:
                break
            if not predicate and verbless:
                listed = _tokens(sentence, *previous)
                predicate, verb = _before(listed)
                if predicate == "rise" and _risen_to((w.lower() for _, w in listed[verb + 1 :]), clause_ends=True):
                    # "The death toll ... rose on Thursday to 37 civilians and 28 soldiers": a level too
                    level = _event(w for _, w in listed[:verb])
                    predicate = level[1] if level else predicate
            if not names - places:
                more_names, more_places = _names(sentence, previous, skip)
                if described is not None and previous == clauses[described]:
                    # "traded for Konstantin Yaroshenko, a pilot who had spent more than a decade in
                    # prison": the clause describes the name just before it, whatever stands before that.
                    names = names | more_names | more_places
                    break
                names, places = names | more_names, places | more_places
    fronted = index == 0 and len(clauses) > 1 and len(_tokens(sentence, *clause)) <= _FRONTED
    if fronted and claim.category in ("year", "date") and not predicate:
        # "In 2014, the court struck down the law": a time put before its clause dates that clause
        # (past a subject "and" cut: "On June 12, two gunmen with a pistol and grenades seize the jet").
        for following in clauses[1 : 2 + _INHERIT]:
            if _first_word(sentence, following) in _RELATIVE_OPENING:
                continue  # "In December 1976, Vladimir Bukovsky, who had spent ..., was flown": past who he was
            predicate = _first_predicate(sentence[following[0] : following[1]])
            more_names, more_places = _names(sentence, following, skip)
            names, places = names | more_names, places | more_places
            if predicate:
                break
    if not predicate and claim.category in ("year", "date") and index == 0 and sentence[:start].strip() in ("In", "On"):
        # "In 1957 Israel had returned 5,500 prisoners": a time opening its sentence with no comma
        # dates the verb after it, as "In 1957, Israel had returned" does.
        predicate = _first_predicate(sentence[end : clause[1]])
    if predicate == "do":  # "two years after it first did so": what the sentence's first verb did
        predicate = _first_predicate(sentence) or predicate
    joined = index and _first_word(sentence, clause) == "and" and {w.lower() for _, w in _tokens(sentence, *clause)} & _FINITE
    if not predicate and index and not joined and not reported_on(claim):
        # "the release of 123 prisoners, which included six Ukrainians"; not a clause joined by
        # "and" with a verb of its own ("The toll rose to 14, and more than 36,000 people were
        # still unable to return home": not the dead), nor the day a clause of telling dates
        # ("will free 7,114 prisoners, state television announced on Thursday evening").
        named = _event(w for _, w in reversed(_tokens(sentence, *clauses[index - 1])))
        predicate = named[1] if named else ""
    if claim.category == "duration" and _rest_of_a_term(sentence, start, end):
        # "suspended the remaining 16 months of his sentence", "with 13 months of it still to run",
        # "Seven months and 21 days of the sentence were left": what was left to serve, neither the
        # term nor the time served
        thing, predicate = "rest of term", "remain"
    elif claim.category == "duration" and (_TERM_CUT_BY.search(sentence, max(0, start - 80), start) or _TERM_CUT_FROM.match(sentence, end)):
        # "reduces most prison sentences by 10 years", "cuts 12 years from most prison terms": how much
        # is taken off a term, no term; "terms would be cut to five years" is the term left
        thing, predicate = "term cut", "cut"
    elif claim.category == "duration" and _TERM_CUT_TO.search(sentence, max(0, start - 130), start):
        thing, predicate = "sentence", "sentence"
    elif claim.category == "duration" and _SOUGHT.search(sentence, max(0, start - 45), start):
        # "prosecutors had asked for a 12-year sentence", "had demanded 10 years in prison": the
        # term asked for, neither a term given nor the most a court may give
        predicate = "demand"
    elif claim.category == "duration" and head(thing or "-") == "term" and _TERM_OF_OFFICE_BEFORE.search(sentence, max(0, start - 40), start):
        predicate = "office"  # "intends to seek a new five-year term", "was elected to a four-year term"
    elif claim.category == "duration" and _PENALTY.search(sentence, max(0, start - 45), start):
        # "a charge that carries up to 10 years in prison", "punishable by up to seven years": the
        # most a court may give, neither a term given nor time held
        predicate = "penalty"
    elif claim.category == "duration" and (
        predicate in ("receive", "hand")
        or _GIVEN.search(sentence, max(0, start - 60), start)
        or head(thing or "-") in _TERMS
        or (_GAVE_SOMEONE.search(sentence, max(0, start - 60), start) and _IN_PRISON_AFTER.match(sentence, end))
        or (predicate == "hold" and _A_COURT_JAILED.search(sentence, max(0, start - 80), start) is not None)
    ):
        predicate = "sentence"  # "Wong was given four years", "received four years and two months"
    # A term given or served is how long, whatever came before or after it ("was given four years
    # and eight months after pleading guilty", "spent two years before being freed").
    # ("held the post for 37 days before the 1979 revolution": how long, "for" says, not when)
    when = claim.category == "duration" and predicate not in _TIME_SERVED and not _after_for(sentence, start)
    offset = _OFFSET.match(sentence, end) if when else None
    if offset:
        # "until ten days before the vote", "two years after his arrest", "Seven Weeks Before
        # Leaving Office": when, not how long; how far from what, the act it is counted from says.
        # What is so far from the anchor is the act before the time ("The release came six days
        # after Maduro won" / "Corker had met Maduro on Friday, five days after": two acts).
        before = sentence[clause[0] : start].strip() or sentence[: clause[0]]  # (", five days after": the clause before)
        event = _event(w for _, w in reversed(_tokens(before)))
        dated = event[1] if event else _subject_event(before) or _main_predicate(before)
        # ("detained again 12 days later, after he posted a song": "later" than the act before, not
        # than what follows)
        anchor = "" if offset.group().strip().lower() in ("earlier", "later", "ago") else _anchor(sentence, offset.end())
        taken = anchor == "take" and _SOMEONE_TAKEN.match(sentence, offset.end())
        if dated in _RELEASES and (anchor in ("arrest", "abduct") or taken):
            # "pardoned on Friday, more than 11 years after they were arrested": the time held, as
            # "had spent 4,000 days in prison" tells it
            return Frame("", "hold", (), (), ())
        if offset.group().strip().lower() == "before" and dated in ("arrest", "abduct", "take") and anchor in _RELEASES:
            # "had been taken from his farm on Oct. 27, four days before the rescue": the same time
            # held, counted from the other end
            return Frame("", "hold", (), (), ())
        return Frame(f"offset {dated}".strip(), anchor, (), (), ())
    own = _OWN_PLACE.match(sentence, subject_end) if claim.category == "count" else None
    own_place = set(own.group("place").lower().split()) if own else set()
    if own_place and own_place <= places and len(places) > len(own_place):
        # "Kills 19 in Jamaica and 30 in Haiti", "31 to Georgia and seven to Turkey", "and 11 to the
        # West Bank": the place right after a count is its own, not the other places of its clause.
        names, places = names - places, own_place
    if claim.category == "duration" and _AFTER.search(sentence, max(0, start - 7), start):
        releases = ("free", "pardon", "bail", "annul", "acquit")  # ("Cleared After 15 Years": a conviction quashed)
        if predicate in releases or _before(_tokens(sentence, max(0, start - 30), start))[0] in releases:
            # "freed after 711 days as a hostage", "Freed By China After 1,019 Days", "Grants Bail To
            # Kejriwal After 156 Days": time held; the release before "after" says so, whatever
            # words follow ("Walks Free After Nearly 4 Years Under Alternative Sentencing")
            predicate = "hold"
    if claim.category == "duration" and (_CAPTIVE_FOR.search(sentence, max(0, start - 40), start) or _AS_A_CAPTIVE.match(sentence, end)):
        predicate = "hold"  # "had been a prisoner for nine days", "was a hostage for 444 days": time held
    held_by = _HELD_BY_DESCRIBED.search(sentence, max(0, start - 40), start) if claim.category == "duration" else None
    if held_by and "NOUN" in _lemmas(held_by.group(1).lower()) and held_by.group(1).lower() not in _AUXILIARIES:
        names = set()  # "... For Drug Lord Held 17 Years": the lord's time, whoever else the line names
    if claim.category == "duration" and _INTO_A_TERM.match(sentence, end):
        # "freed Chen 11 years into an 18-year sentence", "left prison 10 years into an 18-year
        # term": time served, whoever freed him
        thing, predicate = "", "hold"
    elif claim.category == "duration" and predicate == "serve" and _OF_A_TERM.match(sentence, end):
        # "had served 16 years of a life sentence", "served nine years before his release": time in
        # prison, as "spent 16 years in prison"
        predicate = "hold"
    elif claim.category == "duration" and predicate == "serve" and _TO_SERVE().search(sentence, max(0, start - 40), start):
        predicate = "sentence"  # "must serve 13 years and five months": the term, not time served
    lacking = _lacking(sentence, end) if claim.category == "duration" else ""
    if lacking and lacking not in _HELD_WITHOUT:
        # "went eight days without his medication", "After 8 Days Without Seizure Medicine": how
        # long something was lacking, not the time held ("held for 10 days without charge" is)
        thing, predicate = "without " + lacking, "lack"
    kept_where = _KEPT_WHERE.search(sentence, max(0, start - 60), start) if claim.category == "duration" else None
    if kept_where and thing == kept_where.group(1).lower():
        thing = ""  # "the jail where he had spent the past five years": where he was, not what the time is of
    if _CUSTODY.search(sentence, clause[0], clause[1]) or kept_where:
        places.add("custody")
        if claim.category == "duration" and predicate not in ("sentence", "penalty", "lack", "demand", "last"):
            # "spent more than five years in prison", "freed after 1,808 days in jail"; a term
            # given ("sentenced to 10 years in prison") is not time served, nor the length of
            # what lasted ("15 days in jail in a trial that lasted a day").
            predicate = "hold"
        elif claim.category in ("date", "year") and (
            (not predicate and _SINCE.search(sentence, max(0, start - 20), start)) or _IN_CUSTODY_SINCE.search(sentence, max(0, start - 60), start)
        ):
            # "in custody since March 10", "in detention since 2021": the day custody began, the
            # day another report says someone was detained or arrested (whatever verb stands
            # before the phrase: "an editor who criticized the government has been behind bars since 2006").
            predicate = "arrest"
    dateline = _DATELINE.match(sentence)
    # "LIMA, Jan 14 (Reuters) - A bus carrying 56 passengers ...": the dateline dates the report, not the event.
    report = _times(sentence[: dateline.end()], (0, 0)) if dateline and start >= dateline.end() else set()
    told = _told_on(sentence[scope[0] : scope[1]]) if claim.category not in ("date", "year") else set()
    if told and planned(claim):
        # "said on Friday his government would release 2,991 prisoners": the day it was told, not
        # of the release to come (a day told of what happened is mostly its day: "said on Monday it
        # had transferred 11 detainees")
        report |= told
    times = _times(sentence[scope[0] : scope[1]], (start - scope[0], end - scope[0])) - report
    and_clause = bool(index) and (sentence[clauses[index - 1][1] : clause[0]].strip() == "and" or _AND_OPENING.match(sentence, clause[0]) is not None)
    if index and not and_clause and _fronted_time(sentence, clauses[index - 1]):
        # "In September, Lukashenko pardoned 52": a time put before its clause, apart (not "three
        # were bailed before this week and five are still in jail": the clause "and" joins has its
        # own, after a comma too: "arrested in late May and early June 2012, and many fasted").
        times |= _times(sentence[clauses[index - 1][0] : clauses[index - 1][1]], (0, 0)) - report
    if not times and index and _RELATIVE.search(sentence, clauses[index - 1][1], clause[0] + 1):
        # "a swap in January 2016 in which Iran freed four Americans": the relative clause's event is dated before it
        times |= _times(sentence[clauses[index - 1][0] : clauses[index - 1][1]], (0, 0)) - report
    if index and _WHEN_OPENING.match(sentence, clause[0]):
        if not times:
            # "kidnapped since December, when 344 boys were seized": a month or a year before ", when"
            # dates the clause (a day before it is the story's own: "on Friday, when planes carrying 10")
            earlier = _times(sentence[clauses[index - 1][0] : clauses[index - 1][1]], (0, 0)) - report
            if earlier and not {t.partition(":")[0] for t in earlier} & {"weekday", "day", "relative"}:
                times |= earlier
        # (the total began "since December", and the clause happened then, as plainly as "in December")
        times = {moment for time in times for moment in _moments(time)}
    if (
        not times
        and index
        and index + 1 < len(clauses)
        and _PARTICIPLE_OPENING.match(sentence, clause[0])
        and not _COUNT_OPENS.match(sentence, clauses[index + 1][0])
        and not _source_clause(sentence, clauses[index + 1])
    ):
        # "The bus, carrying 58 passengers from Lima, left the road early on Monday": the participle's
        # clause is set inside the one whose time it shares (not "raising the total to 436, after
        # 259 in March": a clause of a figure of its own has its own time; nor "bringing to 426 the
        # number pardoned, according to a decree published on Tuesday": the source's day).
        times |= _times(sentence[clauses[index + 1][0] : clauses[index + 1][1]], (0, 0)) - report
    after_while = index and (
        _WHILE.fullmatch(sentence, clauses[index - 1][1], clause[0]) or _first_word(sentence, clause) in ("while", "whereas")
    )
    if not times and after_while:
        # "had led the first round in October with 36.7%, while Milei took 30%": one moment, two sides.
        times |= _times(sentence[clauses[index - 1][0] : clauses[index - 1][1]], (0, 0)) - report
    if not times and index and _WITH_OPENING.fullmatch(sentence, clause[0], start):
        # "carried out the largest swap in decades on Thursday, with 24 people freed": the figure's
        # clause hangs on the act before it, and on its time
        times |= _times(sentence[clauses[index - 1][0] : clauses[index - 1][1]], (0, 0)) - report
    if not times and index + 1 < len(clauses) and _WHEN.match(sentence, clause[1]) and not _dated_participle_of_another_act(sentence, clause, predicate):
        # "170 people were killed when a fuel depot exploded on Monday", "detained after the 2020 election"
        times |= _times(sentence[clauses[index + 1][0] : clauses[index + 1][1]], (0, 0)) - report
    setting = _trailing_setting(sentence, clauses, index) if not times else None
    if setting:
        times |= _times(sentence[setting[0] : setting[1]], (0, 0)) - report
    if index > 1 and not times and len(_tokens(sentence, *clauses[0])) <= _FRONTED:
        # "In January 2016, as sanctions were lifted, Iran released four Americans": a time that
        # opens the sentence dates its clauses that name none of their own.
        times |= _times(sentence[clauses[0][0] : clauses[0][1]], (0, 0)) - report
    opening = _OPENING_TIME.match(sentence) if not times and index else None
    if opening:
        # "In 2005 the collapse of a factory nearby killed 64": a time opening the sentence, no
        # comma after it, dates its verb all the same.
        times |= _times(opening.group(), (0, 0)) - report
    event = 1 if fronted and claim.category in ("year", "date") else index
    members: set[str] = set()
    if event + 1 < len(clauses) and _INCLUDING.match(sentence, clauses[event + 1][0]):
        # "In June, Belarus released 14 prisoners, among them Siarhei Tsikhanouski": those the
        # event's clause goes on to name took part in it, as some of those a count counts.
        listed = _names(sentence, clauses[event + 1], skip)[0]
        if claim.category == "count":
            members |= listed
        else:
            names |= listed
    if (predicate in _CHANGES_OF_LEVEL and _FROM_LEVEL.search(sentence, max(clause[0], start - 20), start)) or _UP_FROM.search(
        sentence, max(clause[0], start - 24), start
    ):
        # "will rise to 18% from 10%", "fell from $2,415 to $2,315", "105,000 arrivals in 2022, up
        # from about 67,000 in 2021": the level before the change, not the one it reached.
        predicate = "earlier level"
    if predicate == "arrest" and (claim.category == "percent" or thing in _WON_THINGS) and _CAPTURED.search(sentence, clause[0], start):
        predicate = "win"  # "captured 52% of the vote", "captured 40 seats": won, no one held
    if claim.category == "percent" and predicate in _SCORING:
        # "won 28.6%", "came second with 20.8%", "were projected at 13.5%", "took 16.4% ... and the
        # Greens 11.6%": a share a party or a side got, however the verb puts it.
        predicate = "score"
    elif claim.category == "count" and thing in _WON_THINGS and predicate in ("take", "get", "receive", "garner", "obtain"):
        predicate = "win"  # so are seats and votes: "taking 169 seats" / "won 171 of the 275 seats"
    if claim.category == "count" and _AMONG.search(sentence, max(0, start - 15), start):
        members, names = members | (names - places), names & places  # "Radi and Raissouni were among 2,278 people pardoned"
    activity = _activity(sentence, start, end) if claim.category == "duration" else ""
    if activity:
        thing, predicate = activity, ""  # how long a hunger strike lasted, whatever else the clause did
    dated = _dated_activity(sentence, start) if claim.category == "date" else None
    if dated:
        # "began a hunger strike on Dec. 3" / "had refused food since Dec. 1": the day the activity
        # began (or ended, as the verb says), whatever else the clause did; told by its act, not its
        # noun ("stopped eating on Feb. 8"), it began then
        thing, predicate = dated[0], "begin" if dated[1] == "since" or not dated[2] or predicate == "fast" else predicate
    if claim.category == "duration" and _IN_OFFICE_FOR.search(sentence, max(0, start - 40), start):
        predicate = "office"  # "a prime minister who has held power for 36 years" / "has now ruled for 37 years"
    if claim.category in ("date", "year") and _IN_OFFICE.search(sentence, max(0, start - 40), start):
        # "in office since February 2013", "took office in November", "became president in
        # December": when a term of office began, whatever the clause's verb did
        predicate = "office"
    not_freed = _NOT_FREED.search(sentence, clauses[index - 1][0] if index else clause[0], clause[1]) if predicate == "free" else None
    if not_freed and not_freed.start() >= end and any(_a_number(w.lower()) for _, w in _tokens(sentence, end, not_freed.start())):
        not_freed = None  # "released 80 of the last 400 prisoners it had refused to free": the 400 were not freed
    if predicate == "free" and claim.category == "count" and _UNLESS.search(sentence, max(clause[0], start - 30), start):
        predicate = "demand"  # "threatened to kill them unless 21 Moluccans were freed": a release asked for, none made
    elif predicate == "free" and claim.category == "count" and (not_freed or _ASKED_TO_FREE.search(sentence, max(0, start - 70), start)):
        # "has yet to free its remaining captives, about 1,200 soldiers", "300 have not been
        # released", "urged the government to free some 300 other political prisoners": not
        # freed, still held
        predicate = "hold"
    if predicate == "pay" and claim.category == "money" and _NOT_PAID.search(sentence, start, clause[1]):
        predicate = "not pay"  # "when a ransom of 300 million pesos was not paid": no payment
    if claim.category == "duration":
        # When a length began says no other moment than its end does: "held for 512 days since he was
        # seized on May 2" / "held for 513 days, freed on Friday" is one time held.
        times = {time for time in times if not time.startswith("since:")}
    ranked = _TOKEN.match(sentence, end + 1) if claim.category == "ordinal" and not thing and sentence[end : end + 1] == " " else None
    if ranked and ranked.group().islower() and _nominal_event(_noun_lemma(ranked.group())):
        # "the country's 12th amnesty" / "the 15th amnesty since independence": which of the acts
        # it is counts them, one figure of the story, as "the 11 amnesties before it" would
        thing = _noun_lemma(ranked.group())
    side = _side_of_a_tally(sentence, start, end) if claim.category == "count" else ""
    if side:
        thing, predicate = side, "vote"
    if _is_distance(thing):
        # How far a place lies has no act, whatever a clause before it lends ("died in the attack at
        # the base, 15 miles southeast of the city") or its own verb says ("held near X, 300 km from the capital").
        predicate = ""
    return Frame(thing, predicate, sorted(times), sorted(places), sorted(names - places), sorted(members))


_VOTING = lazy_pattern(r"\b(?:vot(?:e|es|ed|ing)|ballots?)\b", re.IGNORECASE)


def _side_of_a_tally(sentence: str, start: int, end: int) -> str:
    """Which side of a vote's tally a count is, where its sentence tells a vote: ``vote`` for the
    first figure of "N (votes) to M", ``vote against`` for the second ("passed by 96 votes to 27",
    "The vote in the upper house was 96 to 26", "voted 204 to 85"); "" for any other count."""
    if " to " not in sentence[max(0, start - 12) : end + 12]:
        return ""  # (most counts: no "to" beside them, nothing to read)
    after = [w.lower() for _, w in _tokens(sentence, end, min(len(sentence), end + 20))][:3]
    before = [w.lower() for _, w in _tokens(sentence, max(0, start - 20), start)][-3:]
    if after[:1] in (["votes"], ["vote"]):
        after = after[1:]
    if before[-1:] == ["to"] and before[-2:-1] in (["votes"], ["vote"]):
        before = before[:-2] + before[-1:]
    first = len(after) >= 2 and after[0] == "to" and _a_number(after[1])
    second = len(before) >= 2 and before[-1] == "to" and _a_number(before[-2])
    if not (first or second) or not _VOTING().search(sentence):
        return ""
    return "vote" if first else "vote against"


#: Activities a time can be the length of, by the words that name them: a hunger strike is
#: "fasted 66 days" and "refusing food for 47 days" as much as "a 10-week hunger strike".
_ACTIVITIES = {
    "hunger strike": r"hunger[- ]strik\w*|fast(?:ed|ing|s)?|refus\w*\s+(?:food|to\s+eat)|stop\w*\s+eating",
    "siege": r"sieges?|besieged",
    "blockade": r"blockades?",
    "lockdown": r"lockdowns?",
    "curfew": r"curfews?",
    "strike": r"(?<!hunger )(?<!hunger-)strikes?|walkouts?",
    "ban": r"(?:(?:travel|exit|entry|visa|work|publishing)\s+)?bans?|banned",  # "a two-year travel ban": no time held; "banned for 29 years"
    "war": r"(?:civil\s+)?wars?",
    "talks": r"talks|negotiations",  # "after three days of talks" / "had spent two days in talks"
    "crisis": r"(?:hostage\s+)?crisis|stand-?offs?",  # "the six-day hostage crisis": no talks' length
    # time alone in a cell is part of the time held: "spent 700 days alone in a cell" / "900 days in prison"
    "solitary confinement": r"solitary(?:\s+confinement)?|isolation\s+cells?|alone\s+in\s+(?:a|her|his|their)\s+cells?",
}
_ACTIVITY = re.compile("|".join(f"(?P<a{i}>\\b(?:{words})\\b)" for i, words in enumerate(_ACTIVITIES.values())), re.IGNORECASE)
_ACTIVITY_NAMES = tuple(_ACTIVITIES)
# "a 66-day hunger strike", "Fasted 66 Days", "on a hunger strike for 489 days", "refusing food for
# 47 days", "more than 17 months of which he spent on a hunger strike": the activity beside the time.
_ACTIVITY_AFTER = re.compile(r"(?:-?\s*|\s+(?:of\s+which\s+)?(?:he|she|they)\s+spent\s+(?:on\s+)?(?:a\s+|an\s+|the\s+)?|\s+of\s+)$")
_ACTIVITY_BEFORE = re.compile(r"(?:\s+(?:for|lasting|of)(?:\s+the\s+(?:past|last))?)?\s+$")  # ("banned for the past 29 years")


def is_activity(thing: str) -> bool:
    """Whether a thing is an activity a time is the length of ("hunger strike", "siege")."""
    return thing in _ACTIVITIES


def _dated_activity(sentence: str, start: int) -> tuple[str, str, bool] | None:
    """The activity a day is told of, right before it, the word between, and whether the activity
    is named by its noun ("hunger strike", "since", ``True``; "refused food", "on", ``False``), or
    ``None``."""
    preceding = list(_ACTIVITY.finditer(sentence, max(0, start - 40), start))
    joined = _ACTIVITY_DATED.fullmatch(sentence, preceding[-1].end(), start) if preceding else None
    if joined is None or sentence[max(0, preceding[-1].start() - 3) : preceding[-1].start()] == "of ":
        return None  # ("freed 242 prisoners of war on Saturday": a kind of prisoner, no war dated)
    name = _ACTIVITY_NAMES[int(preceding[-1].lastgroup[1:])]
    if name in _PARTS_OF_CUSTODY:
        return None  # "kept in solitary confinement since March 1994": custody's start, the arrest's day
    return name, joined.group(1).lower(), name.split()[0] in preceding[-1].group().lower()


#: A bar from standing for office, told with its length right after: "bars him from contesting any
#: election for five years", "he may not stand for election for seven years".
_BARRED_FROM_OFFICE = re.compile(
    r"\b(?:bar(?:s|red|ring)?|ban(?:s|ned|ning)?|disqualif(?:y|ies|ied)|may\s+not|cannot|can\s+not|could\s+not|will\s+not)\b"
    r"[^.;]{0,50}?\b(?:stand(?:ing)?|run(?:ning)?|contest(?:ing)?|seek(?:ing)?)\b[^.;]{0,30}?\b(?:elections?|office|polls|seats?)"
    r"\s+for\s+(?:about\s+|nearly\s+|more\s+than\s+|up\s+to\s+|another\s+)?$",
    re.IGNORECASE,
)
#: Activities that are part of a time held, whose start is custody's.
_PARTS_OF_CUSTODY = frozenset({"solitary confinement"})
_ACTIVITY_DATED = re.compile(r"\s+(since|on|in)\s+", re.IGNORECASE)


def _activity(sentence: str, start: int, end: int) -> str:
    """The activity a time is the length of ("hunger strike"), read right beside it; "" for none."""
    following = _ACTIVITY.search(sentence, end, end + 60)
    if following and _ACTIVITY_AFTER.match(sentence[end : following.start()]):
        return _ACTIVITY_NAMES[int(following.lastgroup[1:])]
    preceding = list(_ACTIVITY.finditer(sentence, max(0, start - 40), start))
    if preceding and _ACTIVITY_BEFORE.fullmatch(sentence, preceding[-1].end(), start):
        return _ACTIVITY_NAMES[int(preceding[-1].lastgroup[1:])]
    if _BARRED_FROM_OFFICE.search(sentence, max(0, start - 120), start):
        return "ban"  # "bars him from contesting any election for five years", "may not stand for election for seven years"
    return ""


#: Someone taken, the act an offset is counted from: "11 days after they were taken", "after
#: taking him" (not "three days after the ceasefire took effect").
#: A court that jails someone for a time: the term it gave ("a court jailed Hsieh Ping for two years").
_A_COURT_JAILED = re.compile(
    r"\b(?:court|tribunal|judge|judges|jury)\s+(?:had\s+|has\s+|on\s+\w+\s+)?(?:jailed|imprisoned)\s+[^,;.]{1,40}?\s+for\s+"
    r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
#: A place of custody and a move from it after a time held: "at the War Academy before being moved to".
_HELD_THERE_BEFORE_A_MOVE = re.compile(
    r"\s+(?:(?:at|in)\s+[^,.;]{1,50}?\s+before\s+(?:being\s+|he\s+was\s+|she\s+was\s+|they\s+were\s+)?"
    r"|(?:there\s+)?and\s+then\s+(?:was\s+|were\s+)?)"  # ("held there for 32 days and then flown to a prison")
    r"(?:moved|transferred|taken|sent|flown|shifted)\b",
    re.IGNORECASE,
)
#: Acts that end a captivity, the time from its start to which is the time held.
_RELEASES = frozenset({"free", "pardon", "rescue"})
_SOMEONE_TAKEN = re.compile(r"\s*(?:(?:he|she|they|we|i|[A-Z][\w'’-]+)\s+(?:was|were|had\s+been)\s+taken|taking\s+(?:him|her|them))\b")
_OF_A_TERM = re.compile(
    r"\s+(?:of\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:sentence|term)|before\s+(?:his|her|their)\s+release)\b"
)
#: A clause opening with a figure of its own ("after 259 in March"): its time is that figure's.
_COUNT_OPENS = re.compile(r"\s*(?:after|before|when|since)?\s*\d[\d,]*\s", re.IGNORECASE)
_STILL_HELD_AFTER = re.compile(
    r"\s+(?:who\s+(?:are|were|remain)\s+)?still\s+(?:being\s+)?(?:held|jailed|detained|imprisoned|behind\s+bars"
    rf"|in\s+(?:{'|'.join(sorted(_PLACES_OF_CUSTODY))}))\b"
)
#: A copula and a place of custody right after a counted phrase: "were behind bars", "are still in the
#: hands of", "of their civilians were still in Ossetian hands".
_BE_IN_CUSTODY = lazy_pattern(
    r"(?:\s+of\s+(?:their|its|the)\s+[a-z]+|\s+and\s+[a-z]+)?\s+(?:are|were|remain|remained|remains)\s+(?:still\s+)?"
    rf"(?:{_IN_CUSTODY}|in\s+the\s+hands\s+of)\b",
    re.IGNORECASE,
)
_EVENT_OF_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+(?:(?:the|some|about|nearly|almost|around|roughly)\s+|more\s+than\s+|over\s+)*$")
_INTO_A_TERM = re.compile(r"\s+into\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:sentence|term)\b")
_AGE_LIMIT_BEFORE = re.compile(r"\b(?:under|over|below|above|beyond)\s+(?:the\s+)?age\s+(?:of\s+)?$", re.IGNORECASE)
_AGE_THEN_BEFORE = re.compile(r"\b(?:when|while|as)\s+(?:he|she|they|[A-Z]\w+)\s+(?:was|were)\s+(?:aged\s+|only\s+|just\s+)?$")
_AGE_THEN_AFTER = re.compile(r"\s+(?:at\s+the\s+time|then)\b")
#: The one at an end of a group an age is given to, no name between: "The oldest of them was 88".
_ELDEST = lazy_pattern(r"\b([Oo]ldest|[Yy]oungest|[Ee]ldest)\b[^.;:A-Z]*$")
# "took the throne in 1999 at the age of 35", "joined the army at 18", "At 19, he was drafted": the
# age at that act, not the one the story gives the person now ("The king, 60"); one's age at death
# is the last one had ("died at 85" / "Smith, 85, died").
_AGE_AT_AN_ACT = re.compile(r"(?<!\bdied )\b[Aa]t\s+(?:the\s+age\s+of\s+|age\s+)?$")
# "Sourour, 31, who was 17 when he was seized": beside the age one has now, the age at an act
# (alone, "was 34 when she was arrested" is the age the story gives her, as "33 at her arrest" is).
_AGE_WHEN = re.compile(r"\s+when\s+(?:he|she|they|[A-Z]\w+)\s+(?:was|were|had)\b")
_AGE_NOW_BEFORE = re.compile(r",\s+(?:now\s+)?\d{1,3},|\d-year-old")
_OWN_PLACE = re.compile(
    rf"(?:\s+of\s+them)?\s+(?:in|at|to|into)\s+(?:the\s+)?(?P<place>[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,2}})(?![\w'’-]|\s+[{CAPITAL}])"
)


#: A time right after a length, which dates the act that gave it: "in 2014", "on Tuesday", "in the
#: small hours of Tuesday", "in January".
_DATED_AFTER = re.compile(
    rf"\s+(?:in|on)\s+(?:the\s+small\s+hours\s+of\s+|early\s+|late\s+)?(?:(?:19|20)\d\d\b|{_MONTH}|{_WEEKDAY_NAMES})"
)
#: A fine given, right before its amount: "imposed a fine of", "got five years and a fine of".
_FINE_GIVEN = lazy_pattern(
    r"\b(?:got|gets|received|receives|given|gave|gives|handed|imposed|imposes|ordered|orders|years?|months?)\s+(?:and\s+)?"
    r"(?:a|an)\s+(?:[a-z-]+\s+)?fine\s+of\s+(?:about\s+|some\s+|nearly\s+)?$"
)
#: A verb that gives a term, then its charges, then "to" and the term: "sentenced for fraud and giving
#: a bribe to".
_SENTENCED_BEFORE = re.compile(r"\b(?:sentenced|condemned)\s+(?:[^.;]{0,60}?\s)?to\s+$")
#: A verb of jailing in the simple past or as a bare participle, right before "for" and a length.
_JAILED_FOR_YEARS = re.compile(r"(?<!been )(?<!been each )\b(?:jailed|imprisoned)\s+(?:each\s+)?for\s+$", re.IGNORECASE)


def _after_for(sentence: str, start: int) -> bool:
    """Whether "for" stands right before ``start`` ("held ... for 387 days"): how long something lasted."""
    return sentence[max(0, start - 4) : start].lower() == "for "


def _described(sentence: str, clauses: Sequence[tuple[int, int]], index: int) -> int | None:
    """The clause holding the name a relative clause describes ("Konstantin Yaroshenko, a pilot who
    had spent ...": the clause of Yaroshenko, past the description), or ``None``."""
    if not _after_who(sentence, clauses, index):
        return None
    before = index - 1
    while before and _DESCRIPTION_ONLY.fullmatch(sentence, clauses[before][0], clauses[before][1]):
        before -= 1  # "Siamak Namazi, 51, a businessman who was detained": past the age and the description
    return before


_WHO = re.compile(r"\W*(?:who|whom|whose)\W*", re.IGNORECASE)


def _after_who(sentence: str, clauses: Sequence[tuple[int, int]], index: int) -> bool:
    """Whether clause ``index`` is a relative clause opened by "who", "whom" or "whose"."""
    return index > 0 and _WHO.fullmatch(sentence, clauses[index - 1][1], clauses[index][0]) is not None


#: An object described by common words at the end of a clause, right before "who": "freed together
#: with a former defence minister who", not "Namazi, a businessman who" (a description of its own).
_OBJECT_BEFORE_WHO = re.compile(r"\s(?:a|an|the|two|three|four|five)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*\s*$")


def _describes_an_object(sentence: str, clauses: Sequence[tuple[int, int]], index: int) -> bool:
    """Whether a relative clause is about someone its main clause names only as an object, by
    common words ("He was freed on Friday together with a former defence minister who had been
    sentenced to five years"): the five years are the minister's, not those of whom the sentence
    names; no name before is its subject."""
    if not _after_who(sentence, clauses, index):
        return False
    start, end = clauses[index - 1]
    return bool(_OBJECT_BEFORE_WHO.search(sentence, start, end)) and not _DESCRIPTION_ONLY.fullmatch(sentence, start, end)


_PARTICIPLE_LEADS = re.compile(r"\W*(?P<verb>[a-z]+)\s+(?:by|in|for|since|at)\s")


def _participle_leads(sentence: str, clause: tuple[int, int]) -> bool:
    """Whether a clause opens with a participle and a preposition ("held by FARC rebels", "jailed
    since 2019"): an apposition describing the name before it."""
    found = _PARTICIPLE_LEADS.match(sentence, clause[0])
    return found is not None and _verb_lemma(found.group("verb")) not in (None, found.group("verb"))


_DESCRIPTION_LEADS = re.compile(r"\s*(?:a|an|the)\s", re.IGNORECASE)
#: Claims that say when or how long something happened to someone, or how old someone is.
_TIMES_OF_SOMEONE = frozenset({"date", "year", "duration", "age"})
_DESCRIPTION_ONLY = re.compile(r"\s*(?:(?:a|an|the)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}|\d+)\s*")
# A longer description, which a clause opening with "was" or "has" follows: the name before it is its
# subject ("Zhovtis, Kazakhstan's most prominent rights campaigner, left": a place's, too).
_LONG_DESCRIPTION = re.compile(
    # ("a Chinese citizen with permanent U.S. residency": a people's word may open it, a lower-case word after it)
    rf"\s*(?:(?:a|an|the)\s+|[{CAPITAL}][\w-]*['’]s\s+)(?:[a-z][\w'’-]*|[{CAPITAL}][a-z]+(?=\s+[a-z]))(?:\s+[\w'’.-]+){{0,10}}\s*"
)
# A description that ends in the name it describes ("the investigative journalist Akbar Ganji"),
# not in a name it says more of ("a veteran of the Tiananmen protests", "working for the Crisis Group").
_DESCRIBED_NAME = re.compile(
    rf"\s*(?:a|an|the)\s+(?:(?!(?:of|for|at|in|with|by|from|to|on|and|who|which|that)\b)[a-z][\w'’-]*\s+){{1,4}}"
    rf"[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,3}}\s*"
)
_INCLUDING = re.compile(r"\s*(?:including|among them|among whom|among those|such as)\b", re.IGNORECASE)
#: A part set off by commas after a count, before its verb: ", most of them army officers, ",
#: ", 12 of them women, ".
_APPOSED_PART = lazy_pattern(
    r",\s+(?:[\w-]+\s+of\s+them\s+[^,;:.()—–]{1,80}|among\s+them\s+[^,;:.()—–]{1,60}|[^,;:.()—–]{1,40}\s+among\s+them),\s+",
    re.IGNORECASE,
)


# --- comparing frames ---------------------------------------------------------------------


def _other_years(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two frames' times each tell a year, and never the same one."""
    years_a = {t for t in a if t.startswith("year:")}
    years_b = {t for t in b if t.startswith("year:")}
    return bool(years_a and years_b) and not years_a & years_b


def _times_conflict(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both frames say when, and never the same moment (a weekday and a date without a year may be
    one; one month of two years is two: "since April 2017" / "In April 2010")."""
    if not a or not b:
        return False
    if _other_years(a, b):
        return True
    if set(a) & set(b):
        return False
    kinds_a = {t.partition(":")[0] for t in a}
    kinds_b = {t.partition(":")[0] for t in b}
    near = {"weekday", "relative"}
    if (near & kinds_a and kinds_b == {"day"}) or (near & kinds_b and kinds_a == {"day"}):
        return False  # "on Thursday" and "Dec. 13": the same day, may be
    if {"relative:weekend"} & {*a, *b} and {"weekday:saturday", "weekday:sunday"} & {*a, *b}:
        return False  # "over the weekend" and "on Saturday"
    if all(t.startswith("relative:this ") for t in a) or all(t.startswith("relative:this ") for t in b):
        return False  # "this year" holds Saturday and June
    relatives = {t for t in (*a, *b) if t.startswith("relative:")}
    for unit in ("year", "month"):
        if relatives == {f"relative:last {unit}"} and kinds_a ^ kinds_b == {"relative", unit}:
            return False  # "last year" may be 2018, "last month" February: when a report was written is not known
    starts_a = [t[6:] for t in a if t.startswith("since:")]
    starts_b = [t[6:] for t in b if t.startswith("since:")]
    if any(x.endswith(" " + y) or y.endswith(" " + x) for x in starts_a for y in starts_b):
        return False  # "since late 1978" holds "since November 1978"
    days = {t[4:] for t in (*a, *b) if t.startswith("day:")}
    if any(_day_of(start) in days for start in (*starts_a, *starts_b)):
        return False  # "killed on June 3" / "killed since ... on June 3": a total since that day holds it
    months_a = {t[-5:-3] if t.startswith("day:") else t[-2:] for t in a if t[:4] in ("day:", "mont")}
    months_b = {t[-5:-3] if t.startswith("day:") else t[-2:] for t in b if t[:4] in ("day:", "mont")}
    one_of_them_a_month = "month" in kinds_a | kinds_b
    if months_a & months_b and one_of_them_a_month and not (kinds_a & kinds_b - {"day", "month"}):
        return False  # "in June" and "June 12" (June 12 and June 14 are two days)
    return True


def _day_of(start: str) -> str:
    """A start told as a month and a day ("june 3") as a frame's day ("06-03"); "" for others."""
    found = _MONTH_DAY.match(start)
    return f"{_MONTHS[found.group(1)[:3].lower()]:02d}-{int(found.group(2)):02d}" if found else ""


# Endings that make a people or an adjective of a place's name (Iran, Iranian; China, Chinese).
_DEMONYM = re.compile(r"[ie]?ans?|ns?|ese|is?")


#: Peoples whose word no ending rule reads as their place's (lower-case, people -> place).
_PEOPLE_OF_PLACE = {
    "norwegian": "norway", "danish": "denmark", "dane": "denmark", "dutch": "netherlands", "filipino": "philippines",
    "swiss": "switzerland", "greek": "greece", "thai": "thailand", "french": "france", "welsh": "wales",
    "scottish": "scotland", "afghan": "afghanistan", "kazakh": "kazakhstan", "uzbek": "uzbekistan",
    "tajik": "tajikistan", "kyrgyz": "kyrgyzstan", "turkmen": "turkmenistan", "cypriot": "cyprus",
    "malagasy": "madagascar", "ivorian": "ivory coast", "congolese": "congo", "lebanese": "lebanon",
    "peruvian": "peru", "bangladeshi": "bangladesh", "emirati": "emirates", "omani": "oman", "qatari": "qatar",
    "yemeni": "yemen", "kuwaiti": "kuwait", "bahraini": "bahrain", "saudi": "saudi arabia", "belgian": "belgium",
    "german": "germany", "irish": "ireland", "portuguese": "portugal", "burmese": "myanmar", "czech": "czech republic",
    "scots": "scotland",
}  # fmt: skip


@functools.lru_cache(maxsize=4096)
def _same_name(a: str, b: str) -> bool:
    """One name, or a place and its people ("in Iranian detention" / "in detention in Iran";
    "Russia" / "Russians"): the longer is the shorter, less a final vowel, and a people's ending;
    a people's word in -ish that opens as the place's does ("Polish" / "Poland"); or a place
    named after its people ("Slovak" / "Slovakia")."""
    short, long = sorted((a, b), key=len)
    if short == long or is_variant(short, long):
        return True  # ("lópez" / "lopez", "hajouj" / "hajuj": outlets spell a name two ways)
    if long == short + "s" and short.endswith(("an", "i")):
        return True  # a people's word and its plural: "16 of them Americans" / "19 of them American"
    if _PEOPLE_OF_PLACE.get(a) == b or _PEOPLE_OF_PLACE.get(b) == a:
        return True  # "Norwegian waters" / "Norway's waters": a people whose word is not the place's
    for people, place in ((a, b), (b, a)):
        if people.endswith("ish") and not place.endswith("ish") and place.startswith(people[: min(3, len(people) - 3)]):
            return _a_place(place)  # "Polish" / "Poland", "Irish" / "Ireland", "Swedish" / "Sweden"
    stem = short.rstrip("aeiouy") if len(short) > 4 else short
    if len(stem) >= 4 and long.startswith(stem) and _DEMONYM.fullmatch(long, len(stem)) is not None:
        return _a_place(short)  # a people is a place's: "Salman" is not the people of "Salma"
    if short[-1] in "aeiouy" and long.startswith(short[:-1]) and _DEMONYM.fullmatch(long, len(short) - 1):
        return _a_country(short)  # less one vowel only: "Kenya" / "Kenyan" (not "Ken-"), "Chile" / "Chilean"
    if len(short) >= 4 and long == short + "ia":
        return _a_country(long) and not _a_country(short)  # "Serb" / "Serbia", "Slovak" / "Slovakia" (not "Niger" / "Nigeria")
    return False


def _a_country(word: str) -> bool:
    """Whether ``word`` alone is a country's name ("Kenya"; not "Maria" of "Santa Maria")."""
    return any(words == {word} and words == country for words, country in _countries_of(word))


def place_words(name: str) -> frozenset[str]:
    """The words of a place's name that a frame keeps as a name's ("viña" of "Viña del Mar")."""
    return frozenset(
        w.lower() for w in re.split(r"[\s-]+", name)
        if w[:1].isupper() and len(w) > 1 and w.lower() not in _FUNCTION_WORDS and not _MONTH_WORD.match(w)
    )


_PLACES = Path(__file__).with_name("places.tsv")


@functools.cache
def _places_text() -> str:
    """``places.tsv`` (GeoNames' tables, written by :mod:`docdelta_claims.make_lexicon`) less its
    header line: read once, on the first name two frames do not share outright."""
    return _PLACES.read_text(encoding="utf-8").partition("\n")[2]


@functools.cache
def _place_lines() -> dict[str, list[str]]:
    """The lines of the places table by the first word of the place, split no further (the few
    looked up are parsed by :func:`_countries_of`)."""
    lines: dict[str, list[str]] = {}
    for line in _places_text().splitlines():
        lines.setdefault(line.split(maxsplit=1)[0], []).append(line)
    return lines


@functools.lru_cache(maxsize=1024)
def _countries_of(word: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The places whose name's first word is ``word``, each with the country it stands in: (the
    place's words, its country's words). Reports name a state by its capital ("Washington
    sanctioned", "Beijing imposed"), and a toll by the city ("around Viña del Mar" / "in central
    Chile"): every country, every capital, and the cities of 100,000 people or more whose name is
    one country's only."""
    found = []
    for line in _place_lines().get(word, ()):
        place, _, country = line.partition("\t")
        found.append((frozenset(place.split()), frozenset(country.split())))
    return tuple(found)


def one_state(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two frames' names may be one state, one side naming it by a place in it ("Seoul,
    with 46 million people" / "the South, a country of 47 million"; "Tbilisi, whose 4.7 million
    people" / "Georgia, a former Soviet republic of about 4.4 million")."""
    return bool(a) and bool(b) and bool(_with_countries(set(a)) & _with_countries(set(b)))


#: Names English news gives a whole country that are not GeoNames' name for it ("Britain sanctioned"
#: / "London imposed"; "Burma's junta" / "Myanmar's"), by the country's code: make_lexicon writes
#: each into the places table with its country's words, and a name of them names the country
#: whole, as its own name does. Parts of a country (England, Scotland) are not the whole.
OTHER_COUNTRY_NAMES = {
    "Britain": "GB", "Great Britain": "GB", "UK": "GB", "America": "US", "USA": "US", "US": "US", "Holland": "NL",
    "Burma": "MM", "Czech Republic": "CZ", "Cape Verde": "CV", "East Timor": "TL", "Macedonia": "MK",
    "Swaziland": "SZ", "Palestine": "PS", "Türkiye": "TR",
    # the names older reports give states since renamed (not states since split or merged)
    "Zaire": "CD", "Rhodesia": "ZW", "Ceylon": "LK", "Siam": "TH", "Dahomey": "BJ", "Upper Volta": "BF",
    "Kampuchea": "KH", "Persia": "IR", "Ivory Coast": "CI",
}  # fmt: skip


@functools.cache
def _other_country_names() -> frozenset[frozenset[str]]:
    """The words of each of :data:`OTHER_COUNTRY_NAMES`, as a frame keeps them."""
    return frozenset(place_words(name) for name in OTHER_COUNTRY_NAMES)


def _named_places(names: set[str]) -> Iterator[tuple[frozenset[str], frozenset[str]]]:
    """The places ``names`` name, all their words among them, each with its country: (the place's
    words, its country's words)."""
    return ((words, country) for word in names for words, country in _countries_of(word) if words <= names)


def _countries_in(names: set[str]) -> set[frozenset[str]]:
    """The countries (their words) that the places among ``names`` stand in, or that they name."""
    return {country for _, country in _named_places(names)}


def _whole_countries(names: set[str]) -> set[frozenset[str]]:
    """The countries ``names`` name whole: by all their words ("United Kingdom") or by another name
    of theirs ("Britain"), not by a place in them ("London")."""
    return {country for words, country in _named_places(names) if words == country or words in _other_country_names()}


def _with_countries(names: set[str]) -> set[str]:
    """``names`` and the words of the countries the places among them stand in."""
    return names.union(*_countries_in(names))


@functools.cache
def _place_names() -> frozenset[str]:
    """Every word of the places :func:`_countries_of` knows (countries, capitals, cities)."""
    return frozenset(_places_text().split())


# A people's adjective that no place's name gives by its endings ("British", "Irish", "Kurdish").
_PEOPLE_ENDING = re.compile(r"[a-z]{3,}ish$")


def _a_place(name: str) -> bool:
    """Whether a name is a place's or a place's people's ("Iran", "Iranians", "Minsk", "British-Iranian",
    "Greek"): each part a place's word, a people's word of its own (:data:`_PEOPLE_OF_PLACE`), or
    one with a people's ending (see :func:`_same_name`)."""
    places = _place_names()
    return all(
        part in places or part in _PEOPLE_OF_PLACE or _PEOPLE_ENDING.match(part) is not None or _a_people(part, places)
        for part in name.split("-")
    )


def _a_people(word: str, places: frozenset[str]) -> bool:
    """"iranians" of "iran", "russians" of "russia", "somali" of "somalia": a place's word, a final
    vowel (or "ia") dropped, and an ending."""
    for cut in range(4, len(word)):
        if _DEMONYM.fullmatch(word, cut) and (word[:cut] in places or any(word[:cut] + v in places for v in ("a", "e", "i", "o", "u", "y", "ia"))):
            return True
    return False


def _a_people_plural(word: str) -> bool:
    """"americans", "venezuelans", "yemenis": a people named in the plural, which is no place (a
    place's own name in -s, "orleans", "athens", is one)."""
    if not word.endswith("s") or word in _place_names():
        return False
    return word.endswith(("ans", "is", "os")) or _a_people(word, _place_names())


def _held_in_two_countries(a: Frame, b: Frame) -> bool:
    """Whether two frames of people held place them in two countries, each its one place, named whole."""
    places = [set(frame.places) - {"custody"} for frame in (a, b)]
    if not (a.predicate == b.predicate == "hold") or any(len(named) != 1 for named in places):
        return False
    return all(map(_whole_countries, places)) and not _with_countries(places[0]) & _with_countries(places[1])


def _not_places(names: set[str]) -> set[str]:
    """The names that are no place nor a place's people: a person's, a body's."""
    return {n for n in names if not _a_place(n)} if names else names


def _two_people(a: set[str], b: set[str]) -> bool:
    """Whether two frames each name someone (not a place), and no one in common."""
    people_a, people_b = _not_places(a), _not_places(b)
    return bool(people_a and people_b) and not _share_a_name(people_a, people_b)


def _person_in_common(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two frames' names share one that is no place's whole name: someone in common, even
    where it is a word of a place's name ("Leopoldo López" / "Leopoldo Lopez": São Leopoldo)."""
    return any(_same_name(x, y) and not any(words == {x} for words, _ in _countries_of(x)) for x in a for y in b)


#: Words that stand in the names of two countries or more ("United", "South", "Korea"): two names
#: that share only such a word share a name only if the places table says they name one country.
#: (``tests/test_claims_places.py`` derives them from the table.)
_SHARED_COUNTRY_WORDS = frozenset(
    "british congo french guinea island islands korea new north republic saint south states territory united virgin".split()
)


def _initials_of(initialism: str, words: set[str]) -> bool:
    """Whether an initialism ("eu", "un") is the first letters of as many of ``words`` ("european",
    "union"): a name's words are kept as a set, so the letters are matched in any order."""
    firsts = sorted(word[0] for word in words if len(word) > 2 and word[0] in initialism)
    return 2 <= len(initialism) <= 4 and firsts == sorted(set(initialism)) == sorted(initialism)


def _share_a_name(a: Iterable[str], b: Iterable[str]) -> bool:
    a, b = set(a), set(b)
    if not a or not b:
        return False
    if any(_same_name(x, y) for x in a - _SHARED_COUNTRY_WORDS for y in b - _SHARED_COUNTRY_WORDS):
        return True  # told without GeoNames' tables, which cost more to read than most comparisons' frames
    if any(_initials_of(x, b) for x in a if len(x) <= 4) or any(_initials_of(y, a) for y in b if len(y) <= 4):
        return True  # "The European Union imposed" / "The EU placed"
    # A word of a country's name of two words or more is that country's, no name of its own: the
    # United States share no name with the United Kingdom, nor North Korea with South Korea.
    whole_a, whole_b = _whole_countries(a), _whole_countries(b)
    own_a = a.difference(*(country for country in whole_a if country <= a))
    own_b = b.difference(*(country for country in whole_b if country <= b))
    if any(_same_name(x, y) for x in own_a for y in b) or any(_same_name(x, y) for x in a for y in own_b):
        return True
    if whole_a & whole_b:
        return True  # "Britain" / "the United Kingdom"
    # A place and the country it stands in are one place; two places of one country are not.
    return any(_names_country(country, b, whole_b) for country in _countries_in(a)) or any(
        _names_country(country, a, whole_a) for country in _countries_in(b)
    )


def _names_country(country: frozenset[str], names: set[str], whole: set[frozenset[str]]) -> bool:
    """Whether ``names`` name ``country`` whole, or its people by a one-word name of it ("Tehran" /
    "Iranian"; "Washington" / "American", of America)."""
    if country in whole:
        return True
    return any(_same_name(word, name) for word in _one_word_names(country) for name in names)


@functools.cache
def _one_word_names(country: frozenset[str]) -> tuple[str, ...]:
    """A country's names of one word: its own ("iran") or another ("america", "britain")."""
    others = [word for words in _other_country_names() if len(words) == 1 for word in words if any(of == country for _, of in _countries_of(word))]
    return tuple(dict.fromkeys([*(country if len(country) == 1 else ()), *others]))


def _a_place_unknown(a: Frame, b: Frame) -> bool:
    """Whether one frame is placed only by a region or a natural feature no table of places holds
    ("a ravine in the Andes", "the shore of Lake Kivu") and the other by places: where the first
    lies against the second is not known, so they are not told to conflict (a town no table holds,
    "in Grodno", is a place apart from "in Minsk")."""
    for vague, other in ((a, b), (b, a)):
        places = set(vague.places) - {"custody"}
        if places and not vague.names and set(other.places) - {"custody"} and _a_region(places):
            return True
    return False


#: Words that name a region or a natural feature, not a town: "Lake Kivu", "Shigatse region".
_FEATURES = frozenset(
    "lake river sea coast mountains mountain valley island islands province region county district territory "
    "gulf bay peninsula desert forest basin delta highlands square".split()
)


def _a_region(places: set[str]) -> bool:
    """Whether the words of a frame's places name a region or a feature: a feature's word among
    them ("lake", "kivu"), or only names in -s no table holds (a range: "Andes", "Alps")."""
    return bool(places & _FEATURES) or all(word.endswith("s") and not _a_place(word) for word in places)


def _told_in_two_roles(a: Frame, b: Frame) -> bool:
    """Whether one frame names only who acted and the other only where it happened ("El Salvador
    sent home 252 men" / "238 men landed outside Caracas"; "Douma was sentenced in 2015" / "a
    sentence handed down over a fire near Tahrir Square"): an act's agent and its place are no
    rival names of one slot, so no name is in conflict (none is shared either)."""
    for agent, located in ((a, b), (b, a)):
        places = set(located.places) - {"custody"}
        agent_only = agent.names and not set(agent.places) - {"custody"}
        if agent_only and places and not located.names and (all(map(_a_place, places)) or _a_region(places)):
            return True  # (a place a table holds: "ahead of the Economic Freedom Fighters" names a rival)
    return False


def still_held(a: Frame, b: Frame) -> bool:
    """Whether both frames count those still held: "Four other French citizens remain in custody"
    are all those held, as "five French nationals were still detained" are; the others beside the
    freed are then no remainder of a count but the stock of the held."""
    return a.predicate == b.predicate == "hold"


def agreement(a: Frame, b: Frame) -> Agreement:
    """Which slots two frames fill alike, and which they fill in ways one quantity cannot."""
    matched: list[str] = []
    conflicts: list[str] = []
    offsets = a.thing.startswith("offset"), b.thing.startswith("offset")
    if offsets[0] != offsets[1]:
        conflicts.append("thing")  # "two months ago" says when; "held for 61 days" how long
    elif all(offsets):
        # How far an act lies from another: the same act ("freed six days after" / "released five
        # days after") or another ("The release came six days after" / "had met him five days after").
        if a.thing == b.thing:
            matched.append("thing")
        elif "offset" not in (a.thing, b.thing):
            conflicts.append("thing")
    elif (a.thing == "named group") != (b.thing == "named group"):
        conflicts.append("thing")  # "the seven were on their way" are people named before, no "two groups"
    elif static(a.thing) != static(b.thing) and (a.predicate or b.predicate):
        conflicts.append("thing")  # a quake's magnitude (a place's population) is no count of what happened
    elif a.thing and b.thing and ({a.thing, b.thing} & ONE_PER_PLACE or _is_distance(a.thing) or _is_distance(b.thing)):
        # A place's population (a person's age) is no count of people who did something.
        (matched if a.thing == b.thing or _one_distance(a.thing, b.thing) else conflicts).append("thing")
    elif a.thing and b.thing and a.thing.startswith("other") != b.thing.startswith("other") and not still_held(a, b):
        conflicts.append("thing")  # "four other Americans" are not "five Americans"
    elif a.thing and b.thing and a.thing.startswith("such ") != b.thing.startswith("such "):
        conflicts.append("thing")  # "the second such anniversary" is not "the 59th anniversary"
    elif a.thing and b.thing and (" per " in a.thing) != (" per " in b.thing):
        conflicts.append("thing")  # "up to 3,000 men a month" is a rate, "14 men held" a count
    elif a.thing and b.thing and "person" not in (a.thing, b.thing) and not _one_sex_against_others(a.thing, b.thing):
        (matched if _same_thing(a.thing, b.thing) else conflicts).append("thing")
    elif a.thing and a.thing == b.thing:
        matched.append("thing")
    if a.predicate and b.predicate:
        alike = a.predicate == b.predicate or frozenset((a.predicate, b.predicate)) in SYNONYMS
        (matched if alike else conflicts).append("predicate")
    if a.times and b.times:
        if _times_conflict(a.times, b.times):
            conflicts.append("time")
        elif set(a.times) & set(b.times):
            matched.append("time")
    # A name may stand after a preposition in one report and before the verb in the other
    # ("Belarus freed 52" / "52 freed in Belarus"): names conflict only when no name is shared.
    names_a = set(a.names) | set(a.places) - {"custody"}
    names_b = set(b.names) | set(b.places) - {"custody"}
    if (a.members or b.members) and _share_a_name(set(a.members) | names_a, set(b.members) | names_b):
        matched.append("name")  # some of those counted named on both sides, or named on one and the actor on the other
    if a.members and not names_a or b.members and not names_b:
        names_a, names_b = set(), set()  # who is among those counted says nothing against who acted
    if a.thing == b.thing == "population":
        # How many live in a place: the place itself, not one inside it ("Vanuatu, a nation of about
        # 330,000" / "Port Vila, a city of about 50,000"), nor two places of which it is one ("India
        # and Pakistan, with a combined population of" / "Pakistan, a country of").
        alike = all(any(_same_name(x, y) for y in names_b) for x in names_a) and all(any(_same_name(x, y) for x in names_a) for y in names_b)
        shared = "name" if names_a and names_b and alike else ""
    else:
        shared = "place" if _share_a_name(set(a.places) - {"custody"}, set(b.places) - {"custody"}) else (
            "name" if _share_a_name(names_a, names_b) else ""
        )
    if shared == "name" and _held_in_two_countries(a, b) and not _person_in_common(a.names, b.names):
        # "held in Iran since June" / "an Iranian woman held in France since February": where each
        # is held tells two people apart, whatever name both sentences share (one person named on
        # both sides is one, wherever each report places him)
        conflicts.append("name")
    elif shared and _two_people(names_a, names_b) and not _person_in_common(a.names, b.names):
        # Two people (or bodies) named, none in common: a place both name does not make them one
        # ("Namazi's father left Iran in 2022" / "Shargi moved to Iran in 2017").
        conflicts.append("name")
    elif shared:
        matched.append(shared)
    elif names_a and names_b and not _told_in_two_roles(a, b) and not _a_place_unknown(a, b):
        conflicts.append("name")
    if "custody" in a.places and "custody" in b.places:
        matched.append("place")
    kinds = {t.partition(":")[0] for t in a.times} & {t.partition(":")[0] for t in b.times}
    return Agreement(
        tuple(slot for slot in SLOTS if slot in matched),
        tuple(slot for slot in SLOTS if slot in conflicts),
        bool(a.times) != bool(b.times),
        "time" in conflicts and bool(kinds & {"weekday", "day", "relative"}),
        bool(names_a) != bool(names_b),
    )
