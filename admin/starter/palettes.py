"""Original palettes per niche, two each: strong hues, a dark/light pair for the background and
colours for text that stay readable on it."""

from __future__ import annotations

from render.spec import Niche, Palette


def _p(bg: str, bg2: str, accent: str, accent2: str, text: str = "#ffffff",
       stroke: str = "#000000", text2: str = "#ffffff") -> Palette:
    return Palette(background=bg, background2=bg2, accent=accent, accent2=accent2, text=text,
                   text2=text2, text_stroke=stroke)


PALETTES: dict[Niche, tuple[Palette, ...]] = {
    Niche.GAMING: (_p("#12002e", "#4b0fa8", "#00f5d4", "#f72585"),
                   _p("#061a12", "#0c6b3c", "#b6ff00", "#ff3d7f")),
    Niche.FINANCE: (_p("#062a1f", "#0d5c3f", "#ffd60a", "#2ee66b"),
                    _p("#0b1530", "#1d3b8a", "#ffc300", "#00e0a4")),
    Niche.TECH: (_p("#050d24", "#1546c9", "#00d4ff", "#ffcc29"),
                 _p("#141414", "#3a3a3a", "#ff5f1f", "#39c0ff")),
    Niche.EDUCATION: (_p("#ffd23f", "#ffb400", "#e63946", "#3a86ff", "#ffffff", "#1d3557",
                         "#1d3557"),
                      _p("#1b4db5", "#3a86ff", "#ffbe0b", "#fb5607")),
    Niche.COOKING: (_p("#c81d25", "#ff7b00", "#ffd23f", "#fff1d6"),
                    _p("#2a1a12", "#6b3e26", "#ff9f1c", "#e71d36")),
    Niche.FITNESS: (_p("#0e0e0e", "#2a2a2a", "#ff2e2e", "#c6ff00"),
                    _p("#001d3d", "#003566", "#ffd60a", "#ff4d00")),
    Niche.TRAVEL: (_p("#0077b6", "#48cae4", "#ffb703", "#fb5607"),
                   _p("#ff7b54", "#ffb26b", "#fff05a", "#06d6a0", "#ffffff", "#2b2d42")),
    Niche.VLOG: (_p("#ff4f8b", "#ffa07a", "#fff275", "#2a1e5c"),
                 _p("#6a4cff", "#b084ff", "#ffe45e", "#ff5ca8")),
    Niche.BEAUTY: (_p("#ffc2d4", "#ff8fab", "#c9184a", "#ff4d8d", "#ffffff", "#590d22"),
                   _p("#2b0f24", "#7a1f5c", "#ff9ecf", "#ffd6a5")),
    Niche.REACTION: (_p("#d00000", "#ff5400", "#ffea00", "#00bbf9"),
                     _p("#240046", "#ff006e", "#ffbe0b", "#3a86ff")),
    Niche.PODCAST: (_p("#161618", "#34343a", "#ff7b00", "#ffffff"),
                    _p("#0f2027", "#2c5364", "#f8c630", "#ff6b6b")),
    Niche.NEWS: (_p("#0b132b", "#1c2541", "#e5383b", "#f5f3f4"),
                 _p("#f5f3f4", "#d3d3d3", "#d90429", "#0b132b", "#0b132b", "#ffffff", "#0b132b")),
    Niche.KIDS: (_p("#3ec1ff", "#4361ee", "#ffd60a", "#ff4d9d"),
                 _p("#7ae582", "#25a18e", "#ffeb3b", "#ff5d5d", "#ffffff", "#004e64")),
}
