"""Rendering: layer specs, the local compositor, remote render providers, compliance."""
