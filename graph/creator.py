"""The creator agent's whole control flow, in one place.

    understand ─┬─ ask_topic ─(interrupt: "what's the video about?")─► understand
                ├─ design ────┐
                ├─ follow_up ─┴► check_credits ─(interrupt if low)► enqueue ► follow_job ► deliver
                ├─ respond        (smalltalk, forbidden asks, follow-ups without results)
                ├─ save_brand
                └─ start_over
"""

from __future__ import annotations

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from graph.context import CreatorContext
from graph.nodes import ask_topic, deliver, respond, route, save_brand, start_over, understand
from graph.paying import after_credits, after_job, check_credits, enqueue, follow_job
from graph.planning import design, follow_up
from graph.state import CreatorState


def build_creator_graph(checkpointer: BaseCheckpointSaver | None = None) -> CompiledStateGraph:
    graph = StateGraph(CreatorState, context_schema=CreatorContext)
    for name, node in [("understand", understand), ("ask_topic", ask_topic),
                       ("design", design), ("follow_up", follow_up),
                       ("check_credits", check_credits), ("enqueue", enqueue),
                       ("follow_job", follow_job), ("deliver", deliver), ("respond", respond),
                       ("save_brand", save_brand), ("start_over", start_over)]:
        graph.add_node(name, node)

    graph.add_edge(START, "understand")
    graph.add_conditional_edges("understand", route, ["ask_topic", "design", "follow_up",
                                                      "respond", "save_brand", "start_over"])
    graph.add_edge("ask_topic", "understand")
    graph.add_edge("design", "check_credits")
    graph.add_edge("follow_up", "check_credits")
    graph.add_conditional_edges("check_credits", after_credits, {"enqueue": "enqueue",
                                                                 "end": END})
    graph.add_edge("enqueue", "follow_job")
    graph.add_conditional_edges("follow_job", after_job, {"deliver": "deliver", "end": END})
    for last in ("deliver", "respond", "save_brand", "start_over"):
        graph.add_edge(last, END)
    return graph.compile(checkpointer=checkpointer)
