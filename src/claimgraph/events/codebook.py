"""The CAMEO codebook (data/cameo_codebook.toml): labels, Goldstein, QuadClass, PLOVER."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Code:
    code: str
    label: str
    goldstein: float
    quad_class: int
    plover: str | None
    mode: str | None
    nearest: bool  # PLOVER has no type for this code; `plover` is the nearest one

    @property
    def root(self) -> str:
        return self.code[:2]


@cache
def codebook() -> dict[str, Code]:
    raw = tomllib.loads(resources.files("claimgraph.data").joinpath("cameo_codebook.toml").read_text("utf-8"))
    quads = raw["quad_class"]
    return {
        code: Code(
            code=code,
            label=v["label"],
            goldstein=float(v["goldstein"]),
            quad_class=int(quads[code[:2]]),
            plover=v.get("plover") or None,
            mode=v.get("mode") or None,
            nearest=bool(v.get("nearest", False)),
        )
        for code, v in raw["codes"].items()
    }


def lookup(code: str) -> Code:
    """The codebook entry of a CAMEO code; KeyError names the unknown code."""
    try:
        return codebook()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO event code {code!r}") from None
