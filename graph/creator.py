"""The creator agent's whole control flow, in one place.

    understand ─┬─ ask_topic ─(interrupt: "what's the video about?")─► understand
                ├─ design ────┐
                ├─ follow_up ─┴► check_credits ─(interrupt if low)► enqueue ► follow_job ► deliver
                ├─ answer         (small talk and side questions, through the tools)
                ├─ respond        (forbidden asks, follow-ups without results)
                ├─ save_brand
                ├─ forget         (learned preferences)
                └─ start_over

Typed actions (buttons, quick replies, CLI flags) enter at `understand` like free text but
skip the brain.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, get_args

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from agent.brain import Brain
from graph.context import CreatorContext
from graph.nodes import (
    Route,
    answer,
    ask_topic,
    deliver,
    forget,
    respond,
    route,
    save_brand_kit,
    start_over,
    understand,
)
from graph.paying import after_credits, after_job, check_credits, enqueue, follow_job
from graph.planning import design, follow_up
from graph.state import CreatorState, checkpoint_types
from memory.checkpointer import open_checkpointer
from services import Services


def build_creator_graph(checkpointer: BaseCheckpointSaver | None = None) -> CompiledStateGraph:
    graph = StateGraph(CreatorState, context_schema=CreatorContext)
    for name, node in [("understand", understand), ("ask_topic", ask_topic),
                       ("design", design), ("follow_up", follow_up),
                       ("check_credits", check_credits), ("enqueue", enqueue),
                       ("follow_job", follow_job), ("deliver", deliver), ("respond", respond),
                       ("answer", answer), ("save_brand", save_brand_kit), ("forget", forget),
                       ("start_over", start_over)]:
        graph.add_node(name, node)

    graph.add_edge(START, "understand")
    graph.add_conditional_edges("understand", route, list(get_args(Route)))
    graph.add_edge("ask_topic", "understand")
    graph.add_edge("design", "check_credits")
    graph.add_edge("follow_up", "check_credits")
    graph.add_conditional_edges("check_credits", after_credits, {"enqueue": "enqueue",
                                                                 "end": END})
    graph.add_edge("enqueue", "follow_job")
    graph.add_conditional_edges("follow_job", after_job, {"deliver": "deliver", "end": END})
    for last in ("deliver", "respond", "answer", "save_brand", "forget", "start_over"):
        graph.add_edge(last, END)
    return graph.compile(checkpointer=checkpointer)


@dataclass
class CreatorAgent:
    """The compiled creator graph and what its turns run with. Built once per process at the
    composition root (`open_creator_agent`) and passed to whoever runs turns."""

    services: Services
    brain: Brain
    graph: CompiledStateGraph
    _pool: Any = None  # the checkpointer's connection pool

    async def aclose(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None


async def open_creator_agent(services: Services, brain: Brain | None = None) -> CreatorAgent:
    """The creator agent on the Postgres checkpointer; `brain` defaults to the settings' one."""
    saver, pool = await open_checkpointer(services.database_url, allowed=checkpoint_types())
    return CreatorAgent(services, brain or services.brain, build_creator_graph(saver), pool)
