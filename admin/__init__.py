"""Template ingestion, the starter library, analytics and audit."""
