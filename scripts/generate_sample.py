#!/usr/bin/env python3
"""Generates the sample data of kpiboard: a fictional B2B distributor, "Northwind Components".

Northwind sells bearings, fasteners, seals, motion parts and tools to a few hundred industrial
customers in Europe, from 2023-01-01 to 2024-12-31. The script writes one small CSV per dataset
kind of /work/shared/KPIS.md into assets/sample/:

    orders.csv traffic.csv ads.csv costs.csv leads.csv email.csv social.csv nps.csv
    subscriptions.csv search.csv

The datasets are built from one story, so they agree with each other:
- won leads (leads.csv) become customers whose first order comes after the close date;
- customers buy with a rhythm (monthly, bi-monthly, quarterly, occasional), some churn, and buying
  follows the seasons (Q4 peak, August dip) and grows over the two years;
- paid-search orders carry a campaign of ads.csv, and that campaign's conversions on that day are
  exactly those orders; LinkedIn Ads conversions are exactly the LinkedIn leads of that day;
- traffic purchases per day and source are the web orders of that day and channel (not cancelled),
  traffic leads are the web-form leads of that day, and every funnel is monotone
  (sessions >= product_views >= add_to_carts >= checkouts >= purchases);
- paid-search sessions follow ad clicks (search ads run Monday to Friday), email sessions follow
  email clicks, and search-console clicks follow organic sessions;
- NPS answers come from customers, and customers who later churn answer lower.

Only the Python 3 standard library is used, with one seeded `random.Random(42)`, so running the
script twice writes identical bytes. Usage: python3 scripts/generate_sample.py [output_dir]
"""

import csv
import datetime as dt
import math
import os
import sys

import random

START = dt.date(2023, 1, 1)
END = dt.date(2024, 12, 31)  # inclusive
DAYS = (END - START).days + 1

RNG = random.Random(42)

# Seasonality of B2B buying by month: August dip, Q4 peak.
SEASON = {1: 0.9, 2: 0.95, 3: 1.05, 4: 1.0, 5: 1.0, 6: 0.95, 7: 0.85, 8: 0.55,
          9: 1.05, 10: 1.15, 11: 1.3, 12: 1.2}

REPS = {
    "DE": "Anna Berg", "AT": "Anna Berg", "CZ": "Anna Berg",
    "NL": "Jan de Vries", "BE": "Jan de Vries", "DK": "Jan de Vries",
    "FR": "Sophie Laurent", "ES": "Sophie Laurent", "IT": "Sophie Laurent",
    "PL": "Marta Kowalska",
}
COUNTRIES = [("DE", 38), ("NL", 12), ("FR", 12), ("BE", 7), ("AT", 7), ("PL", 8), ("IT", 7),
             ("ES", 4), ("DK", 3), ("CZ", 2)]

# (sku, name, category, list price EUR, unit cost EUR, typical quantity per line, pack size)
PRODUCTS = [
    ("BR-6204", "Deep groove ball bearing 6204", "Bearings", 4.80, 2.60, 200, 10),
    ("BR-6305", "Deep groove ball bearing 6305", "Bearings", 9.90, 5.40, 120, 10),
    ("BR-22210", "Spherical roller bearing 22210", "Bearings", 86.00, 51.00, 12, 1),
    ("BR-UCP208", "Pillow block unit UCP208", "Bearings", 39.50, 22.80, 24, 1),
    ("BR-32008", "Tapered roller bearing 32008", "Bearings", 21.40, 12.10, 40, 5),
    ("FS-M8SS", "Hex bolt M8 stainless (box 100)", "Fasteners", 18.90, 8.70, 30, 5),
    ("FS-M12ZN", "Hex bolt M12 zinc (box 50)", "Fasteners", 24.50, 11.00, 20, 5),
    ("FS-NUTKIT", "Lock nut assortment", "Fasteners", 46.00, 19.50, 8, 1),
    ("FS-ANCH", "Heavy-duty anchor M10 (box 25)", "Fasteners", 32.00, 15.20, 15, 5),
    ("SL-ORKIT", "O-ring kit metric NBR", "Seals", 54.00, 21.00, 10, 1),
    ("SL-SHAFT40", "Radial shaft seal 40x62x8", "Seals", 6.20, 2.40, 100, 10),
    ("SL-VITON", "FKM O-ring cord 6 mm (10 m)", "Seals", 78.00, 36.00, 6, 1),
    ("MO-RAIL20", "Linear guide rail 20 mm (1 m)", "Motion", 118.00, 79.00, 8, 1),
    ("MO-CAR20", "Linear carriage 20 mm", "Motion", 64.00, 41.00, 16, 2),
    ("MO-BSCREW", "Ball screw 16x5 (1 m)", "Motion", 149.00, 98.00, 4, 1),
    ("MO-COUP", "Jaw coupling 19/24", "Motion", 27.50, 14.30, 20, 5),
    ("TL-PULLER", "Hydraulic bearing puller", "Tools", 389.00, 236.00, 1, 1),
    ("TL-HEATER", "Induction bearing heater", "Tools", 1290.00, 842.00, 1, 1),
    ("TL-TORQUE", "Torque wrench 40-200 Nm", "Tools", 169.00, 97.00, 2, 1),
    ("TL-GREASE", "High-temperature grease 400 g", "Tools", 12.90, 5.10, 36, 6),
]
CATEGORIES = sorted({p[2] for p in PRODUCTS})

