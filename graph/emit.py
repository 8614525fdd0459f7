"""Nodes speak to the creator only through typed events on LangGraph's custom stream."""

from __future__ import annotations

from langgraph.runtime import Runtime

from agent.events import Event


def emit(runtime: Runtime, event: Event) -> None:
    if runtime.stream_writer is not None:
        runtime.stream_writer(event)
