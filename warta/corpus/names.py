"""One identity per real-world entity across articles: names, aliases, roles, affiliations and co-mentions.

The per-article extractor already folds "Netanyahu" into "Benjamin Netanyahu" when one article uses both.
Across articles this module decides the rest:

1. Names in one alias group of warta/data/aliases.tsv ("Amerika Serikat", "AS", "Washington") are one entity.
2. People (PER) are compared on their name with titles and leading country names removed ("PM Israel Benjamin
   Netanyahu" -> "benjamin netanyahu"). Equal names, or the same first and last name with compatible middle
   names ("Charles Q. Brown" / "Charles Brown"), are one person; different first names ("Hillary Clinton" /
   "Bill Clinton") or middle names ("Gatot Imam Nugroho" / "Gatot Pujo Nugroho") are two.
3. Variants (spelling, initials, a shorter form, a suffix only one has) and one-word names ("Netanyahu") join
   a name only with evidence from context (context_score >= EVIDENCE): a shared role or affiliation, and
   co-mentioned entities weighted by their rarity in news. A one-word name with several candidate full names
   joins the best-fitting one, and none on a tie.
4. Organisations and places (ORG, LOC, GPE, NORP) are one entity per normalised name, whatever label the
   tagger gave (it confuses them); "kota Rafah" is "Rafah".

`same_entity(a, b)` is the pairwise decision (scored by benchmarks/gold/entity_pairs.json); `resolve()`
applies it to a whole corpus with blocking on name tokens, so no step compares all pairs.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from warta.lang import alias_group_lines, alias_pairs, data_lines

__all__ = [
    "Profile",
    "alias_groups",
    "fold",
    "evaluate_pairs",
    "normalise",
    "person_tokens",
    "same_entity",
    "resolve",
    "slug",
]

PERSON = "PER"
# Lower-case words that name a kind of place or body before its name ("kota Rafah", "negara Palestina"): they
# are dropped when comparing names. Only words that never are a name themselves.
_GENERIC = ("kota", "kabupaten", "provinsi", "negara", "wilayah", "kawasan", "desa", "kecamatan", "pulau")
# Name suffixes that do not tell two people apart.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})
_PUNCT = re.compile(r"[^\w\s-]")
# How much context evidence a one-word name or a variant needs to join a name: a specific shared role, or
# shared co-mentioned entities rare enough in news ("Indonesia" 0.15 and "Jakarta" 0.2 are not enough).
EVIDENCE = 0.3
# Blocks of more full names than this are skipped (they would cost their square in comparisons).
MAX_BLOCK = 300
# Two spellings of one name token ("Galant"/"Gallant", "Benjamin"/"Benyamin") are at least this similar.
_SPELLING = 0.8


def _fold(text: str) -> str:
    """Lower case without diacritics, punctuation or repeated spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_PUNCT.sub(" ", text.lower()).split())


fold = _fold


@functools.cache
def alias_groups() -> dict[str, tuple[str, str]]:
    """Folded name -> (label, canonical name) from warta/data/aliases.tsv.

    Two kinds of line, both read by `warta.lang`: "short<TAB>full", and group lines without a tab,
    "LABEL|Canonical name|alias|alias...". The entity extractor uses the same lines within one article: the ORG
    and LOC groups to know places and bodies (`warta.extract.entities.known_bodies`), the PER groups for the names
    people go by (`known_nicknames`).
    """
    groups: dict[str, tuple[str, str]] = {}
    for label, names in alias_group_lines():
        for name in names:
            groups[_fold(name)] = (label, names[0])
    for short, full in alias_pairs():
        # "short<TAB>full" joins the full name's group where it has one, else makes a group of two
        label, canonical = groups.get(_fold(full), ("", full))
        groups.setdefault(_fold(short), (label, canonical))
        groups.setdefault(_fold(full), (label, canonical))
    return groups


