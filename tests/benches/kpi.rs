//! KPI benchmark: a seeded 1M-row order-line dataset built directly as columns (no parser), then the
//! time to prepare it and to recompute the full report after a period change and after a filter change.
//! Prints medians in milliseconds. Run with `cargo bench --bench kpi`.

use kpiboard::core::ingest::table::{Column, ColumnData, Table, SECONDS_PER_DAY};
use kpiboard::core::kpi::query::Filter;
use kpiboard::core::kpi::{compute_prepared, Prepared, Query};
use kpiboard::core::schema::dataset::Dataset;
use kpiboard::core::schema::kinds::Kind;
use kpiboard::core::schema::roles::Role;
use kpiboard::core::time::{day, Calendar, Granularity, Period, Preset};
use std::time::Instant;

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

fn orders(rows: usize) -> Dataset {
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
    let ds = orders(1_000_000);
    let datasets = vec![ds];
    println!("orders dataset: {} rows", datasets[0].row_count());
    let prepare = median_ms(3, || {
        std::hint::black_box(Prepared::new(&datasets));
    });
    println!("prepare (once per load):                 {prepare}");
    let prepared = Prepared::new(&datasets);
    let range = prepared.data_range.unwrap_or(Period::new(0, 1));
    let cal = Calendar::default();
    let all = Query::default();
    let report = compute_prepared(&prepared, &all);
    println!(
        "  revenue {:?}, orders {:?}, customers {:?}, {} results",
        report.value("revenue"),
        report.value("orders"),
        report.value("active_customers"),
        report.results.len()
    );
    if std::env::var("KPI_BENCH_PROFILE").is_ok() {
        // For `perf record`: only the all-data recompute, many times.
        for _ in 0..100 {
            std::hint::black_box(compute_prepared(&prepared, &all));
        }
        return;
    }
    let t_all = median_ms(7, || {
        std::hint::black_box(compute_prepared(&prepared, &all));
    });
    println!("compute, all data (month series):        {t_all}");
    let quarter = Query {
        period: Some(Preset::LastFullQuarter.resolve(range, cal)),
        granularity: Granularity::Week,
        ..Query::default()
    };
    let t_period = median_ms(7, || {
        std::hint::black_box(compute_prepared(&prepared, &quarter));
    });
    println!("compute after a period change (quarter): {t_period}");
    let year = Query {
        period: Some(Preset::LastFullYear.resolve(range, cal)),
        comparison: kpiboard::core::kpi::Comparison::PreviousYear,
        ..Query::default()
    };
    let t_year = median_ms(7, || {
        std::hint::black_box(compute_prepared(&prepared, &year));
    });
    println!("compute after a period change (year vs previous year): {t_year}");
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
}