GOOGLE_ALWAYS_ON = ["Brand Search", "Generic Components"]
# Extra campaigns with flights: (name, channel, start, end inclusive, daily budget)
FLIGHTS = [
    ("Q4 Promo 2023", "Google Ads", dt.date(2023, 10, 23), dt.date(2023, 12, 15), 90.0),
    ("Q4 Promo 2024", "Google Ads", dt.date(2024, 10, 21), dt.date(2024, 12, 13), 110.0),
    ("LinkedIn ABM Spring 2023", "LinkedIn Ads", dt.date(2023, 3, 6), dt.date(2023, 4, 28), 120.0),
    ("LinkedIn Webinar Autumn 2023", "LinkedIn Ads", dt.date(2023, 9, 11), dt.date(2023, 10, 20), 100.0),
    ("LinkedIn ABM Spring 2024", "LinkedIn Ads", dt.date(2024, 3, 4), dt.date(2024, 4, 26), 140.0),
    ("LinkedIn Webinar Autumn 2024", "LinkedIn Ads", dt.date(2024, 9, 9), dt.date(2024, 10, 25), 120.0),
]
ALWAYS_ON_BUDGET = {"Brand Search": 45.0, "Generic Components": 85.0}

# Web channels of orders -> (traffic source, medium, landing page)
WEB_SOURCES = {
    "organic search": ("google", "organic", "/catalog"),
    "paid search": ("google", "cpc", "/lp/components"),
    "direct": ("(direct)", "(none)", "/"),
    "email": ("newsletter", "email", "/news"),
    "referral": ("industrynet.eu", "referral", "/partners"),
}


def days():
    """Every date of the data, in order."""
    return [START + dt.timedelta(days=i) for i in range(DAYS)]


def years_in(d):
    """Years since the start of the data (growth driver)."""
    return (d - START).days / 365.0


def poisson(lam):
    """A Poisson draw (Knuth), from the shared seeded generator."""
    if lam <= 0:
        return 0
    limit = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= RNG.random()
        if p <= limit:
            return k
        k += 1


def weighted(pairs):
    """Picks a key from (key, weight) pairs."""
    total = sum(w for _, w in pairs)
    x = RNG.random() * total
    for key, w in pairs:
        x -= w
        if x < 0:
            return key
    return pairs[-1][0]


def money(x):
    """Two-decimal money text."""
    return f"{x:.2f}"


def iso(d):
    """ISO date text, or empty."""
    return d.isoformat() if d else ""


def weekday_factor(d):
    """Business activity by weekday (weekends are quiet)."""
    return (1.0, 1.05, 1.0, 0.95, 0.85, 0.25, 0.2)[d.weekday()]


def business_day_in(first, last):
    """A random date in [first, last], weekends mostly avoided."""
    span = (last - first).days
    for _ in range(20):
        d = first + dt.timedelta(days=RNG.randint(0, span))
        if d.weekday() < 5 or RNG.random() < 0.08:
            return d
    return first + dt.timedelta(days=RNG.randint(0, span))


def add_business_days(d, n):
    """The date n business days after d."""
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


# --------------------------------------------------------------------------- company names
PREFIXES = ["Alpen", "Baltic", "Rhein", "Nord", "Hansa", "Delta", "Orion", "Atlas", "Vector", "Kessler",
            "Brandt", "Lindqvist", "Moreau", "Van Dijk", "Rossi", "Novak", "Schuster", "Dubois", "Meier",
            "Weber", "Falk", "Helix", "Apex", "Polar", "Summit", "Granit", "Blue Ridge", "Stahl", "Iberia",
            "Lumen", "Castell", "Vireo", "Oster", "Kraft", "Zenith", "Marlin", "Borg", "Tauber", "Eiger",
            "Noord", "Silva", "Bianchi", "Kowal", "Horak", "Jensen", "Lambert", "Ferro", "Aurora", "Quadra",
            "Sigma"]
TRADES = ["Maschinenbau", "Fördertechnik", "Automation", "Packaging", "Hydraulics", "Agritech", "Robotics",
          "Mechanics", "Technik", "Engineering", "Conveyors", "Pumps", "Textiles", "Food Tech", "Wind",
          "Metalworks", "Plastics", "Print", "Lifts", "Rail"]
LEGAL = {"DE": "GmbH", "AT": "GmbH", "NL": "B.V.", "BE": "NV", "FR": "SAS", "ES": "S.L.", "IT": "S.r.l.",
         "PL": "Sp. z o.o.", "DK": "A/S", "CZ": "s.r.o."}
_used_names = set()


def company_name(country):
    """A new, unique fictional company name."""
    while True:
        name = f"{RNG.choice(PREFIXES)} {RNG.choice(TRADES)} {LEGAL[country]}"
        if name not in _used_names:
            _used_names.add(name)
            return name


