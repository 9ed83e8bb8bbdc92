//! The order of a breakdown table's rows when the user sorts it by its label or by its value.

/// The column a table is sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    /// The dimension value (channel, country…), compared case-insensitively, numbers inside
    /// labels in numeric order ("Week 2" before "Week 10").
    Label,
    /// The KPI value.
    Value,
}

/// The row indices of a table in the asked order. Rows without a value always come last, whatever the
/// direction; equal keys keep their original order.
pub fn row_order(labels: &[String], values: &[f64], by: SortBy, descending: bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_by(|&a, &b| {
        let (va, vb) = (value(values, a), value(values, b));
        match by {
            SortBy::Value => match (va, vb) {
                (Some(x), Some(y)) if descending => y.total_cmp(&x),
                (Some(x), Some(y)) => x.total_cmp(&y),
                (x, y) => y.is_some().cmp(&x.is_some()),
            },
            SortBy::Label => {
                let ordering = natural_key(&labels[a]).cmp(&natural_key(&labels[b]));
                if descending {
                    ordering.reverse()
                } else {
                    ordering
                }
            }
        }
    });
    order
}

fn value(values: &[f64], row: usize) -> Option<f64> {
    values.get(row).copied().filter(|v| v.is_finite())
}

/// A key that orders text case-insensitively with runs of digits compared as numbers.
fn natural_key(label: &str) -> Vec<(u8, u128, String)> {
    let mut key = Vec::new();
    let mut chars = label.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut n: u128 = 0;
            while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                n = n.saturating_mul(10).saturating_add(u128::from(d));
                chars.next();
            }
            key.push((0, n, String::new()));
        } else {
            let mut text = String::new();
            while let Some(&c) = chars.peek().filter(|c| !c.is_ascii_digit()) {
                text.extend(c.to_lowercase());
                chars.next();
            }
            key.push((1, 0, text));
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn by_value_both_ways_with_missing_last() {
        let l = labels(&["a", "b", "c", "d"]);
        let v = [3.0, f64::NAN, 10.0, -1.0];
        assert_eq!(row_order(&l, &v, SortBy::Value, true), vec![2, 0, 3, 1]);
        assert_eq!(row_order(&l, &v, SortBy::Value, false), vec![3, 0, 2, 1]);
    }

    #[test]
    fn by_label_naturally_and_case_insensitively() {
        let l = labels(&["Week 10", "week 2", "Email", "direct"]);
        let v = [0.0; 4];
        assert_eq!(row_order(&l, &v, SortBy::Label, false), vec![3, 2, 1, 0]);
        assert_eq!(row_order(&l, &v, SortBy::Label, true), vec![0, 1, 2, 3]);
    }

    #[test]
    fn equal_values_keep_their_order() {
        let l = labels(&["x", "y", "z"]);
        assert_eq!(
            row_order(&l, &[1.0, 1.0, 1.0], SortBy::Value, true),
            vec![0, 1, 2]
        );
    }
}
