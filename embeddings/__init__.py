"""Text embedders behind one protocol: local MiniLM (torch-free), OpenAI, Gemini."""
