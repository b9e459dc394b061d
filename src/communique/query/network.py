"""The relations network: actors as nodes, weighted directed edges between them."""
from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import pandas as pd

from ..store import Store
from .filters import EventFilter
from .names import actor_names

# A mutual event (directed false) counts as an edge each way.
EDGES_SQL = """
WITH chosen AS (SELECT * FROM events e WHERE {where}),
arcs AS (
    SELECT source, target, intensity, quad_class FROM chosen
    UNION ALL
    SELECT target, source, intensity, quad_class FROM chosen WHERE NOT directed)
SELECT source, target, count(*) AS events, round(avg(intensity), 2) AS mean_intensity,
       count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
       count(*) FILTER (WHERE quad_class >= 3) AS conflict
FROM arcs GROUP BY source, target ORDER BY events DESC, source, target"""


@dataclass(frozen=True)
class Network:
    """Nodes (code, name, events in and out) and edges (source, target, events, mean intensity)."""

    nodes: pd.DataFrame
    edges: pd.DataFrame

    def to_json(self) -> dict:
        return {"nodes": self.nodes.to_dict("records"), "edges": self.edges.to_dict("records")}

    def to_graphml(self) -> str:
        """GraphML readable by Gephi, networkx and igraph."""
        keys = [("name", "node", "string"), ("events", "node", "int"),
                ("events", "edge", "int"), ("mean_intensity", "edge", "double"),
                ("cooperation", "edge", "int"), ("conflict", "edge", "int")]
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
        lines += [f'  <key id="{where}_{name}" for="{where}" attr.name="{name}" attr.type="{kind}"/>'
                  for name, where, kind in keys]
        lines.append('  <graph id="relations" edgedefault="directed">')
        for node in self.nodes.itertuples():
            lines.append(f"    <node id={quoteattr(node.code)}>"
                         f'<data key="node_name">{escape(node.name)}</data>'
                         f'<data key="node_events">{node.events}</data></node>')
        for edge in self.edges.itertuples():
            data = "".join(f'<data key="edge_{name}">{getattr(edge, name)}</data>'
                           for name in ("events", "mean_intensity", "cooperation", "conflict"))
            lines.append(f"    <edge source={quoteattr(edge.source)} target={quoteattr(edge.target)}>"
                         f"{data}</edge>")
        lines += ["  </graph>", "</graphml>"]
        return "\n".join(lines) + "\n"


def relations_network(store: Store, where: EventFilter) -> Network:
    """The network of the events `where` selects."""
    condition, params = where.where("e")
    edges = store.read(EDGES_SQL.format(where=condition), params)
    out = edges.groupby("source")["events"].sum()
    into = edges.groupby("target")["events"].sum()
    codes = sorted(set(out.index) | set(into.index))
    nodes = pd.DataFrame({
        "code": codes, "name": [actor_names().get(code, code) for code in codes],
        "events_out": [int(out.get(code, 0)) for code in codes],
        "events_in": [int(into.get(code, 0)) for code in codes]})
    nodes["events"] = nodes["events_out"] + nodes["events_in"]
    return Network(nodes, edges)
