"""What earlier sentences of an article tell the next one, carried through the events stage."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Event, Mention
from .arguments import Arguments
from .modality import OCCURRED


@dataclass
class Context:
    """What earlier sentences of the article tell the next one."""

    paragraph_starts: list[int]
    main_pair: list[Mention]
    paragraph: int = -1
    scene_date: str | None = None
    scene_status: str = OCCURRED
    last_sources: list[Mention] = field(default_factory=list)
    former_states: frozenset[str] = frozenset()  # predecessor states the paragraph names ("l'URSS")
    upcoming: list[Event] = field(default_factory=list)  # planned events from the publication day on
    hostilities: list[Arguments] = field(default_factory=list)  # accusations and attacks so far