# --------------------------------------------------------------------------- ads (impressions/clicks)
def build_ad_days():
    """Per day and campaign: impressions, clicks, spend, budget (conversions are filled later)."""
    rows = {}
    for d in days():
        growth = 1 + 0.15 * years_in(d)
        wf = weekday_factor(d) ** 0.7
        active = [(c, "Google Ads", ALWAYS_ON_BUDGET[c]) for c in GOOGLE_ALWAYS_ON]
        active += [(c, ch, b) for c, ch, s, e, b in FLIGHTS if s <= d <= e]
        if d.weekday() >= 5:  # search ads are scheduled Monday to Friday only (B2B)
            active = [a for a in active if a[1] != "Google Ads"]
        for campaign, channel, budget in active:
            if channel == "Google Ads":
                brand = campaign == "Brand Search"
                base_impr = 420 if brand else 1900
                if campaign.startswith("Q4"):
                    base_impr = 1500
                impressions = int(base_impr * growth * wf * SEASON[d.month] ** 0.5 * RNG.uniform(0.8, 1.2))
                ctr = (0.11 if brand else 0.032) * RNG.uniform(0.85, 1.15)
                cpc = (0.55 if brand else 1.65) * RNG.uniform(0.85, 1.2)
            else:
                impressions = int(5200 * wf * RNG.uniform(0.75, 1.25))
                ctr = 0.0065 * RNG.uniform(0.8, 1.2)
                cpc = 4.9 * RNG.uniform(0.85, 1.2)
            clicks = int(round(impressions * ctr))
            spend = round(min(clicks * cpc, budget * RNG.uniform(0.97, 1.0)), 2)
            rows[(d, campaign)] = {"channel": channel, "impressions": impressions, "clicks": clicks,
                                   "spend": spend, "budget": budget, "conversions": 0,
                                   "conversion_value": 0.0}
    return rows


# --------------------------------------------------------------------------- leads
LEAD_SOURCES = [
    # source, originated_by, weight, P(MQL), P(SQL | MQL), P(won | closed)
    ("organic search", "marketing", 30, 0.62, 0.58, 0.38),
    ("paid search", "marketing", 14, 0.58, 0.52, 0.34),
    ("email", "marketing", 8, 0.66, 0.52, 0.36),
    ("webinar", "marketing", 8, 0.70, 0.48, 0.31),
    ("trade fair", "marketing", 0, 0.70, 0.55, 0.35),  # April fairs only, see below
    ("referral", "sales", 8, 0.85, 0.75, 0.55),
    ("outbound", "sales", 14, 0.60, 0.50, 0.28),
]
SOURCE_INFO = {s[0]: s for s in LEAD_SOURCES}
SOURCE_INFO["LinkedIn Ads"] = ("LinkedIn Ads", "marketing", 0, 0.45, 0.45, 0.30)


def build_leads(ad_days):
    """Leads with their journey; LinkedIn Ads leads are exactly the LinkedIn conversions."""
    raw = []  # (created, source, campaign)
    for d in days():
        lam = 0.75 * (1 + 0.2 * years_in(d)) * weekday_factor(d) * SEASON[d.month] ** 0.5
        for _ in range(poisson(lam)):
            raw.append((d, weighted([(s[0], s[2]) for s in LEAD_SOURCES]), ""))
        if d.month == 4 and d.day in (18, 19, 20, 21):  # trade fair week (Hannover-like)
            for _ in range(poisson(7)):
                raw.append((d, "trade fair", ""))
        for campaign, channel, s, e, _b in FLIGHTS:
            if channel == "LinkedIn Ads" and s <= d <= e:
                row = ad_days[(d, campaign)]
                n = poisson(row["clicks"] * 0.055)
                row["conversions"] = n
                for _ in range(n):
                    raw.append((d, "LinkedIn Ads", campaign))
    leads = []
    for i, (created, source, _campaign) in enumerate(raw, start=1):
        _, originated, _, p_mql, p_sql, p_won = SOURCE_INFO[source]
        country = weighted(COUNTRIES)
        lead = {"lead_id": f"L-{i:05d}", "created_date": created, "source": source,
                "originated_by": originated, "stage": "lead", "mql_date": None, "sql_date": None,
                "close_date": None, "won": "", "amount": "", "owner": REPS[country],
                "company": company_name(country), "country": country}
        mql = created + dt.timedelta(days=RNG.randint(1, 21))
        if RNG.random() < p_mql and mql <= END:
            lead["stage"], lead["mql_date"] = "MQL", mql
            sql = mql + dt.timedelta(days=RNG.randint(3, 30))
            if RNG.random() < p_sql and sql <= END:
                lead["stage"], lead["sql_date"] = "SQL", sql
                lead["amount"] = round(RNG.lognormvariate(math.log(14000), 0.7) / 500) * 500 or 500
                if RNG.random() < 0.8:
                    lead["stage"] = "opportunity"
                close = sql + dt.timedelta(days=int(RNG.uniform(14, 110)))
                if close <= END and lead["stage"] == "opportunity":
                    lead["close_date"] = close
                    if RNG.random() < p_won:
                        lead["stage"], lead["won"] = "won", "true"
                    else:
                        lead["stage"], lead["won"] = "lost", "false"
                elif close <= END:  # SQL disqualified without an opportunity
                    lead["stage"], lead["won"], lead["close_date"] = "lost", "false", close
        leads.append(lead)
    return leads