@functools.cache
def _title_words() -> tuple[tuple[str, ...], ...]:
    """Folded title forms as token tuples, longest first ("perdana menteri" before "menteri")."""
    forms = set()
    for line in data_lines("titles.tsv"):
        form, *rest = line.split("\t")
        forms.add(tuple(_fold(form).split()))
        if rest and rest[0].strip():
            forms.add(tuple(_fold(rest[0]).split()))
    forms |= {
        ("jenderal",),
        ("jend",),
        ("letjen",),
        ("mayjen",),
        ("brigjen",),
        ("kolonel",),
        ("dr",),
        ("prof",),
    }
    return tuple(sorted((f for f in forms if f), key=len, reverse=True))


@functools.lru_cache(maxsize=200_000)
def person_tokens(name: str) -> tuple[str, ...]:
    """A person's name as folded tokens without leading titles and places: "PM Israel Benjamin Netanyahu"."""
    tokens = _fold(name).replace("-", " ").split()
    places = alias_groups()
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        for form in _title_words():
            if len(form) < len(tokens) and tuple(tokens[: len(form)]) == form:
                tokens = tokens[len(form) :]
                changed = True
                break
        else:
            # a country or body right after a title ("Menlu AS Antony Blinken"), up to three words
            for size in (3, 2, 1):
                head = " ".join(tokens[:size])
                if size < len(tokens) and head in places and places[head][0] != PERSON:
                    tokens = tokens[size:]
                    changed = True
                    break
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens = tokens[:-1]
    return tuple(tokens)


@functools.lru_cache(maxsize=200_000)
def normalise(name: str, label: str | None) -> str:
    """The comparison key of a name: its alias group, else its folded form (people without titles)."""
    folded = _fold(name)
    group = alias_groups().get(folded)
    if group:
        return "=" + _fold(group[1])
    if label == PERSON:
        tokens = person_tokens(name)
        group = alias_groups().get(" ".join(tokens))
        return "=" + _fold(group[1]) if group else " ".join(tokens)
    tokens = folded.split()
    while len(tokens) > 1 and tokens[0] in _GENERIC:
        tokens = tokens[1:]
    rest = " ".join(tokens)
    group = alias_groups().get(rest)
    return "=" + _fold(group[1]) if group else rest


@dataclass
class Profile:
    """What is known about one name: its form, label, roles, affiliations and the entities around it."""

    name: str
    label: str | None = None
    roles: set[str] = field(default_factory=set)
    affiliations: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)  # normalised names co-mentioned with it

    @property
    def key(self) -> str:
        return normalise(self.name, self.label)

    @property
    def is_person(self) -> bool:
        return self.label == PERSON and not self.key.startswith("=")


def _similar(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and difflib.SequenceMatcher(None, a, b).ratio() >= _SPELLING)


def _role_key(role: str) -> str:
    tokens = _fold(role).split()
    for form in _title_words():
        if len(form) <= len(tokens) and tuple(tokens[: len(form)]) == form:
            return " ".join(form)
    return " ".join(tokens[:2])


def context_score(a: Profile, b: Profile) -> float:
    """How well two profiles' roles, affiliations and co-mentions fit: > 0 agree, < 0 contradict, 0 unknown.

    A shared role counts 1 when it is specific ("Jaksa Agung"), 0.5 when it is one generic word ("Kepala");
    a shared co-mentioned entity counts its rarity in news (see `rarity`): "Indonesia" next to both names says
    almost nothing, "Persegres" says a lot.
    """
    score = 0.0
    roles_a, roles_b = {_role_key(r) for r in a.roles}, {_role_key(r) for r in b.roles}
    if roles_a and roles_b:
        shared_roles = roles_a & roles_b
        if shared_roles:
            score += max(1.0 if " " in r else 0.5 for r in shared_roles)
        else:
            score -= 1.0
    aff_a = {normalise(x, None) for x in a.affiliations}
    aff_b = {normalise(x, None) for x in b.affiliations}
    if aff_a and aff_b:
        score += 0.5 if aff_a & aff_b else -0.5
    shared = a.context & b.context
    if shared:
        score += min(1.5, sum(rarity(key) for key in shared))
    return score


