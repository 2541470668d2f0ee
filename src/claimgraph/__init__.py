"""claimgraph: who said what, about whom, and who denies it."""

from claimgraph.pipeline import InputError, analyse, document_id, extract, extract_many
from claimgraph.schema import SCHEMA_VERSION, Document

__all__ = [
    "SCHEMA_VERSION",
    "Document",
    "InputError",
    "analyse",
    "document_id",
    "extract",
    "extract_many",
]
__version__ = "0.1.0"
