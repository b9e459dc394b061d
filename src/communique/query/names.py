"""Actor codes and their usual French names, for queries and their outputs."""
from __future__ import annotations

from functools import cache

from ..knowledge import read_tsv


@cache
def actor_names() -> dict[str, str]:
    """Code → usual French name: countries.tsv; for an organisation, its shortest acronym."""
    names = {row["code"]: row["name"] for row in read_tsv("countries.tsv")}
    acronyms: dict[str, list[str]] = {}
    for row in read_tsv("aliases.tsv"):
        names.setdefault(row["code"], row["code"])
        if row["kind"] == "igo" and row["via"] == "name" and row["alias"].isupper():
            acronyms.setdefault(row["code"], []).append(row["alias"])
    names.update({code: min(found, key=len) for code, found in acronyms.items()})
    return names