# --------------------------------------------------------------------------- customers
def new_customer(cid, company, country, first_date, existing):
    """A customer profile."""
    tier = weighted([("Key account", 10), ("Mid-market", 35), ("Small business", 55)])
    size = {"Key account": 4.5, "Mid-market": 1.6, "Small business": 0.65}[tier]
    size *= RNG.lognormvariate(0, 0.35)
    if tier == "Key account":
        rhythm = weighted([(1.0, 6), (0.5, 3), (0.33, 1)])
        channels = [("sales", 75), ("direct", 10), ("email", 5), ("organic search", 10)]
    else:
        rhythm = weighted([(1.0, 2), (0.5, 4), (0.33, 4), (0.15, 3)])
        channels = [("organic search", 30), ("direct", 24), ("paid search", 14), ("email", 11),
                    ("referral", 8), ("sales", 13)]
    churn = None
    if RNG.random() < (0.2 if existing else 0.12):
        lo = max(first_date + dt.timedelta(days=60), dt.date(2023, 3, 1))
        if lo < dt.date(2024, 10, 31):
            churn = lo + dt.timedelta(days=RNG.randint(0, (dt.date(2024, 10, 31) - lo).days))
    favourites = RNG.sample(CATEGORIES, RNG.choice([1, 2, 2, 3]))
    return {"customer_id": cid, "company": company, "country": country, "tier": tier, "size": size,
            "rate": rhythm, "channels": channels, "first": first_date, "churn": churn,
            "favourites": favourites, "rep": REPS[country], "existing": existing}


def build_customers(leads):
    """Customers at the start of 2023, then one per won lead."""
    customers = []
    for i in range(1, 146):
        country = weighted(COUNTRIES)
        customers.append(new_customer(f"C{i:04d}", company_name(country), country, START, True))
    won = sorted((l for l in leads if l["won"] == "true"), key=lambda l: (l["close_date"], l["lead_id"]))
    for lead in won:
        first = lead["close_date"] + dt.timedelta(days=RNG.randint(3, 30))
        if first > END:
            continue
        cid = f"C{len(customers) + 1:04d}"
        customers.append(new_customer(cid, lead["company"], lead["country"], first, False))
    return customers


# --------------------------------------------------------------------------- orders
def order_datetime(d):
    """A time of day for an order on date d (office hours peak at 10 and 14)."""
    hour = weighted([(6, 1), (7, 4), (8, 9), (9, 13), (10, 15), (11, 12), (12, 6), (13, 9), (14, 12),
                     (15, 10), (16, 7), (17, 4), (18, 2), (19, 1), (20, 1), (21, 1)])
    return dt.datetime(d.year, d.month, d.day, hour, RNG.randint(0, 59))


def order_dates(c):
    """The dates on which customer c orders."""
    first = c["first"]
    last = c["churn"] or END
    dates = [] if c["existing"] else [first]
    month = dt.date(first.year, first.month, 1)
    while month <= last:
        nxt = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        lo, hi = max(month, first), min(nxt - dt.timedelta(days=1), last)
        if lo <= hi:
            share = ((hi - lo).days + 1) / (nxt - month).days
            lam = c["rate"] * SEASON[month.month] * (1 + 0.12 * years_in(month)) * share
            for _ in range(poisson(lam)):
                dates.append(business_day_in(lo, hi))
        month = nxt
    return sorted(dates)


