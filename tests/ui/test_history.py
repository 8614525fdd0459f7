"""Chat history on our Postgres: schema `chainlit`, our user ids, our object store."""

import uuid

from sqlalchemy import inspect, text

from admin.users import create_user
from storage import migrate
from storage.db import sync_engine
from ui.history import ObjectStoreStorageClient, RoutixDataLayer, chat_prefix, key_from_url


def chainlit_tables(url: str) -> set[str]:
    engine = sync_engine(url)
    try:
        return set(inspect(engine).get_table_names(schema="chainlit"))
    finally:
        engine.dispose()


def test_migration_makes_the_chainlit_schema_and_goes_back_down(fresh_services):
    url = fresh_services.database_url
    assert chainlit_tables(url) == {"users", "threads", "steps", "elements", "feedbacks"}
    engine = sync_engine(url)
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("steps", schema="chainlit")}
    engine.dispose()
    assert {"autoCollapse", "defaultOpen", "modes", "command"} <= columns
    migrate.downgrade(url, "0002")
    engine = sync_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_namespace WHERE nspname='chainlit'")
                            ).scalar() == 0
        assert "users" in inspect(conn).get_table_names()  # ours is untouched
    engine.dispose()
    migrate.upgrade(url)
    assert "threads" in chainlit_tables(url)


async def _account(services) -> uuid.UUID:
    async with services.sessions.begin() as session:
        user = await create_user(session, f"h{uuid.uuid4().hex[:8]}@example.com", "password-1")
        return user.id


async def test_chat_users_get_our_ids_and_threads_belong_to_them(fresh_services):
    from chainlit.user import User

    layer = RoutixDataLayer(fresh_services.database_url, fresh_services.objects)
    try:
        user_id = await _account(fresh_services)
        persisted = await layer.create_user(User(identifier="someone@example.com",
                                                 metadata={"user_id": str(user_id)}))
        assert persisted.id == str(user_id)
        assert await layer.create_user(User(identifier="no-id@example.com")) is None

        thread = str(uuid.uuid4())
        await layer.update_thread(thread, name="Cats", user_id=str(user_id))
        assert await layer.get_thread_author(thread) == "someone@example.com"
        listed = await layer.get_all_user_threads(user_id=str(user_id))
        assert [t["id"] for t in listed] == [thread]

        intruder = await _account(fresh_services)
        await layer.create_user(User(identifier="intruder@example.com",
                                     metadata={"user_id": str(intruder)}))
        await layer.update_thread(thread, name="Mine now", user_id=str(intruder))
        assert await layer.get_thread_author(thread) == "someone@example.com"
        assert (await layer.get_thread(thread))["name"] == "Cats"
    finally:
        await layer.close()


async def test_rendered_images_are_recorded_by_key_and_uploads_land_under_the_owner(
        fresh_services):
    from chainlit.element import Image
    from chainlit.user import User

    layer = RoutixDataLayer(fresh_services.database_url, fresh_services.objects)
    try:
        user_id = await _account(fresh_services)
        await layer.create_user(User(identifier=f"{user_id}@example.com",
                                     metadata={"user_id": str(user_id)}))
        thread = str(uuid.uuid4())
        await layer.update_thread(thread, user_id=str(user_id))
        key = await fresh_services.objects.put(b"\x89PNG fake", content_type="image/png",
                                               prefix="renders")
        step = str(uuid.uuid4())
        for name in ("#2", "#1"):
            image = Image(name=name, url=f"/files/{key}", thread_id=thread, for_id=step,
                          display="inline")
            await RoutixDataLayer.create_element.__wrapped__(layer, image)
        [stored] = await layer.get_all_user_threads(thread_id=thread)
        assert [e["name"] for e in stored["elements"]] == ["#1", "#2"]
        assert {e["url"] for e in stored["elements"]} == {f"/files/{key}"}
        assert {e["objectKey"] for e in stored["elements"]} == {key}

        client = ObjectStoreStorageClient(fresh_services.objects)
        uploaded = await client.upload_file(f"{user_id}/element/photo.png", b"photo bytes",
                                            mime="image/png")
        assert uploaded["object_key"].startswith(chat_prefix(user_id) + "/")
        assert uploaded["url"] == f"/files/{uploaded['object_key']}"
        assert await fresh_services.objects.get(uploaded["object_key"]) == b"photo bytes"
    finally:
        await layer.close()


def test_only_our_file_urls_are_keys():
    assert key_from_url("/files/renders/ab/abc.png?download=1") == "renders/ab/abc.png"
    assert key_from_url("/files/../etc/passwd") is None
    assert key_from_url("https://example.com/files/x.png") is None
    assert key_from_url(None) is None
