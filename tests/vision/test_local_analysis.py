"""The local analyser finds what was drawn: colours, text, faces, layout."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from vision.colour import delta_e2000, hex_to_rgb, srgb_to_lab
from vision.dna import Box
from vision.faces import detect_faces
from vision.local_analyzer import LocalAnalyzer, analyse_image
from vision.palette import cluster

NAVY, YELLOW, RED = (20, 33, 61), (255, 212, 0), (225, 30, 40)


def de(hex_value: str, rgb: tuple[int, int, int]) -> float:
    a = srgb_to_lab(np.array(hex_to_rgb(hex_value), float))
    return float(delta_e2000(a, srgb_to_lab(np.array(rgb, float))))


def box_iou(b: Box, px: tuple[int, int, int, int], w: int = 1280, h: int = 720) -> float:
    other = Box.from_pixels(px[0], px[1], px[2] - px[0], px[3] - px[1], w, h)
    return b.iou(other)


def test_palette_recovers_known_colours_and_shares() -> None:
    im = Image.new("RGB", (1280, 720), NAVY)
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, 639, 719), fill=RED)  # half red
    d.rectangle((900, 200, 1099, 399), fill=YELLOW)  # 40000 px ≈ 4.3 %
    dna = analyse_image(im)
    for rgb, share in ((RED, 0.5), (NAVY, 0.5 - 0.043), (YELLOW, 0.043)):
        best = min(dna.palette, key=lambda s: de(s.hex, rgb))
        assert de(best.hex, rgb) < 3, (rgb, best)
        assert abs(best.share - share) < 0.02, (rgb, best)


def test_palette_roles_background_text_accent(face_thumbnail) -> None:  # noqa: ANN001
    im, _, _ = face_thumbnail
    dna = analyse_image(im)
    assert de(dna.colours("background")[0].hex, NAVY) < 3
    assert de(dna.colours("text")[0].hex, YELLOW) < 3


def test_clustering_ignores_antialiased_blends(font) -> None:  # noqa: ANN001
    im = Image.new("RGB", (1280, 720), NAVY)
    ImageDraw.Draw(im).text((60, 200), "SMOOTH EDGES", font=font(110), fill=YELLOW)
    c = cluster(np.asarray(im))
    assert len(c.lab) == 2  # navy and yellow; the edge blends were folded back in


def test_text_line_found_where_it_was_drawn(face_thumbnail) -> None:  # noqa: ANN001
    im, _, ink = face_thumbnail
    dna = analyse_image(im)
    main = max(dna.text, key=lambda z: z.box.area)
    assert box_iou(main.box, ink) > 0.75
    assert main.word_count == 2 and main.case == "upper"
    assert main.weight in ("bold", "heavy")
    assert de(main.colour or "#000000", YELLOW) < 3


def test_stroke_is_noticed(font) -> None:  # noqa: ANN001
    im = Image.new("RGB", (1280, 720), NAVY)
    ImageDraw.Draw(im).text((60, 200), "STROKE ME", font=font(110), fill=YELLOW,
                            stroke_width=8, stroke_fill=(0, 0, 0))
    zones = analyse_image(im).text
    assert zones and zones[0].stroke


def test_no_text_on_a_plain_gradient() -> None:
    im = Image.linear_gradient("L").resize((1280, 720)).convert("RGB")
    assert analyse_image(im).text == []


def test_face_found_on_a_synthetic_face(face_thumbnail) -> None:  # noqa: ANN001
    im, face_px, _ = face_thumbnail
    grey = np.asarray(im.convert("L"))
    faces = detect_faces(grey)
    assert len(faces) == 1
    assert box_iou(faces[0], face_px) > 0.5


def test_no_face_in_noise_or_flat_images() -> None:
    noise = np.random.default_rng(3).integers(0, 256, (360, 640), dtype=np.uint8)
    assert detect_faces(noise) == []
    assert detect_faces(np.full((360, 640), 128, np.uint8)) == []


def test_faces_on_the_starter_previews_are_the_drawn_ones() -> None:
    """OpenCV's cascade, as we drive it, on what the analyser sees at ingest: every face it
    reports is a drawn stand-in, and it finds at least 90 % of them (48 of 52 when written;
    the misses are second faces in versus layouts and one face-right preview)."""
    from admin.starter_library import starter_templates
    from render.compositor import render_preview
    from vision.local_analyzer import shrink

    drawn = found = 0
    for spec in starter_templates():
        image, truth = render_preview(spec)
        faces = detect_faces(shrink(image)[1])
        truths = [Box.from_pixels(x0, y0, x1 - x0, y1 - y0, *image.size)
                  for x0, y0, x1, y1 in truth.face_boxes]
        for face in faces:
            assert any(face.iou(t) >= 0.4 for t in truths), (spec.id, face)
        drawn += len(truths)
        found += sum(any(f.iou(t) >= 0.4 for f in faces) for t in truths)
    assert found >= 0.9 * drawn, (found, drawn)


def test_faces_found_in_parallel_threads_match_one_thread(face_drawer) -> None:  # noqa: ANN001
    """Analyses run in worker threads, and an OpenCV classifier shared between threads mixes
    up their images (each thread gets its own, vision/faces.py)."""
    from concurrent.futures import ThreadPoolExecutor

    images = []
    for i, size in enumerate((160, 220, 300, 360)):
        im = Image.new("RGB", (1280, 720), NAVY)
        im.paste(face_drawer(size), (100 + 200 * i, 720 - size - 40 * i))
        images.append(np.asarray(im.convert("L")))
    one_thread = [detect_faces(g) for g in images]
    assert all(len(faces) == 1 for faces in one_thread)
    with ThreadPoolExecutor(8) as pool:
        parallel = list(pool.map(detect_faces, images * 16))
    assert parallel == one_thread * 16


def test_dna_of_a_face_thumbnail(face_thumbnail) -> None:  # noqa: ANN001
    im, _, _ = face_thumbnail
    dna = analyse_image(im)
    assert dna.analyser == "local"
    assert dna.faces.count == 1
    # Mostly flat navy: "minimal" is as fair a reading as "face_right" (rules: test_layout.py).
    assert dna.composition.layout in ("face_right", "minimal")
    assert dna.composition.focal_x > 0.6  # the face wins the eye
    assert (dna.technical.width, dna.technical.height) == (1280, 720)
    assert 0.4 < dna.technical.sharpness <= 1
    assert dna.tone.brightness < 0.35


async def test_local_analyzer_is_async_and_matches_the_pure_core(face_thumbnail) -> None:  # noqa: ANN001
    im, _, _ = face_thumbnail
    assert await LocalAnalyzer().analyze(im) == analyse_image(im)


def test_portrait_and_small_images_are_analysed() -> None:
    tall = Image.new("RGB", (720, 1280), RED)
    ImageDraw.Draw(tall).rectangle((100, 100, 600, 400), fill=YELLOW)
    assert analyse_image(tall).technical.aspect < 1
    small = Image.new("RGB", (320, 180), NAVY)
    assert analyse_image(small).palette[0].role == "background"


def photo_like(seed: int) -> Image.Image:
    """Multi-scale smooth noise: blotches of every size, like foliage or a crowd."""
    import cv2

    rng = np.random.default_rng(seed)
    acc = np.zeros((720, 1280, 3), np.float32)
    for cell, weight in ((8, 1.0), (32, 0.6), (128, 0.35), (512, 0.2)):
        noise = rng.random((720 // cell + 2, 1280 // cell + 2, 3)).astype(np.float32)
        acc += weight * cv2.resize(noise, (1280, 720), interpolation=cv2.INTER_CUBIC)
    acc = (acc - acc.min()) / (acc.max() - acc.min()) * 255
    return Image.fromarray(acc.astype(np.uint8))


def test_textured_photos_do_not_grow_phantom_text() -> None:
    for seed in range(3):
        assert analyse_image(photo_like(seed)).text == []


def test_stroked_text_on_a_textured_photo_is_found(font) -> None:  # noqa: ANN001
    im = photo_like(3)
    d = ImageDraw.Draw(im)
    d.text((60, 100), "HIDDEN GEMS", font=font(110), fill=(255, 255, 255), stroke_width=6,
           stroke_fill=(0, 0, 0))
    ink = d.textbbox((60, 100), "HIDDEN GEMS", font=font(110), stroke_width=6)
    (zone,) = analyse_image(im).text
    assert box_iou(zone.box, ink) > 0.7
    assert zone.word_count == 2 and zone.stroke


def test_small_faces_need_a_lower_min_share(face_drawer) -> None:  # noqa: ANN001
    im = Image.new("RGB", (1280, 720), NAVY)
    im.paste(face_drawer(80), (600, 300))  # 11 % of the height
    grey = np.asarray(im.convert("L"))
    assert detect_faces(grey) == []
    (face,) = detect_faces(grey, min_share=0.08)
    assert box_iou(face, (600, 300, 680, 380)) > 0.4


def test_darker_skin_faces_are_found_too(face_drawer) -> None:  # noqa: ANN001
    # Known gap: very dark faces on light backdrops are still missed (see vision/faces.py).
    for skin, bg in (((120, 78, 55), NAVY), ((100, 65, 45), (40, 90, 60)),
                     ((140, 95, 70), RED), ((225, 180, 150), (230, 230, 230))):
        im = Image.new("RGB", (1280, 720), bg)
        im.paste(face_drawer(300, bg=bg, skin=skin), (120, 200))
        faces = detect_faces(np.asarray(im.convert("L")))
        assert len(faces) == 1, skin
        assert box_iou(faces[0], (120, 200, 420, 500)) > 0.5, skin


def test_text_survives_jpeg_compression(face_thumbnail) -> None:  # noqa: ANN001
    import io

    im, _, ink = face_thumbnail
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=70)
    dna = analyse_image(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))
    main = max(dna.text, key=lambda z: z.box.area)
    assert box_iou(main.box, ink) > 0.7 and main.word_count == 2


async def test_concurrent_analyses_are_deterministic(face_thumbnail) -> None:  # noqa: ANN001
    import asyncio

    im, _, _ = face_thumbnail
    other = Image.new("RGB", (1280, 720), RED)
    analyzer = LocalAnalyzer()
    results = await asyncio.gather(*(analyzer.analyze(x) for x in (im, other, im, other, im)))
    assert results[0] == results[2] == results[4] == analyse_image(im)
    assert results[1] == results[3]
