"""The local brain's parts, each pure and deterministic:

- `fold`: length-preserving text folding and keyed word lists (`Terms`)
- `language`: language by script and stop-words
- `vocab_design`, `vocab_turns`: word lists in en/de/es/fr/pt/fa/ar/ja/hi
- `guard`: requests Routix always refuses
- `titles`: quoted titles, `headline:` labels, topics (exact slices of the message)
- `design`: niches, mood, energy, colours, layout, aspects, faces, listicle numbers
- `followups`: targets ("#2", "the third") and refinements ("make the text yellow")
- `request`: a new request's Intent
- `parse`: `understand_text`, the order of the checks
- `questions`, `answers`: side questions ("how many credits do I have?") onto the agent's tools
- `replies`, `reply_texts`: replies per kind and language
- `phrases`: every other sentence a creator sees (status lines, buttons, errors), nine languages
- `niche_meaning`: optional niche guess by meaning (an embedder vs niche descriptions)

`parse.understand_text` is the entry point; `agent.local_brain.LocalBrain` wraps it as a `Brain`.
"""