def build_orders(customers, ad_days):
    """Order lines, with the campaign of paid-search orders and its ad conversions."""
    visits = []
    for c in customers:
        for d in order_dates(c):
            visits.append((order_datetime(d), c))
    visits.sort(key=lambda v: (v[0], v[1]["customer_id"]))
    lines = []
    for n, (when, c) in enumerate(visits, start=1):
        oid = f"SO-{10000 + n}"
        d = when.date()
        channel = weighted(c["channels"])
        campaign = ""
        if channel == "paid search":
            active = [k for (day, k) in ad_days if day == d and ad_days[(day, k)]["channel"] == "Google Ads"]
            if active:
                campaign = weighted([(k, 3 if k.startswith("Q4") else 1) for k in sorted(active)])
            else:  # no ads run at weekends: the visit came from organic search
                channel = "organic search"
        r = RNG.random()
        status = "completed"
        if r < 0.035:
            status = "cancelled"
        elif r < 0.05:
            status = "refunded"
        fulfilled = None
        if status != "cancelled":
            f_day = add_business_days(d, weighted([(1, 3), (2, 4), (3, 2), (4, 1), (6, 0.5)]))
            fulfilled = dt.datetime(f_day.year, f_day.month, f_day.day, RNG.randint(8, 16), RNG.randint(0, 59))
            if f_day > END:
                status, fulfilled = "pending", None
        n_lines = weighted([(1, 74), (2, 19), (3, 5), (4, 2)] if c["tier"] != "Key account"
                           else [(1, 50), (2, 30), (3, 14), (4, 6)])
        products = set()
        price_factor = 1.04 if d.year == 2024 else 1.0
        disc_rate = {"Key account": 0.08, "Mid-market": 0.04, "Small business": 0.0}[c["tier"]]
        if campaign.startswith("Q4"):
            disc_rate = max(disc_rate, 0.05)
        order_amount = 0.0
        for _ in range(n_lines):
            for _try in range(10):
                if RNG.random() < 0.8:
                    p = RNG.choice([p for p in PRODUCTS if p[2] in c["favourites"]])
                else:
                    p = RNG.choice(PRODUCTS)
                if p[0] not in products:
                    break
            if p[0] in products:
                continue
            products.add(p[0])
            sku, name, cat, price, cost, typ, pack = p
            qty = typ * c["size"] * RNG.lognormvariate(0, 0.35)
            qty = max(pack, int(round(qty / pack)) * pack)
            unit_price = round(price * price_factor, 2)
            gross = qty * unit_price
            discount = round(gross * disc_rate, 2) if disc_rate and RNG.random() < 0.8 else 0.0
            amount = round(gross - discount, 2)
            order_amount += amount
            lines.append({"order_id": oid, "order_date": when.strftime("%Y-%m-%d %H:%M"),
                          "customer_id": c["customer_id"], "company": c["company"], "product": sku,
                          "category": cat, "quantity": qty, "unit_price": money(unit_price),
                          "amount": money(amount), "discount": money(discount),
                          "cost": money(qty * cost), "status": status, "channel": channel,
                          "campaign": campaign, "country": c["country"], "currency": "EUR",
                          "fulfilled_at": fulfilled.strftime("%Y-%m-%d %H:%M") if fulfilled else "",
                          "sales_rep": c["rep"], "_day": d, "_amount": amount})
        if campaign and status != "cancelled":
            ad_days[(d, campaign)]["conversions"] += 1
            ad_days[(d, campaign)]["conversion_value"] += order_amount
    return lines


# --------------------------------------------------------------------------- email
def build_email():
    """Campaign sends: a monthly newsletter plus promotions; returns rows and clicks by day."""
    sends = []
    for year in (2023, 2024):
        for month in range(1, 13):
            d = dt.date(year, month, 1)
            while d.weekday() != 1:  # first Tuesday
                d += dt.timedelta(days=1)
            sends.append((d, f"Newsletter {d:%B %Y}", "newsletter"))
        sends += [(dt.date(year, 3, 14 if year == 2023 else 12), f"Spring Maintenance Offer {year}", "promo"),
                  (dt.date(year, 4, 4 if year == 2023 else 2), f"Trade Fair Invitation {year}", "promo"),
                  (dt.date(year, 9, 19 if year == 2023 else 17), f"Webinar Linear Motion {year}", "promo"),
                  (dt.date(year, 11, 14 if year == 2023 else 12), f"Q4 Stock-Up {year}", "promo"),
                  (dt.date(year, 11, 28 if year == 2023 else 26), f"Year-End Tools Deal {year}", "promo")]
    sends.sort()
    list_size = 4200
    rows, clicks_by_day = [], {}
    for d, name, kind in sends:
        new_subs = int(RNG.uniform(60, 140) * (1 + 0.3 * years_in(d)))
        sent = list_size
        bounces = int(round(sent * RNG.uniform(0.006, 0.016)))
        delivered = sent - bounces
        open_rate = (0.31 if kind == "newsletter" else 0.27) * RNG.uniform(0.88, 1.12)
        opens = int(round(delivered * open_rate))
        clicks = int(round(delivered * (0.038 if kind == "newsletter" else 0.031) * RNG.uniform(0.8, 1.2)))
        unsubs = int(round(delivered * RNG.uniform(0.0012, 0.0035)))
        spam = RNG.choice([0, 0, 1, 1, 2, 3])
        rows.append({"campaign": name, "send_date": iso(d), "sent": sent, "bounces": bounces,
                     "opens": opens, "clicks": clicks, "unsubscribes": unsubs, "spam_reports": spam,
                     "new_subscribers": new_subs})
        for offset, share in ((0, 0.55), (1, 0.25), (2, 0.12), (3, 0.08)):
            day = d + dt.timedelta(days=offset)
            clicks_by_day[day] = clicks_by_day.get(day, 0) + clicks * share
        list_size = list_size + new_subs - unsubs - bounces // 2
    return rows, clicks_by_day


