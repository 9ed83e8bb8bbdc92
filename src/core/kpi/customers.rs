//! The customers area (in progress).

use super::context::{AreaOutput, Context};

/// Computes the customers area.
pub fn compute(_ctx: &Context) -> AreaOutput {
    AreaOutput::default()
}
