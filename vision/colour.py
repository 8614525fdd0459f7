"""Colour maths in plain numpy: sRGB ↔ CIE Lab (D65), hex, ΔE76 and CIEDE2000, and names.

OpenCV's own Lab conversion works on 8-bit ranges that differ by dtype; doing it here keeps one
definition (true L in 0–100, a/b unbounded) for the palette, the describer and the benchmarks.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

_M = np.array(
    [[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750],
     [0.0193339, 0.1191920, 0.9503041]]
)
_WHITE = np.array([0.95047, 1.0, 1.08883])


def srgb_to_lab(rgb: ArrayLike) -> NDArray[np.float64]:
    """sRGB in 0–255 (any shape ending in 3) to Lab."""
    c = np.asarray(rgb, dtype=np.float64) / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    xyz = lin @ _M.T / _WHITE
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.stack(
        [116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])],
        axis=-1,
    )


def lab_to_srgb(lab: ArrayLike) -> NDArray[np.float64]:
    """Lab to sRGB in 0–255, clipped to the gamut."""
    lab = np.asarray(lab, dtype=np.float64)
    fy = (lab[..., 0] + 16) / 116
    f = np.stack([fy + lab[..., 1] / 500, fy, fy - lab[..., 2] / 200], axis=-1)
    xyz = np.where(f > 6 / 29, f**3, 3 * (6 / 29) ** 2 * (f - 4 / 29)) * _WHITE
    lin = np.clip(xyz @ np.linalg.inv(_M).T, 0, 1)
    c = np.where(lin <= 0.0031308, lin * 12.92, 1.055 * lin ** (1 / 2.4) - 0.055)
    return np.clip(c * 255, 0, 255)


def rgb_to_hex(rgb: ArrayLike) -> str:
    """(r, g, b) in 0–255 to "#rrggbb"."""
    r, g, b = (int(round(float(v))) for v in np.clip(np.asarray(rgb, dtype=float), 0, 255))
    return f"#{r:02x}{g:02x}{b:02x}"


def hex_to_rgb(value: str) -> tuple[int, int, int]:
    """"#rrggbb" (or "rrggbb") to (r, g, b)."""
    v = value.lstrip("#")
    return int(v[0:2], 16), int(v[2:4], 16), int(v[4:6], 16)


def delta_e76(lab1: ArrayLike, lab2: ArrayLike) -> NDArray[np.float64]:
    """Euclidean distance in Lab (ΔE*ab 1976)."""
    return np.linalg.norm(np.asarray(lab1, float) - np.asarray(lab2, float), axis=-1)


def delta_e2000(lab1: ArrayLike, lab2: ArrayLike) -> NDArray[np.float64]:
    """CIEDE2000 colour difference (kL = kC = kH = 1), broadcasting over leading axes."""
    l1, a1, b1 = np.moveaxis(np.asarray(lab1, float), -1, 0)
    l2, a2, b2 = np.moveaxis(np.asarray(lab2, float), -1, 0)
    c_bar = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    g = 0.5 * (1 - np.sqrt(c_bar**7 / (c_bar**7 + 25.0**7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p = np.degrees(np.arctan2(b1, a1p)) % 360
    h2p = np.degrees(np.arctan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    dh = h2p - h1p
    dh = np.where(dh > 180, dh - 360, np.where(dh < -180, dh + 360, dh))
    dh = np.where(c1p * c2p == 0, 0, dh)
    d_hp = 2 * np.sqrt(c1p * c2p) * np.sin(np.radians(dh / 2))
    l_bar, c_bar_p = (l1 + l2) / 2, (c1p + c2p) / 2
    h_sum = h1p + h2p
    h_bar = np.where(
        c1p * c2p == 0, h_sum,
        np.where(np.abs(h1p - h2p) <= 180, h_sum / 2,
                 np.where(h_sum < 360, (h_sum + 360) / 2, (h_sum - 360) / 2)),
    )
    t = (1 - 0.17 * np.cos(np.radians(h_bar - 30)) + 0.24 * np.cos(np.radians(2 * h_bar))
         + 0.32 * np.cos(np.radians(3 * h_bar + 6)) - 0.20 * np.cos(np.radians(4 * h_bar - 63)))
    s_l = 1 + 0.015 * (l_bar - 50) ** 2 / np.sqrt(20 + (l_bar - 50) ** 2)
    s_c = 1 + 0.045 * c_bar_p
    s_h = 1 + 0.015 * c_bar_p * t
    r_t = (-2 * np.sqrt(c_bar_p**7 / (c_bar_p**7 + 25.0**7))
           * np.sin(np.radians(60 * np.exp(-(((h_bar - 275) / 25) ** 2)))))
    return np.sqrt(
        (dl / s_l) ** 2 + (dc / s_c) ** 2 + (d_hp / s_h) ** 2 + r_t * (dc / s_c) * (d_hp / s_h)
    )


# Names a creator would use in a prompt; the describer picks the nearest in CIEDE2000.
_NAMED: dict[str, tuple[int, int, int]] = {
    "black": (10, 10, 10), "charcoal": (54, 54, 58), "grey": (128, 128, 128),
    "light grey": (200, 200, 200), "white": (250, 250, 250), "red": (220, 30, 35),
    "dark red": (130, 15, 20), "pink": (245, 120, 170), "hot pink": (255, 30, 140),
    "orange": (250, 130, 20), "yellow": (255, 220, 0), "gold": (212, 170, 40),
    "cream": (245, 235, 200), "beige": (215, 195, 160), "brown": (120, 70, 35),
    "lime": (160, 230, 40), "green": (40, 170, 60), "dark green": (15, 80, 35),
    "teal": (0, 128, 128), "cyan": (0, 210, 230), "sky blue": (110, 190, 245),
    "blue": (30, 90, 220), "navy": (15, 25, 75), "purple": (120, 50, 170),
    "violet": (170, 110, 230), "magenta": (220, 30, 200),
}
_NAMED_LAB = srgb_to_lab(np.array(list(_NAMED.values()), dtype=float))
_NAMES = list(_NAMED)


def colour_name(hex_value: str) -> str:
    """A plain English name for a colour ("navy", "yellow"), nearest by CIEDE2000."""
    lab = srgb_to_lab(np.array(hex_to_rgb(hex_value), dtype=float))
    d = delta_e2000(np.broadcast_to(lab, _NAMED_LAB.shape), _NAMED_LAB)
    return _NAMES[int(np.argmin(d))]