# --------------------------------------------------------------------------- traffic
def build_traffic(lines, leads, ad_days, email_clicks):
    """Per day and source/medium; purchases and leads come from the orders and leads."""
    purchases, revenue = {}, {}
    seen = set()
    for l in lines:
        if l["channel"] in WEB_SOURCES and l["status"] != "cancelled":
            key = (l["_day"], l["channel"])
            if l["order_id"] not in seen:
                seen.add(l["order_id"])
                purchases[key] = purchases.get(key, 0) + 1
            revenue[key] = revenue.get(key, 0.0) + l["_amount"]
    web_leads = {}
    for lead in leads:
        if lead["source"] in ("organic search", "paid search", "email"):
            key = (lead["created_date"], lead["source"])
            web_leads[key] = web_leads.get(key, 0) + 1
    rows = []
    for d in days():
        growth = 1 + 0.22 * years_in(d)
        wf = weekday_factor(d)
        season = SEASON[d.month] ** 0.6
        for channel, (source, medium, landing) in WEB_SOURCES.items():
            if channel == "organic search":
                base = 150 * growth * wf * season * RNG.uniform(0.85, 1.15)
            elif channel == "paid search":
                base = GOOGLE_CLICKS.get(d, 0) * RNG.uniform(0.88, 0.97)
            elif channel == "direct":
                base = 70 * growth * wf * season * RNG.uniform(0.8, 1.2)
            elif channel == "email":
                base = email_clicks.get(d, 0) * 0.9
            elif channel == "referral":
                base = 9 * growth * (wf if d.weekday() < 5 else 0.0) * RNG.uniform(0.3, 1.5)
            p = purchases.get((d, channel), 0)
            nl = web_leads.get((d, channel), 0)
            sessions = int(round(base))
            product_views = int(round(sessions * RNG.uniform(0.33, 0.45)))
            carts = int(round(product_views * RNG.uniform(0.05, 0.08)))
            checkouts = int(round(carts * RNG.uniform(0.55, 0.75)))
            checkouts = max(checkouts, p + (1 if p and RNG.random() < 0.6 else 0))
            carts = max(carts, checkouts + (1 if checkouts and RNG.random() < 0.7 else 0))
            product_views = max(product_views, carts + (2 if carts else 0))
            sessions = max(sessions, product_views + nl + p)
            if sessions == 0:
                continue
            users = max(1, int(round(sessions * RNG.uniform(0.78, 0.9))))
            new_share = {"organic search": 0.62, "paid search": 0.7, "direct": 0.35, "email": 0.12,
                         "referral": 0.6}[channel]
            new_users = int(round(users * new_share * RNG.uniform(0.85, 1.15)))
            new_users = min(users, new_users)
            engaged = int(round(sessions * {"organic search": 0.6, "paid search": 0.52, "direct": 0.66,
                                            "email": 0.7, "referral": 0.58}[channel]
                                * RNG.uniform(0.9, 1.1)))
            engaged = min(sessions, max(engaged, p + nl))
            pageviews = int(round(sessions * RNG.uniform(2.3, 3.4)))
            rows.append({"date": iso(d), "source": source, "medium": medium, "landing_page": landing,
                         "sessions": sessions, "users": users, "new_users": new_users,
                         "engaged_sessions": engaged, "pageviews": pageviews,
                         "avg_engagement_time": RNG.randint(55, 140),
                         "product_views": product_views, "add_to_carts": carts, "checkouts": checkouts,
                         "purchases": p, "leads": nl, "revenue": money(revenue.get((d, channel), 0.0))})
    return rows


GOOGLE_CLICKS = {}


# --------------------------------------------------------------------------- social
def build_social():
    """Weekly page analytics (week starting Monday) for LinkedIn and Facebook."""
    rows = []
    followers = {"LinkedIn": 2350, "Facebook": 1180}
    week = START + dt.timedelta(days=(7 - START.weekday()) % 7)  # first Monday in the data
    while week <= END:
        for platform in ("LinkedIn", "Facebook"):
            growth = 1 + 0.3 * years_in(week)
            if platform == "LinkedIn":
                clicks = int(RNG.uniform(60, 140) * growth)
                impressions = int(9500 * growth * RNG.uniform(0.8, 1.25))
                new_f = int(RNG.uniform(18, 45) * growth)
            else:
                clicks = int(RNG.uniform(5, 20))
                impressions = int(2600 * RNG.uniform(0.7, 1.3))
                new_f = int(RNG.uniform(0, 9))
            lost = int(RNG.uniform(0, 4))
            followers[platform] += new_f - lost
            reach = int(impressions * RNG.uniform(0.55, 0.7))
            rows.append({"date": iso(week), "platform": platform, "reach": reach,
                         "impressions": impressions, "followers": followers[platform],
                         "new_followers": new_f, "reactions": int(impressions * RNG.uniform(0.012, 0.025)),
                         "comments": int(impressions * RNG.uniform(0.001, 0.003)),
                         "shares": int(impressions * RNG.uniform(0.0008, 0.002)), "clicks": clicks})
        week += dt.timedelta(days=7)
    return rows


# --------------------------------------------------------------------------- costs
def build_costs():
    """Monthly ledger of non-ad costs: marketing, sales, other; with budget and earned value."""
    rows = []
    for year in (2023, 2024):
        for month in range(1, 13):
            d = dt.date(year, month, 1)
            g = 1.05 if year == 2024 else 1.0
            items = [("marketing", "Content and SEO agency", 3800 * g, 3800 * g),
                     ("marketing", "Marketing software (CRM, email, analytics)", 1450 * g, 1400 * g),
                     ("marketing", "Marketing team salaries", 14500 * g, 14500 * g),
                     ("sales", "Sales team salaries", 31000 * g, 31000 * g),
                     ("sales", "Sales travel and visits", 3600 * SEASON[month], 3500),
                     ("other", "Office and IT", 5200 * g, 5200 * g)]
            if month == 4:
                items.append(("marketing", f"Trade fair booth {year}", 26000 * g, 24000 * g))
            if month in (9, 10):
                items.append(("marketing", f"Webinar production {year}", 2400, 2500))
            for cat, desc, actual, planned in items:
                amount = round(actual * RNG.uniform(0.94, 1.08), 2)
                planned = round(planned, 2)
                earned = round(planned * RNG.uniform(0.9, 1.03), 2)
                rows.append({"date": iso(d), "category": cat, "description": desc, "amount": money(amount),
                             "planned": money(planned), "earned_value": money(earned)})
    return rows


