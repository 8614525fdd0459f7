"""Background art for a job's recipes from the render provider (Midjourney), made once.

The art's object keys are written back into the generation's request, so a retried job (or a
later refine of a result) reuses the paid-for art instead of asking Midjourney again.
"""

from __future__ import annotations

import io
import uuid

from sqlalchemy import select

from jobs.events import EventPublisher
from jobs.generations import GenerationRequest
from render.cook import size_named
from render.midjourney import ArtBrief, PromptKnobs, build_prompt, room_from_spec
from render.provider import ArtRequest
from services import Services
from storage.models import Generation, Template
from vision.dna import DesignDNA


async def with_art(services: Services, generation_id: uuid.UUID, request: GenerationRequest,
                   events: EventPublisher) -> GenerationRequest:
    provider = services.render_provider
    if not provider.paints_art or all(r.background_key for r in request.recipes):
        return request
    dnas = await _template_dna(services, request.template_ids)
    brief = request.brief
    requests = []
    for index, recipe in enumerate(request.recipes):
        aspect = str(size_named(recipe.size).aspect.value)
        dna = dnas.get(request.template_ids[index] if index < len(request.template_ids) else "")
        art_brief = ArtBrief(topic=brief.get("topic") or recipe.headline,
                             mood=brief.get("mood", []), colours=brief.get("colours", []),
                             energy=brief.get("energy"))
        prompt = build_prompt(dna, art_brief, PromptKnobs(aspect=aspect),
                              room=room_from_spec(recipe.spec, aspect)) if dna else \
            f"{art_brief.topic}, bold youtube thumbnail background --ar {aspect} --no text"
        requests.append(ArtRequest(recipe=recipe, prompt=prompt, aspect=aspect))

    async def progress(fraction: float, message: str) -> None:
        await events.publish("step", percent=int(40 * fraction), total=len(request.recipes),
                             message=message or "Painting background art…")

    images = await provider.backgrounds(requests, progress)
    keys = []
    for image in images:
        if image is None:
            keys.append(None)
            continue
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, "JPEG", quality=92)
        keys.append(await services.objects.put(buffer.getvalue(), content_type="image/jpeg",
                                               prefix="art"))
    updated = request.model_copy(update={"recipes": [
        r.model_copy(update={"background_key": k}) for r, k in zip(request.recipes, keys,
                                                                    strict=True)]})
    async with services.sessions.begin() as session:
        generation = await session.get(Generation, generation_id, with_for_update=True)
        if generation is not None:
            generation.request = updated.model_dump(mode="json")
            generation.provider = provider.name
    return updated


async def _template_dna(services: Services, template_ids: list[str | None]
                        ) -> dict[str, DesignDNA]:
    ids = [uuid.UUID(t) for t in template_ids if t]
    if not ids:
        return {}
    async with services.sessions() as session:
        rows = (await session.execute(select(Template.id, Template.dna)
                                      .where(Template.id.in_(ids)))).all()
    return {str(tid): DesignDNA.model_validate(dna) for tid, dna in rows if dna}
