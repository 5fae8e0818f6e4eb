#!/usr/bin/env python3
"""Builds data/demo/networks.csv and data/demo/initiatives.csv from the hand-written parts in this folder.

    python3 tools/demo-data/build_demo.py        # writes data/demo/*.csv (deterministic)
    python3 tools/demo-data/verify_demo.py       # checks them

Content: rows.py (one hand-written line per initiative), archetypes.py (hand-written French sentences
per kind of initiative), communes.txt (real communes with their La Poste postcode and INSEE code).
Everything else (addresses, contacts, SIRET, coordinates offsets) is invented here, deterministically.
"""
import csv
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "data", "demo")
sys.path.insert(0, HERE)

from archetypes import ARCH, CLOSINGS  # noqa: E402
from rows import NETWORKS, ROWS  # noqa: E402

HEADER = ["external_id", "network", "name", "summary", "description", "street", "postcode", "commune", "insee",
          "latitude", "longitude", "themes", "legal_status", "siret", "website", "email", "phone", "status"]

STREETS = [
    "rue des Tanneurs", "avenue Jean-Jaurès", "place du Marché", "chemin des Vignes", "rue de la République",
    "boulevard Victor-Hugo", "impasse des Tisserands", "rue du Moulin", "quai de la Fontaine", "allée des Tilleuls",
    "rue Pasteur", "rue de l'Église", "rue Gambetta", "place de la Mairie", "rue des Écoles", "rue Voltaire",
    "rue de la Gare", "cours Lafayette", "rue des Jardins", "avenue de la Libération", "rue du Four",
    "rue des Remparts", "rue Émile-Zola", "rue des Lilas", "rue de la Paix", "place des Halles", "rue Jean-Moulin",
    "rue du Château", "avenue des Platanes", "rue des Artisans", "rue Louise-Michel", "rue du Stade",
    "rue des Forges", "rue Saint-Jacques", "rue de la Poste", "chemin de la Croix", "rue des Peupliers",
    "rue Condorcet", "rue du 8-Mai-1945", "rue des Cordiers", "avenue du Général-Leclerc", "rue Olympe-de-Gouges",
    "rue de la Filature", "rue des Prés", "rue Camille-Desmoulins", "rue du Puits", "rue des Capucins",
]
RURAL = ["Le Bourg", "lieu-dit La Grange", "route de la Forêt", "chemin du Lavoir", "place de l'Église", "route des Crêtes",
         "zone artisanale Les Prés"]
# Villages and small towns, where a "lieu-dit" or "Le Bourg" address is plausible.
SMALL = {"Correns", "Barjols", "Puy-Saint-André", "Cucuron", "Banon", "Lourmarin", "Forcalquier", "Lagrasse", "Marciac",
         "Saint-Jean-du-Gard", "Beaumont-de-Lomagne", "Quillan", "Lasalle", "Sauve", "Anduze", "Saint-Antonin-Noble-Val",
         "Mirepoix", "Gourdon", "Lectoure", "Vimoutiers", "Mortain-Bocage", "Mortagne-au-Perche", "Aubigny-sur-Nère",
         "Sancerre", "Bléré", "Montrichard Val de Cher", "Sully-sur-Loire", "La Châtre", "Trémargat", "Plouguerneau",
         "Le Mené", "Guerlesquin", "Belle-Isle-en-Terre", "Crozon", "Moëlan-sur-Mer", "Saint-Pierre-de-Frugie",
         "Felletin", "Faux-la-Montagne", "Peyrelevade", "Royère-de-Vassivière", "Ainhoa", "Mauléon-Licharre",
         "Eymoutiers", "Melle", "Mens", "Lussas", "Saillans", "Die", "Billom", "Saint-Martin-en-Haut", "Ambert"}
# Number ranges that ARCEP reserves for fiction (audiovisual works, examples): no real subscriber has them.
FICTION_PHONE = {"01": "01 99 00", "02": "02 61 91", "03": "03 53 01", "04": "04 65 71", "05": "05 36 49", "06": "06 39 98"}
INTROS = [
    "Le projet est né en {year} {a_c}, à l'initiative d'un petit groupe d'habitants.",
    "Tout a commencé en {year} autour d'une table de cuisine, {a_c}.",
    "Installée {a_c} depuis {year}, la structure rayonne sur tout le bassin de vie.",
    "Depuis {year}, l'équipe s'est agrandie et compte aujourd'hui {ks} personnes.",
    "Ici, on aime dire que « l'économie, c'est d'abord une affaire de voisins ».",
]


