//! The order of an orders table's rows: sorted by (order day, order) in linear time, or found already
//! sorted, and the columns moved to their sorted places.

/// An order of the sorted rows: its code, its number of rows and its day.
pub(super) type Run = (u32, usize, i64);

/// The permutation of [`sort_rows_by_order_day`] (the rows in their sorted order, from its places), after
/// checking its runs: every order with rows, in the sorted order, with its number of rows and its day.
#[cfg(test)]
fn rows_by_order_day(row_order: &[u32], order_day: &[i64]) -> Vec<u32> {
    let (places, runs) = sort_rows_by_order_day(row_order, order_day);
    let mut perm = vec![0u32; places.len()];
    for (r, &p) in places.iter().enumerate() {
        perm[p as usize] = r as u32;
    }
    let mut expected: Vec<Run> = Vec::new();
    for &r in &perm {
        let o = row_order[r as usize];
        match expected.last_mut() {
            Some((last, rows, _)) if *last == o => *rows += 1,
            _ => expected.push((o, 1, order_day[o as usize])),
        }
    }
    assert_eq!(runs, expected);
    perm
}

/// Where each row goes when rows are sorted by (order day, order code), rows of one order keeping their
/// file order — the result of a stable sort by that key, in linear time: orders are ranked by day with a
/// counting sort (a comparison sort when the days span far more than the orders), then rows are placed
/// by their order's rank with a second counting sort. `places[row]` is the row's sorted place: columns
/// are moved by [`scatter`], reading rows in file order. Also the orders in their sorted order with their
/// number of rows (orders without rows left out): the sorted order and day columns, written sequentially.
fn sort_rows_by_order_day(row_order: &[u32], order_day: &[i64]) -> (Vec<u32>, Vec<Run>) {
    let n_orders = order_day.len();
    let mut ranked: Vec<u32> = Vec::with_capacity(n_orders);
    // Counting sort: where each day's slot of `ranked` ends.
    let mut slot_ends: Option<Vec<usize>> = None;
    let known = order_day.iter().copied().filter(|&d| d != i64::MAX);
    let lo = known.clone().min().unwrap_or(0);
    let hi = known.max().unwrap_or(0);
    let span = hi.saturating_sub(lo).saturating_add(1) as u64;
    if span <= 4 * n_orders as u64 + 1024 {
        // Slot `span` holds orders without rows (day i64::MAX), last.
        let slot = |d: i64| {
            if d == i64::MAX {
                span as usize
            } else {
                (d - lo) as usize
            }
        };
        let mut start = vec![0usize; span as usize + 2];
        for &d in order_day {
            if let Some(c) = start.get_mut(slot(d) + 1) {
                *c += 1;
            }
        }
        let mut acc = 0usize;
        for c in start.iter_mut() {
            acc += *c;
            *c = acc;
        }
        ranked.resize(n_orders, 0);
        for (o, &d) in order_day.iter().enumerate() {
            if let Some(p) = start.get_mut(slot(d)) {
                if let Some(x) = ranked.get_mut(*p) {
                    *x = o as u32;
                }
                *p += 1;
            }
        }
        slot_ends = Some(start);
    } else {
        ranked.extend(0..n_orders as u32);
        ranked.sort_unstable_by_key(|&o| (order_day.get(o as usize).copied().unwrap_or(i64::MAX), o));
    }
    // Rows per order, then (from the rank loop on) the order's next sorted place: one array, one
    // random access per order in rank order.
    let mut next = vec![0u32; n_orders];
    for &o in row_order {
        if let Some(c) = next.get_mut(o as usize) {
            *c = c.wrapping_add(1);
        }
    }
    let mut runs: Vec<Run> = Vec::with_capacity(n_orders);
    let mut at = 0u32;
    let mut slot = 0usize;
    for (p, &o) in ranked.iter().enumerate() {
        let Some(c) = next.get_mut(o as usize) else {
            continue;
        };
        let rows = *c;
        *c = at;
        at = at.wrapping_add(rows);
        if rows == 0 {
            continue;
        }
        // The day from the counting sort's slots (read in rank order), not from `order_day` at random.
        let day = match &slot_ends {
            Some(ends) => {
                while ends.get(slot).is_some_and(|&e| e <= p) {
                    slot += 1;
                }
                lo + slot as i64
            }
            None => order_day.get(o as usize).copied().unwrap_or(i64::MAX),
        };
        runs.push((o, rows as usize, day));
    }
    let places = row_order
        .iter()
        .map(|&o| match next.get_mut(o as usize) {
            Some(p) => {
                let place = *p;
                *p = p.wrapping_add(1);
                place
            }
            None => u32::MAX,
        })
        .collect();
    (places, runs)
}

