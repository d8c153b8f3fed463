"""What makes a passphrase good enough for the database: a minimum length and a strength
estimate by zxcvbn (dictionary words, keyboard patterns, dates and repeats), the same estimate
password managers show. The hint is shown while typing; too weak a passphrase is refused."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from rustool.domain.records import FieldError, ValidationError

MIN_LENGTH = 8
MIN_SCORE = 2  # zxcvbn's 0–4; below 2 falls to an offline guessing attack within hours
SCORE_NAMES = ("very_weak", "weak", "fair", "good", "strong")


@dataclass(frozen=True)
class Strength:
    score: int  # 0–4
    name: str  # one of SCORE_NAMES; the UI translates it
    acceptable: bool


def strength(passphrase: str) -> Strength:
    # zxcvbn looks at the first 100 characters only; a longer passphrase is no weaker.
    score = int(zxcvbn(passphrase[:100])["score"]) if passphrase else 0
    acceptable = len(passphrase) >= MIN_LENGTH and score >= MIN_SCORE
    return Strength(score, SCORE_NAMES[score], acceptable)


def check_new_passphrase(passphrase: str, repeated: str, field: str = "passphrase") -> None:
    """Refuse a new passphrase that is too short, too weak or not typed the same twice."""
    if len(passphrase) < MIN_LENGTH:
        code, message = "too_short", f"The passphrase must have at least {MIN_LENGTH} characters."
    elif not strength(passphrase).acceptable:
        code, message = "too_weak", "The passphrase is too easy to guess; use more or rarer words."
    elif passphrase != repeated:
        code, message, field = "mismatch", "The two passphrases are not the same.", "repeated"
    else:
        return
    raise ValidationError([FieldError(field, code, message)])
