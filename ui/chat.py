"""The creator's chat (Chainlit). For now: a welcome that says what is coming."""

from __future__ import annotations

import chainlit as cl


@cl.on_message
async def on_message(message: cl.Message) -> None:
    await cl.Message(
        content=(
            "Routix is set up and running. The thumbnail agent is being wired in; "
            f"you said: {message.content[:200]}"
        )
    ).send()
