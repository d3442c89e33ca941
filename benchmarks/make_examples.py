"""Write the IndoSum-based examples (an HTML page and a JSONL file) into examples/; see examples/README.md."""

from __future__ import annotations

import argparse
import html
import json
from pathlib import Path

from indosum import article_text, load

ROOT = Path(__file__).resolve().parent.parent

# The HTML example: one CNN Indonesia article (IndoSum text) inside page furniture like a portal's, so that
# the example exercises trafilatura and the cleaner (menu, "Baca juga" box, footer). The headline comes from
# the URL.
PAGE_ID = "1513943633-soal-yerusalem-netanyahu-sebut-pbb-rumah-kebohonga"
PAGE_TITLE = "Soal Yerusalem, Netanyahu Sebut PBB Rumah Kebohongan"
PAGE_PUBLISHED = "2017-12-21"  # from the URL (.../20171221213132-...)

# The JSONL example: three records, with the metadata IndoSum has (id, url, outlet) and the date where the URL
# carries it.
RECORDS = {
    "1490925626-israel-sunat-sumbangan-ke-pbb": "2017-03-30",
    "1516302785-remaja-palestina-ahed-tamimi-ditahan-hingga-akhir-": "2018-01-18",
    "1513046700-kbri-amman-imbau-wni-tak-kunjungi-palestina": None,
}

PAGE = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{title} - CNN Indonesia</title>
<meta property="og:site_name" content="CNN Indonesia">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{published}">
</head>
<body>
<header><nav><a href="/">Beranda</a> | <a href="/nasional">Nasional</a> | <a href="/internasional">
Internasional</a> | <a href="/ekonomi">Ekonomi</a> | <a href="/olahraga">Olahraga</a></nav></header>
<main>
<article>
<h1>{title}</h1>
<div class="date">CNN Indonesia | Kamis, 21/12/2017</div>
<div class="detail-text">
{body}
</div>
</article>
<aside><h3>Berita Terkait</h3><ul><li><a href="/a">Trump Akui Yerusalem Ibu Kota Israel</a></li>
<li><a href="/b">Ribuan Warga Turun ke Jalan Bela Palestina</a></li></ul></aside>
</main>
<footer><p>Copyright &copy; 2017 CNN Indonesia. All rights reserved.</p>
<p><a href="/redaksi">Redaksi</a> | <a href="/pedoman">Pedoman Media Siber</a> |
<a href="/karir">Karir</a></p></footer>
</body>
</html>
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared" / "data", help="the shared data folder"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "examples")
    args = parser.parse_args()
    records = {r["id"]: r for r in load(args.data / "news" / "indosum-dev")}

    page = records[PAGE_ID]
    paragraphs = [f"<p>{html.escape(p, quote=False)}</p>" for p in article_text(page).split("\n\n")]
    # a related-link box inside the article body, as portals place it
    paragraphs.insert(
        3, '<p><strong>Baca juga:</strong> <a href="/c">Indonesia Galang Dukungan di PBB</a></p>'
    )
    (args.out / "indosum_yerusalem.html").write_text(
        PAGE.format(
            title=PAGE_TITLE, url=page["source_url"], published=PAGE_PUBLISHED, body="\n".join(paragraphs)
        ),
        encoding="utf-8",
    )
    with (args.out / "indosum_palestina.jsonl").open("w", encoding="utf-8") as fh:
        for rid, published in RECORDS.items():
            record = records[rid]
            line = {
                "id": rid,
                "url": record["source_url"],
                "outlet": record["source"],
                "text": article_text(record),
            }
            if published:
                line["published"] = published
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
