"""Planning nodes: which designs to render (new requests) or how to change a result (follow-ups)."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.events import StatusEvent
from agent.intent import Action, Intent
from graph.context import CreatorContext
from graph.emit import emit
from graph.nodes import intent_of
from graph.state import CreatorState
from memory import brand_kit
from render.recipe import RenderRecipe
from render.refine import refine
from render.variations import Wording, plan_variations
from routix.errors import NotFound, RoutixError
from tools.credits import price
from tools.designs import find_designs
from tools.renders import result_recipe

Update = dict[str, Any]
SIZE_OF_ASPECT = {"16:9": "youtube", "9:16": "shorts", "1:1": "square"}


def _planned(items: list[tuple[str | None, RenderRecipe]]) -> list[dict[str, Any]]:
    return [{"template_id": t, "recipe": r.model_dump(mode="json")} for t, r in items]


def _headline(intent: Intent, brief: dict[str, Any]) -> str:
    text = intent.headline or brief.get("headline") or intent.topic or "Watch this"
    return text.strip()[:120]


async def design(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """A new request: find four designs and plan one recipe each."""
    ctx, intent = runtime.context, intent_of(state)
    emit(runtime, StatusEvent(step="searching", message="Finding designs that fit your video…"))
    async with ctx.services.sessions() as session:
        kit = await brand_kit.load(session, ctx.user_id)
    brand_colours = list(kit.colours) if (kit and intent.use_brand) else []
    photo = state.get("photo_key")
    if not photo and intent.use_photo and kit and kit.face_key:
        photo = kit.face_key
    designs = await find_designs(ctx.services, intent, k=4, brand_colours=brand_colours,
                                 has_photo=bool(photo))
    if not designs:
        raise RoutixError("The design library is still being prepared. Try again in a minute.")
    size = SIZE_OF_ASPECT.get(intent.aspects[0], ctx.default_size) if intent.aspects \
        else ctx.default_size
    headline = _headline(intent, {})
    wording = Wording(headline=headline, subline=intent.subline, emphasis=intent.emphasis,
                      language=intent.language, palette=_brand_palette(brand_colours) or None,
                      subject_key=photo)
    planned = plan_variations([(d.template_id, d.spec) for d in designs], wording, size=size)
    brief = {"headline": headline, "topic": intent.topic or headline, "size": size,
             "niches": intent.niches, "language": intent.language, "mood": intent.mood,
             "colours": intent.colours, "energy": intent.energy}
    return {"kind": "generate", "planned": _planned(planned),
            "price": price(ctx.services, "generate", len(planned)), "brief": brief}


async def follow_up(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """Refine, vary, upscale or resize one of the thread's results."""
    ctx, intent = runtime.context, intent_of(state)
    results = state.get("results") or []
    target = intent.target or state.get("focus") or 1
    if not 1 <= target <= len(results):
        raise NotFound(f"There is no #{target} here; pick one of 1–{len(results)}.")
    result = results[target - 1]
    recipe, template_id = await result_recipe(ctx.services, ctx.user_id, result["asset_id"])
    kind, items = _follow_up_plan(intent, recipe, template_id)
    if intent.use_brand:
        async with ctx.services.sessions() as session:
            kit = await brand_kit.load(session, ctx.user_id)
        palette = _brand_palette(list(kit.colours) if kit else [])
        items = [(t, r.model_copy(update={"palette": {**r.palette, **palette}})) for t, r in items]
    async with ctx.services.sessions.begin() as session:
        await brand_kit.learn(session, ctx.user_id, f"picked_{kind}", recipe.spec.layout)
        for refinement in intent.refinements:
            await brand_kit.learn(session, ctx.user_id, "refine", str(refinement.op))
    return {"kind": kind, "planned": _planned(items), "focus": target,
            "price": price(ctx.services, kind, len(items))}


def _follow_up_plan(intent: Intent, recipe: RenderRecipe, template_id: str | None
                    ) -> tuple[str, list[tuple[str | None, RenderRecipe]]]:
    if intent.action == Action.REFINE:
        if not intent.refinements:
            raise RoutixError("Tell me what to change, e.g. “make the text yellow” or "
                              "“bigger face”.")
        for refinement in intent.refinements:
            recipe = refine(recipe, str(refinement.op), refinement.value)
        return "refine", [(template_id, recipe)]
    if intent.action == Action.VARY:
        wording = Wording(headline=recipe.headline, subline=recipe.subline,
                          emphasis=recipe.emphasis, language=recipe.language,
                          subject_key=recipe.subject_key)
        return "vary", plan_variations([(template_id, recipe.spec)], wording, size=recipe.size,
                                       seed=recipe.seed + 1, first_round=1)
    if intent.action == Action.UPSCALE:
        return "upscale", [(template_id, recipe.model_copy(update={"scale": 2}))]
    aspects = intent.aspects or ["9:16"]
    return "resize", [(template_id, recipe.model_copy(update={"size": SIZE_OF_ASPECT[a],
                                                              "scale": 1})) for a in aspects]


def _brand_palette(colours: list[str]) -> dict[str, str]:
    """Brand colours onto palette roles: the first is the accent, the second the background."""
    roles = ("accent", "background", "accent2")
    return {role: colour for role, colour in zip(roles, colours, strict=False)}
