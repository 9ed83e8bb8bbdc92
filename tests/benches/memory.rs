//! Memory benchmark: the resident memory the worker's work takes at each step for a seeded orders
//! export of N rows (default 5,000,000, `MEMORY_BENCH_ROWS` overrides), natively: the text is pushed in
//! 4 MiB chunks as the page's slices are, then recognised and indexed. Prints MiB above the text held,
//! with the high-water mark, and what each column of the orders index takes.
//! Run with `cargo bench --bench memory`.

use kpiboard::core::ingest::table::ColumnData;
use kpiboard::core::ingest::{ImportOptions, Importer};
use kpiboard::core::pipeline;
use kpiboard::core::warm_up::generated_orders;

#[path = "proc_status.rs"]
mod proc_status;
use proc_status::status_mib;

fn mib(bytes: usize) -> f64 {
    bytes as f64 / 1_048_576.0
}

fn main() {
    let rows = std::env::var("MEMORY_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5_000_000);
    let csv = generated_orders(rows);
    let base = status_mib("VmRSS:");
    let step = |name: &str| {
        println!(
            "{name}: {:.0} MiB resident, high-water {:.0} MiB",
            status_mib("VmRSS:") - base,
            status_mib("VmHWM:") - base
        );
    };
    println!(
        "{rows} rows, {:.0} MB of text held ({base:.0} MiB resident with it)",
        csv.len() as f64 / 1e6
    );
    let mut importer = Importer::new("orders.csv", ImportOptions::default());
    importer.expect_total_bytes(csv.len());
    for chunk in csv.chunks(4 << 20) {
        if let Err(e) = importer.push(chunk) {
            eprintln!("push failed: {e}");
            return;
        }
    }
    step("pushed");
    let import = match importer.finish() {
        Ok(import) => import,
        Err(e) => {
            eprintln!("finish failed: {e}");
            return;
        }
    };
    step("read (the columnar table)");
    for column in &import.table.columns {
        let (kind, bytes) = match &column.data {
            ColumnData::Number(v) => ("numbers", v.capacity() * 8),
            ColumnData::Time { values, .. } => ("date-times", values.capacity() * 8),
            ColumnData::Bool(v) => ("booleans", v.capacity() * 2),
            ColumnData::Text { dict, codes } => (
                "text",
                codes.capacity() * 4 + dict.iter().map(|s| s.capacity() + 24).sum::<usize>(),
            ),
        };
        println!("  column {:?}: {kind}, {:.0} MiB", column.name, mib(bytes));
    }
    let loaded = pipeline::recognise("orders.csv", import);
    step("recognised");
    let loaded = loaded.with_orders_index();
    step("indexed (table, orders index and its figures of no filters)");
    let Some(t) = loaded.orders_index.as_deref() else {
        println!("no orders index");
        return;
    };
    let optional = |v: Option<usize>| mib(v.unwrap_or(0));
    println!(
        "orders index, {} lines (MiB): day {:.0}, time of day {:.0}, order {:.0}, sale {:.0}, amount {:.0}, \
         quantity {:.0}, cost {:.0}, profit {:.0}, processing days {:.0}, customer {:.0}, currency {:.0}",
        t.day.len(),
        mib(t.day.capacity() * 8),
        optional(t.time_of_day.as_ref().map(|v| v.capacity() * 4)),
        mib(t.order.capacity() * 4),
        mib(t.sale.capacity()),
        mib(t.amount.capacity() * 8),
        optional(t.quantity.as_ref().map(|v| v.capacity() * 8)),
        optional(t.cost.as_ref().map(|v| v.capacity() * 8)),
        optional(t.profit.as_ref().map(|v| v.capacity() * 8)),
        optional(t.processing_days.as_ref().map(|v| v.capacity() * 8)),
        mib(t.customer.capacity() * 4),
        mib(t.currency.capacity() * 4),
    );
    for d in &t.dimensions {
        println!(
            "  dimension {:?}: {} values, codes {:.0} MiB",
            d.role,
            d.names.len(),
            mib(d.codes.heap_bytes())
        );
    }
}
