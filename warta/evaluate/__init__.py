"""Scoring Warta's extractors against gold data (`warta eval ...`)."""


def ratio(part: int, whole: int) -> float:
    """part / whole to four places; 0.0 when there is nothing to divide by."""
    return round(part / whole, 4) if whole else 0.0