def load_communes():
    table, region = {}, None
    with open(os.path.join(HERE, "communes.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("# ") and line[2:4].isdigit():
                region = line[2:4]
                continue
            if not line or line.startswith("#"):
                continue
            name, pc, insee, lat, lon = line.split(";")
            rec = dict(name=name, postcode=pc, insee=insee, lat=float(lat), lon=float(lon), region=region)
            table.setdefault(name, rec)  # first postcode is the default
            table[f"{name}@{pc}"] = rec
    return table


def a_commune(c):
    if c.startswith("Le "):
        return "au " + c[3:]
    if c.startswith("Les "):
        return "aux " + c[4:]
    return "à " + c


def de_commune(c):
    if c.startswith("Le "):
        return "du " + c[3:]
    if c.startswith("Les "):
        return "des " + c[4:]
    if c[0] in "AEIOUÉÈHYÂÎ":
        return "d'" + c
    return "de " + c


STOP = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "a", "au", "aux", "sur", "sous"}


def slug_words(name):
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z0-9]+", text) if w and w not in STOP]
    return words


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix):
    for last in "0123456789":
        if luhn_ok(prefix + last):
            return prefix + last
    raise AssertionError


def fictional_siret(rng):
    # SIREN starting with 9 (no real company uses such a SIREN range here) with its own Luhn key, then a NIC.
    siren = luhn_complete("9" + "".join(rng.choice("0123456789") for _ in range(7)))
    return luhn_complete(siren + "000" + str(rng.randint(1, 9)))


def phone_prefix(commune):
    reg, dep = commune["region"], commune["insee"][:2]
    if reg in ("28", "24", "53"):
        return "02"
    if reg == "32":
        return "03"
    if reg == "75":
        return "05"
    if reg == "76":
        return "05" if dep in ("09", "12", "31", "32", "46", "65", "81", "82") else "04"
    return "04"


def split_tag(entry):
    """'pattern::text' applies only to names matching pattern (case-insensitive); plain text applies to all."""
    if "::" in entry:
        pattern, text = entry.split("::", 1)
        return pattern, text
    return None, entry


def pick_summary(entries, name, n):
    tagged = [t for p, t in map(split_tag, entries) if p and re.search(p, name, re.I)]
    plain = [t for p, t in map(split_tag, entries) if not p]
    choices = tagged or plain
    return choices[n % len(choices)]


def eligible(entries, name):
    return [t for p, t in map(split_tag, entries) if not p or re.search(p, name, re.I)]


def fill(text, ctx):
    return text.format(**ctx)


