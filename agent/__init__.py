"""Brains (OpenAI, Gemini, local) and the event stream every UI consumes."""
