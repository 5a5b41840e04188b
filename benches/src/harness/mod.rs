//! The runtime comparison harness behind `weft-bench`: runs workloads (Python
//! programs in `benches/workloads/`) on several interpreters across thread
//! counts, interleaved, and reports medians, scaling and ratios.

pub mod chart;
pub mod measure;
pub mod report;
pub mod workloads;
