"""Screening (kartlegging) with AUDIT and DUDIT (DOMAIN.md): items, scoring and risk zones.

AUDIT is the WHO alcohol test; its item and answer texts are the Norwegian version by Aasland,
Amundsen, Bovim, Fauske and Mørland (Tidsskr Nor Lægeforen 1990), as NHI.no publishes it. DUDIT
is Berman et al.'s drug test (Karolinska Institutet); no official Norwegian wording was at hand,
so its texts are a faithful rendering of the published English and Swedish items and are listed
in `UNOFFICIAL_TEXTS` until someone checks them against the Norwegian form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

from rustool.domain.national_id import NationalIdError, parse_national_id
from rustool.domain.records import FieldError, ValidationError
from rustool.texts import N_, translate

Instrument = Literal["AUDIT", "DUDIT"]
Sex = Literal["female", "male"]

INSTRUMENTS: tuple[Instrument, ...] = ("AUDIT", "DUDIT")


@dataclass(frozen=True)
class Item:
    """One question: its number on the form, its text and its answers as (score, text)."""

    number: int
    text: str
    options: tuple[tuple[int, str], ...]

    @property
    def scores(self) -> tuple[int, ...]:
        """The scores an answer to this item may have."""
        return tuple(score for score, _ in self.options)


def _options(*texts: str, scores: tuple[int, ...] = (0, 1, 2, 3, 4)) -> tuple[tuple[int, str], ...]:
    return tuple(zip(scores, texts, strict=True))


_AUDIT_OFTEN = _options(
    "Aldri", "Sjelden", "Noen ganger i måneden", "Noen ganger i uken", "Nesten daglig"
)
_AUDIT_HARM = _options(
    "Nei", "Ja, men ikke i løpet av siste år", "Ja, i løpet av siste år", scores=(0, 2, 4)
)

_DUDIT_TIMES = _options(
    "Aldri",
    "En gang i måneden eller sjeldnere",
    "2-4 ganger i måneden",
    "2-3 ganger i uken",
    "4 ganger i uken eller oftere",
)
_DUDIT_OFTEN = _options(
    "Aldri",
    "Sjeldnere enn en gang i måneden",
    "Hver måned",
    "Hver uke",
    "Daglig eller nesten daglig",
)
_DUDIT_HARM = _options(
    "Nei",
    "Ja, men ikke i løpet av det siste året",
    "Ja, i løpet av det siste året",
    scores=(0, 2, 4),
)

ITEMS: dict[Instrument, tuple[Item, ...]] = {
    "AUDIT": (
        Item(
            1,
            "Hvor ofte drikker du alkohol?",
            _options(
                "Aldri",
                "Månedlig eller sjeldnere",
                "To til fire ganger i måneden",
                "To til tre ganger i uken",
                "Fire ganger i uken eller mer",
            ),
        ),
        Item(
            2,
            "Hvor mange alkoholenheter (en drink, et glass vin eller 1 liten flaske pilsnerøl) "
            'tar du på en "typisk" drikkedag?',
            _options("1-2", "3-4", "5-6", "7-9", "10 eller flere"),
        ),
        Item(3, "Hvor ofte drikker du seks alkoholenheter eller mer?", _AUDIT_OFTEN),
        Item(
            4,
            "Hvor ofte i løpet av siste året var du ikke i stand til å stoppe å drikke etter at "
            "du hadde begynt?",
            _AUDIT_OFTEN,
        ),
        Item(
            5,
            "Hvor ofte i løpet av siste året unnlot du å gjøre ting du skulle ha gjort pga. "
            "drikking?",
            _AUDIT_OFTEN,
        ),
        Item(6, "Hvor ofte starter du dagen din med alkohol?", _AUDIT_OFTEN),
        Item(
            7,
            "Hvor ofte i løpet av det siste året har du hatt skyldfølelse pga. drikking?",
            _AUDIT_OFTEN,
        ),
        Item(
            8,
            "Hvor ofte i løpet av det siste året har det vært umulig å huske hva som hendte "
            "kvelden før pga. drikking?",
            _AUDIT_OFTEN,
        ),
        Item(9, "Har du eller andre blitt skadet som følge av at du har drukket?", _AUDIT_HARM),
        Item(
            10,
            "Har en slektning, venn eller lege bekymret seg over drikkingen din, eller antydet "
            "at du bør redusere?",
            _AUDIT_HARM,
        ),
    ),
    "DUDIT": (
        Item(1, "Hvor ofte bruker du andre rusmidler enn alkohol?", _DUDIT_TIMES),
        Item(2, "Bruker du mer enn én type rusmiddel ved samme anledning?", _DUDIT_TIMES),
        Item(
            3,
            "Hvor mange ganger tar du rusmidler en typisk dag når du bruker rusmidler?",
            _options("0", "1-2", "3-4", "5-6", "7 eller flere"),
        ),
        Item(4, "Hvor ofte er du kraftig påvirket av rusmidler?", _DUDIT_OFTEN),
        Item(
            5,
            "Har du i løpet av det siste året opplevd at lengselen etter rusmidler var så sterk "
            "at du ikke klarte å stå imot?",
            _DUDIT_OFTEN,
        ),
        Item(
            6,
            "Har det i løpet av det siste året hendt at du ikke har klart å slutte å ta "
            "rusmidler når du først hadde begynt?",
            _DUDIT_OFTEN,
        ),
        Item(
            7,
            "Hvor ofte i løpet av det siste året har du tatt rusmidler og så latt være å gjøre "
            "noe du skulle ha gjort?",
            _DUDIT_OFTEN,
        ),
        Item(
            8,
            "Hvor ofte i løpet av det siste året har du trengt å ta et rusmiddel morgenen etter "
            "sterk rusmiddelbruk dagen før?",
            _DUDIT_OFTEN,
        ),
        Item(
            9,
            "Hvor ofte i løpet av det siste året har du hatt skyldfølelse eller dårlig "
            "samvittighet fordi du har brukt rusmidler?",
            _DUDIT_OFTEN,
        ),
        Item(
            10,
            "Har du eller noen andre blitt skadet (psykisk eller fysisk) fordi du har brukt "
            "rusmidler?",
            _DUDIT_HARM,
        ),
        Item(
            11,
            "Har en slektning eller venn, en lege eller sykepleier, eller noen andre vært "
            "bekymret for bruken din av rusmidler eller sagt at du bør slutte med rusmidler?",
            _DUDIT_HARM,
        ),
    ),
}

# Items whose Norwegian text is this project's rendering, not the official translation.
UNOFFICIAL_TEXTS: frozenset[tuple[Instrument, int]] = frozenset(
    ("DUDIT", item.number) for item in ITEMS["DUDIT"]
)


def max_score(instrument: Instrument) -> int:
    """The highest total the instrument allows (AUDIT 40, DUDIT 44)."""
    return sum(max(item.scores) for item in ITEMS[instrument])


def _kind_of(value: object) -> str:
    """How a wrong answer looks, in words, without echoing what may be a very long text."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "text"
    if value is None:
        return "empty"
    return type(value).__name__


