"""Typed tools the graphs (and tool-calling LLMs) use: thin wrappers over services."""
