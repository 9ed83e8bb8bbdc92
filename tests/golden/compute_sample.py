#!/usr/bin/env python3
"""Independent computation of the sample data's headline KPIs (period = all the data).

Reads assets/sample/*.csv with pandas (a different engine from the Rust core), follows the
definitions of /work/shared/KPIS.md, checks the sample's internal consistency, cross-checks a few
figures with DuckDB when it is installed, and writes tests/golden/sample_kpis.json as
{"kpi_id": value}: rates as fractions, money in EUR, full float precision.

Usage: python3 tests/golden/compute_sample.py   (needs: pip install pandas; optionally duckdb)
"""

import json
import math
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "assets", "sample")
OUT = os.path.join(HERE, "sample_kpis.json")
END_OF_DATA = pd.Timestamp("2024-12-31")  # last day of the data; MRR is taken at its end


def read(name):
    """One sample CSV, every column as text first (no engine guessing), empty cells as NaN."""
    return pd.read_csv(os.path.join(SAMPLE, name), dtype=str, keep_default_na=False, na_values=[""])


def num(series):
    """Text column to float (NaN when empty)."""
    return pd.to_numeric(series, errors="raise")


def ratio(a, b):
    """a ÷ b, or None when the denominator is 0 (KPIS.md: no value, never 0 or NaN)."""
    return None if b == 0 else float(a) / float(b)


def status_class(raw):
    """Status normalisation of KPIS.md / normalize.rs: refunded, cancelled, or a sale."""
    s = str(raw).strip().lower()
    if "refund" in s:
        return "refunded"
    if any(w in s for w in ("cancel", "void", "fail", "test")):
        return "cancelled"
    return "sale"  # completed, pending, unknown all count as completed


def sales_kpis(orders):
    """Sales and customer KPIs from the order lines."""
    o = orders.copy()
    o["amount"] = num(o["amount"])
    o["cost"] = num(o["cost"])
    o["quantity"] = num(o["quantity"])
    o["class"] = o["status"].map(status_class)
    # one status per order (every line of an order carries the same status in the sample)
    assert o.groupby("order_id")["class"].nunique().max() == 1, "an order has lines with different statuses"
    sale = o[o["class"] == "sale"]
    revenue = sale["amount"].sum()
    n_orders = sale["order_id"].nunique()
    customers = sale["customer_id"].nunique()
    orders_per_customer = sale.groupby("customer_id")["order_id"].nunique()
    by_customer = sale.groupby("customer_id")["amount"].sum().sort_values(ascending=False)
    gross_profit = revenue - sale["cost"].sum()
    cancelled_or_refunded = o.loc[o["class"] != "sale", "order_id"].nunique()
    # breakdown invariant: revenue by channel sums to revenue
    assert math.isclose(sale.groupby("channel")["amount"].sum().sum(), revenue, rel_tol=1e-12)
    return {
        "revenue": revenue,
        "orders": n_orders,
        "units": sale["quantity"].sum(),
        "aov": ratio(revenue, n_orders),
        "active_customers": customers,
        "new_customers": customers,
        "repeat_rate": ratio((orders_per_customer >= 2).sum(), (orders_per_customer >= 1).sum()),
        "cancel_rate": ratio(cancelled_or_refunded, o["order_id"].nunique()),
        "order_frequency": ratio(n_orders, customers),
        "gross_margin": ratio(gross_profit, revenue),
        "top_customer_share": ratio(by_customer.head(10).sum(), revenue),
        "clv_historical": ratio(gross_profit, customers),
    }


def traffic_kpis(traffic):
    """Traffic KPIs, and a check that every funnel row is monotone."""
    t = traffic.copy()
    cols = ["sessions", "users", "new_users", "engaged_sessions", "product_views", "add_to_carts",
            "checkouts", "purchases", "leads"]
    for c in cols:
        t[c] = num(t[c])
    steps = ["sessions", "product_views", "add_to_carts", "checkouts", "purchases"]
    for a, b in zip(steps, steps[1:]):
        assert (t[a] >= t[b]).all(), f"traffic funnel increases from {a} to {b}"
    sessions = t["sessions"].sum()
    return {
        "sessions": sessions,
        "bounce_rate": 1 - ratio(t["engaged_sessions"].sum(), sessions),
        "conversion_rate": ratio(t["purchases"].sum(), sessions),
        "cart_abandonment": 1 - ratio(t["purchases"].sum(), t["add_to_carts"].sum()),
        "lead_conversion_rate": ratio(t["leads"].sum(), sessions),
        "returning_rate": ratio(t["users"].sum() - t["new_users"].sum(), t["users"].sum()),
    }