# --------------------------------------------------------------------------- nps
COMMENTS = {
    "promoter": ["Fast delivery and reliable quality.", "Our account manager is excellent.",
                 "Best prices for bearings we found.", "The web shop makes reordering easy.", "", "", ""],
    "passive": ["Good products, delivery could be faster.", "Fine overall.", "Prices went up this year.",
                "", "", ""],
    "detractor": ["Two late deliveries this quarter.", "Wrong items shipped, returns took weeks.",
                  "Hard to reach support by phone.", "Too expensive compared with competitors.", ""],
}


def build_nps(customers, lines):
    """Quarterly survey answers from customers who ordered in the quarter."""
    ordered = {}
    for l in lines:
        q = (l["_day"].year, (l["_day"].month - 1) // 3)
        ordered.setdefault(q, set()).add(l["customer_id"])
    by_id = {c["customer_id"]: c for c in customers}
    rows, n = [], 0
    for year in (2023, 2024):
        for qi in range(4):
            send = dt.date(year, 3 * qi + 2, 20)  # middle of the quarter
            pool = sorted(ordered.get((year, qi), ()))
            for cid in pool:
                if RNG.random() > 0.3:
                    continue
                c = by_id[cid]
                n += 1
                mood = 0.25 * years_in(send)  # service improves
                if c["churn"]:
                    mood -= 1.6
                if c["tier"] == "Key account":
                    mood += 0.4
                x = RNG.gauss(8.0 + mood, 1.8)
                score = max(0, min(10, int(round(x))))
                kind = "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
                day = send + dt.timedelta(days=RNG.randint(0, 20))
                rows.append({"response_id": f"R-{n:05d}", "date": iso(day), "score": score,
                             "account": c["company"], "segment": c["tier"],
                             "comment": RNG.choice(COMMENTS[kind])})
    return rows


# --------------------------------------------------------------------------- subscriptions
PLANS = [("Care Basic", 49.0, 490.0), ("Care Pro", 149.0, 1490.0), ("Care Enterprise", 390.0, 3900.0)]


def build_subscriptions(customers):
    """The "Northwind Care" inventory and maintenance service, with upgrades and churn."""
    rows = []
    for c in customers:
        if RNG.random() > (0.45 if c["tier"] != "Small business" else 0.15):
            continue
        start = c["first"] + dt.timedelta(days=RNG.randint(10, 300))
        if start >= dt.date(2024, 12, 1):
            continue
        level = 0 if c["tier"] == "Small business" else RNG.choice([0, 1, 1, 2] if c["tier"] == "Key account" else [0, 0, 1])
        interval = "year" if RNG.random() < 0.3 else "month"
        while True:
            end, status, upgrade = None, "active", False
            r = RNG.random()
            change = start + dt.timedelta(days=RNG.randint(90, 420))
            if change < dt.date(2024, 12, 1):
                if r < 0.22 and level < 2:
                    end, status, upgrade = change, "canceled", True
                elif r < 0.38 or (c["churn"] and c["churn"] < dt.date(2024, 12, 1)):
                    end, status = change, "canceled"
                    if c["churn"] and c["churn"] + dt.timedelta(days=30) < change:
                        end = c["churn"] + dt.timedelta(days=30)
                        if end <= start:
                            end = start + dt.timedelta(days=31)
            plan, monthly, yearly = PLANS[level]
            rows.append({"customer_id": c["customer_id"], "plan": plan, "start_date": iso(start),
                         "end_date": iso(end), "amount": money(yearly if interval == "year" else monthly),
                         "interval": interval, "status": status})
            if not upgrade:
                break
            level += 1
            start = end
    rows.sort(key=lambda r: (r["start_date"], r["customer_id"]))
    return rows


# --------------------------------------------------------------------------- search
QUERIES = [
    # query, page, share of organic clicks, start position, position drift over the 2 years
    ("northwind components", "/", 0.22, 1.2, 0.0),
    ("northwind bearings", "/catalog/bearings", 0.06, 1.5, 0.0),
    ("ball bearing 6204", "/catalog/bearings/6204", 0.08, 7.5, -3.0),
    ("bearing supplier germany", "/catalog/bearings", 0.05, 9.0, -3.5),
    ("spherical roller bearing 22210", "/catalog/bearings/22210", 0.03, 11.0, -4.0),
    ("stainless hex bolts m8", "/catalog/fasteners/m8", 0.05, 8.0, -2.0),
    ("industrial fasteners wholesale", "/catalog/fasteners", 0.04, 14.0, -5.0),
    ("o-ring kit metric", "/catalog/seals/o-ring-kit", 0.07, 5.5, -1.5),
    ("radial shaft seal 40x62x8", "/catalog/seals/shaft-40", 0.03, 6.5, -1.0),
    ("linear guide rail 20mm", "/catalog/motion/rail-20", 0.06, 10.5, -4.5),
    ("ball screw 16x5", "/catalog/motion/ball-screw", 0.03, 12.0, -3.0),
    ("induction bearing heater", "/catalog/tools/heater", 0.04, 9.5, -2.5),
    ("how to mount a bearing", "/blog/mounting-bearings", 0.12, 6.0, -2.5),
    ("bearing failure causes", "/blog/bearing-failure", 0.08, 8.5, -3.0),
    ("grease for high temperature bearings", "/blog/high-temperature-grease", 0.04, 12.5, -4.0),
]


def ctr_at(position):
    """Typical organic click-through rate at an average position."""
    return 0.42 / (position ** 1.15) if position >= 1 else 0.42


def build_search(traffic_rows):
    """Monthly search-console rows; clicks follow organic sessions."""
    organic = {}
    for r in traffic_rows:
        if r["medium"] == "organic":
            key = r["date"][:7]
            organic[key] = organic.get(key, 0) + r["sessions"]
    rows = []
    for key in sorted(organic):
        month = dt.date(int(key[:4]), int(key[5:]), 1)
        t = years_in(month) / 2
        for q, page, share, pos0, drift in QUERIES:
            position = max(1.0, pos0 + drift * t + RNG.uniform(-0.6, 0.6))
            clicks = int(round(organic[key] * 0.82 * share * RNG.uniform(0.85, 1.15)))
            impressions = int(round(clicks / (ctr_at(position) * RNG.uniform(0.85, 1.15))))
            rows.append({"date": iso(month), "query": q, "page": page, "clicks": clicks,
                         "impressions": max(impressions, clicks), "position": f"{position:.1f}"})
    return rows


# --------------------------------------------------------------------------- output
def write(out_dir, name, header, rows):
    """Writes one CSV (UTF-8, comma, LF line ends)."""
    path = os.path.join(out_dir, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=header, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in header})
    return path


