"""The agent's tools as LangChain tools, bound to one creator, for a tool-calling LLM.

Same functions the graph's nodes call; what they return is what a creator may know (balances,
prices, design directions in words, their own jobs) — never template ids, names or images.
"""

from __future__ import annotations

import uuid

from langchain_core.tools import BaseTool, StructuredTool

from agent.intent import Intent
from routix.services import Services
from tools.credits import credit_balance, price
from tools.designs import find_designs
from tools.renders import job_status


def creator_tools(services: Services, user_id: uuid.UUID) -> list[BaseTool]:
    async def balance() -> int:
        """The creator's credit balance."""
        return await credit_balance(services, user_id)

    async def prices() -> dict[str, int]:
        """What each action costs in credits (generate and vary make four images)."""
        return {kind: price(services, kind, 1) for kind in
                ("generate", "vary", "refine", "upscale", "resize")}

    async def design_directions(topic: str, mood: str = "", limit: int = 4) -> list[str]:
        """Design directions that fit a video topic, described in words."""
        intent = Intent(topic=topic[:300], mood=[m for m in mood.split(",") if m.strip()][:6])
        designs = await find_designs(services, intent, k=max(1, min(limit, 8)))
        return [f"{d.spec.layout.replace('_', ' ')} layout, {d.spec.energy}/10 energy, "
                f"{', '.join(d.spec.mood) or 'bold'} — {d.why}" for d in designs]

    async def job(generation_id: str) -> str:
        """The status of one of the creator's render jobs."""
        return await job_status(services, user_id, uuid.UUID(generation_id))

    return [StructuredTool.from_function(coroutine=f, name=name)
            for name, f in (("credit_balance", balance), ("prices", prices),
                            ("design_directions", design_directions), ("job_status", job))]