@functools.lru_cache(maxsize=100_000)
def rarity(key: str) -> float:
    """How rare an entity is in news, 0 (in every article) to 1 (in none of the background articles).

    From the background document frequencies shipped for story grouping (warta.corpus.stories.background):
    log((N + 1) / (df + 1)) / log(N + 1).
    """
    from warta.corpus.stories import background

    n, df = background()
    if not n:
        return 0.5  # no background counts: every shared entity is modest evidence
    count = df.get("@" + slug(key.lstrip("=")), 0)
    return math.log((n + 1) / (count + 1)) / math.log(n + 1)


def _suffix(name: str) -> str:
    """The generational suffix of a person's name ("jr" in "Donald Trump Jr."), or ""."""
    tokens = _fold(name).split()
    return tokens[-1] if len(tokens) > 1 and tokens[-1] in _SUFFIXES else ""


def _initial(a: str, b: str) -> bool:
    """One token abbreviates the other: "m" or "moh" for "mohammad"."""
    short, long = sorted((a, b), key=len)
    return len(short) <= 3 < len(long) and long.startswith(short)


def _token_match(a: str, b: str) -> bool:
    return a == b or _initial(a, b) or _similar(a, b)


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names agree unless both are given and one holds a name the other lacks ("Imam" / "Pujo")."""
    if not a or not b:
        return True
    short, long = sorted((a, b), key=len)
    return all(any(_token_match(x, y) for y in long) for x in short)


def _contiguous(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def name_relation(a: Profile, b: Profile) -> str:
    """How two names relate: "same", "part" (one word of the other), "variant" (may be the same: spelling,
    initials, a shorter form, a suffix only one has) or "different"."""
    if a.key == b.key:
        return "same"
    if a.is_person != b.is_person or a.key.startswith("=") or b.key.startswith("="):
        return "different"
    if not a.is_person:
        return "different"
    ta, tb = person_tokens(a.name), person_tokens(b.name)
    if "".join(ta) == "".join(tb):
        return "same"  # "Soekarnoputri" / "Soekarno Putri"
    sa, sb = _suffix(a.name), _suffix(b.name)
    if sa and sb and sa != sb:
        return "different"
    if len(ta) == 1 or len(tb) == 1:
        short, full = (ta, tb) if len(ta) == 1 else (tb, ta)
        if len(full) == 1:
            return "variant" if _similar(short[0], full[0]) else "different"
        return "part" if short[0] in (full[0], full[-1]) else "different"
    if not _middles_agree(ta[1:-1], tb[1:-1]):
        return "different"  # "Gatot Imam Nugroho" / "Gatot Pujo Nugroho"
    if ta[0] == tb[0] and ta[-1] == tb[-1]:
        return "same" if sa == sb else "variant"  # "Charles Q. Brown" / "Charles Brown"
    if _token_match(ta[0], tb[0]) and _token_match(ta[-1], tb[-1]):
        return "variant"  # "Moh Gudono" / "Mohammad Gudono", "Yoav Galant" / "Yoav Gallant"
    short, long = sorted((ta, tb), key=len)
    if len(short) < len(long) and _contiguous(short, long):
        return "variant"  # "Sri Mulyani" / "Sri Mulyani Indrawati", "Purwo Nugroho" / "Sutopo Purwo Nugroho"
    return "different"


def same_entity(a: Profile, b: Profile) -> bool:
    """Whether two mentions name the same entity, on their names and context (see the module docstring).

    A one-word name or a variant needs positive evidence (context_score >= EVIDENCE: a shared role,
    affiliation or rare co-mentioned entity): "Herlambang" next to a football coach "Risco Herlambang" with
    nothing in common stays apart.
    """
    relation = name_relation(a, b)
    if relation == "same":
        return True
    if relation == "different":
        return False
    if _suffix(a.name) != _suffix(b.name) and (a.key in b.context or b.key in a.context):
        return False  # "Donald Trump Jr" in an article that also names "Donald Trump"
    return context_score(a, b) >= EVIDENCE


def _display_name(forms: Counter, label: str | None) -> str:
    """The name to show: a form without titles or generic words, the fullest of the much-used ones."""
    if label == PERSON:
        plain = [f for f in forms if person_tokens(f) == tuple(_fold(f).replace("-", " ").split())]
    else:
        plain = [f for f in forms if normalise(f, label) == _fold(f)]
    pool = [f for f in plain if not is_pronoun(f)] or [f for f in forms if not is_pronoun(f)] or list(forms)
    top = max(forms[f] for f in pool)
    return max(
        (f for f in pool if forms[f] >= top / 2), key=lambda f: (len(f.split()), f[:1].isupper(), forms[f])
    )


# Pronouns and pronoun clitics the extractor resolves to a name ("kata-nya" -> Netanyahu): a mention, never an
# alias, since no one writes the entity's name that way.
# The quote extractor's pronoun list, plus clitics and the pronouns it never resolves to one speaker.
_PRONOUNS = frozenset(data_lines("quote_pronouns.txt")) | frozenset(
    {"nya", "mereka", "ku", "mu", "kau", "engkau", "anda", "kami", "kita"}
)


def is_pronoun(form: str) -> bool:
    """Whether a mention's text is a pronoun or a clitic ("-nya", "nya", "beliau") rather than a name."""
    return form.strip().startswith("-") or _fold(form) in _PRONOUNS


