"""Database models and migrations, embedded servers, object store, ledger, vector index."""
