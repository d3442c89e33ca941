"""One APIRouter per resource: JSON articles and search, and the HTML pages."""
