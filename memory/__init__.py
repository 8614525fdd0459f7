"""Conversation checkpoints and long-term user memory (brand kit, preferences)."""
