"""The agent's tools as LangChain tools, bound to one creator and thread.

A tool-calling brain picks among them to answer side questions (`Brain.answer`); the local
brain maps the same questions onto the same tools (agent/local/answers.py). What they return is
what a creator may know — balances, prices, sizes, design directions in words, their own jobs —
never template ids, names or images.
"""

from __future__ import annotations

import uuid

from langchain_core.tools import BaseTool, StructuredTool
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kernel.settings import Settings
from library.retriever import TemplateRetriever, TemplateStore
from render.sizes import ALL_SIZES
from tools.credits import credit_balance, price_list
from tools.renders import job_status, latest_status

SIZE_USES = {"youtube": "YouTube video thumbnail", "shorts": "Shorts, Reels and TikTok cover",
             "square": "square post or podcast cover"}


def creator_tools(sessions: async_sessionmaker[AsyncSession], settings: Settings,
                  templates: TemplateStore, user_id: uuid.UUID, thread_id: str
                  ) -> list[BaseTool]:
    async def balance() -> int:
        """The creator's credit balance."""
        return await credit_balance(sessions, user_id)

    async def prices() -> dict[str, int]:
        """What each action costs in credits (generate and vary make four images; refine,
        upscale and resize are per image)."""
        return price_list(settings)

    async def sizes() -> list[str]:
        """The sizes Routix makes, with their aspect ratio and pixels."""
        return [f"{s.aspect.value} {s.width}×{s.height}: {SIZE_USES[s.name]}" for s in ALL_SIZES]

    async def design_directions(topic: str, mood: str = "", limit: int = 4) -> list[str]:
        """Design directions that fit a video topic or channel, described in words."""
        retriever = TemplateRetriever(store=templates, k=max(1, min(limit, 8)))
        documents = await retriever.ainvoke(f"{topic[:300]} {mood[:100]}".strip())
        return [d.page_content for d in documents]

    async def render_status(generation_id: str = "") -> str:
        """How the creator's latest render in this chat is doing (or one job, by id):
        queued, running, succeeded, failed, canceled, or none."""
        if generation_id:
            return await job_status(sessions, user_id, uuid.UUID(generation_id))
        return await latest_status(sessions, user_id, thread_id)

    return [StructuredTool.from_function(coroutine=f, name=name)
            for name, f in (("credit_balance", balance), ("prices", prices), ("sizes", sizes),
                            ("design_directions", design_directions),
                            ("render_status", render_status))]
