"""The creator's chat (Chainlit callbacks): sign-in, formats, starters, messages, actions, resume.

Thin on purpose: turns run in ui/conversation.py, results render in ui/results.py, history
lives in ui/history.py. Loaded by Chainlit through `mount_chainlit` after `create_app` installed
the process's services (ui/runtime.py).
"""

from __future__ import annotations

import chainlit as cl
from pydantic import ValidationError

from admin.users import authenticate, user_for_oauth
from agent.actions import ACTION_ADAPTER, CreatorAction, Refine, Resize, Upscale, Vary
from agent.local.phrases import phrase
from kernel.errors import InvalidInput, RoutixError
from ui.conversation import conversation_language, run_chat_turn, send_error, session_identity
from ui.formats import DEFAULT_FORMAT, FORMATS, Format, format_for_profile
from ui.history import RoutixDataLayer, file_url
from ui.identity import chainlit_user_for
from ui.results import price_of, restore_actions, send_feed_previews, video_title
from ui.runtime import runtime
from ui.uploads import attachments_from


def current_format() -> Format:
    return format_for_profile(cl.user_session.get("chat_profile"))


# --- sign-in and history ------------------------------------------------------------------------
@cl.password_auth_callback
async def sign_in(username: str, password: str) -> cl.User | None:
    async with runtime().services.sessions.begin() as session:
        user = await authenticate(session, username, password)
    return chainlit_user_for(user) if user is not None else None


def _oauth_configured() -> bool:
    try:
        return bool(runtime().settings.oauth_providers())
    except RuntimeError:  # imported outside the web app (tests of other callbacks)
        return False


if _oauth_configured():

    @cl.oauth_callback
    async def oauth_sign_in(provider_id: str, token: str, raw_user_data: dict,
                            default_user: cl.User, id_token: str | None = None
                            ) -> cl.User | None:
        """GitHub / Google sign-in: the provider's verified email is the account."""
        email = str(raw_user_data.get("email") or default_user.identifier or "")
        if "@" not in email:
            return None
        settings = runtime().settings
        async with runtime().services.sessions.begin() as session:
            user = await user_for_oauth(session, email, display_name=str(
                raw_user_data.get("name") or ""), signup_credits=settings.signup_credits)
        return chainlit_user_for(user) if user is not None else None


@cl.data_layer
def data_layer() -> RoutixDataLayer:
    services = runtime().services
    return RoutixDataLayer(services.database_url, services.objects)


# --- the empty chat: formats and starters ---------------------------------------------
@cl.set_chat_profiles
async def chat_profiles(user: cl.User | None, language: str | None = None) -> list[cl.ChatProfile]:
    return [cl.ChatProfile(name=f.profile, markdown_description=f.description, icon=f.icon,
                           default=f is DEFAULT_FORMAT) for f in FORMATS]


@cl.set_starters
async def starters(user: cl.User | None, language: str | None = None) -> list[cl.Starter]:
    return [
        cl.Starter(label="YouTube thumbnail for…", icon="/public/starters/youtube.svg",
                   message="Thumbnail for my video '10 Python tricks', bold, my face on the right"),
        cl.Starter(label="Shorts cover…", icon="/public/starters/shorts.svg",
                   message="A Shorts cover for 'I tried 5 AI tools for a week', bright and fun"),
        cl.Starter(label="Use my photo…", icon="/public/starters/photo.svg",
                   message="Use my photo (attached) for a thumbnail for 'My 5am morning "
                           "routine', calm colours"),
    ]


# No @cl.on_chat_start welcome message: Chainlit shows the starters only while a chat is empty.


@cl.on_chat_resume
async def on_chat_resume(thread: dict) -> None:
    """Reopened from history: the input box comes back and the agent resumes by thread id."""
    metadata = thread.get("metadata") or {}
    if isinstance(metadata, dict) and metadata.get("chat_profile"):
        cl.user_session.set("chat_profile", metadata["chat_profile"])
    titles = [video_title(s.get("output") or "") for s in thread.get("steps") or []
              if s.get("type") == "user_message"]
    if titles := [t for t in titles if t]:
        cl.user_session.set("video_title", titles[-1])
    identity = session_identity()
    if identity is not None:
        from graph.turn import thread_language

        language = await thread_language(runtime().agent(), identity.user_id, str(thread["id"]))
        if language:
            cl.user_session.set("language", language)
        await restore_actions(runtime().services, identity.user_id, thread,
                              conversation_language())


