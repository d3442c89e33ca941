"""The one Jinja2 environment for the web pages and the HTML report (templates and CSS in this package)."""

from __future__ import annotations

import functools
from importlib import resources

from jinja2 import Environment, PackageLoader, select_autoescape

from warta.serve.highlight import KINDS, highlight, kind_counts


@functools.cache
def environment() -> Environment:
    """Templates from warta/serve/templates, with HTML escaping on and the highlighting helpers as globals."""
    env = Environment(
        loader=PackageLoader("warta.serve", "templates"), autoescape=select_autoescape(["html"])
    )
    env.globals.update(KINDS=KINDS, highlight=highlight, kind_counts=kind_counts)
    return env


@functools.cache
def stylesheet() -> str:
    """The site's CSS, inlined into the report so that it is a single self-contained file."""
    return resources.files("warta.serve").joinpath("static/style.css").read_text(encoding="utf-8")
