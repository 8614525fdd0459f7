"""Midjourney as a background-art provider, through a self-hosted proxy (midjourney-proxy).

Where things are:
- `contract`  ArtRequest, Progress (from render.provider), ArtProvider: what the worker calls
- `provider`  MidjourneyRenderProvider: the `RenderProvider` the worker picks when keyed
- `prompt`    build_prompt(dna, brief, knobs), sanitize, with_aspect: text-free art prompts
- `room`, `colours`  where the template keeps space; palette hexes as colour words
- `wire`      the proxy's JSON as typed values (SubmitReply, Task, Button)
- `polling`   PollPolicy: backoff and the overall time limit
- `client`    MidjourneyClient: imagine, fetch, wait, act (U/V), download
- `grid`      decode_image, split_grid, decode_grid: the 2×2 grid into four images
- `art`       MidjourneyArt: make_art / imagine / vary / upscale for the worker
- `batch`     art_for(provider, requests): one background per recipe, grids shared by prompt
"""

from render.midjourney.art import ArtResult, MidjourneyArt
from render.midjourney.batch import art_for
from render.midjourney.client import MidjourneyClient
from render.midjourney.contract import ArtProvider, ArtRequest, Progress
from render.midjourney.grid import decode_grid, decode_image, split_grid
from render.midjourney.polling import PollPolicy
from render.midjourney.prompt import ArtBrief, PromptKnobs, build_prompt, sanitize, with_aspect
from render.midjourney.room import Room, room_for, room_from_spec

__all__ = [
    "ArtBrief", "ArtProvider", "ArtRequest", "ArtResult", "MidjourneyArt", "MidjourneyClient",
    "PollPolicy", "Progress", "PromptKnobs", "Room", "art_for", "build_prompt", "decode_grid",
    "decode_image", "room_for", "room_from_spec", "sanitize", "split_grid", "with_aspect",
]
