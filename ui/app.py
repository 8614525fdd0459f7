"""The one web app on one port: our HTTP routes first, then the Chainlit chat mounted at `/`.

Routes must be declared before the mount: Chainlit's catch-all would answer them otherwise.
The process's services are built here once (from settings and the infrastructure URLs that
`routix up` already started) and handed to the chat through ui/runtime.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from graph.creator import open_creator_agent
from kernel import __version__
from kernel.settings import Settings
from services import Services
from ui import runtime as ui_runtime
from ui.chainlit_env import prepare_chainlit_environment, quiet_known_chainlit_noise
from ui.limits import ChatLimits

CHAT_MODULE = Path(__file__).with_name("chat.py")


def create_app(settings: Settings, services: Services) -> FastAPI:
    """The web app on `services` (the composition root, `routix up`, opened them)."""
    prepare_chainlit_environment(settings)
    quiet_known_chainlit_noise()
    from chainlit.utils import mount_chainlit  # after the environment is prepared

    state = ui_runtime.UiRuntime(settings=settings, services=services,
                                 limits=ChatLimits.from_settings(settings))
    ui_runtime.install(state)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state.creator_agent = await open_creator_agent(services)
        try:
            yield
        finally:
            await state.creator_agent.aclose()
            await services.close()

    app = FastAPI(title="Routix", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url=None, lifespan=lifespan)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> JSONResponse:
        return JSONResponse({"status": "ok", "version": __version__})

    from ui import credits, files, page_labels

    app.include_router(files.router)
    app.include_router(credits.router)
    app.include_router(page_labels.router)
    mount_chainlit(app=app, target=str(CHAT_MODULE), path="/")
    _drop_path_guard()
    return app


def _drop_path_guard() -> None:
    """Remove the path filter `mount_chainlit` adds; mounted at `/` it lets everything through.

    It is a BaseHTTPMiddleware, which turns every request a browser cancels (a reload while
    the thread list loads) into an "Exception in ASGI application" traceback in the terminal.
    """
    from chainlit.server import app as chainlit_app

    if chainlit_app.middleware_stack is None:  # not built yet: safe to edit
        chainlit_app.user_middleware = [
            m for m in chainlit_app.user_middleware
            if getattr(m.cls, "__name__", "") != "ChainlitMiddleware"
        ]
