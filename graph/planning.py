"""Planning nodes: which designs to render (new requests) or how to change a result (follow-ups)."""

from __future__ import annotations

from langgraph.runtime import Runtime

from agent.events import StatusEvent
from agent.intent import Action, Intent, Refinement
from agent.local.phrases import phrase
from graph.context import CreatorContext
from graph.emit import emit
from graph.state import Brief, CreatorState, JobKind, Planned, Update
from kernel.errors import NotFound, RoutixError
from render.recipe import RenderRecipe
from render.refine import refine
from render.sizes import parse_size
from render.variations import Wording, plan_variations
from tools.brand import load_brand, remember_refinements
from tools.credits import price
from tools.designs import find_designs
from tools.renders import result_recipe


def _headline(intent: Intent) -> str:
    text = intent.headline or intent.topic or "Watch this"
    return text.strip()[:120]


async def design(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """A new request: find four designs and plan one recipe each."""
    ctx, intent = runtime.context, state.intent
    services, language = ctx.services, intent.language
    emit(runtime, StatusEvent(step="searching", message=phrase("status_searching", language)))
    brand = await load_brand(services.sessions, ctx.user_id)
    brand_colours = brand.colours if intent.use_brand else []
    photo = state.photo_key
    if not photo and intent.use_photo and brand.face_key:
        photo = brand.face_key
    designs = await find_designs(services.sessions, services.embedder, intent, k=4,
                                 brand_colours=brand_colours, has_photo=bool(photo))
    if not designs:
        raise RoutixError(phrase("library_not_ready", language))
    size = parse_size(intent.aspects[0]).name if intent.aspects else ctx.default_size
    headline = _headline(intent)
    wording = Wording(headline=headline, subline=intent.subline, emphasis=intent.emphasis,
                      language=language, palette=_brand_palette(brand_colours) or None,
                      subject_key=photo)
    planned = plan_variations([(d.template_id, d.spec) for d in designs], wording, size=size)
    learned = _learned(brand.defaults, intent)
    planned = [(t, _apply(r, learned)) for t, r in planned]
    brief = Brief(headline=headline, topic=intent.topic or headline, size=size,
                  niches=intent.niches, language=language, mood=intent.mood,
                  colours=intent.colours, energy=intent.energy)
    return {"kind": "generate", "planned": _planned(planned), "learned": learned,
            "price": price(services.settings, "generate", len(planned)), "brief": brief}


def _learned(defaults: list[Refinement], intent: Intent) -> list[Refinement]:
    """Learned changes, unless this request says otherwise (its own energy wins)."""
    return [r for r in defaults if not (r.op == "energy" and intent.energy is not None)]


def _apply(recipe: RenderRecipe, changes: list[Refinement]) -> RenderRecipe:
    for change in changes:
        recipe = refine(recipe, str(change.op), change.value)
    return recipe


async def follow_up(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """Refine, vary, upscale or resize one of the thread's results."""
    ctx, intent = runtime.context, state.intent
    services, results = ctx.services, state.results
    target = intent.target or state.focus or 1
    if not 1 <= target <= len(results):
        raise NotFound(phrase("no_such_result", intent.language, target=target,
                              count=len(results)))
    recipe, template_id = await result_recipe(services.sessions, ctx.user_id,
                                              results[target - 1].asset_id)
    kind, items = _follow_up_plan(intent, recipe, template_id)
    if intent.use_brand:
        palette = _brand_palette((await load_brand(services.sessions, ctx.user_id)).colours)
        items = [(t, r.model_copy(update={"palette": {**r.palette, **palette}})) for t, r in items]
    await remember_refinements(services.sessions, ctx.user_id, list(intent.refinements))
    return {"kind": kind, "planned": _planned(items), "focus": target, "learned": [],
            "price": price(services.settings, kind, len(items))}


def _follow_up_plan(intent: Intent, recipe: RenderRecipe, template_id: str | None
                    ) -> tuple[JobKind, list[tuple[str | None, RenderRecipe]]]:
    if intent.action == Action.REFINE:
        if not intent.refinements:
            raise RoutixError(phrase("refine_needs_change", intent.language))
        return "refine", [(template_id, _apply(recipe, list(intent.refinements)))]
    if intent.action == Action.VARY:
        wording = Wording(headline=recipe.headline, subline=recipe.subline,
                          emphasis=recipe.emphasis, language=recipe.language,
                          subject_key=recipe.subject_key)
        return "vary", plan_variations([(template_id, recipe.spec)], wording, size=recipe.size,
                                       seed=recipe.seed + 1, first_round=1)
    if intent.action == Action.UPSCALE:
        return "upscale", [(template_id, recipe.model_copy(update={"scale": 2}))]
    aspects = intent.aspects or ["9:16"]
    return "resize", [(template_id, recipe.model_copy(update={"size": parse_size(a).name,
                                                              "scale": 1})) for a in aspects]


def _planned(items: list[tuple[str | None, RenderRecipe]]) -> list[Planned]:
    return [Planned(template_id=t, recipe=r) for t, r in items]


def _brand_palette(colours: list[str]) -> dict[str, str]:
    """Brand colours onto palette roles: the first is the accent, the second the background."""
    roles = ("accent", "background", "accent2")
    return {role: colour for role, colour in zip(roles, colours, strict=False)}
