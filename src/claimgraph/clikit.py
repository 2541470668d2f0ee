"""Pieces every command module shares: options, errors, opening the store, JSON."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

err = Console(stderr=True, soft_wrap=True)

DbOpt = Annotated[str, typer.Option("--db", help="SQLite store file")]
JsonOpt = Annotated[bool, typer.Option("--json", help="print JSON instead of a table")]


def fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(code)


def open_store(db: str):
    """The store at `db`, or a clear error when it is missing or not ours."""
    from claimgraph.store import Store, StoreError

    try:
        return Store.open(db, create=False)
    except StoreError as exc:
        fail(str(exc))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
