"""Names for the page around the chat, in the reader's language.

Chainlit draws several icon-only buttons with no accessible name (new chat, send, attach, copy,
feedback…). public/routix.js asks this route once per page for their names in the browser's
language and sets them as `aria-label`s, so a screen reader says "New chat", not "button".
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from agent.local.phrases import phrase

router = APIRouter()

# the name public/routix.js looks up → the phrase key
LABELS = {
    "sidebar": "page_sidebar", "search": "page_search", "new_chat": "page_new_chat",
    "format": "page_format", "attach": "page_attach", "send": "page_send", "stop": "page_stop",
    "copy": "page_copy", "helpful": "page_helpful", "not_helpful": "page_not_helpful",
    "scroll_down": "page_scroll_down", "chats": "page_chats",
    "show_password": "page_show_password",
}


def page_language(request: Request) -> str:
    """`?lang=` (the page sends `navigator.language`), else the first Accept-Language tag."""
    asked = request.query_params.get("lang") or request.headers.get("accept-language", "")
    return asked.split(",")[0].split(";")[0].strip() or "en"


@router.get("/ui/labels", include_in_schema=False)
async def page_labels(request: Request) -> JSONResponse:
    language = page_language(request)
    return JSONResponse({name: phrase(key, language) for name, key in LABELS.items()},
                        headers={"Cache-Control": "private, max-age=3600"})