/// `values` moved to their sorted `places` (see [`sort_rows_by_order_day`]) in `out`, which is resized to
/// `places.len()`: values are read in file order and written to one stream per day, so that the moves
/// hit the cache (reading them in sorted order instead would miss it on nearly every row).
pub(super) fn scatter<T: Copy>(values: &[T], places: &[u32], fill: T, out: &mut Vec<T>) {
    out.clear();
    out.resize(places.len(), fill);
    for (&v, &p) in values.iter().zip(places) {
        if let Some(x) = out.get_mut(p as usize) {
            *x = v;
        }
    }
}

/// The runs of [`sort_rows_by_order_day`] when the rows are already in its order — each order's rows
/// adjacent, orders ascending by (day, code), as in exports sorted by date — else `None` (told at the
/// first row out of place).
fn runs_if_sorted(row_order: &[u32], order_day: &[i64]) -> Option<Vec<Run>> {
    let mut runs: Vec<Run> = Vec::with_capacity(order_day.len());
    for &o in row_order {
        match runs.last_mut() {
            Some((last, rows, _)) if *last == o => *rows += 1,
            last => {
                let day = order_day.get(o as usize).copied()?;
                if last.is_some_and(|&mut (l, _, d)| (d, l) >= (day, o)) {
                    return None;
                }
                runs.push((o, 1, day));
            }
        }
    }
    Some(runs)
}

/// The rows' places and runs of [`sort_rows_by_order_day`], the places `None` when the rows are already
/// sorted (nothing to move).
pub(super) fn order_rows(row_order: &[u32], order_day: &[i64]) -> (Option<Vec<u32>>, Vec<Run>) {
    match runs_if_sorted(row_order, order_day) {
        Some(runs) => (None, runs),
        None => {
            let (places, runs) = sort_rows_by_order_day(row_order, order_day);
            (Some(places), runs)
        }
    }
}

/// A small seeded generator for the randomized tests: each call gives a number below its argument
/// (xorshift64).
#[cfg(test)]
pub(super) fn seeded_numbers(mut seed: u64) -> impl FnMut(u64) -> u64 {
    move |n| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    }
}

#[cfg(test)]
mod sort_tests {
    use super::{order_rows, rows_by_order_day, runs_if_sorted, sort_rows_by_order_day};

    /// The reference: a stable sort of rows by (order day, order code).
    fn stable(row_order: &[u32], order_day: &[i64]) -> Vec<u32> {
        let mut perm: Vec<u32> = (0..row_order.len() as u32).collect();
        perm.sort_by_key(|&r| {
            let o = row_order[r as usize];
            (order_day[o as usize], o)
        });
        perm
    }

