#!/usr/bin/env python3
"""Checks data/demo/*.csv and prints the counts quoted in data/demo/README.md.

    python3 tools/demo-data/verify_demo.py [--reference communes.json]

--reference: optional communes.json of the @etalab/decoupage-administratif npm package, to check every
commune name / postcode / INSEE code against the official referential (not needed for the other checks).
"""
import collections
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEMO = os.path.join(ROOT, "data", "demo")
HEADER = "external_id;network;name;summary;description;street;postcode;commune;insee;latitude;longitude;themes;legal_status;siret;website;email;phone;status"
REGION_NAMES = {"93": "Provence-Alpes-Côte d'Azur", "76": "Occitanie", "28": "Normandie", "24": "Centre-Val de Loire",
                "53": "Bretagne", "75": "Nouvelle-Aquitaine", "84": "Auvergne-Rhône-Alpes", "32": "Hauts-de-France"}
LEGAL = {"association", "scop", "scic", "cooperative", "mutuelle", "fondation", "esus", "autre"}
STATUS = {"published", "draft", "pending", "archived"}

errors = []


def err(msg):
    errors.append(msg)


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def read_csv(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: has a BOM")
    if b"\r" in raw:
        err(f"{path}: contains CR characters (LF line endings expected)")
    text = raw.decode("utf-8")
    return text, list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def main():
    reference = None
    if "--reference" in sys.argv:
        reference = sys.argv[sys.argv.index("--reference") + 1]

    themes = {}
    with open(os.path.join(ROOT, "data", "themes.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            themes[row["code"]] = row["parent"] or row["code"]
    tops = sorted({t for t in themes.values()})

    _, nets = read_csv(os.path.join(DEMO, "networks.csv"))
    if nets[0] != ["code", "name", "website", "regions"]:
        err(f"networks.csv header: {nets[0]}")
    net_regions = {}
    for r in nets[1:]:
        code, name, site, regions = r
        if not re.fullmatch(r"[A-Z0-9_-]{2,32}", code):
            err(f"network code {code}")
        if not re.fullmatch(r"https://[a-z0-9-]+\.example", site):
            err(f"network website {site}")
        net_regions[code] = regions.split()

    text, rows = read_csv(os.path.join(DEMO, "initiatives.csv"))
    if text.split("\n", 1)[0] != HEADER:
        err("initiatives.csv header differs")
    header, data = rows[0], rows[1:]
    dept_region = {}
    region = None
    for line in open(os.path.join(HERE, "communes.txt"), encoding="utf-8"):
        if line.startswith("# ") and line[2:4].isdigit():
            region = line[2:4]
        elif line.strip() and not line.startswith("#"):
            dept_region[line.split(";")[2][:2]] = region

    ids = set()
    by_region, by_top, by_net, by_status, by_legal = (collections.Counter() for _ in range(5))
    sirets = nocoord = web = mail = tel = 0
    ref = None
    if reference:
        ref = {c["code"]: c for c in json.load(open(reference, encoding="utf-8"))
               if c["type"] in ("commune-actuelle", "arrondissement-municipal")}
    for n, r in enumerate(data, 2):
        if len(r) != len(header):
            err(f"line {n}: {len(r)} fields")
            continue
        d = dict(zip(header, r))
        key = (d["network"], d["external_id"])
        if key in ids:
            err(f"duplicate id {key}")
        ids.add(key)
        if d["network"] not in net_regions:
            err(f"{key}: unknown network")
        if not d["external_id"].startswith(d["network"] + "-"):
            err(f"{key}: external id prefix")
        if not d["name"] or not d["summary"] or not d["description"]:
            err(f"{key}: empty text")
        if len(d["summary"]) > 200:
            err(f"{key}: summary {len(d['summary'])} chars")
        if not re.fullmatch(r"\d{5}", d["postcode"]):
            err(f"{key}: postcode {d['postcode']}")
        if not re.fullmatch(r"[0-9AB]{5}", d["insee"]):
            err(f"{key}: insee {d['insee']}")
        reg = dept_region.get(d["insee"][:2])
        if reg not in net_regions.get(d["network"], []):
            err(f"{key}: region {reg} not in network regions")
        by_region[reg] += 1
        if ref is not None:
            c = ref.get(d["insee"])
            if c is None:
                err(f"{key}: INSEE {d['insee']} not in reference")
            else:
                nom = c["nom"].split(" ")[0] if c["type"] == "arrondissement-municipal" else c["nom"]
                if nom != d["commune"] or d["postcode"] not in c["codesPostaux"] or c["region"] != reg:
                    err(f"{key}: {d['commune']} {d['postcode']} {d['insee']} vs reference {c['nom']} {c['codesPostaux']}")
        if d["latitude"] or d["longitude"]:
            lat, lon = float(d["latitude"]), float(d["longitude"])
            if not (41 <= lat <= 51.5 and -5.5 <= lon <= 10):
                err(f"{key}: coordinates {lat},{lon} outside France")
        else:
            nocoord += 1
        codes = d["themes"].split("|")
        if not 1 <= len(codes) <= 3 or len(set(codes)) != len(codes):
            err(f"{key}: themes {d['themes']}")
        for c in codes:
            if c not in themes:
                err(f"{key}: unknown theme {c}")
        for t in {themes.get(c) for c in codes if c in themes}:
            by_top[t] += 1
        if d["legal_status"] not in LEGAL:
            err(f"{key}: legal status {d['legal_status']}")
        if re.search(r"\bSCOP\b", d["name"]) and d["legal_status"] != "scop":
            err(f"{key}: SCOP name but {d['legal_status']}")
        if re.search(r"\bSCIC\b", d["name"]) and d["legal_status"] != "scic":
            err(f"{key}: SCIC name but {d['legal_status']}")
        if d["siret"]:
            sirets += 1
            if not (re.fullmatch(r"9\d{13}", d["siret"]) and luhn_ok(d["siret"])):
                err(f"{key}: SIRET {d['siret']}")
        if d["website"]:
            web += 1
            if not re.fullmatch(r"https://[a-z0-9-]+\.example", d["website"]):
                err(f"{key}: website {d['website']}")
        if d["email"]:
            mail += 1
            if not re.fullmatch(r"contact@[a-z0-9-]+\.example", d["email"]):
                err(f"{key}: email {d['email']}")
        if d["phone"]:
            tel += 1
            if not re.fullmatch(r"0\d( \d\d){4}", d["phone"]):
                err(f"{key}: phone {d['phone']}")
        if d["status"] not in STATUS:
            err(f"{key}: status {d['status']}")
        by_net[d["network"]] += 1
        by_status[d["status"]] += 1
        by_legal[d["legal_status"]] += 1

    total = len(data)
    if total < 320:
        err(f"only {total} rows")
    if len(by_region) < 7:
        err(f"only {len(by_region)} regions")
    for t in tops:
        if by_top[t] < 15:
            err(f"top theme {t}: {by_top[t]} rows")

    print(f"rows: {total}")
    print("per network:", dict(by_net))
    print("per region:")
    for reg, c in sorted(by_region.items(), key=lambda x: -x[1]):
        print(f"  {reg} {REGION_NAMES.get(reg, '?')}: {c}")
    print("per top theme (a row counts once per top theme it touches):")
    for t in tops:
        print(f"  {t}: {by_top[t]}")
    print("status:", dict(by_status))
    print("legal status:", dict(by_legal))
    pct = lambda x: f"{x} ({100 * x / total:.0f} %)"
    print(f"siret: {pct(sirets)}, without coordinates: {pct(nocoord)}, website: {pct(web)}, email: {pct(mail)}, phone: {pct(tel)}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
