//! KPI benchmark: a seeded 1M-row order-line dataset plus the other kinds at realistic sizes (traffic
//! ~1k days × 8 sources, ads ~1k days × 20 campaigns, 10k leads, costs, 5k subscriptions, 5k NPS answers,
//! 300 email campaigns), built directly as columns (no parser); then the time to prepare them and to
//! recompute the full report after a period change and after a filter change (with all data, then with a
//! quarter shown). Prints medians (≥ 7 runs)
//! in milliseconds and a fingerprint of each report (equal fingerprints = identical results).
//! Run with `cargo bench --bench kpi`.

use kpiboard::core::ingest::table::{Column, ColumnData, Table, SECONDS_PER_DAY};
use kpiboard::core::kpi::query::Filter;
use kpiboard::core::kpi::{compute_prepared, Prepared, Query};
use kpiboard::core::schema::dataset::Dataset;
use kpiboard::core::schema::kinds::Kind;
use kpiboard::core::schema::roles::Role;
use kpiboard::core::time::{day, Calendar, Granularity, Period, Preset};
use std::time::Instant;

#[path = "proc_status.rs"]
mod proc_status;
use proc_status::status_mib;

/// xorshift64*: small, seeded, deterministic.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn text_column(name: &str, dict: Vec<String>, codes: Vec<u32>) -> Column {
    let mut c = Column::text(name, &[]);
    c.data = ColumnData::Text { dict, codes };
    c
}

fn orders(rows: usize, sorted: bool) -> Dataset {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let start = day(2021, 1, 1);
    let days = 3 * 365;
    let (mut order_id, mut date, mut fulfilled, mut customer) = (vec![], vec![], vec![], vec![]);
    let (mut channel, mut category, mut product, mut country, mut status) =
        (vec![], vec![], vec![], vec![], vec![]);
    let (mut qty, mut price, mut amount, mut cost) = (vec![], vec![], vec![], vec![]);
    let mut order = 0u32;
    while order_id.len() < rows {
        let lines = 1 + rng.below(4) as usize;
        let t = (start + rng.below(days) as i64) * SECONDS_PER_DAY + rng.below(86_400) as i64;
        let c = rng.below(100_000) as u32;
        let ch = rng.below(6) as u32;
        let co = rng.below(30) as u32;
        let st = if rng.below(100) < 5 { 1 } else { 0 };
        for _ in 0..lines {
            if order_id.len() >= rows {
                break;
            }
            let q = 1.0 + rng.below(3) as f64;
            let p = 5.0 + rng.below(200) as f64;
            order_id.push(order);
            date.push(t);
            fulfilled.push(t + (1 + rng.below(5) as i64) * SECONDS_PER_DAY);
            customer.push(c);
            channel.push(ch);
            country.push(co);
            status.push(st);
            let prod = rng.below(2_000) as u32;
            product.push(prod);
            category.push(prod % 20);
            qty.push(q);
            price.push(p);
            amount.push(q * p);
            cost.push(q * p * 0.6);
        }
        order += 1;
    }
    if sorted {
        // As most exports come: rows by date, order ids ascending in time.
        let mut by_date: Vec<usize> = (0..order_id.len()).collect();
        by_date.sort_by_key(|&i| (date[i], order_id[i]));
        fn reorder<T: Copy>(v: &mut Vec<T>, by: &[usize]) {
            *v = by.iter().map(|&i| v[i]).collect();
        }
        reorder(&mut order_id, &by_date);
        reorder(&mut date, &by_date);
        reorder(&mut fulfilled, &by_date);
        reorder(&mut customer, &by_date);
        reorder(&mut channel, &by_date);
        reorder(&mut category, &by_date);
        reorder(&mut product, &by_date);
        reorder(&mut country, &by_date);
        reorder(&mut status, &by_date);
        reorder(&mut qty, &by_date);
        reorder(&mut price, &by_date);
        reorder(&mut amount, &by_date);
        reorder(&mut cost, &by_date);
        let mut renumber = vec![u32::MAX; order as usize];
        let mut next = 0;
        for o in order_id.iter_mut() {
            if renumber[*o as usize] == u32::MAX {
                renumber[*o as usize] = next;
                next += 1;
            }
            *o = renumber[*o as usize];
        }
    }
    let names = |prefix: &str, n: u32| (0..n).map(|i| format!("{prefix}{i}")).collect::<Vec<_>>();
    let time = |name: &str, values: Vec<i64>| {
        let mut c = Column::dates(name, &[]);
        c.data = ColumnData::Time {
            values,
            has_time: true,
        };
        c
    };
    let columns = vec![
        (Role::OrderId, text_column("Order", names("#", order), order_id)),
        (Role::OrderDate, time("Created at", date)),
        (Role::FulfilledAt, time("Fulfilled at", fulfilled)),
        (
            Role::CustomerId,
            text_column("Customer", names("C", 100_000), customer),
        ),
        (
            Role::Channel,
            text_column(
                "Channel",
                vec![
                    "web".into(),
                    "store".into(),
                    "marketplace".into(),
                    "email".into(),
                    "social".into(),
                    "phone".into(),
                ],
                channel,
            ),
        ),
        (
            Role::Category,
            text_column("Category", names("cat", 20), category),
        ),
        (Role::Product, text_column("SKU", names("sku", 2_000), product)),
        (
            Role::Country,
            text_column("Country", names("country", 30), country),
        ),
        (
            Role::Status,
            text_column("Status", vec!["paid".into(), "cancelled".into()], status),
        ),
        (Role::Quantity, Column::number("Qty", qty)),
        (Role::UnitPrice, Column::number("Price", price)),
        (Role::Amount, Column::number("Line total", amount)),
        (Role::Cost, Column::number("Cost", cost)),
    ];
    let roles = columns.iter().map(|(r, _)| Some(*r)).collect();
    let table = Table::from_columns(columns.into_iter().map(|(_, c)| c).collect()).unwrap_or_default();
    Dataset::new("orders.csv", Kind::Orders, table, roles)
}

