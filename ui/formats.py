"""The formats a chat can be in (Chainlit chat profiles) and how the agent hears about them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    profile: str
    aspect: str
    description: str
    icon: str


FORMATS = (
    Format("YouTube 16:9", "16:9", "Video thumbnails, 1280×720.", "/public/formats/youtube.svg"),
    Format("Shorts 9:16", "9:16", "Shorts and Reels covers, 1080×1920.",
           "/public/formats/shorts.svg"),
    Format("Square 1:1", "1:1", "Posts and podcasts, 1080×1080.", "/public/formats/square.svg"),
)
DEFAULT_FORMAT = FORMATS[0]


def format_for_profile(name: str | None) -> Format:
    return next((f for f in FORMATS if f.profile == name), DEFAULT_FORMAT)


def format_for_aspect(aspect: str) -> Format:
    return next((f for f in FORMATS if f.aspect == aspect), DEFAULT_FORMAT)
