"""The four thumbnails as one chat message: a grid, compliance lines, feed previews, actions.

Images are shown from `/files/{key}` (our authenticated route), never from a provider URL, so
history keeps working and nobody else can open them. Feed previews (ui/feed_preview.py) are
rendered when asked for ("Feed preview" action, 16:9 results) and stored with the creator's
chat files.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from dataclasses import dataclass

import chainlit as cl
from sqlalchemy import select

from agent.events import ImageEvent
from agent.local.phrases import phrase
from services import Services
from storage.models import Asset
from ui.feed_preview import FeedText, feed_preview_png
from ui.formats import format_for_aspect
from ui.history import chat_prefix, file_url

log = logging.getLogger(__name__)
_RESULT_NAME = re.compile(r"#(\d+)(?:\s?:|$)")  # "#2" (older threads) or "#2: thumbnail …"
_QUOTED = re.compile(r"[\"“”«»'‘’]([^\"“”«»]{3,100}?)[\"“”«»'‘’](?:\s|[,.!?;:]|$)")

ACTIONS = (  # name, icon (lucide names, bundled with Chainlit's frontend); labels: phrases
    ("feed_preview", "eye"),
    ("vary", "shuffle"),
    ("upscale", "maximize-2"),
    ("refine", "pencil"),
    ("resize", "ratio"),
    ("download", "download"),
)
FREE_ACTIONS = {"download", "feed_preview"}
PRICED_ACTIONS = ("generate", "vary", "upscale", "refine", "resize")


def price_of(services: Services, action: str) -> int:
    """The configured price of an action (one place: `Settings.price_of`)."""
    return services.settings.price_of(action)


@dataclass(frozen=True)
class Result:
    """One delivered image, as the chat needs it."""

    position: int
    asset_id: str
    key: str
    aspect: str
    width: int
    height: int
    byte_size: int
    content_type: str
    compliance_ok: bool
    problems: tuple[str, ...]
    title: str

    def payload(self) -> dict:
        return {"position": self.position, "asset_id": self.asset_id, "key": self.key,
                "aspect": self.aspect, "content_type": self.content_type, "title": self.title}


async def resolve(services: Services, user_id: uuid.UUID, event: ImageEvent) -> Result | None:
    """The stored asset behind an image event, if it is this user's."""
    async with services.sessions() as session:
        key = await session.scalar(select(Asset.object_key).where(
            Asset.id == uuid.UUID(event.asset_id), Asset.user_id == user_id))
    if key is None:
        log.warning("image event for an asset that is not the user's: %s", event.asset_id)
        return None
    return Result(event.position, event.asset_id, key, event.aspect, event.width, event.height,
                  event.byte_size, event.content_type, event.compliance.ok,
                  tuple(event.compliance.problems), event.title)


def video_title(message: str) -> str | None:
    """The video's title when the creator quoted it ("my video '10 Python tricks', bold")."""
    match = _QUOTED.search(message)
    return match.group(1).strip() if match else None


def result_alt(result: Result, language: str = "en") -> str:
    """What a result image shows, for its alt text (Chainlit uses the element's name).

    It starts with "#position": that is how the creator names a result ("vary #2") and how a
    reopened thread finds its latest grid (`restore_actions`).
    """
    facts = {"position": result.position, "title": result.title.strip(),
             "format": format_for_aspect(result.aspect).profile,
             "size": f"{result.width}×{result.height}"}
    return phrase("result_alt" if facts["title"] else "result_alt_untitled", language, **facts)


def compliance_line(result: Result, language: str = "en") -> str:
    size = f"{result.width}×{result.height}, {result.byte_size / 1024:.0f} KB"
    if result.compliance_ok:
        return phrase("compliance_ok", language, size=size)
    return f"⚠ {'; '.join(result.problems) or phrase('compliance_check', language)} ({size})"


async def store_feed_preview(services: Services, user_id: uuid.UUID, key: str, title: str,
                             channel: str) -> str:
    """Render one result's feed preview and store it with the user's chat files."""
    data = await services.objects.get(key)
    png = await asyncio.to_thread(feed_preview_png, data, FeedText(title=title, channel=channel))
    return await services.objects.put(png, content_type="image/png", prefix=chat_prefix(user_id))


