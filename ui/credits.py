"""Credits in the page: the balance badge's data, and the buy page (filled in by billing)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from agent.local.phrases import phrase
from ui.identity import request_identity
from ui.page_labels import page_language
from ui.results import PRICED_ACTIONS, price_of
from ui.runtime import runtime

router = APIRouter()


@router.get("/credits/balance", include_in_schema=False)
async def credits_balance(request: Request) -> JSONResponse:
    """What the always-visible badge shows (public/routix.js polls it)."""
    identity = request_identity(request)
    if identity is None:
        return JSONResponse({"detail": "Sign in first."}, status_code=401)
    from storage import ledger

    services = runtime().services
    async with services.sessions() as session:
        balance = await ledger.balance(session, identity.user_id)
    prices = {name: price_of(services, name) for name in PRICED_ACTIONS}
    language = page_language(request)
    low = balance < prices["generate"]
    words = {"text": phrase("page_credits", language, balance=balance),
             "hint": phrase("buy_credits", language) if low
             else phrase("page_set_price", language, generate=prices["generate"]),
             "title": phrase("page_prices", language, **prices)}
    return JSONResponse({"balance": balance, "prices": prices, "low": low,
                         "buy_url": "/credits/buy", **words},
                        headers={"Cache-Control": "no-store"})


@router.get("/credits/buy", include_in_schema=False)
async def buy_credits(request: Request) -> HTMLResponse:
    """The buy page's seam for billing (Stripe Checkout goes here); today it says so."""
    signed_in = request_identity(request) is not None
    body = ("Buying credits opens here soon. Until then, ask the Routix team to top up your "
            "account." if signed_in else "Sign in to buy credits.")
    return HTMLResponse(
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Buy credits · Routix"
        "</title><link rel=stylesheet href=/public/routix.css></head>"
        "<body class=routix-page><main class=routix-card><img src=/public/logo_dark.svg "
        f"alt=Routix height=40><h1>Buy credits</h1><p>{body}</p><p><a href=/>Back to the "
        "chat</a></p></main></body></html>"
    )
