"""LangGraph state machines (creator, admin): state, nodes, wiring."""
