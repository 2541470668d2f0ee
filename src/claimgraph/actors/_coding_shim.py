"""Temporary stand-in until actors/coding.py lands (removed then)."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Coding:
    country: str | None = None
    sector: str | None = None
    type: str = "organization"
    code: str | None = None
    role: str | None = None


def country_of(text):
    return None


def role_of(text):
    return None


def code_actor(text, ner_label=None, context=None):
    t = "person" if ner_label == "PERSON" or any(w in text.lower() for w in ("official", "spokesman", "diplomat", "minister", "adviser", "advisor")) else "organization"
    return Coding(type=t, role=None)