    #[test]
    fn matches_a_stable_sort_by_order_day() {
        // Orders 0..4 on days 7, 5, 7, 5 (order 4 has no row: day MAX). Rows: 0→o2, 1→o0, 2→o1, 3→o2,
        // 4→o3, 5→o1. Sorted by (day, order): o1 (rows 2, 5), o3 (row 4), o0 (row 1), o2 (rows 0, 3).
        let row_order = [2, 0, 1, 2, 3, 1];
        let order_day = [7, 5, 7, 5, i64::MAX];
        assert_eq!(rows_by_order_day(&row_order, &order_day), vec![2, 5, 4, 1, 0, 3]);
        assert_eq!(stable(&row_order, &order_day), vec![2, 5, 4, 1, 0, 3]);
        // Days spanning far more than the orders take the comparison-sort path: same order.
        let far = [
            1_000_000_000,
            -1_000_000_000,
            1_000_000_000,
            -1_000_000_000,
            i64::MAX,
        ];
        assert_eq!(rows_by_order_day(&row_order, &far), stable(&row_order, &far));
        assert_eq!(rows_by_order_day(&row_order, &far), vec![2, 5, 4, 1, 0, 3]);
        assert!(rows_by_order_day(&[], &[]).is_empty());
    }

    /// Rows found already sorted give the sort's runs and need no move; rows found out of place are not
    /// in the sort's order.
    #[test]
    fn sorted_rows_are_told_apart_and_give_the_sort_runs() {
        let mut next = super::seeded_numbers(0x0123_4567_89AB_CDEF);
        let (mut sorted, mut unsorted) = (0, 0);
        for case in 0..400 {
            // Orders on ascending days (ties kept in code order), lines adjacent; then sometimes one
            // change: two rows swapped, or two orders' days or codes out of order.
            let n_orders = 1 + next(30) as usize;
            let mut day = next(5) as i64;
            let mut order_day = Vec::new();
            let mut row_order = Vec::new();
            for o in 0..n_orders as u32 {
                day += next(3) as i64;
                order_day.push(day);
                for _ in 0..1 + next(3) {
                    row_order.push(o);
                }
            }
            match case % 4 {
                1 => {
                    let (a, b) = (next(row_order.len() as u64), next(row_order.len() as u64));
                    row_order.swap(a as usize, b as usize);
                }
                2 => {
                    let o = next(n_orders as u64) as usize;
                    order_day[o] += next(5) as i64 - 2;
                }
                3 => order_day.push(i64::MAX),
                _ => {}
            }
            let (places, runs) = sort_rows_by_order_day(&row_order, &order_day);
            let identity = places.iter().enumerate().all(|(i, &p)| p as usize == i);
            match runs_if_sorted(&row_order, &order_day) {
                Some(found) => {
                    sorted += 1;
                    assert!(identity, "case {case}");
                    assert_eq!(found, runs, "case {case}");
                }
                None => {
                    unsorted += 1;
                    assert!(!identity, "case {case}");
                }
            }
            let (moved, same_runs) = order_rows(&row_order, &order_day);
            assert_eq!(same_runs, runs, "case {case}");
            assert_eq!(moved.is_none(), identity, "case {case}");
        }
        assert!(sorted > 150 && unsorted > 80, "{sorted} {unsorted}");
    }

    #[test]
    fn random_orders_sort_like_a_stable_sort() {
        let mut next = super::seeded_numbers(0x9E37_79B9_7F4A_7C15);
        for case in 0..300 {
            let n_orders = 1 + next(60) as usize;
            let rows = next(150) as usize;
            // Narrow day ranges take the counting sort, wide ones the comparison sort.
            let width = if case % 3 == 0 {
                1_000_000_000
            } else {
                1 + next(40)
            };
            let order_day: Vec<i64> = (0..n_orders)
                .map(|_| {
                    if next(8) == 0 {
                        i64::MAX
                    } else {
                        next(width) as i64 - 20
                    }
                })
                .collect();
            let row_order: Vec<u32> = (0..rows)
                .map(|_| next(n_orders as u64) as u32)
                .filter(|&o| order_day[o as usize] != i64::MAX)
                .collect();
            assert_eq!(
                rows_by_order_day(&row_order, &order_day),
                stable(&row_order, &order_day),
                "case {case}"
            );
        }
    }
}