# --- messages ---------------------------------------------------------------------------------
@cl.on_message
async def on_message(message: cl.Message) -> None:
    identity = session_identity()
    if identity is None:
        await cl.Message(content=phrase("sign_in_again", conversation_language())).send()
        return
    try:
        runtime().limits.check_message(message.content, len(message.elements or []),
                                       conversation_language())
        attachments = await attachments_from(message.elements or [])
    except InvalidInput as exc:
        await send_error(exc)
        return
    if title := video_title(message.content):
        cl.user_session.set("video_title", title)
    await run_chat_turn(identity, message.content, attachments, aspect=current_format().aspect)


def _channel(email: str) -> str:
    user = cl.user_session.get("user")
    return getattr(user, "display_name", None) or email.split("@", 1)[0]


# --- actions on results: each sends a typed action, never a sentence for a brain --------------
async def _pick(action: cl.Action, question: str) -> dict | None:
    results = action.payload.get("results", [])
    if len(results) == 1:
        return results[0]
    choice = await cl.AskActionMessage(
        content=question,
        actions=[cl.Action(name="pick", label=f"#{r['position']}", payload=r) for r in results],
        timeout=300,
    ).send()
    return choice.get("payload") if choice else None


async def _act(action: CreatorAction, *, echo: str | None) -> None:
    """Run a turn for a typed action; `echo` shows what was clicked as the creator's line."""
    identity = session_identity()
    if identity is None:
        return
    if echo:
        await cl.Message(content=echo, author=identity.email, type="user_message").send()
    # A user message makes the page wait for the end of a task, as after a typed message.
    await cl.context.emitter.task_start()
    try:
        await run_chat_turn(identity, action, [], aspect=current_format().aspect)
    finally:
        await cl.context.emitter.task_end()


def _echo(name: str, position: int) -> str:
    return f"{phrase(f'action_{name}', conversation_language())} #{position}"


@cl.action_callback("vary")
async def on_vary(action: cl.Action) -> None:
    picked = await _pick(action, _ask("pick_vary", "vary"))
    if picked:
        await _act(Vary(target=picked["position"]), echo=_echo("vary", picked["position"]))


@cl.action_callback("upscale")
async def on_upscale(action: cl.Action) -> None:
    picked = await _pick(action, _ask("pick_upscale", "upscale"))
    if picked:
        await _act(Upscale(target=picked["position"]),
                   echo=_echo("upscale", picked["position"]))


@cl.action_callback("refine")
async def on_refine(action: cl.Action) -> None:
    picked = await _pick(action, phrase("pick_refine", conversation_language()))
    if not picked:
        return
    answer = await cl.AskUserMessage(
        content=phrase("ask_refine", conversation_language(), position=picked["position"],
                       price=price_of(runtime().services, "refine")),
        timeout=600,
    ).send()
    wording = (answer or {}).get("output", "").strip()
    if wording:
        try:
            runtime().limits.check_message(wording, 0, conversation_language())
        except RoutixError as exc:
            await send_error(exc)
            return
        # The creator's words about the change: the one part of a refine a brain reads.
        await _act(Refine(target=picked["position"], wording=wording), echo=None)


@cl.action_callback("resize")
async def on_resize(action: cl.Action) -> None:
    picked = await _pick(action, _ask("pick_resize", "resize"))
    if picked:
        others = [f.aspect for f in FORMATS if f.aspect != picked.get("aspect")]
        await _act(Resize(target=picked["position"], aspects=others),
                   echo=_echo("resize", picked["position"]))


@cl.action_callback("download")
async def on_download(action: cl.Action) -> None:
    files = [
        cl.File(name=f"routix-{r['position']}.{r['key'].rsplit('.', 1)[-1]}",
                url=file_url(r["key"]) + "?download=1", mime=r.get("content_type"),
                display="inline")
        for r in action.payload.get("results", [])
    ]
    await cl.Message(content=phrase("download_intro", conversation_language()),
                     elements=files).send()


@cl.action_callback("feed_preview")
async def on_feed_preview(action: cl.Action) -> None:
    identity = session_identity()
    if identity is None:
        return
    await send_feed_previews(runtime().services, identity.user_id,
                             action.payload.get("results", []),
                             title=cl.user_session.get("video_title") or "",
                             channel=_channel(identity.email),
                             language=conversation_language())


@cl.action_callback("quick_reply")
async def on_quick_reply(action: cl.Action) -> None:
    """A quick reply under a question or message: its typed action goes straight in."""
    try:
        typed = ACTION_ADAPTER.validate_python(action.payload.get("action"))
    except ValidationError:
        return  # a button from an older release: nothing to do
    await _act(typed, echo=str(action.payload.get("label") or "")[:80] or None)


def _ask(key: str, action: str) -> str:
    return phrase(key, conversation_language(), price=price_of(runtime().services, action))