def _allowed(scores: tuple[int, ...]) -> str:
    words = [str(score) for score in scores]
    return f"{', '.join(words[:-1])} or {words[-1]}"


def score(instrument: Instrument, answers: Sequence[int]) -> int:
    """Validate the answers (in item order) and return the total score.

    Raises ValidationError naming every problem: `answers` for a wrong number of answers, and
    `answers[i]` (i zero-based, as in the list) for a wrong answer, whose message names the item
    by its 1-based number on the form, e.g. "item 10 must be 0, 2 or 4, not 3".
    """
    items = ITEMS.get(instrument)
    if items is None:
        choices = " or ".join(INSTRUMENTS)
        raise ValidationError(
            [FieldError("instrument", "choice", f"must be {choices}, not {instrument!r}")]
        )
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise ValidationError([FieldError("answers", "type", "must be a list of numbers")])
    errors: list[FieldError] = []
    if len(answers) != len(items):
        errors.append(
            FieldError(
                "answers",
                "count",
                f"{instrument} has {len(items)} items, not {len(answers)}",
            )
        )
    for index, (item, value) in enumerate(zip(items, answers, strict=False)):
        field = f"answers[{index}]"
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append(
                FieldError(
                    field,
                    "type",
                    f"item {item.number} must be a whole number, not {_kind_of(value)}",
                )
            )
        elif value not in item.scores:
            errors.append(
                FieldError(
                    field,
                    "choice",
                    f"item {item.number} must be {_allowed(item.scores)}, not {value}",
                )
            )
    if errors:
        raise ValidationError(errors)
    return sum(answers)


