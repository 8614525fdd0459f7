"""The web app: Chainlit chat mounted in FastAPI, plus HTTP routes (health, webhooks)."""