def _aliases(forms: Counter, name: str) -> list[str]:
    """The other forms an entity is written in, one per spelling that differs beyond case (no pronouns)."""
    seen = {_fold(name)}
    out = []
    for form, _ in sorted(forms.items(), key=lambda kv: (-kv[1], kv[0])):
        if is_pronoun(form):
            continue
        if _fold(form) not in seen:
            seen.add(_fold(form))
            out.append(form)
    return sorted(out)


def slug(name: str) -> str:
    """A URL-safe id for an entity name."""
    return re.sub(r"[^a-z0-9]+", "-", _fold(name)).strip("-") or "entitas"


@dataclass
class Node:
    """One name in the corpus (a one-word person name: one article's use of it) and its mentions."""

    key: str
    profile: Profile
    mentions: list[int] = field(default_factory=list)  # indexes into resolve()'s input
    forms: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)


def resolve(mentions: Iterable[dict]) -> tuple[list[int], list[dict]]:
    """Cluster mentions into entities.

    Each mention: {article, name (the extractor's canonical or text), text, label, role, affiliation, context}
    where context is the set of normalised names co-mentioned in its article. Returns the entity index of each
    mention and the entities [{id, name, label, aliases, articles, mentions}].
    """
    mentions = list(mentions)
    nodes: dict[tuple[str, str], Node] = {}
    order: list[tuple[str, str]] = []
    node_of: list[tuple[str, str]] = []
    for i, m in enumerate(mentions):
        label = m.get("label")
        profile = Profile(m["name"], label)
        key = profile.key
        # a one-word person name is its own node per article: "Clinton" may be Hillary here and Bill there
        one_word = profile.is_person and len(key.split()) == 1
        node_key = (key, m["article"] if one_word else "")
        node = nodes.get(node_key)
        if node is None:
            node = nodes[node_key] = Node(key, profile)
            order.append(node_key)
        node.mentions.append(i)
        node.forms[m.get("text") or m["name"]] += 1
        node.forms[m["name"]] += 1
        node.labels[label or ""] += 1
        if m.get("role"):
            node.profile.roles.add(m["role"])
        if m.get("affiliation"):
            node.profile.affiliations.add(m["affiliation"])
        node.profile.context |= set(m.get("context") or ()) - {key}
        node_of.append(node_key)

    parent = {k: k for k in order}

    def find(k: tuple[str, str]) -> tuple[str, str]:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    # 1. full person names: compare only names sharing a first or a last token, or the first letter and the
    #    last token's first two (spelling variants, initials): blocking, not all pairs
    full = [k for k in order if nodes[k].profile.is_person and len(k[0].split()) > 1]
    blocks: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k in full:
        tokens = k[0].split()
        blocks["L:" + tokens[-1]].append(k)
        blocks["F:" + tokens[0]].append(k)
        blocks["V:" + tokens[0][:1] + "|" + tokens[-1][:2]].append(k)
    for members in blocks.values():
        if len(members) > MAX_BLOCK:
            continue  # a very common name ("Muhammad ..."): its other blocks still compare it
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if find(a) != find(b) and same_entity(nodes[a].profile, nodes[b].profile):
                    union(a, b)

    # 2. one-word person names: join the best-fitting full name they are the first or last word of
    by_token: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k in full:
        tokens = k[0].split()
        by_token[tokens[0]].append(k)
        if tokens[-1] != tokens[0]:
            by_token[tokens[-1]].append(k)
    singles = [k for k in order if nodes[k].profile.is_person and len(k[0].split()) == 1]
    for k in singles:
        candidates = {find(c) for c in by_token.get(k[0], ())}
        scored = []
        for root in candidates:
            members = [c for c in by_token[k[0]] if find(c) == root]
            score = max(context_score(nodes[k].profile, nodes[c].profile) for c in members)
            scored.append((score, root))
        scored.sort(reverse=True)
        if scored and scored[0][0] >= EVIDENCE and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            union(k, scored[0][1])
    # one-word names left alone: one entity per word across articles
    loose: dict[str, tuple[str, str]] = {}
    for k in singles:
        if find(k) == k:
            if k[0] in loose:
                union(k, loose[k[0]])
            else:
                loose[k[0]] = k

    # 3. entities: display name = the most used full form; id = its slug, made unique
    clusters: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for k in order:
        clusters[find(k)].append(k)
    entity_of_node: dict[tuple[str, str], int] = {}
    entities: list[dict] = []
    used: set[str] = set()
    for root, members in clusters.items():
        forms: Counter = Counter()
        labels: Counter = Counter()
        articles: set[str] = set()
        count = 0
        for k in members:
            forms.update(nodes[k].forms)
            labels.update(nodes[k].labels)
            count += len(nodes[k].mentions)
            articles |= {mentions[i]["article"] for i in nodes[k].mentions}
        group = alias_groups().get(root[0][1:]) if root[0].startswith("=") else None
        label = (group[0] if group and group[0] else None) or labels.most_common(1)[0][0] or None
        # the display name: the alias group's canonical name, else the longest of the most used forms
        if group:
            name = group[1]
        else:
            name = _display_name(forms, label)
        base = slug(name)
        ident, n = base, 2
        while ident in used:
            ident, n = f"{base}-{n}", n + 1
        used.add(ident)
        for k in members:
            entity_of_node[k] = len(entities)
        entities.append(
            {
                "id": ident,
                "name": name,
                "label": label,
                "aliases": _aliases(forms, name),
                "articles": len(articles),
                "mentions": count,
            }
        )
    return [entity_of_node[k] for k in node_of], entities


def evaluate_pairs(pairs: Iterable[dict]) -> dict:
    """Score same_entity on gold pairs ({a, b, same}, each side {name, label, role?, affiliation?, context}).

    Returns precision, recall and F1 of "same", the counts, and the pairs it got wrong.
    """
    tp = fp = fn = tn = 0
    errors = []
    for pair in pairs:
        a, b = (_profile(pair[side]) for side in ("a", "b"))
        predicted = same_entity(a, b)
        if predicted and pair["same"]:
            tp += 1
        elif predicted:
            fp += 1
        elif pair["same"]:
            fn += 1
        else:
            tn += 1
        if predicted != pair["same"]:
            errors.append({"a": pair["a"]["name"], "b": pair["b"]["name"], "same": pair["same"]})
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pairs": tp + fp + fn + tn,
        "same": tp + fn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "errors": errors,
    }


def _profile(side: dict) -> Profile:
    return Profile(
        side["name"],
        side.get("label"),
        roles={side["role"]} if side.get("role") else set(),
        affiliations={side["affiliation"]} if side.get("affiliation") else set(),
        context={normalise(c, None) for c in side.get("context", ())},
    )
