"""The web app: a JSON API and HTML pages over a corpus database (`create_app` in warta.serve.app)."""
