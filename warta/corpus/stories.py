"""Group articles into stories in one pass, without comparing all pairs.

Each article becomes a sparse TF-IDF vector over its salient features: the entities it names (resolved across
articles, weighted up) and its content words. Articles are visited oldest first; each is compared only with
the open stories that share one of its top features (an inverted index from feature to stories), and joins the
most similar one when the cosine similarity to that story's centroid reaches `threshold` and the story was
active within `window_days`; otherwise it starts a story. Features found in more than `max_df` of the articles
(common words) are left out, and each feature remembers only the MAX_POSTINGS stories most recently joined, so
an article meets at most INDEX_FEATURES x MAX_POSTINGS candidate stories and the cost grows linearly with the
number of articles. Copies always join their original's story.
"""

from __future__ import annotations

import functools
import gzip
import io
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.lang.id.stop_words import STOP_WORDS

__all__ = ["StoryInput", "group_stories", "features", "background", "build_background", "write_background"]

# Document frequencies of words and entities in ~4,800 Indonesian news articles (IndoSum dev and the 2015 news
# corpus; rebuilt by `python benchmarks/corpus_scale.py background`). They are added to the corpus's own
# counts, so that a small corpus (the five examples) still knows that "Netanyahu" is rare in news and
# "pemerintah" is not; without them every word of an eight-article corpus looks equally common.
BACKGROUND = Path(__file__).with_name("background_df.tsv.gz")

THRESHOLD = 0.35
WINDOW_DAYS = 45
MAX_DF = 0.05  # features in more than this share of the articles are not used to find candidates
TOP_FEATURES = 40  # features kept per article vector
INDEX_FEATURES = 12  # of which this many look up candidate stories
CENTROID_FEATURES = 120  # features kept per story centroid
ENTITY_WEIGHT = 2.0
MIN_CAP = 50  # the document-frequency cap never drops below this many articles
MAX_POSTINGS = 50  # stories remembered per feature (the most recently joined), which bounds the candidates
# A short text (a headline, a one-paragraph flash) has too few features for its cosine to a long story's
# centroid to reach THRESHOLD. It joins a story when all its specific strong features are already in the
# story: the entities it names that are not common in news (document frequency under the cap) and the
# quantities its figures count that have a place or a subject ("killed in Gaza", not "killed"). A text is
# short with at most SHORT_WORDS content words; it needs at least MIN_STRONG such features (MIN_STRONG - 1
# when one is a quantity).
SHORT_WORDS = 30
MIN_STRONG = 3
_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


@dataclass
class StoryInput:
    id: str
    text: str
    published: str | None
    entities: Sequence[str] = ()  # resolved entity ids, one per mention
    copy_of: str | None = None
    quantities: Sequence[
        str
    ] = ()  # what its figures count ("killed in Gaza"; warta.corpus.claims.quantity_key)


@dataclass
class _Story:
    members: list[str] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    last: date | None = None
    strong: set[str] = field(default_factory=set)  # the entities and quantities of its articles


def _day(value: str | None) -> date | None:
    if value and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def strong_features(doc: StoryInput) -> set[str]:
    """The features that say what a text is about, however short: its entities and its figures' quantities."""
    return {"@" + e for e in doc.entities} | {"#" + q for q in doc.quantities}


def _specific(counts: Counter, strong: set[str], df: Counter, cap: int) -> set[str]:
    """A short text's strong features that are evidence of its story, or an empty set when it is not short or
    they are too few (see SHORT_WORDS). `counts` is the text's `features`."""
    words = sum(n for f, n in counts.items() if not f.startswith("@"))
    if words > SHORT_WORDS:
        return set()
    quantities = {f for f in strong if f.startswith("#") and (":" in f or " in " in f)}
    entities = {f for f in strong if f.startswith("@") and df[f] <= cap}
    specific = quantities | entities
    needed = MIN_STRONG - 1 if quantities else MIN_STRONG
    return specific if len(specific) >= needed else set()


def features(doc: StoryInput) -> Counter:
    counts: Counter = Counter(w for w in _WORD.findall(doc.text.lower()) if w not in STOP_WORDS)
    for entity in doc.entities:
        counts["@" + entity] += 1
    return counts