def marketing_kpis(ads, costs, email, orders):
    """Ads, spend and email KPIs; also checks that order campaigns exist in the ads file."""
    a = ads.copy()
    for c in ["impressions", "clicks", "spend", "conversions", "conversion_value"]:
        a[c] = num(a[c])
    c = costs.copy()
    c["amount"] = num(c["amount"])
    e = email.copy()
    for col in ["sent", "bounces", "opens", "clicks", "unsubscribes"]:
        e[col] = num(e[col])
    order_campaigns = set(orders["campaign"].dropna())
    assert order_campaigns <= set(a["campaign"]), "an order campaign is missing from ads.csv"
    ad_spend = a["spend"].sum()
    marketing_costs = c.loc[c["category"].str.lower() == "marketing", "amount"].sum()
    delivered = e["sent"].sum() - e["bounces"].sum()
    return {
        "spend": ad_spend + marketing_costs,
        "ctr": ratio(a["clicks"].sum(), a["impressions"].sum()),
        "cpc": ratio(ad_spend, a["clicks"].sum()),
        "cpa": ratio(ad_spend, a["conversions"].sum()),
        "roas": ratio(a["conversion_value"].sum(), ad_spend),
        "email_open_rate": ratio(e["opens"].sum(), delivered),
        "email_ctr": ratio(e["clicks"].sum(), delivered),
        "unsubscribe_rate": ratio(e["unsubscribes"].sum(), delivered),
    }


def nps_kpi(nps):
    """Net Promoter Score, −100..+100."""
    s = num(nps["score"])
    assert s.between(0, 10).all()
    return {"nps": 100.0 * ((s >= 9).sum() - (s <= 6).sum()) / len(s)}


def pipeline_kpis(leads):
    """Leads and win rate (plus unambiguous pipeline extras)."""
    l = leads.copy()
    stage = l["stage"].str.strip().str.lower()
    won = (stage == "won") | (l["won"].str.lower() == "true")
    lost = (stage == "lost") | (l["won"].str.lower() == "false")
    closed = l["close_date"].notna()
    cycle = (pd.to_datetime(l.loc[won, "close_date"]) - pd.to_datetime(l.loc[won, "created_date"])).dt.days
    return {
        "leads": len(l),
        "win_rate": ratio((won & closed).sum(), ((won | lost) & closed).sum()),
        "lead_to_close": ratio(won.sum(), len(l)),
        "mql_to_sql": ratio(l["sql_date"].notna().sum(), l["mql_date"].notna().sum()),
        "sales_cycle": float(cycle.median()),
        "marketing_originated": ratio((won & (l["originated_by"].str.lower() == "marketing")).sum(), won.sum()),
    }


def search_kpis(search):
    """Organic CTR and impression-weighted average position."""
    s = search.copy()
    for c in ["clicks", "impressions", "position"]:
        s[c] = num(s[c])
    return {
        "organic_ctr": ratio(s["clicks"].sum(), s["impressions"].sum()),
        "search_position": ratio((s["position"] * s["impressions"]).sum(), s["impressions"].sum()),
    }


def finance_kpis(subs, costs):
    """MRR / ARR / ARPA at the end of the data, and cost-ledger KPIs."""
    s = subs.copy()
    s["amount"] = num(s["amount"])
    start = pd.to_datetime(s["start_date"])
    end = pd.to_datetime(s["end_date"])
    # active at the end of 2024-12-31: started on or before it, not ended on or before it
    assert not ((start == END_OF_DATA) | (end == END_OF_DATA)).any(), "a subscription date is the last day"
    active = (start <= END_OF_DATA) & (end.isna() | (end > END_OF_DATA))
    months = s["interval"].str.lower().map({"month": 1.0, "year": 12.0})
    assert months.notna().all(), "unknown billing interval"
    monthly = s["amount"] / months
    mrr = monthly[active].sum()
    accounts = s.loc[active, "customer_id"].nunique()
    c = costs.copy()
    for col in ["amount", "planned", "earned_value"]:
        c[col] = num(c[col])
    return {
        "mrr": mrr,
        "arr": mrr * 12,
        "arpa": ratio(mrr, accounts),
        "budget_use": ratio(c["amount"].sum(), c["planned"].sum()),
        "cpi": ratio(c["earned_value"].sum(), c["amount"].sum()),
        "cost_variance": c["earned_value"].sum() - c["amount"].sum(),
    }


