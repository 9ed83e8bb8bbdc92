//! SMART targets: where a KPI stands against the linear path from the period start to the deadline.
//!
//! For sums (revenue, orders…) the path starts at 0; for levels (AOV, rates, MRR) it starts at the KPI's
//! first value in the period's series (else its comparison value, else its current value). "Now" is the
//! last day with data in the period (or the as-of date). A target is *met* when reached (for levels: when
//! reached at or after the deadline), *missed* when the deadline has passed without reaching it, else
//! *on track* when the KPI is on the good side of the path, *at risk* otherwise.

use super::query::Target;
use super::registry::{Aggregation, Direction, KpiDef};
use super::report::{KpiResult, TargetState, TargetStatus};
use crate::core::time::Period;

/// The status of `result` against `target`, with `now` the last day (inclusive) measured.
pub fn status(
    def: &KpiDef,
    result: &KpiResult,
    target: &Target,
    period: Period,
    now: i64,
) -> Option<TargetStatus> {
    let value = result.value.as_f64()?;
    let lower = def.direction == Direction::LowerIsBetter;
    let start_value = match def.aggregation {
        Aggregation::Sum => 0.0,
        Aggregation::Level => result
            .series
            .iter()
            .find_map(|p| p.value)
            .or(result.comparison)
            .unwrap_or(value),
    };
    let span = (target.deadline - period.start).max(1) as f64;
    let elapsed = ((now + 1 - period.start) as f64 / span).clamp(0.0, 1.0);
    let expected_now = start_value + (target.value - start_value) * elapsed;
    let better_or_equal = |a: f64, b: f64| if lower { a <= b } else { a >= b };
    let reached = better_or_equal(value, target.value);
    let deadline_passed = now + 1 >= target.deadline;
    let state = if reached && (deadline_passed || def.aggregation == Aggregation::Sum) {
        TargetState::Met
    } else if deadline_passed {
        TargetState::Missed
    } else if better_or_equal(value, expected_now) {
        TargetState::OnTrack
    } else {
        TargetState::AtRisk
    };
    let distance = target.value - start_value;
    let progress = if distance == 0.0 {
        if reached {
            1.0
        } else {
            0.0
        }
    } else {
        (value - start_value) / distance
    };
    Some(TargetStatus {
        target: target.value,
        owner: target.owner.clone(),
        deadline: target.deadline,
        state,
        progress,
        expected_now,
    })
}
