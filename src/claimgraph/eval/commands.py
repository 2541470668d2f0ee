"""`claimgraph eval ...`: scorers for the gold formats.

Each scorer lives in its own module of this package and is added here with
one line, so that areas do not edit each other's files.
"""

from __future__ import annotations

import typer

eval_app = typer.Typer(help="Score claimgraph against gold sets.", no_args_is_help=True)


def _add_scorers() -> None:
    from claimgraph.eval import emergent, plover, polnear, seed

    eval_app.command("seed")(seed.command)
    eval_app.command("polnear")(polnear.command)
    eval_app.command("emergent")(emergent.command)
    eval_app.command("plover")(plover.command)


def register(app: typer.Typer) -> None:
    _add_scorers()
    app.add_typer(eval_app, name="eval")