def group_stories(
    docs: Sequence[StoryInput],
    threshold: float = THRESHOLD,
    window_days: int = WINDOW_DAYS,
    max_df: float = MAX_DF,
    prior: tuple[int, dict[str, int]] | None = None,
) -> dict[str, int]:
    """Article id -> story number (stories numbered in order of their first article).

    `prior`: (articles, document frequency per feature) added to the corpus's own; default: the shipped
    background counts; (0, {}) for none.
    """
    feats = [features(doc) for doc in docs]
    bg_n, bg_df = background() if prior is None else prior
    df: Counter = Counter()
    for counts in feats:
        df.update(counts.keys())
    for f in df:
        df[f] += bg_df.get(f, 0)
    n = len(docs) + bg_n
    # on a small corpus every feature is in a large share of the articles, yet there are few to compare
    cap = max(MIN_CAP, int(max_df * n))
    vectors = []
    for counts in feats:
        weights = {}
        for f, tf in counts.items():
            idf = math.log((n + 1) / (df[f] + 0.5))
            weights[f] = (1 + math.log(tf)) * idf * (ENTITY_WEIGHT if f.startswith("@") else 1.0)
        top = dict(sorted(weights.items(), key=lambda kv: -kv[1])[:TOP_FEATURES])
        norm = math.sqrt(sum(w * w for w in top.values())) or 1.0
        vectors.append({f: w / norm for f, w in top.items()})

    order = sorted(
        range(len(docs)),
        key=lambda i: (_day(docs[i].published) is None, _day(docs[i].published) or date.min, i),
    )
    story_of: dict[str, int] = {}
    stories: list[_Story] = []
    index: dict[str, list[int]] = defaultdict(list)
    strong_index: dict[str, list[int]] = defaultdict(list)  # strong feature -> stories, most recent last
    # copies are placed after their originals
    deferred = [i for i in order if docs[i].copy_of]
    for i in [i for i in order if not docs[i].copy_of]:
        doc, vec = docs[i], vectors[i]
        day = _day(doc.published)
        keys = [f for f in sorted(vec, key=lambda f: -vec[f])[:INDEX_FEATURES] if df[f] <= cap]
        candidates = {s for f in keys for s in index.get(f, ())}
        best, best_score = None, threshold
        for s in candidates:
            story = stories[s]
            if day and story.last and abs((day - story.last).days) > window_days:
                continue
            score = _cosine(vec, story.centroid)
            if score >= best_score:
                best, best_score = s, score
        strong = strong_features(doc)
        specific = _specific(feats[i], strong, df, cap) if best is None else set()
        if specific:
            best = _containing(specific, vec, day, stories, strong_index, window_days)
        if best is None:
            best = len(stories)
            stories.append(_Story())
        story = stories[best]
        story.members.append(doc.id)
        if day and (story.last is None or day > story.last):
            story.last = day
        _absorb(story, vec)
        for f in keys:
            postings = index[f]
            if best in postings:
                postings.remove(best)
            postings.append(best)
            if len(postings) > MAX_POSTINGS:
                del postings[0]  # the story least recently joined: articles come in date order
        story.strong |= strong
        for f in strong:
            _post(strong_index[f], best)
        story_of[doc.id] = best
    for i in deferred:
        doc = docs[i]
        if doc.copy_of in story_of:
            story_of[doc.id] = story_of[doc.copy_of]
        else:
            story_of[doc.id] = len(stories)
            stories.append(_Story([doc.id]))
    return story_of


def _post(postings: list[int], story: int) -> None:
    if story in postings:
        postings.remove(story)
    postings.append(story)
    if len(postings) > MAX_POSTINGS:
        del postings[0]


def _containing(
    strong: set[str],
    vec: dict[str, float],
    day: date | None,
    stories: list[_Story],
    strong_index: dict[str, list[int]],
    window_days: int,
) -> int | None:
    """The story, active within the window, that holds all of a short text's strong features (the most similar
    one when several do), or None. Candidates come from the index of strong features: at most MAX_POSTINGS
    per feature, so this stays linear too."""
    candidates = {s for f in strong for s in strong_index.get(f, ())}
    best, best_score = None, -1.0
    for s in candidates:
        story = stories[s]
        if day and story.last and abs((day - story.last).days) > window_days:
            continue
        if strong <= story.strong:
            score = _cosine(vec, story.centroid)
            if score > best_score:
                best, best_score = s, score
    return best


def _cosine(vec: dict[str, float], centroid: dict[str, float]) -> float:
    norm = math.sqrt(sum(w * w for w in centroid.values())) or 1.0
    return sum(w * centroid.get(f, 0.0) for f, w in vec.items()) / norm


def _absorb(story: _Story, vec: dict[str, float]) -> None:
    """Add an article's vector to its story's centroid, keeping the centroid's strongest features."""
    for f, w in vec.items():
        story.centroid[f] = story.centroid.get(f, 0.0) + w
    if len(story.centroid) > CENTROID_FEATURES * 2:
        story.centroid = dict(sorted(story.centroid.items(), key=lambda kv: -kv[1])[:CENTROID_FEATURES])


@functools.cache
def background() -> tuple[int, dict[str, int]]:
    """The shipped background document frequencies: (articles counted, {feature: articles with it})."""
    if not BACKGROUND.exists():
        return 0, {}
    with gzip.open(BACKGROUND, "rt", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        counts = {}
        for line in fh:
            feature, _, value = line.rstrip("\n").rpartition("\t")
            counts[feature] = int(value)
    return int(header[1]), counts


def build_background(docs: Iterable[StoryInput], min_df: int = 3) -> tuple[int, dict[str, int]]:
    """Document frequencies of the features of `docs`, keeping those in at least `min_df` articles."""
    df: Counter = Counter()
    n = 0
    for doc in docs:
        n += 1
        df.update(features(doc).keys())
    return n, {f: c for f, c in df.items() if c >= min_df}


def write_background(path: Path, n: int, df: dict[str, int]) -> None:
    """Write background counts as gzipped TSV (first line "#articles<TAB>n"), most frequent first."""
    # mtime=0: the same counts give the same bytes, so a rebuild shows no spurious diff
    with (
        gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as raw,
        io.TextIOWrapper(raw, encoding="utf-8") as fh,
    ):
        fh.write(f"#articles\t{n}\n")
        for feature, count in sorted(df.items(), key=lambda kv: (-kv[1], kv[0])):
            fh.write(f"{feature}\t{count}\n")