def main():
    """Builds every dataset and writes the CSVs."""
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "assets", "sample")
    os.makedirs(out_dir, exist_ok=True)
    ad_days = build_ad_days()
    leads = build_leads(ad_days)
    customers = build_customers(leads)
    lines = build_orders(customers, ad_days)
    for (d, _k), v in ad_days.items():
        if v["channel"] == "Google Ads":
            GOOGLE_CLICKS[d] = GOOGLE_CLICKS.get(d, 0) + v["clicks"]
    email_rows, email_clicks = build_email()
    traffic = build_traffic(lines, leads, ad_days, email_clicks)
    ads = [{"date": iso(d), "campaign": k, **v, "spend": money(v["spend"]), "budget": money(v["budget"]),
            "conversion_value": money(v["conversion_value"])}
           for (d, k), v in sorted(ad_days.items(), key=lambda kv: (kv[0][0], kv[1]["channel"], kv[0][1]))]
    for lead in leads:
        for k in ("created_date", "mql_date", "sql_date", "close_date"):
            lead[k] = iso(lead[k])
    write(out_dir, "orders.csv", ["order_id", "order_date", "customer_id", "company", "product", "category",
                                  "quantity", "unit_price", "amount", "discount", "cost", "status", "channel",
                                  "campaign", "country", "currency", "fulfilled_at", "sales_rep"], lines)
    write(out_dir, "traffic.csv", ["date", "source", "medium", "landing_page", "sessions", "users",
                                   "new_users", "engaged_sessions", "pageviews", "avg_engagement_time",
                                   "product_views", "add_to_carts", "checkouts", "purchases", "leads",
                                   "revenue"], traffic)
    write(out_dir, "ads.csv", ["date", "channel", "campaign", "impressions", "clicks", "spend", "conversions",
                               "conversion_value", "budget"], ads)
    write(out_dir, "costs.csv", ["date", "category", "description", "amount", "planned", "earned_value"],
          build_costs())
    write(out_dir, "leads.csv", ["lead_id", "created_date", "source", "originated_by", "stage", "mql_date",
                                 "sql_date", "close_date", "won", "amount", "owner", "company"], leads)
    write(out_dir, "email.csv", ["campaign", "send_date", "sent", "bounces", "opens", "clicks", "unsubscribes",
                                 "spam_reports", "new_subscribers"], email_rows)
    write(out_dir, "social.csv", ["date", "platform", "reach", "impressions", "followers", "new_followers",
                                  "reactions", "comments", "shares", "clicks"], build_social())
    write(out_dir, "nps.csv", ["response_id", "date", "score", "account", "segment", "comment"],
          build_nps(customers, lines))
    write(out_dir, "subscriptions.csv", ["customer_id", "plan", "start_date", "end_date", "amount", "interval",
                                         "status"], build_subscriptions(customers))
    write(out_dir, "search.csv", ["date", "query", "page", "clicks", "impressions", "position"],
          build_search(traffic))


if __name__ == "__main__":
    main()
