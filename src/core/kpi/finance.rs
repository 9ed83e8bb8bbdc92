//! The finance area (in progress).

use super::context::{AreaOutput, Context};

/// Computes the finance area.
pub fn compute(_ctx: &Context) -> AreaOutput {
    AreaOutput::default()
}