fn time_column(name: &str, days: Vec<i64>) -> Column {
    let mut c = Column::dates(name, &[]);
    c.data = ColumnData::Time {
        values: days
            .into_iter()
            .map(|d| if d == i64::MIN { d } else { d * SECONDS_PER_DAY })
            .collect(),
        has_time: false,
    };
    c
}

fn dataset(name: &str, kind: Kind, columns: Vec<(Role, Column)>) -> Dataset {
    let roles = columns.iter().map(|(r, _)| Some(*r)).collect();
    let table = Table::from_columns(columns.into_iter().map(|(_, c)| c).collect()).unwrap_or_default();
    Dataset::new(name, kind, table, roles)
}

fn names(prefix: &str, n: u32) -> Vec<String> {
    (0..n).map(|i| format!("{prefix}{i}")).collect()
}

/// The other kinds at realistic sizes, over the same three years as the orders.
fn other_kinds() -> Vec<Dataset> {
    let mut rng = Rng(0x5EED_0000_0000_0002);
    let start = day(2021, 1, 1);
    let days = 3 * 365;
    let channels: Vec<String> = ["web", "store", "marketplace", "email", "social", "phone"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut out = Vec::new();
    // Traffic: one row per day and source.
    let (mut d, mut src, mut sessions, mut users, mut conv) = (vec![], vec![], vec![], vec![], vec![]);
    for i in 0..days {
        for s in 0..8u32 {
            d.push(start + i);
            src.push(s);
            let n = 200.0 + rng.below(2_000) as f64;
            sessions.push(n);
            users.push((n * 0.8).round());
            conv.push((n * 0.02).round());
        }
    }
    out.push(dataset(
        "traffic.csv",
        Kind::Traffic,
        vec![
            (Role::Date, time_column("Date", d)),
            (Role::Source, text_column("Source", names("source", 8), src)),
            (Role::Sessions, Column::number("Sessions", sessions)),
            (Role::Users, Column::number("Users", users)),
            (Role::Conversions, Column::number("Conversions", conv)),
        ],
    ));
    // Ads: one row per day and campaign.
    let (mut d, mut camp, mut ch, mut spend, mut imp, mut clicks, mut conv, mut value) =
        (vec![], vec![], vec![], vec![], vec![], vec![], vec![], vec![]);
    for i in 0..days {
        for c in 0..20u32 {
            d.push(start + i);
            camp.push(c);
            ch.push(c % 6);
            spend.push(10.0 + rng.below(500) as f64);
            let n = 1_000.0 + rng.below(20_000) as f64;
            imp.push(n);
            clicks.push((n * 0.03).round());
            conv.push((n * 0.001).round());
            value.push((n * 0.05).round());
        }
    }
    out.push(dataset(
        "ads.csv",
        Kind::Ads,
        vec![
            (Role::Date, time_column("Day", d)),
            (
                Role::Campaign,
                text_column("Campaign", names("campaign", 20), camp),
            ),
            (Role::Channel, text_column("Channel", channels.clone(), ch)),
            (Role::Spend, Column::number("Cost", spend)),
            (Role::Impressions, Column::number("Impressions", imp)),
            (Role::Clicks, Column::number("Clicks", clicks)),
            (Role::Conversions, Column::number("Conversions", conv)),
            (Role::ConversionValue, Column::number("Conv. value", value)),
        ],
    ));
    // Leads: 10k, a third closed.
    let n = 10_000;
    let (mut id, mut created, mut closed, mut stage, mut amount, mut source) =
        (vec![], vec![], vec![], vec![], vec![], vec![]);
    let stages: Vec<String> = ["new", "mql", "sql", "opportunity", "won", "lost"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    for i in 0..n {
        id.push(i);
        let c = start + rng.below(days as u64) as i64;
        created.push(c);
        let st = rng.below(6) as u32;
        stage.push(st);
        closed.push(if st >= 4 {
            c + 5 + rng.below(90) as i64
        } else {
            i64::MIN
        });
        amount.push(500.0 + rng.below(20_000) as f64);
        source.push(rng.below(6) as u32);
    }
    out.push(dataset(
        "leads.csv",
        Kind::Leads,
        vec![
            (Role::LeadId, text_column("Lead", names("L", n), id)),
            (Role::CreatedDate, time_column("Created", created)),
            (Role::CloseDate, time_column("Closed", closed)),
            (Role::Stage, text_column("Stage", stages, stage)),
            (Role::Amount, Column::number("Deal value", amount)),
            (Role::Channel, text_column("Channel", channels.clone(), source)),
        ],
    ));
    // Costs: monthly per category.
    let (mut d, mut cat, mut amount) = (vec![], vec![], vec![]);
    for m in 0..36 {
        for c in 0..10u32 {
            d.push(start + m * 30);
            cat.push(c);
            amount.push(1_000.0 + rng.below(50_000) as f64);
        }
    }
    out.push(dataset(
        "costs.csv",
        Kind::Costs,
        vec![
            (Role::Date, time_column("Month", d)),
            (
                Role::CostCategory,
                text_column("Category", names("cost", 10), cat),
            ),
            (Role::Amount, Column::number("Amount", amount)),
        ],
    ));
    // Subscriptions: 5k, a quarter ended.
    let n = 5_000;
    let (mut cust, mut s, mut e, mut amount) = (vec![], vec![], vec![], vec![]);
    for i in 0..n {
        cust.push(i);
        let st = start + rng.below(days as u64) as i64;
        s.push(st);
        e.push(if rng.below(4) == 0 {
            st + 30 + rng.below(300) as i64
        } else {
            i64::MIN
        });
        amount.push(10.0 + rng.below(90) as f64);
    }
    out.push(dataset(
        "subscriptions.csv",
        Kind::Subscriptions,
        vec![
            (Role::CustomerId, text_column("Customer", names("S", n), cust)),
            (Role::StartDate, time_column("Start", s)),
            (Role::EndDate, time_column("End", e)),
            (Role::Amount, Column::number("MRR", amount)),
        ],
    ));
    // NPS: 5k answers.
    let (mut d, mut score) = (vec![], vec![]);
    for _ in 0..5_000 {
        d.push(start + rng.below(days as u64) as i64);
        score.push(rng.below(11) as f64);
    }
    out.push(dataset(
        "nps.csv",
        Kind::Nps,
        vec![
            (Role::Date, time_column("Date", d)),
            (Role::Score, Column::number("Score", score)),
        ],
    ));
    // Email: 300 campaigns.
    let (mut camp, mut d, mut sent, mut opens, mut clicks) = (vec![], vec![], vec![], vec![], vec![]);
    for i in 0..300 {
        camp.push(i);
        d.push(start + rng.below(days as u64) as i64);
        let n = 5_000.0 + rng.below(50_000) as f64;
        sent.push(n);
        opens.push((n * 0.3).round());
        clicks.push((n * 0.03).round());
    }
    out.push(dataset(
        "email.csv",
        Kind::Email,
        vec![
            (Role::Campaign, text_column("Campaign", names("mail", 300), camp)),
            (Role::SendDate, time_column("Sent on", d)),
            (Role::Sent, Column::number("Sent", sent)),
            (Role::Opens, Column::number("Opens", opens)),
            (Role::Clicks, Column::number("Clicks", clicks)),
        ],
    ));
    out
}

/// FNV-1a of the report's debug text: equal fingerprints across code changes mean identical results.
fn fingerprint(report: &kpiboard::core::kpi::KpiReport) -> u64 {
    format!("{report:?}").bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

/// Median time of each step of one recompute (orders figures, then each area), to show where it goes.
fn steps(prepared: &Prepared, query: &Query) {
    use kpiboard::core::kpi::orders_figures::OrdersFigures;
    use kpiboard::core::kpi::{Context, AREAS};
    let period = query.period.or(prepared.data_range).unwrap_or(Period::new(0, 1));
    let comparison = query.comparison.period_for(period);
    let calendar = query.calendar();
    let figures = |p: &Prepared| {
        p.orders
            .as_ref()
            .map(|t| OrdersFigures::compute(t, &p.cache, query, period, comparison, period.end))
    };
    println!(
        "    orders figures: {}",
        median_ms(7, || {
            std::hint::black_box(figures(prepared));
        })
    );
    let ctx = Context {
        prepared,
        query,
        calendar,
        period,
        comparison,
        buckets: calendar.buckets(period, query.granularity),
        comparison_buckets: comparison
            .map(|c| calendar.buckets(c, query.granularity))
            .unwrap_or_default(),
        orders: figures(prepared),
    };
    let names = [
        "sales",
        "customers",
        "finance",
        "traffic",
        "marketing",
        "pipeline",
        "costs",
    ];
    for (name, area) in names.iter().zip(AREAS) {
        println!(
            "    {name:>14}: {}",
            median_ms(7, || {
                std::hint::black_box(area(&ctx));
            })
        );
    }
}

/// Median time of each step of one preparation: the orders index, then the history of no filters.
fn prepare_steps(datasets: &[Dataset]) {
    use kpiboard::core::kpi::orders_figures::FiguresCache;
    use kpiboard::core::kpi::orders_table::OrdersTable;
    let files: Vec<&Dataset> = datasets.iter().collect();
    println!(
        "    orders table: {}",
        median_ms(7, || {
            std::hint::black_box(OrdersTable::build(&files));
        })
    );
    let Some(table) = OrdersTable::build(&files) else {
        return;
    };
    println!(
        "         history: {}",
        median_ms(7, || {
            std::hint::black_box(FiguresCache::default().history(&table, &Query::default()));
        })
    );
}

/// CPU time of this thread in ms (Linux `schedstat`), so a busy shared machine does not inflate figures.
fn cpu_ms() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e6)
}

/// Median wall-clock and CPU milliseconds of `runs` runs, formatted.
fn median_ms(runs: usize, mut f: impl FnMut()) -> String {
    let mut wall = Vec::new();
    let mut cpu = Vec::new();
    for _ in 0..runs {
        let c = cpu_ms();
        let t = Instant::now();
        f();
        wall.push(t.elapsed().as_secs_f64() * 1000.0);
        if let (Some(a), Some(b)) = (c, cpu_ms()) {
            cpu.push(b - a);
        }
    }
    wall.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    let median = |v: &[f64]| v.get(v.len() / 2).copied().unwrap_or(f64::NAN);
    format!("{:8.1} ms wall, {:8.1} ms CPU", median(&wall), median(&cpu))
}

fn main() {
    // `KPI_BENCH_ROWS` overrides the number of order lines (e.g. fewer for callgrind).
    let rows = std::env::var("KPI_BENCH_ROWS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1_000_000);
    // `KPI_BENCH_SORTED` gives the order lines sorted by date (as most exports are) instead of shuffled.
    let sorted = std::env::var("KPI_BENCH_SORTED").is_ok();
    let ds = orders(rows, sorted);
    let mut datasets = vec![ds];
    datasets.extend(other_kinds());
    for d in &datasets {
        println!("{:>18}: {:>9} rows", d.name, d.row_count());
    }
    if std::env::var("KPI_BENCH_PROFILE").is_err() {
        // Peak memory of one preparation above the datasets' (the peak is reset first where Linux allows).
        let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
        let base = status_mib("VmRSS:");
        std::hint::black_box(Prepared::new(&datasets));
        let peak = status_mib("VmHWM:");
        println!(
            "prepare peak memory: {:.0} MiB above the datasets' {base:.0} MiB{}",
            peak - base,
            if reset {
                ""
            } else {
                " (peak not reset: includes the generation)"
            }
        );
        let prepare = median_ms(7, || {
            std::hint::black_box(Prepared::new(&datasets));
        });
        println!("prepare (once per load):                 {prepare}");
        prepare_steps(&datasets);
    }
    let prepared = Prepared::new(&datasets);
    let range = prepared.data_range.unwrap_or(Period::new(0, 1));
    let cal = Calendar::default();
    let all = Query::default();
    let report = compute_prepared(&prepared, &all);
    println!(
        "  revenue {:?}, orders {:?}, customers {:?}, {} results, {} unavailable",
        report.value("revenue"),
        report.value("orders"),
        report.value("active_customers"),
        report.results.len(),
        report.unavailable.len()
    );
    if let Ok(case) = std::env::var("KPI_BENCH_PROFILE") {
        // For `perf record` / callgrind: one case only, `KPI_BENCH_RUNS` times (default 100):
        // `prepare`, `quarter`, `filter`, `filter_quarter` or (anything else) the all-data recompute.
        let runs: usize = std::env::var("KPI_BENCH_RUNS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(100);
        let channels = ["web", "store", "marketplace", "email", "social", "phone"];
        for i in 0..runs {
            match case.as_str() {
                "prepare" => {
                    std::hint::black_box(Prepared::new(&datasets));
                }
                "quarter" => {
                    let q = Query {
                        period: Some(Preset::LastFullQuarter.resolve(range, cal)),
                        granularity: Granularity::Week,
                        ..Query::default()
                    };
                    std::hint::black_box(compute_prepared(&prepared, &q));
                }
                "filter" | "filter_quarter" => {
                    let period =
                        (case == "filter_quarter").then(|| Preset::LastFullQuarter.resolve(range, cal));
                    let q = Query {
                        filters: vec![Filter {
                            role: Role::Channel,
                            values: vec![channels[i % 6].into()],
                        }],
                        period,
                        granularity: if period.is_some() {
                            Granularity::Week
                        } else {
                            Query::default().granularity
                        },
                        ..Query::default()
                    };
                    std::hint::black_box(compute_prepared(&prepared, &q));
                }
                _ => {
                    std::hint::black_box(compute_prepared(&prepared, &all));
                }
            }
        }
        return;
    }
    let t_all = median_ms(7, || {
        std::hint::black_box(compute_prepared(&prepared, &all));
    });
    println!("compute, all data (month series):        {t_all}");
    steps(&prepared, &all);
    println!("  fingerprint {:016x}", fingerprint(&report));
    let quarter = Query {
        period: Some(Preset::LastFullQuarter.resolve(range, cal)),
        granularity: Granularity::Week,
        ..Query::default()
    };
    let t_period = median_ms(7, || {
        std::hint::black_box(compute_prepared(&prepared, &quarter));
    });
    println!("compute after a period change (quarter): {t_period}");
    steps(&prepared, &quarter);
    println!(
        "  fingerprint {:016x}",
        fingerprint(&compute_prepared(&prepared, &quarter))
    );
    let year = Query {
        period: Some(Preset::LastFullYear.resolve(range, cal)),
        comparison: kpiboard::core::kpi::Comparison::PreviousYear,
        ..Query::default()
    };
    let t_year = median_ms(7, || {
        std::hint::black_box(compute_prepared(&prepared, &year));
    });
    println!("compute after a period change (year vs previous year): {t_year}");
    println!(
        "  fingerprint {:016x}",
        fingerprint(&compute_prepared(&prepared, &year))
    );
    // Alternate the filtered channel so that every run is a real filter change (no cache hit).
    let channels = ["web", "store", "marketplace", "email", "social", "phone"];
    let mut i = 0;
    let t_filter = median_ms(7, || {
        i += 1;
        let filtered = Query {
            filters: vec![Filter {
                role: Role::Channel,
                values: vec![channels[i % 6].into()],
            }],
            ..Query::default()
        };
        std::hint::black_box(compute_prepared(&prepared, &filtered));
    });
    println!("compute after a filter change (channel): {t_filter}");
    let web = Query {
        filters: vec![Filter {
            role: Role::Channel,
            values: vec!["web".into()],
        }],
        ..Query::default()
    };
    println!(
        "  fingerprint {:016x}",
        fingerprint(&compute_prepared(&prepared, &web))
    );
    // The realistic case: a filter change while a period other than all data (the last full quarter,
    // weeks, compared with the previous quarter) is shown.
    let mut i = 0;
    let t_filter_quarter = median_ms(7, || {
        i += 1;
        let filtered = Query {
            filters: vec![Filter {
                role: Role::Channel,
                values: vec![channels[i % 6].into()],
            }],
            ..quarter.clone()
        };
        std::hint::black_box(compute_prepared(&prepared, &filtered));
    });
    println!("compute after a filter change (channel, quarter): {t_filter_quarter}");
    let web_quarter = Query {
        filters: web.filters.clone(),
        ..quarter.clone()
    };
    println!(
        "  fingerprint {:016x}",
        fingerprint(&compute_prepared(&prepared, &web_quarter))
    );
}