def main():
    rng = random.Random(20240611)
    communes = load_communes()
    os.makedirs(OUT, exist_ok=True)

    with open(os.path.join(OUT, "networks.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["code", "name", "website", "regions"])
        for code, name, site, regions in NETWORKS:
            w.writerow([code, name, site, regions])

    net_names = {code: code.replace("-", " ") for code, *_ in NETWORKS}
    net_regions = {code: regions.split() for code, _, _, regions in NETWORKS}
    counters = {}
    used_domains = set()
    seen_descriptions = set()
    records = []
    for code, *_ in NETWORKS:
        lines = [l.strip() for l in ROWS[code].strip().splitlines() if l.strip()]
        for idx, line in enumerate(lines, 1):
            parts = line.split("~")
            kind, name, ckey = parts[0], parts[1], parts[2]
            themes_o = parts[3] if len(parts) > 3 and parts[3] else None
            legal_o = parts[4] if len(parts) > 4 and parts[4] else None
            summary_o = parts[5] if len(parts) > 5 and parts[5] else None
            arch = ARCH[kind]
            commune = communes[ckey]
            assert commune["region"] in net_regions[code], (code, ckey)
            n = counters.get(kind, 0)
            counters[kind] = n + 1
            ctx = dict(c=commune["name"], a_c=a_commune(commune["name"]), de_c=de_commune(commune["name"]),
                       k=rng.choice([6, 8, 12, 14, 18, 25, 40, 60, 120, 150, 230, 400]), net=net_names[code],
                       year=rng.randint(1998, 2022), lg=rng.randint(6, 24), kc=rng.choice([80, 120, 150, 230, 300, 400]),
                       ks=rng.randint(3, 28))

            themes = themes_o.split("|") if themes_o else arch["themes"][n % len(arch["themes"])]
            legal = legal_o or arch["legal"]
            summary = summary_o or fill(pick_summary(arch["summaries"], name, n), ctx)

            pool = eligible(arch["desc"], name)
            count = min(len(pool), rng.choice([2, 2, 3, 3, 3]))
            start = (n * 2 + rng.randint(0, 1)) % len(pool)
            picked = sorted((start + i) % len(pool) for i in range(count))  # keep the pool's logical order
            chosen = [pool[i] for i in picked]
            sentences = [fill(s, ctx) for s in chosen]
            if rng.random() < 0.25:
                sentences.insert(0, fill(rng.choice(INTROS), ctx))
            sep = "\n\n" if rng.random() < 0.04 else " "
            closings = CLOSINGS if legal == "association" else [
                c for c in CLOSINGS if not re.search("bénévole|adhésion|permanence", c)]
            description = " ".join(sentences)
            if rng.random() < 0.55 or len(sentences) < 3:
                description += sep + fill(rng.choice(closings), ctx)
            tries = 0
            while description in seen_descriptions:  # never two identical descriptions
                tries += 1
                extra = fill(rng.choice(INTROS if tries % 2 else closings), ctx)
                description = (extra + " " + " ".join(sentences)) if tries % 2 else (" ".join(sentences) + " " + extra)
            seen_descriptions.add(description)
            if rng.random() < 0.35:  # typographic apostrophes on some records, as people really type them
                description = description.replace("'", "’")
                summary = summary.replace("'", "’")
                if rng.random() < 0.4:
                    name = name.replace("'", "’")

            if commune["name"] not in SMALL or rng.random() < 0.4:
                street = f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 17, 18, 21, 23, 24, 27, 30, 33, 36, 41, 45, 52, 58, 64, 77, 102])}" \
                         f"{rng.choice(['', '', '', '', ' bis'])} {rng.choice(STREETS)}"
            else:
                street = rng.choice(RURAL)
            if rng.random() < 0.05:
                street = "Bâtiment B, " + street

            lat = commune["lat"] + rng.uniform(-0.012, 0.012)
            lon = commune["lon"] + rng.uniform(-0.016, 0.016)

            words = slug_words(name)
            generic = {"association", "asso", "scop", "scic", "cae"}
            words = [w for w in words if w not in generic] or words
            base = "-".join(words[:4])
            domain = base
            if domain in used_domains:
                domain = base + "-" + "-".join(slug_words(commune["name"]))
            used_domains.add(domain)
            website = f"https://{domain}.example" if rng.random() < 0.6 else ""
            email = f"contact@{domain}.example" if rng.random() < 0.5 else ""
            phone = ""
            if rng.random() < 0.6:
                prefix = "06" if rng.random() < 0.15 else phone_prefix(commune)
                phone = f"{FICTION_PHONE[prefix]} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"

            records.append(dict(
                external_id=f"{code}-{idx:04d}", network=code, name=name, summary=summary, description=description,
                street=street, postcode=commune["postcode"], commune=commune["name"], insee=commune["insee"],
                latitude=f"{lat:.5f}", longitude=f"{lon:.5f}", themes="|".join(themes), legal_status=legal,
                siret="", website=website, email=email, phone=phone, status="published"))

    # ~15 % with a SIRET, ~5 % not yet placed on the map, a few records not published.
    order = list(range(len(records)))
    rng.shuffle(order)
    nsiret = round(len(records) * 0.15)
    for i in order[:nsiret]:
        records[i]["siret"] = fictional_siret(rng)
    rng.shuffle(order)
    for i in order[:round(len(records) * 0.05)]:
        records[i]["latitude"] = records[i]["longitude"] = ""
    rng.shuffle(order)
    for status, count in (("archived", 4), ("draft", 6), ("pending", 6)):
        for i in order[:count]:
            records[i]["status"] = status
        order = order[count:]

    with open(os.path.join(OUT, "initiatives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, delimiter=";", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        w.writerows(records)
    print(f"wrote {len(records)} initiatives and {len(NETWORKS)} networks to {OUT}")


if __name__ == "__main__":
    main()
