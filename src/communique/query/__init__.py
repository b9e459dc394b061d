"""Query stage: events, dyad timelines, the relations network and exports, read from the store."""
from __future__ import annotations

from .dyad import DyadReport, dyad_report
from .events import list_events, list_facts, list_reports
from .export import export_events
from .filters import Conditions, EventFilter
from .network import Network, relations_network

__all__ = ["Conditions", "DyadReport", "EventFilter", "Network", "dyad_report", "export_events",
           "list_events", "list_facts", "list_reports", "relations_network"]
