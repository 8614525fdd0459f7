"""The offline frontend: Chainlit's build minus every link to another host."""

from pathlib import Path

from ui.frontend_build import chainlit_dist, offline_index, prepare_offline_build


def test_the_packaged_index_links_the_internet_and_ours_does_not():
    html = (chainlit_dist() / "index.html").read_text()
    assert "cdn.jsdelivr.net" in html and "fonts.googleapis.com" in html  # why this exists
    cleaned = offline_index(html)
    assert "http://" not in cleaned and "https://" not in cleaned
    assert '<script type="module" crossorigin src="/assets/' in cleaned
    assert "<!-- FONT START -->" in cleaned and "<!-- TAG INJECTION PLACEHOLDER -->" in cleaned


def test_build_is_made_once_with_linked_assets(tmp_path: Path):
    first = prepare_offline_build(tmp_path)
    second = prepare_offline_build(tmp_path)
    assert first == second
    assets = sorted((first / "assets").iterdir())
    source = chainlit_dist() / "assets" / assets[0].name
    assert assets and assets[0].read_bytes() == source.read_bytes()
    assert "katex" not in (first / "index.html").read_text()
    assert [p.name for p in tmp_path.iterdir()] == [first.name]  # no staging left behind
