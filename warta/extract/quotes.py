"""Quotes: direct, indirect and mixed, each with its cue, its speaker resolved within the article, and `via`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from warta.extensions import CITATIONS, ENTITIES, QUOTES, TIMES
from warta.extract.entities import known_bodies, known_body_words, read_also_links
from warta.extract.sentences import GLUED_SENTENCE_END
from warta.lang import NAME_PARTICLES, common_words, data_lines, name_prefixes
from warta.model import Speaker

__all__ = ["QuoteFinder"]

OPEN_DOUBLE = "“«„"
CLOSE_DOUBLE = "”»"
# A quoted stretch with no cue and fewer words than this is a name or a scare quote ("Iron Dome"), not speech.
MIN_UNCUED_WORDS = 4
# An uncued quoted run shorter than this, with no earlier quote to go on from, is a slogan or a title.
SLOGAN_WORDS = 8
# A reported content shorter than this is not a claim ("mengatakan hal itu").
MIN_CONTENT_WORDS = 3
# How far a speaker phrase after a cue may run, in characters.
MAX_PHRASE_CHARS = 120
# "bahwa" this close after the verb opens the content ("mengatakan kepada wartawan di Kamboja bahwa ...").
BAHWA_WINDOW = 90
# A pronoun refers back at most this many sentences; further back it is left unresolved rather than guessed.
PRONOUN_SENTENCES = 4
# small words inside the name of a body ("Observatorium Suriah bagi Hak Asasi Manusia", "Center for ... Studies")
_BODY_LINKS = frozenset({"bagi", "untuk", "for", "of", "and", "on"})
# words that end a phrase pointing back to something named before ("sumber tersebut")
_POINTERS = ("itu", "ini", "tersebut")
# "sumber tersebut" looks this many characters back for the phrase that introduced its unnamed source.
UNNAMED_LOOKBACK = 600
# A body's name follows the common noun that introduces it ("agensi yang menaungi Secret, TS Entertainment") within
# this many characters.
INTRODUCED_CHARS = 80
# A speaker phrase longer than this is a clause, not a speaker.
MAX_SPEAKER_WORDS = 10
# the most words a person's name runs to ("Zeid Ra'ad Al Hussein")
MAX_NAME_WORDS = 4
# Prepositions that make a name an object, not the subject ("kepada Perdana Menteri Benjamin Netanyahu").
_PREPOSITIONS = frozenset(
    "kepada dengan terhadap bersama oleh untuk dari tentang soal atas bagi pada di ke dan serta atau selain".split()
)
# Words that open a predicate with its subject left out: after a reporting verb they start the claim
# ("menegaskan akan melawan", "mengakui masih menunggu"), not an adjunct ("mengatakan dalam laporannya").
_PREDICATE_STARTS = frozenset(
    "akan sudah telah masih belum tidak tak sedang pernah bisa dapat harus perlu siap tengah baru sangat".split()
)
# cues of a question: the quote after it is the answer, by someone else
_QUESTION_CUES = frozenset({"tanya"})
# prepositions that join speakers rather than open an adjunct ("Trump, dan Abe, mengatakan")
_JOINING = frozenset({"dan", "serta", "atau"})
# Words before a reporting verb that make it no report: a relative clause ("yang menyebutkan") or a purpose
# ("guna memastikan proyek ...", "untuk menegaskan sikap").
_NOT_REPORTING_BEFORE = frozenset("yang untuk guna demi agar supaya selain".split())
# Words that open a condition: a verb in it reports nothing ("jika Israel yakin ...")
_CONDITIONALS = frozenset("jika jikalau kalau apabila bila seandainya andaikan".split())
# words that open a clause which depends on the one before it
_DEPENDENT_TAIL = re.compile(r"(?:agar|supaya|karena|sebab|sehingga|sampai|hingga|untuk)\b", re.I)
# Words that may open a person's description before a title or a name ("Mantan Presiden Barack Obama"):
# common words, yet no noun the name belongs to
_BEFORE_TITLES = frozenset("mantan bekas sang mendiang almarhum almarhumah warga".split())
# Words that deny a report: "tak menyebut berapa bayaran mereka", "enggan mengatakan", "tidak mau menjelaskan"
# say what was not said.
_NEGATIONS = frozenset("tidak tak belum enggan".split())
_WILLING = frozenset("mau bersedia ingin".split())
# Pronouns for a group or for the writer's side: never one person's name, even with a capital ("Mereka").
_GROUP_PRONOUNS = frozenset({"mereka", "kami", "kita"})
# nouns for a statement, whose author is the speaker ("demikian pernyataan Angkatan Laut AS", "pernyataan itu")
_STATEMENTS = frozenset({"pernyataan", "keterangan", "pesan", "rilis"})
# words that say what kind of statement it is ("pernyataan pers mereka", "keterangan tertulis itu")
_STATEMENT_KINDS = frozenset({"pers", "resmi", "tertulis", "bersama"})
# words that open a group of people as a subject ("Para pengunjuk rasa menuntut ..."): "mereka" after one is them
_PEOPLE_GROUPS = frozenset("para sejumlah beberapa banyak warga kalangan kedua".split())
_RANK = {"direct": 0, "mixed": 1, "indirect": 2}
_WORD = re.compile(r"\S+")
_SINGLE = re.compile(r"(?<![\w’'])[‘'](?=\w)([^‘’'\n]{1,200}?[\w.,!?])[’'](?!\w)")
_VIA = re.compile(
    r"\b(?:seperti\s+)?(?:dikutip|dilansir|mengutip|melansir)\s+(?:dari\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})"
)


@dataclass
class _Found:
    """A quote before its speaker is resolved: offsets in doc.text and where the speaker is written."""

    start: int
    end: int
    kind: str
    cue: str | None = None
    phrase: tuple[int, int] | None = None
    pronoun: bool = False
    continuation: bool = False
    relative: bool = False  # said in a relative clause: no speaker for a later pronoun to point back to
    anchor: int = 0  # where the attribution sits (for `via` and pronoun look-back)
    via: str | None = None
    speaker: Speaker | None = None


@Language.factory("warta_quotes", requires=["token.is_sent_start", "doc.spans"], assigns=["doc.spans"])
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder(nlp, name)


class QuoteFinder:
    """Finds quotes by their marks and reporting cues, then resolves who spoke from the article itself."""

    def __init__(self, nlp: Language, name: str = "warta_quotes") -> None:
        self.name = name
        kinds: dict[str, set[str]] = {"active": set(), "weak": set(), "post": set(), "mark": set()}
        for line in data_lines("quote_cues.tsv"):
            kind, _, word = line.partition("\t")
            if kind not in kinds:
                raise ValueError(f"quote_cues.tsv: unknown kind {kind!r}, must be one of: {', '.join(kinds)}")
            kinds[kind].add(word.strip().lower())
        self.active, self.weak, self.post = kinds["active"], kinds["weak"], kinds["post"]
        self.mark = kinds["mark"]
        # any word that makes a sentence a quote of its own (`_cued`)
        self.cue_words = frozenset(self.active | self.weak | self.post | {"menurut"})
        # where the time expressions of the doc being read start: one ends a speaker phrase ("kata Bunga beberapa
        # waktu lalu di Jakarta"); set per doc by find_quotes
        self._time_starts: frozenset[int] = frozenset()
        self._person_spans: frozenset[tuple[int, int]] = frozenset()
        # the doc's "Baca juga: ..." links, (start, end, bracketed), and the bracketed ones as (start, end); set per
        # doc by find_quotes
        self._read_also: list[tuple[int, int, bool]] = []
        self._bracketed_links: list[tuple[int, int]] = []
        self._person_ends: frozenset[int] = frozenset()
        # per doc, set by _resolve: the PER names the article writes (to lengthen a shorter one) and the texts of its
        # other entities (a body's name is never a person's full name)
        self._names: frozenset[str] = frozenset()
        self._bodies: frozenset[str] = frozenset()
        self._orgs: frozenset[str] = frozenset()  # ORG texts and canonical names, set by _resolve
        self._text = ""
        self.pronouns = frozenset(data_lines("quote_pronouns.txt"))
        self.connectors = sorted(data_lines("quote_connectors.txt"), key=len, reverse=True)
        self.stops = frozenset(data_lines("quote_stops.txt"))
        self.adverbs = frozenset(data_lines("quote_adverbs.txt"))
        # the stop words that open an adjunct of the speaking ("seraya tertawa", "di konferensi persnya"), not a
        # claim; adverbs, verbs and "yang"/"bahwa" may open a claim ("kata dia sudah termasuk ...")
        self.adjuncts = self.stops - self.adverbs - self.cue_words - {"akan", "bahwa", "yang", "hingga"}
        self.unnamed = frozenset(data_lines("quote_unnamed.txt"))
        self.body_words = frozenset(data_lines("body_words.txt"))
        # titles.tsv rows: form, the role an abbreviation stands for, "name" where a name follows in news
        rows = [(cols + ["", ""])[:3] for cols in (line.split("\t") for line in data_lines("titles.tsv"))]
        # words of the titles list ("Presiden", "Kepala", "Humas"), to split a title off a capitalised name
        self.title_words = frozenset(w.lower() for form, _, _ in rows for w in form.split())
        self.titles = frozenset(tuple(form.lower().split()) for form, _, _ in rows)
        # one-word titles a name follows in news: ranks and offices ("Mayjen", "Menlu"), and a rank with its
        # force after it ("Irjen Pol", "Laksma TNI")
        named = [tuple(form.lower().split()) for form, _, flag in rows if flag.strip() == "name"]
        self.name_titles = frozenset(t for t in named if len(t) == 1)
        self.name_titles |= frozenset(t for t in named if len(t) == 2 and t[:1] in self.name_titles)
        # a title and the role it stands for, both lowercase ("menlu" → "menteri luar negeri")
        self.title_roles = {form.lower(): (role or form).lower() for form, role, _ in rows}
        self.common = common_words()
        # words that are no given name before a two-word name (`_given_name_before`)
        self.not_given_names = self.title_words | self.body_words | known_body_words() | self.common
        # running-text nouns: common words no title, adverb, connector or cue list holds ("keinginan"); one
        # capitalised as a sentence's first word owns the name after it ("Keinginan Presiden Jokowi")
        self.plain_nouns = self.common - _BEFORE_TITLES - self.title_words - self.adverbs - self.stops
        self.plain_nouns -= set(self.connectors) | self.active | self.weak | self.post
        self.weekdays = frozenset(line.split("\t")[0] for line in data_lines("weekdays.tsv"))
        post = "|".join(sorted(self.post, key=len, reverse=True))
        post_or_mark = "|".join(sorted(self.post | self.mark, key=len, reverse=True))
        # (a giving verb before marks gives a thing its name: "meluncurkan truk “molen”")
        verbs = "|".join(sorted((self.active | self.weak) - _GIVING, key=len, reverse=True))
        # cue right after a closing mark: "” kata X", "”, ujarnya", "” Netanyahu menambahkan"
        # ("”, tutupnya": a "mark" cue such as "tutup" or "pesan" reports speech only right after the marks)
        self.after_post = re.compile(
            rf"\s*,?\s*(?:(?:demikian|begitu)\s+)?(?P<cue>{post_or_mark})(?P<nya>nya)?\b", re.I
        )
        # a statement's words, then its author: "“...,” demikian pernyataan Angkatan Laut AS"
        self.after_statement = re.compile(
            r"\s*,?\s*(?:demikian|begitu)\s+(?=(?P<cue>pernyataan|keterangan)\b)", re.I
        )
        # ("” dia menambahkan": a pronoun is written small)
        pronouns = "|".join(sorted(self.pronouns, key=len, reverse=True))
        self.after_active = re.compile(
            rf"\s*,?\s*(?P<who>[A-Z][^.,;:“”\"\n]{{0,80}}?|(?:{pronouns})(?:\s+(?:pun|juga|lalu|kemudian))?)"
            rf"\s+(?P<cue>{verbs})\b"
        )
        # cue right before an opening mark: "Netanyahu mengatakan: “", "kata Blinken, “", "Menurut dia, “"
        # a post cue before a mark needs its colon or comma ("katanya: “"); "menggunakan kata “...”" is a word
        self.before_verb = re.compile(
            rf"\b(?:(?P<cue>{verbs})\s*[:,]?|(?P<cue2>{verbs})\s+(?:pada|dalam|kepada|di)\s[^:,“”\"\n]{{1,40}}[:,]"
            rf"|(?P<pcue>{post})(?P<nya>nya)?\s*[:,])\s*$",
            re.I,
        )
        self.before_post = re.compile(
            rf"\b(?P<cue>{post}|menurut)\s+(?P<who>[^:,.;“”\"\n]{{1,80}}?)\s*[:,]\s*$", re.I
        )
        self.post_inline = re.compile(rf",\s*(?P<cue>{post})(?P<nya>nya)?\b", re.I)
        # without the comma the cue must be followed by a pronoun or a name ("Dengan itu kata dia, ...")
        self.mid_inline = re.compile(
            rf"(?<=[\w)])\s(?<!tindak\s)(?<!lebih\s)(?P<cue>{post})(?P<nya>nya)?(?:\s+(?=(?:dia|ia|beliau|(?-i:[A-Z])[\w-]+)\b))",
            re.I,
        )
        # at a sentence start: "Kata Ali, PT Inti ..."
        self.initial_post = re.compile(rf"\s*(?P<cue>{post})(?P<nya>nya)?\b(?=[^,.;\n]{{0,60}},)", re.I)
        # a quote closed by a speaker and the outlet told, with no verb: "”, ekonom Saudi X kepada AFP."
        self.after_kepada = re.compile(
            r"\s*,?\s*(?P<who>[^.,;:“”\"\n]{2,80}?)\s+kepada\s+[A-Z][^.,\n]{0,40}\."
        )
        # "menurut X", and a source's record that the claim rests on: "Berdasarkan keterangan penyelidik, ...",
        # "Merujuk data BKPM, ...", "Dalam catatan Kemenlu, ..."; "berdasarkan" alone is no source ("berdasarkan
        # hukum internasional"), so a record noun must follow it
        self.menurut = re.compile(
            r"\b(?:menurut|dalam pandangan|dalam catatan"
            rf"|(?:berdasarkan|berdasar|merujuk|mengacu)(?:\s+(?:pada|kepada))?(?=\s+(?:{'|'.join(sorted(_RECORDS))})\b))"
            r"(?P<nya>nya)?\b",
            re.I,
        )
        self.demikian = re.compile(
            rf"^\s*(?:Demikian|Begitu)\s+(?P<cue>{post}|dikatakan|disampaikan|diungkapkan)\b", re.I
        )
        # "..., seperti yang dilaporkan televisi al-Arabiya", "..., demikian catatan Organisasi Kesehatan Dunia"
        # (after "demikian" a statement or a post cue too: "..., demikian pernyataan kepolisian Myanmar", "...,
        # demikian ujar kepolisian Myanmar, Abul Khaer")
        self.as_reported = re.compile(
            r",\s*(?:seperti\s+(?:yang\s+)?|demikian\s+)"
            r"(?P<cue>dilaporkan|diungkap|diungkapkan|diberitakan|disampaikan|catatan|laporan|data"
            rf"|(?<=demikian\s)(?:pernyataan|keterangan|penjelasan|{post}))\b",
            re.I,
        )
        openers = "|".join(sorted(map(re.escape, self.connectors), key=len, reverse=True))
        self.opener = re.compile(rf"\s*(?:{openers})\b\s*,?(?=\s)", re.I)
        # a sentence that gives the one before it a speaker: "Hal ini diungkapkan oleh X", "Hal tersebut
        # diungkapkan langsung oleh pejabat Irak"
        self.that_said = re.compile(
            r"\s*(?:Hal|Pernyataan|Keterangan|Penjelasan|Tanggapan)\s+(?:ini|itu|tersebut)\s+(?:juga\s+|pun\s+)?"
            rf"(?P<cue>{_PASSIVE_CUES})"
            r"(?:\s+langsung)?(?:\s+oleh)?\s+(?=[A-Za-z])"
        )
        # a passive cue with "-nya" or its agent opening a sentence: "Dikatakannya, pemerintah Afghanistan telah
        # ...", "Dikatakan korban, kejadian itu bermula ..."
        self.passive_nya = re.compile(
            r"^\s*(?P<cue>Dikatakan|Ditambahkan|Dijelaskan|Ditegaskan|Diungkapkan|Disampaikan|Dituturkan|Diakui)"
            r"(?:nya\s*,?|\s+(?:oleh\s+)?(?P<who>[^,.;:“”\"\n]{2,60}?)\s*,)"
        )

    def __call__(self, doc: Doc) -> Doc:
        found = self.find_quotes(doc)
        self.set_annotations(doc, found)
        return doc

    # 1. candidates -------------------------------------------------------------------------------------------
    def find_quotes(self, doc: Doc) -> list[_Found]:
        """Every quote in the doc with its attribution, speakers resolved, overlaps settled."""
        text = doc.text
        self._time_starts = (
            frozenset(s.start_char for s in doc.spans[TIMES]) if TIMES in doc.spans else frozenset()
        )
        self._person_spans = (
            frozenset((s.start_char, s.end_char) for s in doc.spans[ENTITIES] if s.label_ == "PER")
            if ENTITIES in doc.spans
            else frozenset()
        )
        self._person_ends = frozenset(end for _, end in self._person_spans)
        self._read_also = read_also_links(text)
        self._bracketed_links = [(a, b) for a, b, bracketed in self._read_also if bracketed]
        sents = (
            [(s.start_char, s.end_char) for s in doc.sents]
            if doc.has_annotation("SENT_START")
            else [(0, len(text))]
        )
        paras = _paragraphs(text)
        marked = _double_quotes(text, paras)
        singles = [
            (m.start(1), m.end(1))
            for m in _SINGLE.finditer(text)
            if not any(a <= m.start() < b for _, _, a, b in marked)
        ]
        found: list[_Found] = []
        for qs, qe, ms, me in marked:
            found.append(self._direct(text, qs, qe, ms, me, sents))
        for qs, qe in singles:
            # single marks hold a whole quote only with a cue after them ("‘Kami siap,’ kata dia")
            m = self.after_post.match(text, qe + 1)
            if m:
                f = _Found(qs, qe - (text[qe - 1] == ","), "direct", cue=m.group("cue"), anchor=qe)
                self._post_speaker(text, f, m)
                found.append(f)
        quoted = [(ms, me) for _, _, ms, me in marked]
        found += self._indirect(doc, text, sents, paras, quoted, singles, found)
        found += self._interview(doc, text, paras)
        # a "(Baca: Menurut Jimly, KPK Sebaiknya ...)" link is another article's headline, no one's words here
        # (one without brackets has no clear end: the text after the headline may hold quotes)
        found = _settle(
            [f for f in found if not any(a <= f.start < b for a, b in self._bracketed_links)], text
        )
        self._resolve(doc, text, sents, paras, found, quoted)
        # a short uncued quote with no earlier quote to go on from is a slogan or a title, not speech
        return [
            f
            for f in found
            if not (
                f.continuation and f.speaker is None and len(text[f.start : f.end].split()) < SLOGAN_WORDS
            )
        ]

    def _direct(self, text: str, qs: int, qe: int, ms: int, me: int, sents) -> _Found:
        """A quote in double marks and its cue after or before it."""
        f = _Found(qs, qe, "direct", anchor=me)
        m = self.after_post.match(text, me) or self.after_statement.match(text, me)
        if m and me < len(text) and text[me - 1] in CLOSE_DOUBLE + '"“':
            f.cue = m.group("cue")
            self._post_speaker(text, f, m)
            return f
        m = self.after_active.match(text, me)
        if m and not _crosses_sentence(text, me, m.end()) and "\n" not in text[me : m.start("who")]:
            # "” Dia mengatakan ...": a pronoun after the marks goes back to the speaker, it is no name
            f.cue = m.group("cue")
            self._phrase_or_pronoun(text, f, m.start("who"), m.end("who"))
            return f
        m = self.after_kepada.match(text, me)
        if m:
            f.cue, f.phrase = "kepada", self._trim(text, m.start("who"), m.end("who"))
            return f
        m = _TITLED_AFTER.match(text, me)
        if m and text[me - 2 : me - 1] == "," and m.group(1).split()[0].lower() in self.title_words:
            # the cue left out: "“...,” Juru Bicara Arrmanatha Nasir di Gedung Kemlu" (the comma inside the marks
            # says the sentence goes on with its speaker)
            f.phrase = self._trim(text, m.start(1), m.end(1))
            return f
        s_start = _sentence_start(sents, ms)
        before = text[s_start:ms]
        m = self.before_post.search(before)
        if m:
            f.cue, f.anchor = m.group("cue"), ms
            self._phrase_or_pronoun(text, f, s_start + m.start("who"), s_start + m.end("who"))
            return f
        m = self.before_verb.search(before)
        if m:
            # "X mengatakan(,) “...", "X mengatakan pada tanggal 2 Januari, “..."", "katanya: “..."
            cue = next(g for g in ("cue", "cue2", "pcue") if m.group(g))
            f.cue, f.anchor = m.group(cue), ms
            if m.group("nya"):
                f.pronoun = True
            else:
                self._phrase_or_pronoun(text, f, *self._subject_region(text, s_start, s_start + m.start(cue)))
            return f
        m = _LABELLED.search(before)
        if m:
            # "Kanselir Jerman Angela Merkel menyebut Liu sebagai “pejuang hak asasi manusia pemberani”": the
            # speaker's words for someone or something, in marks mid-sentence
            labelled = _Found(qs, qe, "mixed", cue=m.group("cue"), anchor=ms)
            self._phrase_or_pronoun(
                text, labelled, *self._subject_region(text, s_start, s_start + m.start("cue"))
            )
            if labelled.phrase is not None or labelled.pronoun:
                return labelled
        # an uncued quote goes on from an earlier one only where a sentence can start; in mid-sentence a quoted
        # run is a title or a term ("film “Death of a Salesman”", "gelar “The OS of Everything”")
        opens = text[:ms].rstrip(" \t")[-1:] in ("", "\n", "\r", ".", "!", "?", ":", "”", '"', "»", ")")
        f.continuation = opens and len(text[qs:qe].split()) >= MIN_UNCUED_WORDS
        return f

    def _post_speaker(self, text: str, f: _Found, m: re.Match) -> None:
        """The speaker written after a post cue: a phrase, a pronoun, or "-nya"."""
        f.anchor = m.end()
        if m.groupdict().get("nya"):
            f.pronoun = True
            return
        start = m.end()
        # a comma typed between the cue and a tagged name: "ujar, Habiburokhman, yang juga ..."
        comma = re.match(r",\s*", text[start : start + 3])
        if comma and any(a == start + comma.end() for a, _ in self._person_spans):
            start += comma.end()
        nickname = _NICKNAME.match(text, start)
        if nickname:
            # "kata sosok yang karib disapa BTM": the name the speaker goes by is the speaker's mention
            self._phrase_or_pronoun(text, f, nickname.start(1), nickname.end(1))
            return
        # "Efisiensi itu, kata Kalla bisa dilakukan dari bahan baku": no comma after the name, the claim goes on
        end = self._name_end(text, start, self._phrase_end(text, start))
        # a capitalised small word before a title, a body and a tagged name is a mistyped title word: "kata Kepada
        # Dinas PUPR Kota Bekasi Tri Adhiyanto" ("Kepala"); a preposition opening the phrase would leave no speaker
        words = text[start:end].split()
        if (
            len(words) >= 4
            and words[0].lower() in self.stops
            and words[0][:1].isupper()
            and end in self._person_ends
            and all(_capitalised(w) for w in words[1:])
        ):
            start += len(words[0]) + 1
        # a description that points back runs on past an age or a relative clause to its demonstrative, where a
        # time expression or "yang" would end a phrase ("imbuh manajer 65 tahun tersebut", "tandas pelatih yang
        # karib disapa Gethuk ini")
        described = _DESCRIPTION.match(text, start)
        if described and described.end(1) > end and described.group(1).split()[0] not in self.pronouns:
            end = described.end(1)
        # a title, then the name in apposition: "kata Menteri Luar Negeri, Julie Bishop, seperti ...", "kata tim
        # kuasa hukum Siti Fadilah, Kholidin Achmad membacakan ..." (the lawyer speaks, not his client)
        apposition = _APPOSITION.match(text, end) or _ONE_WORD_APPOSITION.match(text, end)
        words = text[start:end].lower().split()
        titled = bool(words) and (words[0] in self.title_words or bool(self.title_words & set(words[:-1])))
        if apposition and titled and (" " in apposition.group(1) or apposition.end(1) in self._person_ends):
            # a one-word name only where the NER tagged it ("kata Sekjen KNRP, Suhartono, di sela aksi"; not
            # "kata juru bicara pemerintah, Jumat")
            end = apposition.end(1)
        elif titled:
            # the title's place or body after "di" or "dari", then the name: "kata Dirjen PBB di Jenewa Michael
            # Moller"; or a title whose own words hold commas, then the name: "ujar Kepala Biro Hubungan
            # Masyarakat, Data, dan Informasi Kemenag, Mastuki"
            linked = _LINKED_NAME.match(text, end)
            if linked and linked.end(1) in self._person_ends:
                end = linked.end(1)
            else:
                end = self._past_listed_title(text, end)
        self._phrase_or_pronoun(text, f, start, end)

    def _past_listed_title(self, text: str, end: int) -> int:
        """The end of the tagged name after a title whose own words a list's commas part ("Kepala Biro Hubungan
        Masyarakat, Data, dan Informasi Kemenag, Mastuki"), else end as it was."""
        pos = end
        for _ in range(3):
            part = _LISTED_TITLE_PART.match(text, pos)
            if not part:
                break
            pos = part.end()
            named = _APPOSITION.match(text, pos) or _ONE_WORD_APPOSITION.match(text, pos)
            if named and named.end(1) in self._person_ends:
                return named.end(1)
        return end

    def _phrase_or_pronoun(self, text: str, f: _Found, start: int, end: int) -> None:
        phrase = self._trim(text, start, end)
        released = _RELEASED_BY.search(text, phrase[0], end) if phrase else None
        if released:
            # "Survei yang digelar Survation pekan ini mengungkapkan ...": the one who made the survey speaks
            phrase = self._trim(text, released.end(), end) or phrase
        words = text[phrase[0] : phrase[1]].split() if phrase else []
        if words and words[0].lower() in self.pronouns and all(w.islower() for w in words[1:]):
            # "Ia hanya bisa menduga": the pronoun and the adverbs after it
            phrase = (phrase[0], phrase[0] + len(words[0]))
            f.pronoun = True
        f.phrase = phrase

    def _indirect(
        self, doc: Doc, text: str, sents, paras, quoted, singles, direct: list[_Found]
    ) -> list[_Found]:
        """Reported speech: "X mengatakan (bahwa) ...", "menurut X, ...", "..., kata X", "Demikian kata X"."""
        out: list[_Found] = []

        def inside_quote(pos: int) -> bool:
            return any(a <= pos < b for a, b in quoted)

        entities = list(doc.spans[ENTITIES]) if ENTITIES in doc.spans else []

        for k, (s_start, s_end) in enumerate(sents):
            sentence = text[s_start:s_end]
            # "Hal ini diungkapkan oleh Ketua Semeton Jokowi, I Gusti Agung Ayu Putri": the sentence before, when
            # nothing in it is a quote of its own
            m = self.that_said.match(text, s_start, s_end)
            if m and k and not self._cued(text, *sents[k - 1], quoted):
                p_start, p_end = sents[k - 1]
                c_start = self._content_start(text, p_start, p_end)
                f = _Found(c_start, _strip_end(text, c_start, p_end), "indirect", cue=m.group("cue").lower())
                self._post_speaker(text, f, m)
                f.anchor = m.start("cue")
                if (f.phrase or f.pronoun) and len(text[f.start : f.end].split()) >= MIN_CONTENT_WORDS:
                    out.append(f)
                continue
            # "Demikian kata para analis": the stretch before it, in its paragraph or else the paragraph before
            m = self.demikian.match(sentence)
            if m:
                p_start = _para_start(paras, s_start)
                c_start, c_end = (
                    (p_start, s_start) if text[p_start:s_start].strip() else _prev_para(paras, s_start)
                )
                if c_end > c_start:
                    f = _Found(c_start, c_end, "indirect", cue=m.group("cue"), anchor=s_start + m.end())
                    self._phrase_or_pronoun(
                        text, f, s_start + m.end(), self._phrase_end(text, s_start + m.end())
                    )
                    out.append(f)
                continue
            m = self.passive_nya.match(sentence)
            if m and len(sentence[m.end() :].split()) >= MIN_CONTENT_WORDS:
                c_start = s_start + m.end() + len(sentence[m.end() :]) - len(sentence[m.end() :].lstrip())
                f = _Found(c_start, _strip_end(text, c_start, s_end), "indirect", cue=m.group("cue").lower())
                f.anchor = s_start + m.start("cue")
                if m.group("who"):
                    self._phrase_or_pronoun(text, f, s_start + m.start("who"), s_start + m.end("who"))
                else:
                    f.pronoun = True
                out.append(f)
                continue
            out += self._agent_passive(entities, text, s_start, s_end, inside_quote)
            for m in self.menurut.finditer(sentence):
                pos = s_start + m.start()
                if inside_quote(pos):
                    continue
                f = self._menurut(text, s_start, s_end, pos, s_start + m.end(), bool(m.group("nya")))
                if f:
                    out.append(f)
            inline = [(m, self.post_inline) for m in self.post_inline.finditer(sentence)]
            # "..., seperti yang dilaporkan televisi al-Arabiya": the source of a sentence that names no other
            # (not in a summary: "Demikian catatan KMS, seperti disampaikan ...")
            if not _SUMMARY.match(sentence):
                inline += [
                    (m, self.as_reported)
                    for m in self.as_reported.finditer(sentence)
                    if not self._cued(text, s_start, s_start + m.start(), quoted)
                ]
            inline += [(m, self.mid_inline) for m in self.mid_inline.finditer(sentence)]
            # (after an opener: "Padahal diakui ketua umum Persipura Benhur Tommy Mano, ...")
            lead = self.opener.match(sentence)
            m = self.initial_post.match(sentence, lead.end() if lead else 0)
            if m and sentence.lstrip()[:1].isupper():
                inline.append((m, self.initial_post))
            for m, rx in inline:
                cut = s_start + m.start()
                if inside_quote(cut) or text[cut - 1 : cut] in tuple(CLOSE_DOUBLE + "\"'’“"):
                    continue
                f = _Found(cut, cut, "indirect", cue=m.group("cue"), anchor=s_start + m.end())
                self._post_speaker(text, f, rx.match(text, cut))
                if f.phrase is None and not f.pronoun:
                    continue  # "..., disebutkan dalam laporan itu": a cue with no one after it names no speaker
                verb = f.phrase and _VERB_FORM.match(text, f.phrase[0])
                if verb and verb.group() not in self.title_words:  # "menteri" is a title, not a verb
                    continue  # "..., dikatakan menyadari bahwa": a verb after the cue, no agent
                # the claim sits before the cue, or after the speaker ("OPEC, kata Bambang, bukan ...")
                c_start = self._content_start(text, s_start, cut)
                p_end = f.phrase[1] if f.phrase else f.anchor
                rest = text[p_end:s_end]
                a_start = p_end + len(rest) - len(rest.lstrip(" ,"))
                n_before, n_after = len(text[c_start:cut].split()), len(text[a_start:s_end].split())
                # a comma after the speaker ("kata dia, lifting ...") or a longer tail puts the claim after it;
                # the outlet that relayed it is no claim (", ujar Carlo Tavecchio, dilansir dari Reuters")
                relayed = _VIA.match(text, a_start)
                # a tail that a purpose or reason word opens hangs on a whole claim before the cue ("Sidang dapat
                # ditunda sampai Pilkada DKI selesai ..., ucap dia, agar situasi kembali tenang")
                dependent = n_before >= MIN_CONTENT_WORDS and bool(_DEPENDENT_TAIL.match(text, a_start))
                # nor does an adjunct after the name with no comma ("kata Wozniacki seraya tertawa")
                comma_after = rest.lstrip().startswith(",")
                first_after = text[a_start:s_end].split()[:1]
                adjunct = not comma_after and any(w.lower() in self.adjuncts for w in first_after)
                if (
                    n_after >= MIN_CONTENT_WORDS
                    and rx is not self.as_reported  # a source of the whole sentence before it
                    and not relayed
                    and not dependent
                    and not adjunct
                    and (comma_after or n_after > n_before)
                ):
                    f.start, f.end = a_start, _strip_end(text, a_start, s_end)
                elif n_before >= MIN_CONTENT_WORDS:
                    f.start, f.end = c_start, _strip_end(text, c_start, cut)
                else:
                    continue
                out.append(f)
        for token in doc:
            word = token.lower_
            if word not in self.active and word not in self.weak:
                continue
            if inside_quote(token.idx):
                continue
            sent = token.sent
            s_start = sent.start_char
            if token.i > 0 and doc[token.i - 1].lower_ in _NOT_REPORTING_BEFORE:
                # "kabar yang menyebutkan", "guna memastikan proyek ...": a relative or a purpose clause reports
                # nothing, unless a name it relates to speaks ("pernyataan Erlinda yang mengatakan bahwa ...")
                s_start = self._antecedent(doc, token.i - 1, sent.start_char)
                if s_start is None:
                    continue
            if _negated(doc, token.i):
                continue
            if (
                word in _STATES
                and token.i > 0
                and (doc[token.i - 1].is_punct or _CAUSES.match(doc[token.i - 1].lower_))
            ):
                # "perasaan waswas, curiga, aneh", "membuatnya yakin": a state in a list or one a thing causes
                continue
            clause = text[max(s_start, text.rfind(",", s_start, token.idx) + 1) : token.idx].split()
            if any(w.lower() in _CONDITIONALS for w in clause):
                continue  # "siap bergerak jika Israel yakin tidak ada kesempatan ...": a condition, not a report
            f = self._verb(text, s_start, sent.end_char, token.idx, token.idx + len(token.text), word, quoted)
            if f and s_start != sent.start_char:
                f.relative = True
            if f:
                out.append(f)
        # a short quoted fragment inside reported content makes it mixed ("menyatakan bahwa 'lebih banyak hal' ...")
        fragments = singles + [(d.start, d.end) for d in direct if d.cue is None]
        for f in out:
            if any(f.start <= a and b <= f.end for a, b in fragments):
                f.kind = "mixed"
        return out

    def _verb(
        self, text: str, s_start: int, s_end: int, v_start: int, v_end: int, word: str, quoted
    ) -> _Found | None:
        """ "X mengatakan(,) (kepada ...) (bahwa) CONTENT" within one sentence."""
        if word in _GIVING and not _SPEECH_NOUN.match(text, v_end):
            return None  # "memberikan bantuan": a giving verb reports only a statement it gives
        window = text[v_end : min(s_end, v_end + BAHWA_WINDOW)]
        bahwa = re.search(r"\bbahwa\b", window)
        comma = re.match(r"\s*[,:]", window)
        between = window[comma.end() : bahwa.start()] if bahwa and comma else ""
        noun = _NOUN_BEFORE_BAHWA.search(window, 0, bahwa.start()) if bahwa else None
        # (a comma right after the verb, then a clause of the claim's own before the "bahwa", not an adjunct:
        # "mengatakan, pengungkapan kasus ini berkat laporan pegawai, bahwa ada barang ...")
        clause_first = comma is not None and len(between.split(",")[0].split()) >= MIN_CONTENT_WORDS
        lead_word = between.split()[0].lower() if between.split() else ""
        if (
            noun
            or ("," not in between and len(between.split()) >= 2)
            or (clause_first and lead_word not in self.stops and lead_word not in _PREPOSITIONS)
        ):
            # a "bahwa" after a noun inside the claim is that noun's, and after a comma the claim starts at the comma:
            # "menyatakan militer Suriah tak memiliki senjata kimia, sekaligus mengecam laporan bahwa ...",
            # "melaporkan, angka ini ditarik dari perkiraan bahwa ..."
            bahwa = None
        if bahwa and self._later_clause_cue(window[: bahwa.start()]):
            # "sebelum KPU mengumumkan peserta Pemilu, PKPI sudah menyampaikan surat bahwa ...": the "bahwa" is the
            # later clause's; its own verb reports it
            return None
        if bahwa and not re.search(r"[“”\"«»]", window[: bahwa.start()]):
            c_start = v_end + bahwa.end()
        elif (
            word in self.weak
            # "..., kantor berita SANA melaporkan.": a weak verb ending its sentence after the claim reports it
            and text[v_end:s_end].strip().strip(".!?")
            and not _SINGLE.search(text, v_end, s_end)
            and not comma
            and not self._predicate_next(window)
            and not self._claimed_verb(word, window)
            and not (word in _LABELLING and _AS_LABEL.match(window))
        ):
            # a weak verb reports speech with "bahwa", a comma or colon, or a quoted fragment; else it has an object
            return None
        else:
            # (not "saat ini", now: "menyebut saat ini yang terpenting adalah koordinasi, untuk ..."; nor a clause
            # with its own predicate: "mengatakan saat diperpanjang pada 2016 tak ada masalah, ...")
            lead = re.match(r"\s*(?:kepada|dalam|di|saat(?!\s+ini\b)|ketika|pada)\b[^,.“”\"]{0,80},", window)
            if lead and re.search(r"\b(?:tak|tidak|bukan|belum|adalah|akan)\b", lead.group()):
                lead = None
            c_start = v_end + (lead.end() if lead else 0)
        c_start += len(text[c_start:s_end]) - len(text[c_start:s_end].lstrip(" ,:"))
        c_end = _strip_end(text, c_start, s_end)
        # "CONTENT, Morgan Stanley mengatakan dalam sebuah laporannya": the claim comes first
        tail = text[c_start:c_end]
        first = tail.split()[0].lower() if tail.split() else ""
        comma = text.rfind(",", s_start, v_start)
        # (a passive right after the verb is the claim's predicate: "Retno mengaku dihubungi oleh Menlu Inggris")
        inverted = first in self.stops and first not in _PREDICATE_STARTS and not _PASSIVE.fullmatch(first)
        if (not tail.strip() or inverted) and not bahwa and "," not in tail and comma > s_start:
            who = self._trim(text, comma + 1, v_start)
            if who and len(text[s_start:comma].split()) >= MIN_CONTENT_WORDS:
                f = _Found(
                    self._content_start(text, s_start, comma),
                    _strip_end(text, s_start, comma),
                    "indirect",
                    cue=text[v_start:v_end],
                    phrase=who,
                    anchor=v_start,
                )
                return f
        # a quote mark opening the content means a direct quote, found by its marks, unless the sentence goes on
        # after it ("menyatakan bahwa “lebih banyak hal” perlu dilakukan": mixed)
        if c_start >= c_end:
            return None
        if text[c_start] in OPEN_DOUBLE + '"':
            opened = next((b for a, b in quoted if a <= c_start + 1 < b), None)
            if opened is None or len(text[opened:c_end].split()) < 2:
                return None
        for a, b in quoted:
            if not c_start <= a < c_end:
                continue
            if b >= c_end and a > c_start and re.search(r"\w\s*$", text[c_start:a]):
                # a quote that opens mid-clause and closes the sentence finishes the reported clause ("penambahan
                # pasukan ini “terkait dengan ... mereka.”"): mixed
                c_end = b
            elif (b - a) > 80 or b > c_end or re.search(r"[.!?]\s*$", text[c_start:a]):
                c_end = _strip_end(text, c_start, a)
        if len(text[c_start:c_end].split()) < MIN_CONTENT_WORDS:
            return None
        f = _Found(c_start, c_end, "indirect", cue=text[v_start:v_end], anchor=v_start)
        subject = self._subject_region(text, s_start, v_start)
        if (
            word in _RECORD_VERBS
            and not set(text[slice(*subject)].split(",")[-1].lower().split()[:2]) & _RECORDS
        ):
            # "Data yang dirilis EIA menunjukkan, ...": a record reports; a person "menunjukkan" shows
            # ("menunjukkan dirinya masih mampu", "menunjukkan permainan terbaik")
            return None
        self._phrase_or_pronoun(text, f, *subject)
        if f.phrase is None and not f.pronoun:
            return None
        if text[f.phrase[0] : f.phrase[1]].lower() in _FIRST_PERSON:
            # "Saya yakin pertandingan akan sulit, kata Sandro": the speaker's own words, unmarked
            return None
        return f

    def _interview(self, doc: Doc, text: str, paras) -> list[_Found]:
        """An interview set out as questions and answers, no quotation marks: after "Berikut tanya jawab antara
        wartawan dengan Febri Diansyah ...", a paragraph the interviewee's name labels ("Febri: Memang hari ini
        ...") and each paragraph that follows a question (a paragraph ending in "?") is the interviewee's answer.
        (Without that line a label is mostly something else: "MS: Jonatan Christie vs ...", "Disclosure: ...".)"""
        if not _INTERVIEW_INTRO.search(text):
            return []  # the usual article: no interview line, nothing to walk
        people = [s for s in doc.spans[ENTITIES] if s.label_ == "PER"] if ENTITIES in doc.spans else []
        starts = {p.start_char: p for p in people}
        out: list[_Found] = []
        who: tuple[int, int] | None = None  # the interviewee's name as written, while the interview runs
        asked = False
        for a, b in paras:
            para = text[a:b].strip()
            lead = a + len(text[a:b]) - len(text[a:b].lstrip())
            intro = _INTERVIEW_INTRO.match(text, lead, b)
            label = _ANSWER_LABEL.match(text, lead, b)
            if intro and (person := starts.get(intro.end())) is not None:
                who, asked = (person.start_char, person.end_char), False
                continue
            if who is not None and label and set(label.group(1).split()) <= set(text[slice(*who)].split()):
                content, asked = label.end(), False
            elif who is not None and asked and not para.endswith("?"):
                content, asked = lead, False
            elif who is not None and para.endswith("?"):
                asked = True  # the interviewer's question
                continue
            else:
                who = None  # the article goes on in its own words
                continue
            end = _strip_end(text, content, b)
            if len(text[content:end].split()) >= MIN_CONTENT_WORDS:
                out.append(_Found(content, end, "direct", cue="wawancara", phrase=who, anchor=content))
        return out

    def _agent_passive(
        self, entities: list[Span], text: str, s_start: int, s_end: int, inside_quote
    ) -> list[_Found]:
        """The claim after a passive opinion verb and the name of its agent: "Uji coba itu disebut Korut bagian
        dari latihan militer ...", "Faktor itulah yang diyakini JK sulit didapat ..." (the agent's claim)."""
        if self.that_said.match(text, s_start, s_end):
            return []  # after "Hal tersebut dikatakan Erick" the claim is the sentence before
        out = []
        for m in _AGENT_PASSIVE.finditer(text, s_start, s_end):
            # the agent is someone the article has named before, tagged here or not: a name first given here is
            # what a thing is called ("Latihan militer tahun ini disebut Ulchi Freedom Guardian ...")
            here = next((e for e in entities if e.start_char == m.end()), None)
            earlier = [
                e
                for e in entities
                if e.start_char < m.start()
                and (
                    (here is not None and e._.canonical == here._.canonical)
                    or (text.startswith(e.text, m.end()) and not text[m.end() + len(e.text) :][:1].isalnum())
                )
            ]
            if not earlier or inside_quote(m.start()):
                continue
            agent_end = here.end_char if here is not None else m.end() + max(len(e.text) for e in earlier)
            # what X said is the subject, no claim: "Hal yang dikatakan Sezai memang terlihat ..."
            if m.group("yang") and m.group("cue") == "dikatakan":
                continue
            rest = text[agent_end:s_end]
            c_start = agent_end + len(rest) - len(rest.lstrip())
            if len(rest.split()) < MIN_CONTENT_WORDS or not rest[:1].isspace():
                continue
            f = _Found(c_start, _strip_end(text, c_start, s_end), "indirect", cue=m.group("cue").lower())
            f.anchor = m.start("cue")
            self._phrase_or_pronoun(text, f, m.end(), agent_end)
            out.append(f)
        return out

    def _cued(self, text: str, start: int, end: int, quoted) -> bool:
        """Whether a sentence holds a quote of its own: marks, or a reporting word ("kata", "mengatakan",
        "menurut")."""
        if any(start <= a < end for a, _ in quoted):
            return True
        return not self.cue_words.isdisjoint(w.lower() for w in re.findall(r"\w+", text[start:end]))

    def _later_clause_cue(self, between: str) -> bool:
        """A comma, then another reporting verb, between a verb and the "bahwa" after it."""
        comma = between.find(",")
        return comma != -1 and any(
            w.lower() in self.active or w.lower() in self.weak for w in re.findall(r"\w+", between[comma:])
        )

    def _antecedent(self, doc: Doc, rel: int, s_start: int) -> int | None:
        """Where the name a relative clause speaks for begins: "pernyataan Erlinda | yang mengatakan", "pemerintah
        China, | yang menyatakan", "Soylu sebelumnya | yang menyebut"; None for anything but a named entity."""
        if doc[rel].lower_ != "yang":
            return None
        j = rel - 1
        while j >= 0 and (doc[j].lower_ in self.adverbs or doc[j].lower_ in ("sebelumnya", ",")):
            j -= 1
        entities = doc.spans[ENTITIES] if ENTITIES in doc.spans else []
        named = [e for e in entities if e.end == j + 1 and e.start_char >= s_start and e.text[:1].isupper()]
        if not named:
            return None
        start = named[0].start
        if named[0].label_ != "PER" and start > 0 and doc[start - 1].lower_ in self.title_words:
            return None  # "mantan Pelatih Persipur Purwodadi yang mengatakan": the body's man, unnamed here
        if start > 0 and (doc[start - 1].lower_ in self.body_words or doc[start - 1].lower_ in _STATEMENTS):
            start -= 1  # "pemerintah China", "pernyataan Erlinda"
        return doc[start].idx

    def _predicate_next(self, window: str) -> bool:
        """A claim's predicate right after a weak verb, maybe after the subject's own "dirinya": "mengakui masih
        menunggu", "mengaku dilecehkan", "mengakui dirinya tidak mendapatkan hasil"."""
        words = [w.lower() for w in window.split()[:2]]
        if len(words) == 2 and (words[0] in _CLAUSE_SUBJECTS or re.fullmatch(r"[a-z]{4,}nya", words[0])):
            # a clause with its own subject, a pronoun or a noun of the speaker's, then its verb: "membantah
            # pihaknya mengucilkan ...", "mengungkapkan mereka akan ...", "membantah pasukannya menerobos ..."
            return words[1] in _PREDICATE_STARTS or _verb_form(words[1])
        if words[:1] == ["dirinya"]:
            words = words[1:]
        first = (words[:1] or [""])[0]
        if first in _PREDICATE_STARTS or bool(_PASSIVE.fullmatch(first)):
            return True
        # a clause with a noun phrase for its subject, then its verb: "mengungkapkan 53 persen warga Inggris
        # menginginkan referendum ulang", "mengungkapkan sejauh ini pemerintah telah mengevakuasi 8.000 warga"
        clause = re.split(r"[,.;:“”\"()]", window, maxsplit=1)[0].lower().split()
        for k, w in enumerate(clause[: _SUBJECT_WORDS + 1]):
            if w in _NOT_IN_SUBJECT or (k == 0 and (w in self.adverbs or _verb_form(w))):
                return False  # "berjanji tetap akan ...": an adverb of the verb's own, no subject
            if k and w not in _LINKING_VERBS and (w in _CLAUSE_PREDICATE_STARTS or _verb_form(w)):
                return True
        return False

    def _claimed_verb(self, word: str, window: str) -> bool:
        """An admission or claim of a deed: "mengaku memiliki bukti", "mengakui membunuh" (a verb after it); a
        confirmation that something is so: "membenarkan adanya tersangka baru"."""
        first = (window.split()[:1] or [""])[0].lower()
        if word == "membenarkan":
            return first == "adanya"
        return word in ("mengaku", "mengakui") and bool(re.fullmatch(r"(?:me|ber)[a-z]{3,}", first))

    def _menurut(
        self, text: str, s_start: int, s_end: int, pos: int, cue_end: int, nya: bool
    ) -> _Found | None:
        """ "Menurut X, CONTENT", "CONTENT, menurut X." and "A, menurut X, B"; a record ("berdasarkan data X")
        only before its claim."""
        if re.search(r"\byang\s+$", text[s_start:pos]):
            return None  # "kehidupan di London yang menurutnya lebih kondusif": an opinion inside a clause
        cue = text[pos:cue_end].lower().removesuffix("nya")
        record = not cue.startswith(("menurut", "dalam pandangan"))
        if nya:
            p_start = p_end = cue_end
        else:
            p_start, p_end = cue_end, self._phrase_end(text, cue_end, stop_words=True)
            # "menurut estimasi akhir yang dirilis oleh Departemen Perdagangan": the one who released it is the source
            released = _RELEASED_BY.match(text, p_end, s_end)
            if released:
                p_start, p_end = released.end(), self._phrase_end(text, released.end(), stop_words=True)
            pronoun = re.match(r"\s*(\w+)\b", text[cue_end:s_end])
            if pronoun and pronoun.group(1).lower() in self.pronouns:
                # "Menurut dia kejadian itu ...": without a comma the pronoun alone is the speaker
                p_start, p_end = cue_end + pronoun.start(1), cue_end + pronoun.end(1)
            else:
                # a title, then the name in apposition: "menurut Kepala bidang penelitian pada X, Siegfried O Wolf, ..."
                head = text[p_start:p_end].split()[:1]
                comma = text.find(",", p_end, s_end)
                apposition = _APPOSITION.match(text, comma) if comma != -1 and comma - p_end < 80 else None
                # (a title in English is no title word: "menurut Head of 4W Product Development PT SIS, Donny
                # Saputra, ..." takes the tagged person after it)
                if (
                    apposition
                    and head
                    and (head[0].lower() in self.title_words or apposition.end(1) in self._person_ends)
                ):
                    p_end = apposition.end(1)
                else:
                    # no comma after the name: the claim starts where the tagged name ends ("Menurut Agus kebijakan
                    # itu masih akan dikaji")
                    p_end = self._name_end(text, p_start, p_end)
        after = p_end
        after += len(text[after:s_end]) - len(text[after:s_end].lstrip(" ,"))
        before_end = _strip_end(text, s_start, pos)
        # "..., menurut polisi, yang menggeledah ...": a relative clause; at a sentence start "yang" opens the claim
        # ("Dalam pandangan Donny, yang paling penting saat ini adalah ...")
        relative = text[after:s_end].lower().startswith("yang ") and bool(text[s_start:pos].strip())
        if len(text[after:s_end].split()) >= MIN_CONTENT_WORDS and not relative:
            c_start, c_end = after, _strip_end(text, after, s_end)
        elif not record and len(text[s_start:before_end].split()) >= MIN_CONTENT_WORDS:
            # "..., merujuk pada laporan grup ultra-nasionalis yang ...": what the sentence refers to, no source
            c_start, c_end = self._content_start(text, s_start, before_end), before_end
        else:
            return None
        if (record and text[p_start:p_end].strip().lower() in _RECORDS) or any(
            w.lower() in self.active for w in text[c_start:c_end].split()[: _SUBJECT_WORDS + 1]
        ):
            # "Berdasarkan analisis yang mendalam, ...": a record of no one; "Berdasarkan keterangan ketua rombongan,
            # Agus mengatakan ...", "Menurut pemerintahan Korea Selatan, saat itu Moon juga mengatakan ...": the
            # claim is Agus's or Moon's, their own verb reports it
            return None
        f = _Found(c_start, c_end, "indirect", cue=cue, anchor=pos)
        if nya:
            f.pronoun = True
        else:
            self._phrase_or_pronoun(text, f, p_start, p_end)
        return f if (f.phrase or f.pronoun) else None

    # 2. phrases ----------------------------------------------------------------------------------------------
    def _phrase_end(self, text: str, start: int, stop_words: bool = True) -> int:
        """Where a speaker phrase after a cue ends: punctuation, a line end, or a stop word."""
        limit = min(len(text), start + MAX_PHRASE_CHARS)
        end = start
        for m in _WORD.finditer(text, start, limit):
            glued = _GLUED.search(m.group())
            if glued and m.start() > start:
                # two sentences run together without a space ("pelatih asal Serbia tersebut.Sejauh ini")
                end = m.start() + glued.start()
                break
            if m.start() > start and m.start() in self._time_starts:
                break
            word = m.group().strip(".,;:()“”\"'")
            # only a lowercase word stops the phrase: "Dalam" in "Menteri Dalam Negeri" is part of a title
            if stop_words and word in self.stops and m.start() > start:
                break
            end = m.end()
            # a final stop is no abbreviation at a line's end ("pesan Dalai Lama.\n")
            line_end = text[m.end() : m.end() + 1] in ("", "\n", "\r")
            if re.search(r"[.,;:“”\"]$", m.group()) and (
                line_end or not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", m.group())
            ):
                end = m.end() - 1
                break
            if text.find("\n", m.start(), m.end() + 1) != -1:
                break
        return end

    def _name_end(self, text: str, start: int, end: int) -> int:
        """Where a speaker phrase with no comma in it ends: where the tagged name that opens it, after titles at
        most, ends and lowercase words go on ("kata Kalla bisa dilakukan", "Menurut Presiden Joko Widodo kebijakan
        itu"), else at `end`."""
        if "," in text[start:end]:
            return end
        words = list(_WORD.finditer(text, start, end))
        if not words:
            return end
        k = 0
        while k < len(words) - 1 and words[k].group().lower() in self.title_words:
            k += 1
        name = next((e for s, e in self._person_spans if s == words[k].start() and e < end), None)
        after = re.match(r"\s+([a-z]\w*)", text[name:end]) if name is not None else None
        # not before a word that ends a speaker phrase or joins another name to it ("kata Wozniacki seraya
        # tertawa", "Subdit Dokumen dan Perlengkapan Haji")
        if after is None or after.group(1) in self.stops or after.group(1) in _JOINING:
            return end
        return name

    def _subject_region(self, text: str, s_start: int, v_start: int) -> tuple[int, int]:
        """The part of a sentence before its verb, where the speaker is written; a sentence run on into it
        without a space ("Selasa (24/8).Sekjen Partai Nasdem ini menilai") is not part of it."""
        glued = list(_GLUED.finditer(text, s_start, v_start))
        start = glued[-1].end() if glued else s_start
        # nor is a "Baca juga: ..." link title the scraper ran into it ("Baca juga: Rupiah Masih Tertekan di Rp14.060
        # per Dolar AS Hariyadi mengatakan"): with no mark where the title ends, the subject is the capitalised run
        # before the verb
        # a clause a conjunction opens before the verb has its own subject: "Ancaman ini dilayangkan ... setelah
        # Presiden AS Donald Trump menggertak dengan mengatakan, ..."
        # nor is the dateline that opens an article ("New York (ANTARA News) - Utusan Inggris menyatakan ...")
        dateline = _DATELINE.match(text, start, v_start)
        if dateline:
            start = dateline.end()
        clauses = list(_CLAUSE_OPENER.finditer(text, start, v_start))
        if clauses and not re.search(r"[,;:]", text[clauses[-1].end() : v_start]):
            start = clauses[-1].end()
        if re.search(r"\bBaca juga\s*:", text[start:v_start], re.I):
            words = list(_WORD.finditer(text, start, v_start))
            while words and _capitalised(words[-1].group()) and words[-1].start() > start:
                start = words.pop().start()
        return start, v_start

    def _trim(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """A speaker phrase without openers, adjuncts, trailing adverbs and ", yang ..." clauses."""
        region = text[start:end]
        # keep the last comma-separated part that can be a subject ("Saat ..., Blinken"; "Seorang pejabat AS, yang ...")
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", region)]
        # an adjunct that ends with a demonstrative, with no comma, is no part of the name after it: "Dalam
        # pembicaraan tersebut Ryamizard mengingatkan bahwa ..."
        parts = [
            (adjunct.end() if adjunct and adjunct.group(1).lower() in self.stops else a, b)
            for a, b in parts
            for adjunct in [_POINTED_ADJUNCT.match(region, a, b)]
        ]
        chosen = None
        for a, b in reversed(parts):
            seg = region[a:b].strip()
            # an opener is no part of it ("Tak hanya itu Tavecchio": "tak" would read as an adverb)
            opener_words = next((c for c in self.connectors if seg.lower().startswith(c + " ")), "").split()
            seg_words = seg.split()
            if not opener_words and len(seg_words) > 1 and seg_words[0].lower() in self.adverbs:
                # an adverb opening the sentence before a name ("Lalu Irfan mencontohkan"); not a connector, as
                # "Lalu" also opens names ("Lalu Iqbal Muhammad")
                opener_words = (
                    seg_words[:1] if seg_words[0][:1].isupper() and _capitalised(seg_words[1]) else []
                )
            first = seg.split()[len(opener_words)].lower() if len(seg.split()) > len(opener_words) else ""
            if not seg or first in self.stops or first in self.weekdays or first in self.adverbs:
                continue
            if first in _PREPOSITIONS and first not in _JOINING:
                continue  # an adjunct in commas: "Kosovo, dengan dukungan Barat, menyatakan"
            if re.fullmatch(r"[\d/()\s]+|\(?\d.*", seg) or seg.lower() in ("dc",):
                continue
            chosen = (a, b)
            # a name, then a description of it in apposition: "Boca, klub yang membesarkan nama Tevez, mengklaim"
            # ("Derrick Watson, Hakim Distrik di Hawaii, menyatakan", "Biro hukum Shenyang, kota dimana Liu dirawat,")
            k = parts.index((a, b))
            relative = (
                seg[:1].islower()
                and first not in self.unnamed  # "sejumlah analis yang disurvei Bloomberg" is the speaker
                and re.search(r"\s(?:yang|dimana|di mana|tempat)\s", seg)
            )
            low_words = tuple(seg.lower().split())
            titled = any(low_words[:n] in self.titles for n in range(1, 5)) and not re.search(
                r"[A-Z]\w+\s+[A-Z]\w+$", seg.strip()
            )
            name = region[parts[k - 1][0] : parts[k - 1][1]].split() if k else []
            opener = name[0].lower() if name else ""
            # "Saat di Jakarta, Menteri ...": an adjunct before the comma, not a name
            adjunct = opener in self.stops or opener in self.adverbs or opener in self.weekdays
            # a name with its own title before the comma ("Jenderal Abdulelah al - Saleh, sekretaris jenderal
            # aliansi, membantah"): the title words before it and the particles inside are no words of the name
            core = list(name)
            while core and core[0].lower() in self.title_words:
                core.pop(0)
            core = [w for w in core if w.lower() not in NAME_PARTICLES and w != "-"]
            if name and name[0][:1].isupper() and not adjunct and opener not in self.connectors:
                # a tagged person, then what they are in lowercase: "Mahmoud Sadeghi, anggota parlemen,
                # mengatakan" (after the sentence's time expression: "Seminggu yang lalu Mahmoud Sadeghi, ...")
                lead, gap = parts[k - 1][0], region[parts[k - 1][0] : parts[k - 1][1]]
                lead += len(gap) - len(gap.lstrip())
                person = self._person_part(start + lead, start + parts[k - 1][0] + len(gap.rstrip()))
                if seg[:1].islower() and person is not None:
                    chosen = (person - start, parts[k - 1][1])
                elif (relative and not titled and len(name) <= MAX_NAME_WORDS) or (
                    titled
                    and 0 < len(core) <= MAX_NAME_WORDS
                    and all(_capitalised(w) and w.lower() not in self.title_words for w in core)
                ):
                    chosen = parts[k - 1]
            break
        if chosen is None:
            return None
        a, b = chosen
        seg = region[a:b]
        a += len(seg) - len(seg.lstrip())
        # an aside in brackets is not part of the speaker ("Joko Widodo (Jokowi)")
        bracket = re.search(r"\s*\([^()]*\)?\s*$", region[a:b])
        if bracket and bracket.start() > 0:
            b = a + bracket.start()
        # connectors that open a sentence are not the speaker
        low = region[a:b].lower()
        for con in self.connectors:
            if low.startswith(con + " ") or low == con:
                a += len(con)
                break
        words = [(m.start() + a, m.end() + a, m.group()) for m in _WORD.finditer(region[a:b])]
        while words and words[0][2].lower() in self.connectors:
            words.pop(0)
        # cut at a stop word inside ("Rhodes dalam wawancara"), and drop trailing adverbs ("Blinken juga"); a
        # description that points back keeps its relative clause ("pelatih yang karib disapa Gethuk ini")
        pointing = (
            1 < len(words) <= 7
            and words[-1][2] in ("itu", "ini", "tersebut")
            and (words[0][2].islower() or not words[1][2][:1].isupper())  # "Pemain 28 tahun tersebut"
        )
        for i, (w_start, _, w) in enumerate(words):
            # ... and at a time expression ("Israel beberapa waktu lalu menyatakan")
            if i and not pointing and (w in self.stops or start + w_start in self._time_starts):
                if w in _AFFILIATION_LINKS and self._titled_person(words, start):
                    break  # "Pengamat terorisme dari Institute for ... Taufik Andrie": the title's body, the name
                words = words[:i]
                break
        words = self._without_trailing(words)
        if not words:
            return None
        # a long title before a name ("Kepala Badan Pengatur ... (BPH Migas) Andy Noorsaman Sommeng"): its end
        words = words[-MAX_SPEAKER_WORDS:]
        return start + words[0][0], start + words[-1][1]

    def _person_part(self, start: int, end: int) -> int | None:
        """Where the tagged person that text[start:end] is starts, maybe after the time expression that opens it
        ("Seminggu yang lalu | Mahmoud Sadeghi"); None if it is no person."""
        return next(
            (
                p_start
                for p_start, p_end in self._person_spans
                if p_end == end and (p_start == start or (start in self._time_starts and p_start > start))
            ),
            None,
        )

    def _titled_person(self, words: list[tuple[int, int, str]], start: int) -> bool:
        """Whether a speaker phrase's words (offsets from `start`) are a title, then, after a link to its body, a
        tagged person's name at the end, trailing adverbs aside."""
        words = self._without_trailing(words) or words[:1]
        return words[0][2].lower() in self.title_words and start + words[-1][1] in self._person_ends

    def _without_trailing(self, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A speaker phrase's words less the adverbs and stop words at its end ("Blinken juga")."""
        while words and (words[-1][2] in self.adverbs or words[-1][2] in self.stops):
            words = words[:-1]
        return words

    # 3. speakers ---------------------------------------------------------------------------------------------
    def _resolve(self, doc: Doc, text: str, sents, paras, found: list[_Found], quoted=()) -> None:
        """Speakers in reading order: names through the entity spans, surnames, pronouns, continuations."""
        people = [s for s in doc.spans[ENTITIES] if s.label_ == "PER"] if ENTITIES in doc.spans else []
        # a name starts with a capital; one inside quotation marks or a "(baca: ...)" link is no sentence subject
        people = [p for p in people if p.text[:1].isupper()]
        self._text = text  # the doc's text once: Doc.text joins every token on each call
        self._names = frozenset()  # cleared first: _canon reads it and must not see the last article's names
        # (not a name in a "(Baca: ...)" link's headline: "Budi Waseso Ingatkan Pansel soal ...")
        self._names = frozenset(
            self._canon(p) for p in people if not any(a <= p.start_char < b for a, b in self._bracketed_links)
        )
        bodies = [s for s in doc.spans[ENTITIES] if s.label_ != "PER"] if ENTITIES in doc.spans else []
        self._bodies = frozenset(s.text for s in bodies)
        self._orgs = frozenset(
            name for s in bodies if s.label_ == "ORG" for name in (s.text, s._.canonical) if name
        )
        asides = list(quoted) + [(a, b) for a, b, _ in self._read_also]
        subjects = [p for p in people if not any(a <= p.start_char < b for a, b in asides)]
        others = [s for s in doc.spans[ENTITIES] if s.label_ != "PER"] if ENTITIES in doc.spans else []
        citations = list(doc.spans[CITATIONS]) if CITATIONS in doc.spans else []
        previous: _Found | None = None  # the last direct quote
        last: _Found | None = None  # the last quote of any kind
        known: list[tuple[str, str | None]] = []  # full names of earlier speakers, for later surnames
        for f in sorted(found, key=lambda q: q.start):
            if f.continuation and last is not None and (last.cue or "").lower() in _QUESTION_CUES:
                # after a question comes the answer, by someone else: "“...?” tanya Enny. “Tidak pernah. ...”"
                f.continuation = False
            if f.pronoun:
                f.speaker = self._pronoun(doc, text, sents, f, found, subjects)
            elif f.phrase and self._group_pronoun(text, f.phrase):
                f.speaker = self._body_pronoun(text, sents, f, found, others)
            elif f.phrase and (author := self._statement_author(text, f.phrase, others, people)) is not None:
                f.speaker = author
            elif f.phrase and self._statement_pointer(text, f.phrase):
                # "bunyi pernyataan itu": the statement of the body or person who spoke or acted last
                f.speaker = self._body_pronoun(text, sents, f, found, others, people=subjects)
            elif f.phrase and self._body_pointer(text, f.phrase):
                # "kata institusi tersebut", "kata biro cuaca itu": the body that spoke or acted last
                f.speaker = self._body_pronoun(text, sents, f, found, others)
            elif f.phrase and (same := self._same_unnamed(text, f, found)) is not None:
                f.speaker = same
            elif f.phrase and self._anaphoric(text, f.phrase, people):
                # a description points to the person the article is quoting, before any other name around
                f.speaker = self._pronoun(doc, text, sents, f, found, subjects, speakers_first=True)
            elif f.phrase:
                f.speaker = self._named(text, f.phrase, people, others, known)
            elif f.continuation and previous is not None and previous.speaker is not None:
                # an uncued quote goes on with the last direct quote's speaker (not with a paraphrase between)
                # when that quote is in the same paragraph or one of the two before
                if _para_index(paras, f.start) - _para_index(paras, previous.end) <= 2:
                    f.speaker = previous.speaker
            if f.continuation and f.speaker is None and last is not None and last.speaker is not None:
                # or with the paraphrase right before it, in its paragraph or the one before ("Walau demikian,
                # kata dia, PCA ...", then a quote paragraph with no cue)
                if _para_index(paras, f.start) - _para_index(paras, last.end) <= 1:
                    f.speaker = last.speaker
            f.via = _via(text, sents, f, citations)
            if f.speaker and f.speaker.canonical and len(f.speaker.canonical.split()) > 1:
                known.append((f.speaker.canonical, f.speaker.role))
            if f.kind == "direct":
                previous = f
            last = f

    def _canon(self, person: Span) -> str:
        """A PER span's canonical name without words a wrong span took in ("Namun Anies", "Anies hormat", "RI
        Airlangga Hartarto"), with the hyphenated end a spaced hyphen cut off ("Abdul Ghani al - Assadi")."""
        words = _name_only(person._.canonical or person.text).split()
        while len(words) > 1 and words[0].lower() in self.connectors:
            words.pop(0)
        words = _strip_acronyms(words)
        # a rank run into the name, and all before it: "Inhil AKBP Dolifar Manurung"
        ranks = self._rank_ends(words)
        if ranks:
            words = words[ranks[-1] + 1 :]
        # a place or body run into the name: "Israel Naftali Bennett", "Partai Republik Donald Trump" (two capitalised
        # words at least are left: "Moon Jae - in" is whole, "Moon" tagged a body elsewhere or not)
        for k in range(len(words) - 2, 0, -1):
            if " ".join(words[:k]) in self._bodies and sum(w[:1].isupper() for w in words[k:]) >= 2:
                words = words[k:]
                break
        # a span that stops at a spaced hyphen: a lowercase part, or one after a particle ("al"), is the name's end;
        # two capitalised names are a pair ("Anies - Sandi")
        hyphen = _HYPHEN_END.match(self._text, person.end_char)
        if (
            hyphen
            and person.text.endswith(words[-1])
            and (hyphen.group()[3:4].islower() or words[-1].islower())
        ):
            words.append(hyphen.group().strip())
        return self._longest(" ".join(words) or person.text)

    def _rank_ends(self, words: list[str]) -> list[int]:
        """Where a rank ends among words, short of the last ("Inhil AKBP | Dolifar", "Irjen Pol | Fakhrizal")."""
        lower = [w.lower() for w in words]
        return [
            k
            for k in range(len(words) - 1)
            if (lower[k],) in self.name_titles or (k and tuple(lower[k - 1 : k + 1]) in self.name_titles)
        ]

    def _longest(self, name: str) -> str:
        """The one longer name the article writes that begins with this one ("Siti Fadilah" → "Siti Fadilah
        Supari"); a single word is left to _full_name, which needs more than a shared first word."""
        words = name.split()
        if len(words) < 2:
            return name
        longer = {n for n in self._names if len(n.split()) > len(words) and n.split()[: len(words)] == words}
        return longer.pop() if len(longer) == 1 else name

    def _name_runs(self, text: str, start: int, end: int) -> list[list[str]]:
        """Runs of capitalised words in text[start:end], without a sentence opener before them ("Namun Anies")."""
        runs = []
        lower = None
        for m in _NAME_RUN.finditer(text, start, end):
            if text[m.start() - 1 : m.start()] in ('"', "“") and text[m.end() : m.end() + 1] in ('"', "”"):
                continue  # a slogan in quotation marks ("Pekikan “Hidup Agus” ..."), no name
            run = m.group().split()
            while run and run[0].lower() in self.connectors:
                run.pop(0)
            # a word capitalised only because it opens a sentence, one news text or this article writes in lowercase,
            # is no part of a name ("Karena Telkom 1 tak bisa lagi dipakai", "“Status Telkom 1 kosong")
            if run and run[0] == m.group().split()[0] and text[: m.start()].rstrip()[-1:] in _OPENERS:
                if lower is None:
                    lower = frozenset(re.findall(r"\b[a-z]+\b", text))
                if (
                    run[0].lower() in lower
                    or run[0].lower() in self.common
                    or run[0].lower() in _PREPOSITIONS
                ):
                    run.pop(0)
            if len(run) > 1:
                runs.append(run)
        return runs

    def _same_unnamed(self, text: str, f: _Found, found: list[_Found]) -> Speaker | None:
        """An unnamed speaker pointed back to ("sumber tersebut", "sang juru bicara", "sumber yang sama"): the same
        source, in the fullest words the article gave it before, as an earlier quote's speaker or in passing
        ("dikonfirmasi oleh sumber militer yang tidak ingin disebutkan namanya"); still nobody's name."""
        written = text[f.phrase[0] : f.phrase[1]]
        words = written.lower().split()
        pointing = words[0] == "sang" or words[-1] in _POINTERS or words[-2:] == ["yang", "sama"]
        while words and words[0] in ("sang", "seorang", "para", "sebuah"):
            words = words[1:]
        if not pointing or len(words) < 2 or words[0] not in self.unnamed:
            return None
        head = re.compile(rf"\b{re.escape(words[0])}\b", re.I)
        earlier = [
            q.speaker.text
            for q in found
            if q.start < f.start
            and q.speaker
            and not q.speaker.canonical
            and head.search(q.speaker.text or "")
        ]
        for m in head.finditer(text, max(0, f.phrase[0] - UNNAMED_LOOKBACK), f.phrase[0]):
            phrase = _UNNAMED_PHRASE.match(text, m.start())
            if phrase:
                opener = re.search(
                    r"\b(?:seorang|sebuah|para)\s+$", text[max(0, m.start() - 10) : m.start()], re.I
                )
                earlier.append((opener.group() if opener else "") + phrase.group())
        earlier = [e for e in earlier if e.lower() != written.lower() and not e.lower().endswith(_POINTERS)]
        if not earlier:
            return None
        return Speaker(written, max(earlier, key=lambda e: len(e.split())), None)

    def _anaphoric(self, text: str, phrase: tuple[int, int], people: list[Span]) -> bool:
        """A description that points back ("pelatih asal Serbia tersebut", "Direktur Gratifikasi KPK itu"):
        a role noun ending with a demonstrative, naming no one but, at most, someone it is related to."""
        words = text[phrase[0] : phrase[1]].split()
        if len(words) >= 3 and words[0].lower() in _PERSON_NOUNS and words[1].lower() == "asal":
            return True  # where someone is from, no demonstrative needed: "ujar pria asal Purworejo, Jawa Tengah"
        if len(words) < 2 or words[-1].lower() not in _POINTERS:
            return False
        if words[0].lower() in self.unnamed:
            return False  # "sumber itu", "pejabat tersebut": an unnamed speaker stays unnamed, never guessed
        named = any(phrase[0] <= p.start_char and p.end_char <= phrase[1] for p in people)
        titled = any(w.lower() in self.title_words for w in words)  # "Mantan Gubernur Bank Indonesia itu"
        if words[0].islower() or (titled and not named):
            return True
        # a capital only because a sentence starts there ("Istri aktor Brad Pitt itu", "Lulusan Ecole des Hautes
        # Etudes Paris ini": a running-text noun, then the name it relates to)
        opener = not words[1][:1].isupper() or words[0].lower() in self.plain_nouns
        return opener and not any(p.start_char == phrase[0] for p in people)

    def _named(
        self,
        text: str,
        phrase: tuple[int, int],
        people: list[Span],
        others: list[Span],
        known: list | None = None,
    ) -> Speaker:
        """A written speaker with the canonical name and role the article gives it; unnamed ones stay unnamed."""
        start, end = phrase
        known = known if known is not None else []
        written = text[start:end]
        inside = [p for p in people if start <= p.start_char and p.end_char <= end]
        if len(inside) == 2 and (joint := self._joint(text, inside, end)) is not None:
            return Speaker(written, joint, None)
        if inside:
            subjects = [p for p in inside if _is_subject(text, [(start, end)], p)]
            person = (subjects or inside)[-1]
            role = person._.role or _role_before(text, start, person.start_char)
            # the phrase up to the name, unless a clause sits between ("Netanyahu mengucapkan ... dan")
            shown = text[start : person.end_char] if person.end_char == end else person.text
            before = text[start : person.start_char].split()
            if (
                before
                and before[0].lower() == "tim"
                and "," not in text[start : person.start_char]
                and person.end_char == end
            ):
                # a person's team speaks, no one named: "Tim kuasa hukum mantan Menteri Kesehatan Siti Fadilah"
                return Speaker(written, None, None)
            if len(before) == 1 and before[0].lower() in self.body_words:
                return Speaker(
                    shown, shown, None
                )  # a person's office or team speaks: "Kantor Aung San Suu Kyi"
            canonical = self._canon(person)
            first = re.search(r"([A-Z][\w'-]+)\s+$", text[start : person.start_char])
            if (
                re.match(r"[A-Z]\.\s", canonical)
                and first
                and first.group(1).lower() not in self.title_words
                and first.group(1) not in self._bodies  # "Jenderal Polisi M. Tito Karnavian": a first initial
            ):
                # a span that starts at a middle initial lost the first name ("Kuswara S. Taryono")
                canonical = f"{first.group(1)} {canonical}"
            if len(canonical.split()) == 1:
                # the entity spans may not have joined a surname to the full name written earlier
                full = self._full_name(text, canonical.split(), start, people, known)
                if full:
                    return Speaker(shown, full[0], role or full[1])
            return Speaker(shown, canonical, role)
        words = written.split()
        if written.lower() in self.title_roles:
            # a title alone ("kata Menlu"): the last person the article gave that role, else no one
            return self._titled(written, start, people, known)
        exact = next(
            (o for o in others if o.start_char == start and o.end_char == end and o.label_ == "ORG"), None
        )
        if len(words) == 1 and words[0].lower() in self.body_words:
            # a body named by its first word alone ("Kementerian menegaskan"): the last body named in full with it,
            # or introduced by it ("agensi yang menaungi Secret, TS Entertainment ... Agensi menjelaskan")
            fuller = [
                o
                for o in others
                if o.end_char <= start
                and (
                    o.text.startswith(written + " ")
                    or (o.label_ == "ORG" and self._introduced(text, o, written))
                )
            ]
            # a short form the alias file expands ("KPK", "PBB") is left to the rule for short forms below
            short_form = exact is not None and exact._.canonical and exact._.canonical != written
            if fuller or (exact is not None and not short_form):
                last = max(fuller, key=lambda o: o.start_char, default=None)
                return Speaker(written, (last._.canonical or last.text) if last else None, None)
        # a body or country by its short form, tagged here or elsewhere in the article ("Kemenlu", "SDF", "Korut")
        short = exact or next((o for o in others if o.text == written and o.label_ in ("ORG", "LOC")), None)
        if short is not None and len(words) == 1 and short._.canonical and short._.canonical != written:
            # the article's own expansion where it writes one ("Pasukan Demokratik Suriah (SDF)"), else the one the
            # entity spans give it where the article writes that name too (the name at its fullest as the article
            # gives it); no name tail in it
            spelt = next((m.group(1) for m in _ALIAS.finditer(text) if m.group(2) == written), None)
            if spelt:  # a title before the expansion is none of it: "Pemimpin Korea Utara (Korut)"
                spelt_words = spelt.split()
                while len(spelt_words) > 1 and spelt_words[0].lower() in self.title_words - self.body_words:
                    spelt_words.pop(0)
                spelt = " ".join(spelt_words)
            given = short._.canonical if short._.canonical in text else written
            return Speaker(written, spelt or given, None)
        if len(words) > 1 and words[0].lower() in _STATEMENTS and _capitalised(words[1]):
            # "pernyataan Angkatan Laut AS": the statement's author speaks
            inner = self._named(text, (start + len(words[0]) + 1, end), people, others, known)
            return Speaker(written, inner.canonical, inner.role)
        if (
            words[0].lower() in self.body_words
            and all(_capitalised(w) for w in words)
            # a body named on its own before it ("Kementerian" alone is the first word, not another body)
            and not any(
                written.startswith(b + " ") and b.lower() not in self.body_words for b in self._bodies
            )
        ):
            # a body's whole name ("Federasi Sepak Bola Italia", "Badan Olahraga Profesional Indonesia"): its first
            # words are no title before a person (a body named on its own before a name is split off below)
            return Speaker(written, written, None)
        words_lower = written.lower().split()
        # past a common noun that says what kind of body it is ("kelompok pemantau Syrian Observatory ..."), not
        # one of an unnamed speaker's ("seorang juru bicara Syrian Observatory ...")
        k = (
            0
            if words_lower[0] in self.unnamed
            else next((i for i, w in enumerate(words) if _capitalised(w)), 0)
        )
        inner = [w for w in words[k + 1 : -1] if not _capitalised(w)]
        if (
            inner
            and len(words) - k >= 4
            and all(w in _BODY_LINKS for w in inner)
            and _capitalised(words[-1])
            and (words_lower[k] in self.body_words or any(w in ("for", "of") for w in inner))
        ):
            # a body's name with its linking words ("Observatorium Suriah bagi Hak Asasi Manusia", "Syrian
            # Observatory for Human Rights"): all of it, not the words after the last link
            return Speaker(written, " ".join(words[k:]), None)
        if words[0].lower() in _RECORDS:
            # "Data Bloomberg", "data Dana Moneter Internasional (IMF)": a record, not a name; as written it says
            # whose
            return Speaker(written, None, None)
        # a name after a title or an organisation the NER found ("juru bicara Gedung Putih Karine Jean-Pierre")
        ends_entity = any(start < o.end_char and o.end_char == end for o in others)
        capitalised = all(_capitalised(w) for w in written.split())
        tail = _name_tail(text, start, end, others) if ends_entity or not capitalised else None
        if tail and text[tail[0] : tail[1]] in {o.text for o in others}:
            tail = None  # a place or body named elsewhere in the article ("pemerintah Arab Saudi")
        if tail and tail[0] > start:
            tail = self._given_name_before(text, start, tail, others)
            inner = self._named(text, tail, people, others, known)
            if words_lower[0] in self.unnamed and inner.canonical and self._is_body(inner.canonical):
                return Speaker(written, None, None)  # "Seorang pejabat Kementerian Kehakiman": unnamed
            # the role is all the phrase writes before the name ("Menteri Koperasi dan UKM", not "UKM")
            name_at = text.find(inner.canonical or "", tail[0], end) if inner.canonical else -1
            if name_at > tail[0] and text[name_at:end] == inner.canonical:
                return Speaker(written, inner.canonical, _role_before(text, start, name_at))
            return Speaker(written, inner.canonical, inner.role or _role_before(text, start, tail[0]))
        # a body the entity spans found, with its acronym after it ("menurut Badan Energi Internasional (IEA)")
        body = next(
            (o for o in others if o.label_ == "ORG" and o.start_char == start and o.end_char > end), None
        )
        if body is not None and all(_capitalised(w) for w in words):
            return Speaker(written, re.sub(r"\s*\([^()]*\)$", "", body._.canonical or body.text), None)
        if written.lower() in _GROUP_PRONOUNS:
            return Speaker(written, None, None)  # "Mereka menilai ...": a group, not a name
        at = self._after_place(words) if all(_capitalised(w) for w in words) else None
        if at is not None and words[0].lower() in self.unnamed:
            # "Juru Bicara Kementerian Pertahanan Rusia Igor Konashenkov": the title names a body; a name follows
            return Speaker(written, " ".join(words[at:]), " ".join(words[:at]))
        if words[0].lower() in self.title_words and words[0].lower() not in self.unnamed:
            # a title with its body, no name ("presiden FIGC menyatakan"): the person the article gave that role
            titled = self._titled(written, start, people, known)
            if titled.canonical:
                return titled
        if words[0].lower() in self.unnamed or not all(_capitalised(w) for w in words):
            org = [o for o in others if start <= o.start_char and o.end_char <= end]
            if org and len(words) <= 3 and written == org[-1].text:
                return Speaker(written, org[-1]._.canonical or org[-1].text, None)
            return Speaker(written, None, None)
        if self._office_of_place(words):
            # "kata Kepala Hakim Provinsi Pusat", "kata Jaksa Penuntut Kashan": an office named by its place, no one
            return Speaker(written, None, None)
        role_words, words = self._split_title(words)
        words, role_words = self._name_start(text, start, end, role_words, words)
        role = " ".join(role_words) or None
        full = self._full_name(text, words, start, people, known)
        if full:
            return Speaker(written, full[0], role or full[1])
        return Speaker(written, " ".join(words), role)

    def _introduced(self, text: str, body: Span, word: str) -> bool:
        """Whether a body's name follows a common noun for it in the same sentence: "agensi yang menaungi Secret,
        TS Entertainment"."""
        before = text[max(0, body.start_char - INTRODUCED_CHARS) : body.start_char]
        return bool(re.search(rf"\b{re.escape(word.lower())}\b[^.!?]*$", before))

    def _given_name_before(
        self, text: str, start: int, tail: tuple[int, int], others: list[Span]
    ) -> tuple[int, int]:
        """A two-word name tail with the word before it when that word is no word of titles, bodies or news: the
        first of three names ("Perlindungan Anak Yohana | Susana Yembise"). A word that ends a place or body span
        is its own only where the rest of the span is a body the alias file names ("Kementerian Luar Negeri Iqbal"
        tagged ORG before "Lalu Muhammad"; "Gedung Putih | Karine Jean-Pierre" stays two)."""
        before = re.search(r"([A-Z][\w'-]*)\s+$", text[start : tail[0]])
        if before is None or len(text[tail[0] : tail[1]].split()) != 2:
            return tail
        word, at = before.group(1), start + before.start(1)
        if word.isupper() or word in self._bodies or word.lower() in self.not_given_names:
            return tail
        holder = next((o for o in others if o.start_char <= at < o.end_char), None)
        if holder is not None and (
            holder.end_char != at + len(word) or text[holder.start_char : at].strip() not in known_bodies()
        ):
            return tail
        return at, tail[1]

    def _office_of_place(self, words: list[str]) -> bool:
        """Whether a phrase is title words and then a place or body, with no name: "Jaksa Penuntut | Kashan" (a
        place of the article), "Kepala Hakim | Provinsi Pusat" (a body word first)."""
        k = 0
        while k < len(words) and words[k].lower() in self.title_words:
            k += 1
        rest = words[k:]
        if any(w.lower() in self.title_words for w in rest) or any(
            " ".join(words[j:]) in self._names for j in range(len(words))
        ):
            return False  # a rank or a tagged name inside: "Kepala Pusat Penerangan TNI Mayjen Wuryanto"
        return bool(k and rest) and (" ".join(rest) in self._bodies or rest[0].lower() in self.body_words)

    def _joint(self, text: str, pair: list[Span], end: int) -> str | None:
        """Two people who speak together, "A dan B" with B's title between and nothing but lower-case words after
        B ("Presiden AS Donald Trump dan Presiden Korsel Moon Jae - in lewat telepon sama-sama menyatakan"): their
        full names joined by "dan"."""
        first, second = pair
        between = text[first.end_char : second.start_char]
        after = text[second.end_char : end]
        if not _JOINT_PAIR.fullmatch(between) or any(_capitalised(w) for w in after.split()):
            return None
        names = [self._canon(p) for p in pair]
        return None if names[0] == names[1] else " dan ".join(names)

    def _role_of(self, title: str) -> str:
        """The role a title stands for, lowercased ("Dirjen" -> "direktur jenderal"); a title as itself else."""
        return self.title_roles.get(title.lower(), title.lower())

    def _titled(self, written: str, start: int, people: list[Span], known: list) -> Speaker:
        """A speaker written as a title alone, or with its body: the person the article last gave that role, a
        speaker first."""
        role = self._role_of(written)

        def fits(given: str | None) -> bool:
            if not given:
                return False
            # an office, then a rank: "Kasat Reskrim" is the "Kasat Reskrim Kompol" Suryadi
            before, _, rank = given.lower().partition(f"{written.lower()} ")
            return self._role_of(given) == role or (not before and tuple(rank.split()) in self.titles)

        found = next(((n, r) for n, r in reversed(known) if fits(r)), None)
        if found is None:
            # the role alone ("Menlu"), or with the body it serves ("presiden FIGC": "Presiden" of "FIGC")
            person = next(
                (
                    p
                    for p in reversed(people)
                    if p.start_char < start
                    and (fits(p._.role) or (p._.affiliation and fits(f"{p._.role} {p._.affiliation}")))
                ),
                None,
            )
            if person is None:
                person = self._titled_by_body(written, start, people)
            found = (self._canon(person), person._.role) if person is not None else (None, None)
        return Speaker(written, *found)

    def _titled_by_body(self, written: str, start: int, people: list[Span]) -> Span | None:
        """The person last given a title, maybe abbreviated, whose affiliation holds every capitalised word after
        it: "Dirjen PBB" for the "Direktur Jenderal Kantor PBB Jenewa, Michael Moller" named before."""
        words = written.split()
        k = next(
            (k for k in range(len(words) - 1, 0, -1) if tuple(w.lower() for w in words[:k]) in self.titles), 0
        )
        rest = {w for w in words[k:] if _capitalised(w)}
        if not k or not rest:
            return None
        role = self._role_of(" ".join(words[:k]))
        return next(
            (
                p
                for p in reversed(people)
                if p.start_char < start
                and p._.role
                and self._role_of(p._.role) == role
                and rest <= set(f"{p._.role} {p._.affiliation or ''}".split())
            ),
            None,
        )

    def _name_start(
        self, text: str, start: int, end: int, role_words: list[str], words: list[str]
    ) -> tuple[list[str], list[str]]:
        """Where a name begins in a long capitalised run cut to its last two words: where the article's other
        mention of it begins ("Letkol Czi Dwi Bima Nurahmat" with "Dwi Bima" written elsewhere)."""
        if len(words) != 2 or not role_words:
            return words, role_words
        run = role_words + words
        for j in range(len(run) - 3, max(0, len(run) - MAX_NAME_WORDS) - 1, -1):
            if run[j].isupper() or run[j].lower() in self.title_words:
                continue
            mention = re.compile(
                r"\b" + re.escape(" ".join(run[j:-1])) + r"\b(?!\s+" + re.escape(run[-1]) + ")"
            )
            if mention.search(text, 0, start) or mention.search(text, end):
                return run[j:], run[:j]
        return words, role_words

    def _after_place(self, words: list[str]) -> int | None:
        """Where a name begins after a title or a body and a place or body the entity spans found: "Juru Bicara
        Kementerian Pertahanan Rusia | Igor Konashenkov", "Atase Hukum KBRI Riyadh | Mihibbuddin", "Menteri
        Perindustrian RI | Airlangga Hartarto"."""
        opener = words[0].lower()
        if not (opener in self.title_words or opener in self.body_words or words[0].isupper()):
            return None  # "Donald Trump Jr": no title or body to begin with
        for j in range(len(words) - 1, max(1, len(words) - MAX_NAME_WORDS), -1):
            name, before = words[j:], " ".join(words[:j])
            if (
                any(w.isupper() or w.lower() in self.title_words for w in name)
                or " ".join(name) in self._bodies
            ):
                continue
            if any(before == b or before.endswith(" " + b) for b in self._bodies):
                return j
        return None

    def _split_title(self, words: list[str]) -> tuple[list[str], list[str]]:
        """A capitalised phrase as (title words, name words): "Presiden Joko Widodo", "UEFA Aleksander Ceferin"."""
        # the end of a body's name, then a one-word name that is no word of news ("Menteri Koperasi dan UKM
        # Puspayoga"); "BPJS Kesehatan" is a body's whole name
        if (
            len(words) == 2
            and words[0].isupper()
            and len(words[0]) >= 3
            and words[1][:1].isupper()
            and words[1].lower() not in self.common
            and " ".join(words) not in self._bodies
        ):
            return words[:1], words[1:]
        # a body or place ends with an acronym ("Badan Informasi Energi AS"); a person's name does not
        if len(words) < 3 or (words[-1].isupper() and len(words[-1]) > 1):
            return [], words
        at = self._after_place(words)
        if at is not None:
            return words[:at], words[at:]
        if words[0].lower() in self.body_words:
            return [], words  # a body's name: "Badan Olahraga Profesional Indonesia (BOPI)"
        i = 0
        while i < len(words) - 2 and (words[i].lower() in self.title_words or words[i].isupper()):
            i += 1
        # a rank inside, then one to three plain words: the name ("Kepala Pusat Penerangan TNI Mayjen Wuryanto")
        rank = max((k for k in self._rank_ends(words) if k >= i), default=None)
        if (
            rank is not None
            and all(w.lower() not in self.title_words and not w.isupper() for w in words[rank + 1 :])
            and len(words) - rank - 1 <= 3
        ):
            return words[: rank + 1], words[rank + 1 :]
        # a title, a body whose name has title words, then a plain two-word name: "Direktur Jenderal Kerja Sama
        # ASEAN Kementerian Luar Negeri Jose Tavares"
        plain = all(
            w[:1].isupper()
            and not w.isupper()
            and not any(
                w.lower() in words_of for words_of in (self.title_words, self.body_words, self.common)
            )
            for w in words[-2:]
        )
        if i > 0 and len(words) - i > 3 and plain and any(w.lower() in self.body_words for w in words[i:-2]):
            return words[:-2], words[-2:]
        # title words inside what is left make it the name of a body ("Staf Umum Turki"), not a person
        if any(w.lower() in self.title_words for w in words[i:]):
            return [], words
        # a long run with an unknown body in it ("Kepala Humas SKK Migas Rudiantoro Rimbono"): the name is its end,
        # as long as the entity spans hold it ("Deputi Kedaulatan Maritim Arief Havas Oegroseno"), else two words
        tagged = next((k for k in range(i, len(words) - 1) if " ".join(words[k:]) in self._names), None)
        if tagged is not None and len(words) - i > 3:
            return words[:tagged], words[tagged:]
        if len(words) - i > 3:
            i = len(words) - 2
        return words[:i], words[i:]

    def _only_in_name(self, text: str, word: str, name: str) -> bool:
        """Whether the article writes this first word only as part of the name: a given name the person is not
        called by ("Arief" of "Arief Havas Oegroseno", later "Havas"), not a body run into the name
        ("Apkomindo Rudy Muliadi" beside "Pihak Apkomindo")."""
        if word.lower() in self.title_words or word.isupper() or word in self._bodies:
            return False
        return len(re.findall(rf"\b{re.escape(word)}\b", text)) == len(re.findall(re.escape(name), text))

    def _full_name(self, text: str, words: list[str], before: int, people: list[Span], known: list):
        """The full name a short mention stands for: an earlier speaker, a PER span, an alias in brackets
        ("Joko Widodo (Jokowi)"), a run of capitalised words ending with it, or a first name it shortens
        ("Rudi" for "Rudiantoro Rimbono"); None when nothing in the article supports one."""
        n = len(words)
        for name, role in reversed(known):
            if len(name.split()) > n and name.split()[-n:] == words:
                return name, role
        for p in reversed(people):
            name = self._canon(p)
            if len(name.split()) > n and name.split()[-n:] == words:
                return name, p._.role
        mention = " ".join(words)
        if n == 1 and mention.isupper():
            # a body's acronym spelt out in the article ("JMPPK" for "Jaringan Masyarakat Peduli Pegunungan Kendeng")
            spelt = {
                b for b in self._bodies if len(b.split()) == len(mention) > 1 and _initials(b) == mention
            }
            if len(spelt) == 1:
                return spelt.pop(), None
        for m in _ALIAS.finditer(text):
            if m.group(2) == mention:
                titles, name = self._split_title(m.group(1).split())
                return " ".join(name), " ".join(titles) or None
        if n == 1 and mention.isupper():
            # an acronym is a body's whole name ("KCNA"), or the initials of exactly one person in the article
            # ("BCL" for Bunga Citra Lestari)
            names = {self._canon(p) for p in people} | {name for name, _ in known}
            names |= {" ".join(self._split_title(run)[1]) for run in self._name_runs(text, 0, len(text))}
            fits = {f for f in names if len(f.split()) == len(mention) > 1 and _initials(f) == mention}
            if len(fits) == 1:
                name = fits.pop()
                return name, next((p._.role for p in people if self._canon(p) == name), None)
            return None
        # the titles the NER gave this very name: their last words are no part of a longer name ending with it
        # ("Menteri Koordinator bidang Politik, Hukum, dan Keamanan | Wiranto")
        own_roles = [p._.role for p in people if p._.role and self._canon(p) == mention]
        for run in reversed(self._name_runs(text, 0, before)):
            if len(run) > n and run[-n:] == words:
                titles, name = self._split_title(run)
                # a body the article names on its own is no part of the name ("Ketua Komnas HAM Nurkholis")
                body = max(
                    (b for b in self._bodies if " ".join(name).startswith(b + " ")), key=len, default=""
                )
                if body:
                    titles, name = titles + body.split(), name[len(body.split()) :]
                if len(name) > n and not any(role.endswith(" ".join(name[:-n])) for role in own_roles):
                    return " ".join(name), " ".join(titles) or None
        if n == 1 and len(mention) >= 3:
            # a short form of a first name, only when exactly one earlier person fits
            fits = {self._canon(p) for p in people if p.start_char < before}
            fits |= {name for name, _ in known}
            fits |= {" ".join(self._split_title(run)[1]) for run in self._name_runs(text, 0, before)}
            # also in another spelling with a letter doubled or not ("Denny" for "Deny Setiawan")
            # (past an initial: "Tito" for "M. Tito Karnavian")
            # (not the first of two names a hyphen joins: "Arsid" is not "Arsid-Elvier Ariadiannie Soedarto", a
            # candidate pair)
            fits = {
                f
                for f in fits
                if len(f.split()) > 1
                and _squash(_past_initials(f)[0]).startswith(_squash(mention))
                and not _past_initials(f)[0].startswith(mention + "-")
            }
            fits = {f for f in fits if not any(g.endswith(" " + f) for g in fits)}  # a run that lost the "M."
            # a body's short name stands for its full one only where the article names one such body
            # ("Arema" for "Arema Cronus", but not "Microsoft" for "Microsoft Edge" beside "Microsoft Launcher")
            bodies = {b for b in self._bodies if len(b.split()) > 1 and b.split()[0].startswith(mention)}
            if len(fits) == 1 and (not fits & bodies or len(bodies) == 1):
                name = fits.pop()
                return name, next((p._.role for p in people if self._canon(p) == name), None)
        # the first words of a name written earlier after a title the entity spans missed ("Zeid" or "Zeid Ra'ad" for
        # "Kepala Dewan HAM PBB Zeid Ra'ad Al Hussein", "Dwi Bima" for "Letkol Czi Dwi Bima Nurahmat")
        longer = set()
        for run in self._name_runs(text, 0, before):
            for k in range(1, len(run) - n):
                name = " ".join(run[k:])
                if (
                    run[k : k + n] == words
                    and run[k].lower() not in self.title_words  # "Presiden" is no first name
                    and len(run) - k <= MAX_NAME_WORDS
                    and not any(w.isupper() for w in run[k:])
                    and name not in self._bodies
                ):
                    # a given name before it, in a name the entity spans hold whole, is the name's start: the
                    # mention is the name the person goes by ("Jibriel" for "Muhammad Jibriel Abdul Rahman")
                    j = next(
                        (
                            j
                            for j in range(k)
                            if " ".join(run[j:]) in self._names
                            and all(
                                w.lower() in name_prefixes() or self._only_in_name(text, w, " ".join(run[j:]))
                                for w in run[j:k]
                            )
                        ),
                        k,
                    )
                    longer.add((" ".join(run[j:]), " ".join(run[:j]) or None))
        if len({name for name, _ in longer}) == 1:
            return longer.pop()
        if n == 1 and mention[:1].isupper() and not mention.isupper():
            # a title shortened from its words' beginnings before the name it was written with: "Menpar" for the
            # "Menteri Pariwisata Arief Yahya" written earlier (the most recent such name)
            for run in reversed(self._name_runs(text, 0, before)):
                for k in range(2, len(run)):
                    if 1 <= len(run) - k <= MAX_NAME_WORDS and any(
                        _abbreviates(mention.lower(), [w.lower() for w in run[j:k]]) for j in range(k - 1)
                    ):
                        return " ".join(_strip_acronyms(run[k:])), " ".join(run[:k])
        return None

    def _pronoun(
        self,
        doc: Doc,
        text: str,
        sents,
        f: _Found,
        found: list[_Found],
        people: list[Span],
        speakers_first: bool = False,
    ) -> Speaker:
        """A pronoun's speaker: the most recent named speaker or sentence subject within a few sentences."""
        written = text[f.phrase[0] : f.phrase[1]] if f.phrase else "-nya"
        # counted from where the quote or its attribution begins: a long quote's own sentences do not count
        here = _sent_index(sents, min(f.start, f.anchor))
        lo = sents[max(0, here - PRONOUN_SENTENCES)][0]
        candidates: list[tuple[int, Speaker]] = []
        for q in found:
            if q is f or q.relative or not q.speaker or not (lo <= q.anchor < f.anchor and q.start < f.start):
                continue
            if (q.cue or "").lower() in _QUESTION_CUES:
                continue  # who asked is not who a later pronoun means: the one who answers is ("“...?” tanya Enny")
            # a speaker the article names but this finder could not resolve ("kata sosok itu")
            # is still the most recent one: the pronoun is left unresolved rather than passed on to someone earlier
            # "dia", "pelatih yang karib disapa Gethuk ini", and "-nya" after words in quotation marks ("“...,”
            # katanya"): a person, not the body quoted before
            if (
                (f.phrase or f.kind == "direct")
                and q.speaker.canonical
                and self._is_body(q.speaker.canonical)
            ):
                continue
            if q.speaker.canonical or (q.phrase and not q.pronoun and self._speaker_phrase(q.speaker.text)):
                candidates.append((q.anchor, q.speaker))
        # a name inside the pointing phrase itself is not what it points to ("istri aktor Brad Pitt itu")
        until = min(f.start, f.anchor, f.phrase[0] if f.phrase else f.anchor)
        # a description goes to the person being quoted, not to a name in passing in that quote's attribution
        # ("kata Darmin usai rapat dengan Wakil Presiden, Jusuf Kalla"); a person who heads a later sentence
        # still counts ("Di sisi lain, Benzema juga ... Pemain asal Prancis tersebut bahkan menyebut ...")
        if speakers_first and candidates:
            lo = max(lo, sents[_sent_index(sents, max(c[0] for c in candidates))][1])
        # a subject inside what an earlier quote says is that speaker's topic, not a new speaker ("Yandri
        # menilai, Presiden Joko Widodo seolah santai ... “...,” katanya")
        said = [(q.start, q.end) for q in found if q is not f and q.speaker and q.start < f.start]
        for p in people:
            if (
                lo <= p.start_char < until
                and not any(a <= p.start_char < b for a, b in said)
                # one of two who act together is not what a later "katanya" means ("Nadir bersama Budi berangkat")
                and not _JOINT_SUBJECT.match(text, p.end_char)
                and (
                    self._clause_subject(text, sents, p)
                    or _SPEECH_AGENT.search(text, max(lo, p.start_char - INTRODUCED_CHARS), p.start_char)
                )
            ):
                name, role = self._canon(p), p._.role
                if len(name.split()) == 1:
                    # a first name in another spelling ("Denny" after "Deny Setiawan")
                    name, role = self._full_name(text, [name], p.start_char, people, []) or (name, role)
                candidates.append((p.start_char, Speaker(p.text, name, role)))
        # one the quote itself speaks of by name is its topic, not its speaker ("Akbar akhirnya terbebas ...
        # “Partai Golkar sudah punya pengalaman, dulu zaman Pak Akbar ...,” katanya": Kahar, quoted before)
        topic = [c for c in candidates if self._named_in(text[f.start : f.end], c[1])]
        if topic and len(topic) < len(candidates):
            candidates = [c for c in candidates if c not in topic]
        if not candidates and speakers_first:
            # a description with no speaker or subject before it in reach: the one person the article has named
            # so far ("Hal ini dilakoni oleh Aiptu Tutut, SH, ... “...,” ujar pria asal Purworejo")
            named = {self._canon(p): p for p in people if p.end_char <= until}
            if len(named) == 1:
                ((name, person),) = named.items()
                return Speaker(written, name, person._.role)
        if not candidates:
            return self._only_speaker(text, sents, written, f, found, people)
        _, best = max(candidates, key=lambda c: c[0])
        if best.canonical is None and f.pronoun:
            # an unnamed speaker: the phrase that introduced them, "Ia" alone would say nothing ("ucap seorang
            # juru bicara Kementerian Luar Negeri AS. Ia juga mengatakan, ..."); a description ("Anggota OPEC
            # ini") says more as written
            return Speaker(best.text, None, best.role)
        return Speaker(written, best.canonical, best.role)

    @staticmethod
    def _named_in(content: str, speaker: Speaker) -> bool:
        """Whether content names speaker: the name as written or a word of the full name ("Pak Akbar" for Akbar
        Tandjung), whole words."""
        names = {speaker.text} if speaker.text[:1].isupper() else set()
        if speaker.canonical:
            names.update(w for w in speaker.canonical.split() if len(w) >= 4 and w[:1].isupper())
        return any(len(n) >= 3 and re.search(rf"\b{re.escape(n)}\b", content) for n in names)

    def _speaker_phrase(self, written: str) -> bool:
        """Whether a speaker phrase no name was found in still stands for someone a pronoun may point back to: a
        capitalised phrase, or one opening with a word of an unnamed speaker ("seorang juru bicara ..."); a record
        ("Hasil pengecekan Komisi VIII") is no one."""
        words = written.split()
        return (
            bool(words)
            and (words[0][:1].isupper() or words[0].lower() in self.unnamed)
            and words[0].lower() not in _RECORDS
        )

    def _only_speaker(
        self, text: str, sents, written: str, f: _Found, found: list[_Found], people: list[Span]
    ) -> Speaker:
        """Past the pronoun's window, the one person the article has quoted so far, when no other person is named
        since as a subject: "katanya" after a party's news, its spokesman quoted five sentences before (a name a
        preposition governs does not count: "laga penghormatan bagi mendiang Pelatih Arema Cronus, Suharno").
        Where several are quoted, the last of them for a pronoun after the claim ("tegasnya", "kata dia"), when no
        person at all is named since (a pronoun opening a sentence may mean someone described in the one before:
        "Awalnya, polisi menangkap seorang pengguna narkoba. Dia menyebut nama Sh ...")."""
        earlier = [
            q
            for q in found
            if q is not f
            and not q.relative
            and q.anchor < f.anchor
            and q.speaker
            and q.speaker.canonical
            and not self._is_body(q.speaker.canonical)
        ]
        if not earlier:
            return Speaker(written, None, None)
        last = max(earlier, key=lambda q: q.anchor)
        since = max(
            last.anchor, last.end, last.phrase[1] if last.phrase else 0
        )  # past its own speaker's name
        named_since = [p for p in people if since <= p.start_char < min(f.start, f.anchor)]
        if len({q.speaker.canonical for q in earlier}) > 1 and (named_since or f.start > f.anchor):
            return Speaker(written, None, None)
        if any(self._clause_subject(text, sents, p) for p in named_since):
            return Speaker(written, None, None)
        return Speaker(written, last.speaker.canonical, last.speaker.role)

    def _group_pronoun(self, text: str, phrase: tuple[int, int]) -> bool:
        """ "mereka" as the speaker, with nothing but adverbs after it ("tulis mereka lagi")."""
        words = [w.strip(".,").lower() for w in text[phrase[0] : phrase[1]].split()]
        return (
            bool(words) and words[0] == "mereka" and all(w in self.adverbs or w == "lagi" for w in words[1:])
        )

    def _statement_author(
        self, text: str, phrase: tuple[int, int], others: list[Span], people: list[Span]
    ) -> Speaker | None:
        """A statement whose author follows it ("pernyataan resmi dari Belarusia menekankan ... dan mengatakan"):
        the author speaks."""
        words = text[phrase[0] : phrase[1]].lower().split()
        if not words or words[0] not in _STATEMENTS or not all(w in _STATEMENT_KINDS for w in words[1:]):
            return None
        m = re.match(r"\s+dari\s+", text[phrase[1] :])
        at = phrase[1] + m.end() if m else None
        author = next((e for e in [*others, *people] if e.start_char == at), None)
        if author is None:
            return None
        name = self._canon(author) if author.label_ == "PER" else author._.canonical or author.text
        return Speaker(text[phrase[0] : author.end_char], name, None)

    def _statement_pointer(self, text: str, phrase: tuple[int, int]) -> bool:
        """ "pernyataan itu", "pernyataan pers mereka", "bunyi pernyataan": a statement that points back to its
        author, the one the article just named."""
        words = text[phrase[0] : phrase[1]].lower().split()
        if words[:1] != [] and words[0] in _STATEMENTS and all(w in _STATEMENT_KINDS for w in words[1:]):
            return text[: phrase[0]].lower().split()[-1:] == ["bunyi"]  # "bunyi pernyataan seperti dilansir"
        return (
            2 <= len(words) <= 4
            and words[0] in _STATEMENTS
            and all(w in _STATEMENT_KINDS for w in words[1:-1])
            and words[-1] in (*_POINTERS, "mereka")
        )

    def _body_pointer(self, text: str, phrase: tuple[int, int]) -> bool:
        """A body's common noun pointing back, with no name in it: "institusi tersebut", "biro cuaca itu"."""
        words = text[phrase[0] : phrase[1]].split()
        return (
            2 <= len(words) <= 4
            and words[0].lower() in self.body_words
            and all(w.islower() for w in words)
            and words[-1] in _POINTERS
        )

    def _is_body(self, name: str) -> bool:
        """A speaker's name that is a body's: an ORG the entity spans found, a name opening with a body word
        ("Tim Transisi", "Kementerian Kesehatan"), or an acronym that is no person's initials."""
        if name in self._names:
            return False
        if name in self._orgs:
            return True
        return name.split()[0].lower() in self.body_words or (name.isupper() and len(name) > 1)

    def _acts(self, text: str, end: int) -> bool:
        """A verb right after a subject, past adverbs ("Tim Transisi menampik", "Hamas juga menyatakan")."""
        for m in _WORD.finditer(text, end, min(len(text), end + 60)):
            word = m.group().lower()
            if word in self.adverbs or word in ("telah", "sudah", "pun", "lalu", "kemudian"):
                continue
            return bool(_VERB_FORM.fullmatch(word)) or word in self.active or word in self.weak
        return False

    def _body_pronoun(
        self,
        text: str,
        sents,
        f: _Found,
        found: list[_Found],
        bodies: list[Span],
        people: list[Span] | None = None,
    ) -> Speaker:
        """ "Mereka" for a body that spoke or acted within a few sentences before ("Tim Transisi menampik ...
        Mereka juga menyebut ...", "“...,” tegas mereka"): the most recent body. A person is never "mereka", so
        people quoted in between are passed over; a group of people acting in between ("Para pengunjuk rasa
        menuntut ...") or no body at all leaves it unresolved. With `people`, a person who spoke or heads a clause
        counts too (a statement's author: "Soleimani mengucapkan selamat ... “...,” bunyi pernyataan itu")."""
        written = text[f.phrase[0] : f.phrase[1]] if f.phrase else "mereka"
        here = _sent_index(sents, min(f.start, f.anchor))
        lo = sents[max(0, here - PRONOUN_SENTENCES)][0]
        until = min(f.start, f.anchor, f.phrase[0] if f.phrase else f.anchor)
        candidates: list[tuple[int, str | None]] = []
        unnamed: dict[int, Speaker] = {}  # a statement's unnamed author, as the earlier quote wrote them
        for q in found:
            if q is f or q.relative or not q.speaker or not (lo <= q.anchor < f.anchor and q.start < f.start):
                continue
            if q.speaker.canonical and (people is not None or self._is_body(q.speaker.canonical)):
                candidates.append((q.anchor, q.speaker.canonical))
            elif people is not None and q.speaker.text and not q.pronoun:
                # "kata perwakilan tetap Korea Utara di PBB dalam sebuah pernyataan ... bunyi pernyataan itu"
                candidates.append((q.anchor, None))
                unnamed[q.anchor] = q.speaker
        for p in people or ():
            if lo <= p.start_char < until and self._clause_subject(text, sents, p):
                name = self._canon(p)
                full = self._full_name(text, [name], p.start_char, people, []) if " " not in name else None
                candidates.append((p.start_char, full[0] if full else name))
        for o in bodies:
            if o.label_ != "ORG" or not lo <= o.start_char < until:
                continue
            if (_is_subject(text, sents, o) and self._acts(text, o.end_char)) or _BY_AGENT.search(
                text, max(lo, o.start_char - INTRODUCED_CHARS), o.start_char
            ):
                # a body acts as a sentence's subject or as the agent of a passive ("diumumkan langsung oleh
                # agensi yang menaungi Secret, TS Entertainment")
                candidates.append((o.start_char, o._.canonical or o.text))
        for m in _NAME_RUN.finditer(text, lo, until):
            if m.group().split()[0].lower() in self.body_words and self._acts(text, m.end()):
                candidates.append((m.start(), m.group()))
        for m in _WORD.finditer(text, lo, until):
            if m.group().lower() in _PEOPLE_GROUPS:
                # the group's noun, in up to three words, then a verb ("Para pengunjuk rasa menuntut")
                nouns = list(_WORD.finditer(text, m.end(), until))[:3]
                if any(self._acts(text, n.end()) for n in nouns):
                    candidates.append((m.start(), None))
        if not candidates:
            return Speaker(written, None, None)
        at, name = max(candidates, key=lambda c: c[0])
        return unnamed.get(at) or Speaker(written, name, None)

    def _clause_subject(self, text: str, sents, person: Span) -> bool:
        """A name that is a clause's subject: governed by no preposition and following no noun it belongs to."""
        return _is_subject(text, sents, person) and self._heads_clause(text, sents, person)

    def _heads_clause(self, text: str, sents, person: Span) -> bool:
        """A name that can be a clause's subject: not one that follows a noun it belongs to ("pernyataan Erlinda",
        "kedatangan Cheng Ho", "prioritas utama Presiden Donald Trump"); a title, an adverb, a connector or a verb
        before it is fine ("juru bicara X", "lalu X", "diungkapkan X")."""
        words = text[_sentence_start(sents, person.start_char) : person.start_char].split()
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            if w.endswith(","):
                return True
            low = w.lower().strip('("“')
            # a bracketed short form is part of the title's body: "Ketua Dewan Kehormatan Penyelenggara Pemilu (DKPP)"
            if _capitalised(w.strip("()")) and low not in _PREPOSITIONS:
                if i == 0 and self._common_noun(low):
                    return False  # capitalised only as the sentence's first word: "Keinginan Presiden Jokowi"
                continue
            if "yang" in [x.lower() for x in words[max(0, i - 2) : i]]:
                return False  # in a relative clause: "skuat yang disiapkan pelatih Roberto Carlos"
            lows = [x.lower().strip('("“,') for x in words[max(0, i - 3) : i + 1]]
            # a whole title: "juru bicara X"; not one that follows a noun it belongs to ("pernyataan hakim Alexander
            # Marwata")
            title_at = next((k for k in range(len(lows)) if tuple(lows[k:]) in self.titles), None)
            if title_at is not None:
                before = max(0, i - 3) + title_at - 1
                return (
                    before < 0
                    or words[before].endswith(",")  # "Pada kesempatan itu, anggota DPR Katherine ..."
                    or not self._common_noun(words[before].lower().strip('("“'))
                )
            return (
                low in self.adverbs
                or low in self.connectors
                or low in self.stops
                or low in self.active
                or low in self.weak
                or low in self.post
                or bool(_PASSIVE.fullmatch(low))  # "Hal senada diungkapkan Deny Setiawan", not "berjuluk X"
            )
        return True

    def _common_noun(self, low: str) -> bool:
        """A lowercase word of running text, not a title, adverb, connector or cue ("keinginan")."""
        return low in self.plain_nouns

    # 4. spans --------------------------------------------------------------------------------------------------
    def set_annotations(self, doc: Doc, found: list[_Found]) -> None:
        """Write the quotes to doc.spans[QUOTES] with kind, cue, speaker and via."""
        spans = []
        for f in found:
            span = doc.char_span(f.start, f.end, alignment_mode="contract") or doc.char_span(
                f.start, f.end, alignment_mode="expand"
            )
            if span is None or not len(span):
                continue
            span._.quote_kind, span._.cue, span._.speaker, span._.via = f.kind, f.cue, f.speaker, f.via
            spans.append(span)
        doc.spans[QUOTES] = spans

    def _content_start(self, text: str, s_start: int, end: int) -> int:
        """Start of reported content at a sentence start, past an opening connector ("Namun, ...")."""
        low = text[s_start:end].lower()
        for con in self.connectors:
            if low.startswith(con + ","):
                rest = text[s_start + len(con) + 1 : end]
                return s_start + len(con) + 1 + len(rest) - len(rest.lstrip())
        return s_start


# a name in apposition after a comma (a Korean given name in tokenized text may end lower case: "Kyung Dae - soo")
_APPOSITION = re.compile(
    r",\s*((?:[A-Z][\w'.-]*\s+){1,4}[A-Z][\w'-]+(?:\s+-\s+[a-z]+)?)"
    r"(?=\s*[.,;]|\s*$|\s+(?:seperti|saat|ketika|dalam|kepada|di)\b"
    r"|\s+(?:me|mem|men|meng|ber)[a-z]{3,}\b)"
)
# a title and a name right after a quote, ended by a place, time or punctuation
_TITLED_AFTER = re.compile(
    r"[ \t]+((?:[A-Z][\w'.-]*[ \t]+){1,5}[A-Z][\w'-]+)(?=\s*[.,;]|\s+(?:di|saat|ketika|dalam|pada|usai|seusai)\b)"
)
# a one-word name in apposition after a title ("Sekjen KNRP, Suhartono, di sela ...")
_ONE_WORD_APPOSITION = re.compile(r",\s*([A-Z][\w'-]+)(?=\s*[.,;]|\s*$|\s+(?:kepada|di|saat|ketika|dalam)\b)")
# a link to a title's place or body, then capitalised words up to a name ("di Jenewa Michael Moller", "di New
# York, Abdul Kadir Jailani")
# nouns for a person that a description of where they are from opens ("pria asal Purworejo")
_PERSON_NOUNS = frozenset(
    {"pria", "wanita", "perempuan", "lelaki", "laki-laki", "pemuda", "pemudi", "gadis", "sosok"}
)
# one more part of a title whose words a list's commas part, up to the next comma: ", Data" and ", dan Informasi
# Kemenag" in "Kepala Biro Hubungan Masyarakat, Data, dan Informasi Kemenag, Mastuki"
_LISTED_TITLE_PART = re.compile(r",\s*(?:dan\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?=,)")
_LINKED_NAME = re.compile(r"\s+(?:di|dari)\s+((?:[A-Z][\w'.-]*,?\s+){1,6}[A-Z][\w'-]+)")
# records a claim can rest on, the source's name after them: "berdasarkan data statistik Pemerintah Jerman"
_RECORDS = frozenset(
    "data catatan laporan keterangan informasi riset survei penelitian studi analisis temuan hasil statistik".split()
)
# a passive verb's agent, maybe after the common noun that introduces it: "diumumkan langsung oleh agensi yang
# menaungi Secret, | TS Entertainment"
_BY_AGENT = re.compile(r"\bdi[a-z]{3,}\b[^.!?]{0,30}?\boleh\s+(?:[^.!?,]{0,50},\s*)?$")
# the line before an interview's questions and answers names the interviewee: "Berikut tanya jawab antara wartawan
# dengan Febri Diansyah ...", "Berikut petikan wawancara dengan ..."
# (at a paragraph's start: "kata Rossi dalam wawancara dengan Motorsport" is an outlet's interview, told)
_INTERVIEW_INTRO = re.compile(
    r"Berikut\b[^.?!\n]{0,40}?\b(?:tanya[ -]jawab|wawancara)\b[^.?!\n]{0,80}?\bdengan\s+", re.I
)
# a person's name labelling the answer that follows it in a transcript: "Febri: Memang hari ini ..."
_ANSWER_LABEL = re.compile(r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s*:\s+")
# a passive verb of opinion with its agent named right after it, no "oleh" needed ("disebut Korut", "dinilai
# Habiburokhman"); the agent's name starts where the match ends
_AGENT_PASSIVE = re.compile(
    r"(?P<yang>\byang\s+)?\b(?P<cue>disebut|dinilai|diyakini|dikatakan|dianggap)\s+(?:oleh\s+)?(?=[A-Z])"
)
# speech verbs in the passive, and their agent: "... diungkapkan tengah mengalami krisis oleh Direktur Gratifikasi
# KPK, | Giri Suprapdiono" (who a later "Menurutnya" means)
_PASSIVE_CUES = "disampaikan|diungkapkan|dikatakan|ditegaskan|dijelaskan|diutarakan|dikemukakan|dinyatakan"
_SPEECH_AGENT = re.compile(rf"\b(?:{_PASSIVE_CUES})\b[^.!?]{{0,40}}?\boleh\s+(?:[^.!?,]{{0,50}},\s*)?$")
# between two people who speak together: "dan", maybe the second one's title ("dan Presiden Korsel")
_JOINT_PAIR = re.compile(r"\s+(?:dan|serta)\s+(?:[A-Z][\w.-]*\s+){0,4}")
# another person joined to a subject: "Nadir bersama Budi", "Nadir dan Budi"
_JOINT_SUBJECT = re.compile(r"\s+(?:dan|bersama|serta)\s+[A-Z]")
# verbs that report only what they give is speech, then "bahwa": "memberikan keterangan bahwa", "melayangkan
# ancaman bahwa", "mengulang pandangannya bahwa" (weak cues: "bahwa" must follow)
_GIVING = frozenset("memberikan melayangkan meluncurkan mengeluarkan mengulang mengulangi".split())
_SPEECH_NOUN = re.compile(
    r"\s+(?:sebuah\s+)?(?:pernyataan|keterangan|peringatan|ancaman|klarifikasi|penegasan|jaminan|janji|isyarat"
    r"|sinyal|pandangan)(?:nya)?\b"
)
# nouns a "bahwa" clause can belong to ("laporan bahwa", "perkiraan bahwa"): one inside a claim, past the verb's
# own object, is no opening of the claim
_THAT_NOUNS = frozenset(
    "laporan perkiraan klaim tudingan tuduhan kekhawatiran harapan fakta bukti kabar isu anggapan keyakinan "
    "pandangan asumsi dugaan indikasi spekulasi rumor peringatan ancaman informasi sinyal tanda".split()
)
# such a noun right before the "bahwa", with words of the claim before it (not the verb's own object)
_NOUN_BEFORE_BAHWA = re.compile(rf"\S\s+(?:{'|'.join(sorted(_THAT_NOUNS))})\s+$")
# a sentence that sums up what came before it
_SUMMARY = re.compile(r"\s*(?:demikian|begitu)\b", re.I)
# verbs that report only with a record for their subject
_RECORD_VERBS = frozenset({"menunjukkan"})
_RELEASED_BY = re.compile(
    r"\s+yang\s+(?:dirilis|dikeluarkan|diterbitkan|dipublikasikan|disusun|digelar|dilakukan)\s+(?:oleh\s+)?(?=[A-Z])"
)
# a description by the name someone goes by, after a post cue: "kata sosok yang karib disapa BTM"; with a
# demonstrative after it ("pelatih yang karib disapa Gethuk ini") it points back instead (_DESCRIPTION)
_NICKNAME = re.compile(
    r"\s*[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?\s+yang\s+(?:akrab|karib|biasa)\s+(?:disapa|dipanggil)\s+"
    r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\b(?!\s+(?:itu|ini|tersebut)\b)"
)
# a description after a post cue, up to its demonstrative ("manajer 65 tahun tersebut", "pelatih yang karib
# disapa Gethuk ini"), then punctuation or an adjunct
_DESCRIPTION = re.compile(
    r"\s*([a-z][\w-]*(?:\s+[\w-]+){0,6}?\s+(?:itu|ini|tersebut))"
    r"(?=[.,;:!?“”\"\n]|$|\s+(?:seperti|kepada|saat|ketika|dalam|usai|seusai)\b)"
)
# the end of a name the tokenizer cut at a spaced hyphen ("Moon Jae - in", "Abdul Ghani al - Assadi")
_HYPHEN_END = re.compile(r" - [A-Za-z][\w']*(?![\w-])")
# where a sentence ends, glued or not ("ajang ini.Pada pertemuan ...")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s*[A-Z\"“])")
# a lowercase verb ("menyadari", "berharap", "diduga"): where a speaker should be, it means there is none
_VERB_FORM = re.compile(r"(?:me|ber|di)[a-z]{3,}\b")
# words that join a title to the body it serves: "peneliti senior di CSIS", "Pengamat dari Institute ..."
_AFFILIATION_LINKS = frozenset({"dari", "di", "pada"})
_PASSIVE = re.compile(r"di(?!ri|a\b|nas|ni\b)[a-z]{4,}")
_ACTIVE = re.compile(r"(?:me|ber)[a-z]{4,}")


def _verb_form(word: str) -> bool:
    """Whether a lowercased word has a verb's shape: "menginginkan", "berada", "dikatakan"."""
    return bool(_ACTIVE.fullmatch(word) or _PASSIVE.fullmatch(word))


# cues that are adjectives of a belief ("Polri yakin situasi itu akan berdampak"), so a verb before one makes it
# that verb's complement
_STATES = frozenset({"yakin", "curiga"})
_CAUSES = re.compile(r"membuat|menjadikan")
# pronouns that open a reported clause as its subject
_CLAUSE_SUBJECTS = frozenset("mereka pihaknya dirinya ia dia kami kita".split())
# a verb that names or describes, its object, maybe "sebagai", then marks: "menyebut Liu sebagai “...",
# "menggambarkan cuitan Trump itu “...", "memanggil Brzezinski “...", "menganggap PBB sebagai ' ... '"; no
# preposition or "bahwa" in the object ("menyebut KPK masuk dalam kalimat "badan-badan lain"" cites a term)
_CLAUSE_LINKS = frozenset("bahwa yang dalam di ke dari pada kepada untuk dengan oleh".split())
_LABELLED = re.compile(
    r"\b(?P<cue>menyebut|menggambarkan|mendeskripsikan|memanggil|menganggap|menjuluki|mencap)(?:n+ya)?\b"
    rf"(?:\s+(?!(?:{'|'.join(sorted(_CLAUSE_LINKS))})\b)[^\s“”\"'‘’,.;:]+){{0,5}}?(?:\s+sebagai)?\s*$"
)
# a weak verb that labels its object "sebagai" something reports a view: "Serbia menganggap Haradinaj sebagai
# penjahat perang", "Trump menggambarkan Powell sebagai pemimpin yang cerdas"
_LABELLING = frozenset("menganggap menggambarkan mendeskripsikan memandang".split())
_AS_LABEL = re.compile(
    rf"(?:\s+(?!(?:{'|'.join(sorted(_CLAUSE_LINKS))})\b)[^\s“”\"'‘’,.;:]+){{1,5}}?\s+sebagai\s+\w"
)
_FIRST_PERSON = frozenset("saya aku kami kita".split())
# a reported clause's noun-phrase subject: at most this many words, none of these (a relative clause, a
# preposition or a conjunction makes the verb after it no predicate of a clause of its own)
_SUBJECT_WORDS = 5
_NOT_IN_SUBJECT = _CLAUSE_LINKS | frozenset(
    "guna agar supaya demi dan atau serta tentang terhadap atas bagi sebagai karena sebab jika bila saat ketika "
    "setelah sebelum".split()
)
# predicate openers after a clause's own subject, less those that also follow a noun as its adjective ("program
# baru", "sangat" after "hasil yang")
_CLAUSE_PREDICATE_STARTS = _PREDICATE_STARTS - {"baru", "sangat"}
# verbs that link a noun to what follows inside a noun phrase, no predicate: "program baru bernama ...", "hasil
# imbang melawan Liverpool", "Microsoft melalui tim pengembangnya"
_LINKING_VERBS = frozenset(
    "bernama berjudul bertajuk berupa berisi berusia berjumlah sebesar melawan melalui mengenai menjelang menuju "
    "menurut".split()
)
_GLUED = re.compile(GLUED_SENTENCE_END)
_ALIAS = re.compile(r"\b([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3})\s+\(([A-Z][\w'-]+)\)")
# what a sentence can start after: a name run there may begin with an ordinary word ("Karena", "Status")
_OPENERS = ("", ".", "!", "?", "\n", '"', "“", ":")
# capitalised words, with a middle initial ("Kuswara S. Taryono")
_NAME_RUN = re.compile(r"\b[A-Z][\w'-]+(?:\s+(?:[A-Z]\.(?=\s+[A-Z])|[A-Z][\w'-]+))+\b")


# a dateline: place and outlet, then a dash ("Jakarta (ANTARA News) -", "Jakarta, CNN Indonesia --", "Suara.com -")
_DATELINE = re.compile(
    r"\s*(?:[^\n()]{0,60}\([^()\n]{2,40}\)|[^\n,]{0,40},\s*CNN Indonesia|[\w.]+\.com|Rimanews)\s*[-–—]{1,2}\s+"
)
# a speaker no name is given for, up to its clause's end: "sumber militer yang tidak ingin disebutkan namanya"
_UNNAMED_PHRASE = re.compile(
    r"\w+(?:\s+[\w-]+){1,9}?(?=\s*[.,;:“”\"]|\s+(?:mengatakan|menyatakan|menyebut|menambahkan)\b)"
)
# a prepositional adjunct up to its demonstrative, then a capitalised subject ("Dalam pembicaraan tersebut Ryamizard")
_POINTED_ADJUNCT = re.compile(r"\s*(\w+)(?:\s+[a-z][\w-]*){0,4}\s+(?:itu|ini|tersebut|yang sama)\s+(?=\w)")
# a conjunction that opens a clause inside a sentence, before a capitalised subject
_CLAUSE_OPENER = re.compile(
    r"(?<=\w)\s+(?:setelah|sesudah|ketika|saat|usai|sebelum|sejak|karena)\s+(?=[A-Z]|(?:dia|ia|mereka|beliau)\b)"
    r"|(?<=[\w,])\s+(?:meskipun|meski|walaupun|walau|padahal|sedangkan)\s+(?=\w)"
)


def _name_tail(text: str, start: int, end: int, others: list[Span]) -> tuple[int, int] | None:
    """The run of capitalised words that ends a phrase, after any organisation or place inside it."""
    after = max([o.end_char for o in others if start <= o.start_char and o.end_char < end] + [start])
    for o in others:
        if start < o.end_char and o.end_char == end:
            # a body the article names on its own elsewhere, run together with a name after it by the NER
            # ("PT Semen Padang Iskandar Zulkarnain Lubis"): the name is what follows the body
            names = {x.text for x in others if x.label_ == "ORG"}
            body = max((b for b in names if o.text.startswith(b + " ")), key=len, default=None)
            rest = o.text[len(body) + 1 :].split() if body else []
            if 2 <= len(rest) <= 4 and all(w[:1].isupper() and not w.isupper() for w in rest):
                return o.start_char + o.text.index(rest[0], len(body)), end
            return None  # the phrase ends with a place or body ("pemerintah Arab Saudi"), not a person
    words = [(m.start() + after, m.end() + after, m.group()) for m in _WORD.finditer(text[after:end])]
    run: list[tuple[int, int, str]] = []
    for w in reversed(words):
        if not _capitalised(w[2]):
            break
        run.insert(0, w)
    # one capitalised word after a title is a place or a body ("pejabat AS"), not a name; nor is a run that ends
    # with an acronym ("Kantor berita Korea Utara KCNA", "Pusat ... Penyakit Eropa ECDC")
    if len(run) < 2 or (run[-1][2].isupper() and len(run[-1][2]) > 1):
        return None
    # without an entity span to split on, a name is taken as its last two words ("Gedung Putih Karine Jean-Pierre")
    run = run[-2:] if after == start else run[:4]
    return run[0][0], run[-1][1]


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether short is the beginnings of all these words, two letters or more each ("menpar": "menteri pariwisata")."""
    if not words:
        return not short
    first = words[0]
    return any(
        short.startswith(first[:i]) and _abbreviates(short[i:], words[1:]) for i in range(len(first), 1, -1)
    )


def _past_initials(name: str) -> list[str]:
    """A name's words from the first that is no initial ("M. Tito Karnavian" → Tito Karnavian)."""
    words = name.split()
    while len(words) > 1 and re.fullmatch(r"[A-Z]\.", words[0]):
        words = words[1:]
    return words


def _squash(word: str) -> str:
    """A word in lowercase with doubled letters single ("Denny" and "Deny" → "deny")."""
    return re.sub(r"(.)\1", r"\1", word.lower())


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split()).upper()


def _name_only(name: str) -> str:
    """A name up to its first lowercase word: an entity span may run on into the verb ("Anies hormat"); the parts of
    a hyphenated name the tokenizer spaced stay ("Abdul Ghani al - Assadi", "Moon Jae - in"), and so do the
    particles inside a name ("Abdulelah al - Saleh", "Abdulelah al-Saleh", "Mohammed bin Salman")."""
    words = name.split()
    n = next(
        (
            i
            for i, w in enumerate(words)
            if not (
                _capitalised(w)
                or (w == "-" and 0 < i < len(words) - 1)
                or (i and words[i - 1] == "-")
                or (0 < i < len(words) - 1 and w in NAME_PARTICLES)
                or (i and w.split("-", 1)[0] in NAME_PARTICLES and w[-1:].isalpha() and "-" in w)
            )
        ),
        len(words),
    )
    return " ".join(words[:n])


def _strip_acronyms(words: list[str]) -> list[str]:
    """A name without the acronym of a place or body run into its front ("RI Airlangga Hartarto"); a one-letter
    first name or initial stays ("I Gusti Agung Ayu Putri", "M. Tito Karnavian")."""
    while len(words) > 2 and words[0].isupper() and len(words[0].rstrip(".")) > 1:
        words = words[1:]
    return words


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word.lower() in ("bin", "al", "van", "de", "von", "el")


def _role_before(text: str, start: int, name_start: int) -> str | None:
    """The title written in the phrase before the name ("juru bicara Gedung Putih Karine Jean-Pierre")."""
    role = text[start:name_start].strip(" ,")
    if all(w in NAME_PARTICLES or w == "-" for w in role.split()):
        return None  # "al - Saleh": the start of the name, no title
    return role


def _is_subject(text: str, sents, person: Span) -> bool:
    """A name not governed by a preposition ("kepada Perdana Menteri Benjamin Netanyahu" is not a subject)."""
    s_start = _sentence_start(sents, person.start_char)
    words = text[s_start : person.start_char].split()
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w.endswith(","):
            return not _governed_apposition(text, words[:i], person.end_char)
        if not _capitalised(w) or w.lower() in _PREPOSITIONS:  # "Selain Osvaldo, Syarif menyebut ..."
            return w.lower() not in _PREPOSITIONS
    return True


def _governed_apposition(text: str, before: list[str], end: int) -> bool:
    """A name in apposition to a capitalised phrase a preposition governs, closed after it: "laga
    penghormatan bagi mendiang Pelatih Arema Cronus, Suharno." ("Dalam wawancara dengan CNN, Blinken
    mengatakan ..." is no apposition: a predicate follows the name)."""
    if not re.match(r"\s*(?:[,.;!?]|$)", text[end : end + 2]):
        return False
    for w in reversed(before):
        if not _capitalised(w.strip("(),")):
            return w.lower() in _PREPOSITIONS or w.lower() == "mendiang"
    return False


def _via(text: str, sents, f: _Found, citations: list[Span]) -> str | None:
    """The outlet that relayed the quote: a citation in the sentence of its attribution, after the quote."""
    i = _sent_index(sents, f.anchor)
    s_start, s_end = sents[i]
    for c in citations:
        if s_start <= c.start_char < s_end and c.start_char >= min(f.end, f.anchor):
            return c._.outlet or c.text
    m = _VIA.search(text, max(f.end, s_start), s_end)
    return m.group(1).rstrip(".") if m else None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end); the cleaner leaves one paragraph per line."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out or [(0, len(text))]


def _para_index(paras, pos: int) -> int:
    for i, (_, b) in enumerate(paras):
        if pos <= b:
            return i
    return len(paras) - 1


def _para_start(paras, pos: int) -> int:
    return paras[_para_index(paras, pos)][0]


def _prev_para(paras, pos: int) -> tuple[int, int]:
    i = _para_index(paras, pos)
    return paras[i - 1] if i > 0 else (0, 0)


def _sent_index(sents, pos: int) -> int:
    for i, (_, b) in enumerate(sents):
        if pos < b:
            return i
    return len(sents) - 1


def _sentence_start(sents, pos: int) -> int:
    return sents[_sent_index(sents, pos)][0]


def _crosses_sentence(text: str, a: int, b: int) -> bool:
    return bool(re.search(r"[.!?]\s", text[a:b]))


def _negated(doc: Doc, i: int) -> bool:
    """Whether the verb at token i is denied ("tak menyebut", "tidak mau menjelaskan")."""
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    if before and before[-1] in _WILLING:
        before.pop()
    return bool(before) and before[-1] in _NEGATIONS


def _strip_end(text: str, start: int, end: int) -> int:
    """End of content without trailing spaces and punctuation."""
    while end > start and text[end - 1] in " \t\n,.;:!?":
        end -= 1
    return end


def _double_quotes(text: str, paras) -> list[tuple[int, int, int, int]]:
    """Double-quoted stretches as (content start, content end, mark start, mark end).

    A quote still open at a paragraph's end goes on into the next paragraph when that one opens with a quote
    mark (the news convention for a quote over paragraphs); otherwise it ends with its paragraph.
    """
    out: list[tuple[int, int, int, int]] = []
    opened: tuple[int, int] | None = None  # (mark start, content start)
    for k, (p_start, p_end) in enumerate(paras):
        i = p_start
        if opened is not None:
            i += len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
            i += 1  # the reopening mark belongs to the running quote
        while i < p_end:
            c = text[i]
            prev = text[i - 1] if i > p_start else " "
            nxt = text[i + 1] if i + 1 < p_end else " "
            if opened is None:
                if c == '"' and prev in ",.!?" and nxt in " \t\n,.":
                    # a closing mark whose opening one the scraper lost ("... nama mereka," papar Heru."Pada ..."):
                    # the quote is its sentence
                    s_start = max([p_start, *(m.end() for m in _SENTENCE_END.finditer(text, p_start, i - 1))])
                    _emit(out, text, (s_start, s_start), i, i + 1)
                elif c in OPEN_DOUBLE or c == '"' or (c in CLOSE_DOUBLE and _opens(text, p_start, i)):
                    opened = (i, i + 1)
            elif c in CLOSE_DOUBLE or c == '"' or (c == "“" and prev.strip() and not nxt.isalnum()):
                _emit(out, text, opened, i, i + 1)
                opened = None
            elif c in OPEN_DOUBLE and not prev.strip():
                # an opening mark inside an open quote: the earlier one was never closed
                _emit(out, text, opened, i, i)
                opened = (i, i + 1)
            i += 1
        if opened is not None:
            nxt_para = paras[k + 1] if k + 1 < len(paras) else None
            if nxt_para is None or text[nxt_para[0] : nxt_para[1]].lstrip()[:1] not in OPEN_DOUBLE + '"':
                _emit(out, text, opened, p_end, p_end)
                opened = None
    return _merge_nested(out, text)


def _merge_nested(quotes: list[tuple[int, int, int, int]], text: str) -> list[tuple[int, int, int, int]]:
    """Undo straight marks used inside a straight-quoted stretch: "... bantuan" dasar "dari pejabat ..." is one
    quote with a scare-quoted word in it, seen as two quotes and a gap of a word or two."""
    merged: list[tuple[int, int, int, int]] = []
    for quote in quotes:
        if merged:
            qs, qe, ms, me = merged[-1]
            gap = text[me : quote[2]]
            if (
                text[me - 1 : me] == '"'
                and text[qe - 1 : qe] not in tuple(",.!?")
                and "\n" not in gap
                and 0 < len(gap.split()) <= 2
                and not re.search(r"[,.;:!?]", gap)
            ):
                merged[-1] = (qs, quote[1], ms, quote[3])
                continue
        merged.append(quote)
    return merged


def _opens(text: str, p_start: int, i: int) -> bool:
    """A closing mark written where a quote opens: before a word after a space ("kata dia, ”Kami ..."), glued to a
    capital ("kepada TyC Sport”Saya tinggal"), or opening a paragraph ("” Kami berkomitmen ...")."""
    prev = text[i - 1] if i > p_start else " "
    nxt = text[i + 1 : i + 2]
    return (
        (not prev.strip() and nxt.isalnum())
        or (prev != "," and nxt.isupper())
        or (not text[p_start:i].strip() and text[i + 1 : i + 3].strip()[:1].isupper())
    )


def _emit(out: list, text: str, opened: tuple[int, int], close: int, mark_end: int) -> None:
    ms, qs = opened
    while qs < close and text[qs].isspace():
        qs += 1
    qe = close
    while qe > qs and text[qe - 1] in " \t\n,":
        qe -= 1
    if qe > qs:
        out.append((qs, qe, ms, mark_end))


def _settle(found: list[_Found], text: str) -> list[_Found]:
    """One quote per stretch of text: direct before mixed before indirect, then the longer one."""
    found = [f for f in found if f.end > f.start and text[f.start : f.end].strip()]
    found.sort(key=lambda f: (_RANK[f.kind], -(f.end - f.start)))
    kept: list[_Found] = []
    for f in found:
        if any(f.start < k.end and k.start < f.end for k in kept):
            # a mixed quote absorbs the fragments inside it; anything else that overlaps loses
            inner = [k for k in kept if f.start <= k.start and k.end <= f.end and k.cue is None]
            if (
                f.kind == "mixed"
                and inner
                and all(not (f.start < k.end and k.start < f.end) or k in inner for k in kept)
            ):
                kept = [k for k in kept if k not in inner]
            else:
                continue
        kept.append(f)
    # uncued short stretches in marks are names or scare quotes, not speech
    kept = [f for f in kept if f.cue or f.phrase or f.continuation or f.kind != "direct" or f.speaker]
    return sorted(kept, key=lambda f: f.start)
