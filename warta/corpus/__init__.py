"""The corpus: many Article records in a store (SQLite by default), searchable and served to the web app."""