def consistency_checks(orders, traffic, ads, leads):
    """Asserts the cross-file story of the sample (see scripts/generate_sample.py)."""
    web = {"organic search": "google/organic", "paid search": "google/cpc", "direct": "(direct)/(none)",
           "email": "newsletter/email", "referral": "industrynet.eu/referral"}
    o = orders[orders["channel"].isin(web) & (orders["status"] != "cancelled")].drop_duplicates("order_id")
    from_orders = o.groupby([o["order_date"].str[:10], o["channel"].map(web)]).size()
    t = traffic.assign(key=traffic["source"] + "/" + traffic["medium"], purchases=num(traffic["purchases"]))
    from_traffic = t.groupby(["date", "key"])["purchases"].sum()
    from_traffic = from_traffic[from_traffic > 0]
    assert sorted(from_orders.items()) == sorted(from_traffic.items()), "traffic purchases != web orders"
    paid = orders[orders["campaign"].notna() & (orders["status"] != "cancelled")].drop_duplicates("order_id")
    paid_counts = paid.groupby([paid["order_date"].str[:10], paid["campaign"]]).size()
    conv = ads.assign(conversions=num(ads["conversions"])).set_index(["date", "campaign"])["conversions"]
    assert all(conv[k] == v for k, v in paid_counts.items()), "ad conversions != paid-search orders"
    first = orders.groupby("company")["order_date"].min().str[:10]
    won = leads[leads["stage"] == "won"]
    won = won[won["company"].isin(first.index)]
    assert (won["company"].map(first) > won["close_date"]).all(), "a won lead ordered before its close date"


def duckdb_cross_check(kpis):
    """Recomputes a few figures with DuckDB SQL, if installed, and asserts agreement."""
    try:
        import duckdb
    except ImportError:
        print("duckdb not installed: cross-check skipped", file=sys.stderr)
        return
    path = os.path.join(SAMPLE, "orders.csv")
    row = duckdb.sql(f"""
        SELECT sum(CAST(amount AS DOUBLE)), count(DISTINCT order_id), count(DISTINCT customer_id)
        FROM read_csv('{path}', all_varchar = true)
        WHERE lower(status) NOT LIKE '%cancel%' AND lower(status) NOT LIKE '%refund%'
    """).fetchall()[0]
    assert math.isclose(row[0], kpis["revenue"], rel_tol=1e-12), (row[0], kpis["revenue"])
    assert row[1] == kpis["orders"] and row[2] == kpis["active_customers"], row
    tpath = os.path.join(SAMPLE, "traffic.csv")
    sessions = duckdb.sql(f"SELECT sum(CAST(sessions AS BIGINT)) FROM read_csv('{tpath}', all_varchar = true)"
                          ).fetchall()[0][0]
    assert sessions == kpis["sessions"], (sessions, kpis["sessions"])
    print("duckdb cross-check: revenue, orders, active_customers, sessions agree", file=sys.stderr)


def plain(v):
    """JSON-friendly number: numpy scalars become Python numbers (floats keep full precision)."""
    if v is None:
        return None
    return v.item() if hasattr(v, "item") else v


def main():
    """Computes every KPI and writes the JSON."""
    orders = read("orders.csv")
    consistency_checks(orders, read("traffic.csv"), read("ads.csv"), read("leads.csv"))
    kpis = {}
    kpis.update(sales_kpis(orders))
    kpis.update(traffic_kpis(read("traffic.csv")))
    kpis.update(marketing_kpis(read("ads.csv"), read("costs.csv"), read("email.csv"), orders))
    kpis.update(nps_kpi(read("nps.csv")))
    kpis.update(pipeline_kpis(read("leads.csv")))
    kpis.update(search_kpis(read("search.csv")))
    kpis.update(finance_kpis(read("subscriptions.csv"), read("costs.csv")))
    duckdb_cross_check(kpis)
    out = {k: plain(v) for k, v in kpis.items()}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2)
        f.write("\n")
    for k, v in out.items():
        print(f"{k:22} {v}")


if __name__ == "__main__":
    main()
