//! Memory figures of this process from `/proc/self/status`, shared by the benchmarks (included with
//! `#[path]`; not a target of its own).

/// A memory figure of `/proc/self/status` (`VmRSS:` resident now, `VmHWM:` its high-water mark), in MiB
/// (NaN when unknown).
pub fn status_mib(key: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}
