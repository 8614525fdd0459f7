"""The one web app on one port: our HTTP routes first, then the Chainlit chat mounted at `/`.

Routes must be declared before the mount: Chainlit's catch-all would answer them otherwise.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from routix import __version__
from routix.settings import Settings
from ui.chainlit_env import prepare_chainlit_environment

CHAT_MODULE = Path(__file__).with_name("chat.py")


def create_app(settings: Settings) -> FastAPI:
    prepare_chainlit_environment(settings)
    from chainlit.utils import mount_chainlit  # after the environment is prepared

    app = FastAPI(title="Routix", version=__version__, docs_url=None, redoc_url=None)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> JSONResponse:
        return JSONResponse({"status": "ok", "version": __version__})

    mount_chainlit(app=app, target=str(CHAT_MODULE), path="/")
    return app