async def send_feed_previews(services: Services, user_id: uuid.UUID, results: list[dict],
                             *, title: str, channel: str, language: str = "en") -> None:
    """The 16:9 results as they read in a YouTube feed, at real size, light and dark."""
    wide = [r for r in results if r.get("aspect") == "16:9"]
    if not wide:
        await cl.Message(content=phrase("feed_not_wide", language)).send()
        return
    untitled = phrase("feed_default_title", language)
    keys = await asyncio.gather(*(
        store_feed_preview(services, user_id, r["key"], title or r.get("title") or untitled,
                           channel) for r in wide))
    elements = [cl.Image(name=f"feed preview #{r['position']}", url=file_url(key),
                         display="inline", size="large", mime="image/png")
                for r, key in zip(wide, keys, strict=True)]
    await cl.Message(content=phrase("feed_intro", language), elements=elements).send()


async def send_results(services: Services, user_id: uuid.UUID, results: list[Result],
                       *, balance_line: str, language: str = "en") -> cl.Message:
    """The result message: images inline (a grid), one compliance line each, the actions."""
    results = sorted(results, key=lambda r: r.position)
    elements = [cl.Image(name=result_alt(r, language), url=file_url(r.key), display="inline",
                         size="medium", mime=r.content_type) for r in results]
    lines = [f"- **#{r.position}** {compliance_line(r, language)}" for r in results]
    count = len(results)
    intro = phrase("results_one" if count == 1 else "results_many", language, count=count)
    head = f"{intro} {balance_line}".strip()
    actions = result_actions(services, {"results": [r.payload() for r in results]}, language)
    message = cl.Message(content=head + "\n\n" + "\n".join(lines), elements=elements,
                         actions=actions)
    await message.send()
    return message


def result_actions(services: Services, payload: dict, language: str = "en"
                   ) -> list[cl.Action]:
    return [cl.Action(name=name, label=_action_label(services, name, language), icon=icon,
                      payload=payload, tooltip=_tooltip(services, name, language))
            for name, icon in ACTIONS]


def _aspect(width: int, height: int) -> str:
    ratio = width / height
    return "16:9" if ratio > 1.3 else "9:16" if ratio < 0.8 else "1:1"


async def restore_actions(services: Services, user_id: uuid.UUID, thread: dict,
                          language: str = "en") -> None:
    """Give a reopened thread's latest results their buttons back (Chainlit keeps no actions)."""
    grids: dict[str, dict[int, str]] = {}
    for element in thread.get("elements") or []:
        name, key = element.get("name") or "", element.get("objectKey")
        position = _RESULT_NAME.match(name)
        if key and position and element.get("forId"):
            grids.setdefault(str(element["forId"]), {})[int(position.group(1))] = key
    order = [str(s["id"]) for s in thread.get("steps") or [] if str(s["id"]) in grids]
    if not order:
        return
    message_id, keys = order[-1], grids[order[-1]]
    async with services.sessions() as session:
        rows = (await session.execute(select(Asset).where(
            Asset.user_id == user_id, Asset.object_key.in_(list(keys.values()))))).scalars()
        assets = {row.object_key: row for row in rows}
    results = []
    for position, key in sorted(keys.items()):
        asset = assets.get(key)
        if asset is not None:
            results.append({"position": position, "asset_id": str(asset.id), "key": key,
                            "aspect": _aspect(asset.width, asset.height),
                            "content_type": asset.content_type, "title": ""})
    for action in result_actions(services, {"results": results}, language) if results else []:
        await action.send(for_id=message_id)


def _action_label(services: Services, name: str, language: str) -> str:
    label = phrase(f"action_{name}", language)
    if name in FREE_ACTIONS:
        return label
    return f"{label} · {phrase('price_tag', language, price=price_of(services, name))}"


def _tooltip(services: Services, name: str, language: str) -> str:
    if name in FREE_ACTIONS:
        return phrase(f"tooltip_{name}", language)
    return phrase("tooltip_cost", language, price=price_of(services, name))