class Zone(StrEnum):
    """Where a total falls. AUDIT uses the first four, DUDIT low and the last two."""

    LOW = "low"
    RISKY = "risky"
    HIGH = "high"
    DEPENDENCE = "dependence"
    PROBLEMATIC = "problematic"
    PROBABLE_DEPENDENCE = "probable_dependence"


# The lowest total that counts as risky (AUDIT) or problematic (DUDIT) use, by sex. When the sex
# is not known the women's threshold is used: the lower one, so that nobody who may be at risk
# is told they are not.
_AUDIT_RISKY_FROM: dict[Sex | None, int] = {"male": 8, "female": 6, None: 6}
_AUDIT_HIGH_FROM = 16
_AUDIT_DEPENDENCE_FROM = 21  # "more than 20 suggests dependence"
_DUDIT_PROBLEMATIC_FROM: dict[Sex | None, int] = {"male": 6, "female": 2, None: 2}
_DUDIT_PROBABLE_DEPENDENCE_FROM = 25


def zone(instrument: Instrument, total: int, sex: Sex | None) -> Zone:
    """The zone of a total score for a client of `sex`.

    With `sex` None (not known, e.g. a national id issued from 2032) the lower, more cautious
    threshold applies: AUDIT risky from 6, DUDIT problematic from 2. Raises ValueError for a
    total the instrument cannot produce.
    """
    if not 0 <= total <= max_score(instrument):
        raise ValueError(f"{instrument} totals are 0-{max_score(instrument)}, not {total}")
    if instrument == "AUDIT":
        if total >= _AUDIT_DEPENDENCE_FROM:
            return Zone.DEPENDENCE
        if total >= _AUDIT_HIGH_FROM:
            return Zone.HIGH
        return Zone.RISKY if total >= _AUDIT_RISKY_FROM[sex] else Zone.LOW
    if total >= _DUDIT_PROBABLE_DEPENDENCE_FROM:
        return Zone.PROBABLE_DEPENDENCE
    return Zone.PROBLEMATIC if total >= _DUDIT_PROBLEMATIC_FROM[sex] else Zone.LOW


ZONE_LABELS: dict[Zone, str] = {
    Zone.LOW: N_("screening", "Lav risiko"),
    Zone.RISKY: N_("screening", "Risikofylt bruk"),
    Zone.HIGH: N_("screening", "Høy risiko"),
    Zone.DEPENDENCE: N_("screening", "Mulig avhengighet"),
    Zone.PROBLEMATIC: N_("screening", "Problematisk bruk"),
    Zone.PROBABLE_DEPENDENCE: N_("screening", "Sannsynlig avhengighet"),
}


def zone_label(zone: Zone) -> str:
    """The zone in words, for the screen and the referral."""
    return translate("screening", ZONE_LABELS[zone])


SEX_UNENCODED_FROM_YEAR = 2032  # numbers issued from 2032 no longer tell the sex


def sex_from_national_id(number: str, *, today: date | None = None) -> Sex | None:
    """The sex a national id encodes: the 9th digit odd for men, even for women.

    None when the number is not a valid national id or its birth date is in 2032 or later, when
    the digit no longer says anything. Synthetic test numbers follow the same rule.
    """
    try:
        parsed = parse_national_id(number, today=today)
    except NationalIdError:
        return None
    if parsed.birth_date.year >= SEX_UNENCODED_FROM_YEAR:
        return None
    return "male" if int(parsed.number[8]) % 2 == 1 else "female"
