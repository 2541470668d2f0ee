"""The CAMEO codebook and the pattern file are complete and consistent."""

from __future__ import annotations

import pytest

from claimgraph.events.codebook import codebook, lookup
from claimgraph.events.patterns import parse_rules, rules

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE",
                "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
                "COERCE", "ASSAULT", "FIGHT"}


def test_every_root_and_known_subcodes_present():
    cb = codebook()
    assert {f"{i:02d}" for i in range(1, 21)} <= set(cb)
    for code in ("010", "016", "0214", "036", "041", "046", "057", "0874", "1124", "1246", "1385",
                 "1454", "163", "1663", "173", "1823", "186", "196", "2042"):
        assert code in cb, code
    assert len(cb) > 280


def test_quad_class_follows_root():
    for code, c in codebook().items():
        root = int(code[:2])
        assert c.quad_class == (1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4), code
        assert -10.0 <= c.goldstein <= 10.0


def test_plover_types_are_known_and_01_02_marked_nearest():
    for code, c in codebook().items():
        assert c.plover is None or c.plover in PLOVER_TYPES, code
        if code[:2] in ("01", "02") and c.plover:
            assert c.nearest, code
        if code[:2] not in ("01", "02"):
            assert c.plover and not c.nearest, code
    assert lookup("010").plover is None
    assert lookup("041").plover == "CONSULT" and lookup("041").mode == "phone"
    assert lookup("190").plover == "FIGHT" and lookup("180").plover == "ASSAULT"


def test_unknown_code_is_a_clear_error():
    with pytest.raises(KeyError, match="999"):
        lookup("999")


def test_every_pattern_code_is_in_codebook():
    r = rules()
    cb = codebook()
    for cat, readings in r.categories.items():
        for reading, code in readings.items():
            assert code in cb, (cat, reading, code)
    assert all(code in cb for code in r.frame_defaults.values())


def test_bad_pattern_file_is_rejected():
    text = 'schema="x"\nlight_verbs=[]\n[frames.intent]\ndefault="030"\n[categories.a]\nact="040"\n' \
           '[[pattern]]\nlemma=["meet"]\ncategory="nope"\n'
    with pytest.raises(ValueError, match="unknown category"):
        parse_rules(text)
