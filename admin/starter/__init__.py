"""Building blocks of the starter template library: palettes, sample copy, layout recipes."""
