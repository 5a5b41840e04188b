//! Turning samples into the results table, CSV and JSON.

use std::fmt::Write;

use super::measure::{Sample, median};

/// The median of one workload at one thread count on one interpreter.
#[derive(Clone, Debug)]
pub struct Row {
    pub workload: &'static str,
    pub threads: usize,
    pub interpreter: String,
    pub median: f64,
    /// Time on one thread over time on `threads` (same interpreter).
    pub speedup: f64,
    pub note: String,
}

pub fn summarise(samples: &[Sample], interpreters: &[String]) -> Vec<Row> {
    let mut keys: Vec<(&'static str, usize)> = samples.iter().map(|s| (s.workload, s.threads)).collect();
    keys.dedup();
    keys.sort_by_key(|&(workload, threads)| (samples.iter().position(|s| s.workload == workload), threads));
    keys.dedup();
    let median_of = |workload: &str, threads: usize, interpreter: &str| {
        let mut times: Vec<f64> = samples
            .iter()
            .filter(|s| s.workload == workload && s.threads == threads && s.interpreter == interpreter)
            .map(|s| s.seconds)
            .collect();
        median(&mut times)
    };
    let mut rows = Vec::new();
    for (workload, threads) in keys {
        for interpreter in interpreters {
            let time = median_of(workload, threads, interpreter);
            if time.is_nan() {
                continue;
            }
            let note = samples
                .iter()
                .rev()
                .find(|s| s.workload == workload && s.threads == threads && &s.interpreter == interpreter)
                .map(|s| s.note.clone())
                .unwrap_or_default();
            let speedup = median_of(workload, 1, interpreter) / time;
            rows.push(Row { workload, threads, interpreter: interpreter.clone(), median: time, speedup, note });
        }
    }
    rows
}

fn find<'r>(rows: &'r [Row], workload: &str, threads: usize, interpreter: &str) -> Option<&'r Row> {
    rows.iter().find(|r| r.workload == workload && r.threads == threads && r.interpreter == interpreter)
}

/// The table: per workload and thread count, each interpreter's median and
/// speedup over one thread, then `weft-ft`/`weft` and each build over each peer.
pub fn table(rows: &[Row], interpreters: &[String], peers: &[String]) -> String {
    let mut out = String::new();
    let mut header = format!("{:<20}{:>8}", "workload", "threads");
    for interpreter in interpreters {
        let _ = write!(header, "  {:>18}", interpreter);
    }
    let _ = write!(header, "  {:>8}", "ft/gil");
    for peer in peers {
        for build in ["weft", "weft-ft"] {
            let _ = write!(header, "  {:>14}", format!("{build}/{peer}"));
        }
    }
    let _ = writeln!(out, "{header}");
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for row in rows {
        if seen.contains(&(row.workload, row.threads)) {
            continue;
        }
        seen.push((row.workload, row.threads));
        let mut line = format!("{:<20}{:>8}", row.workload, row.threads);
        for interpreter in interpreters {
            let cell = find(rows, row.workload, row.threads, interpreter)
                .map_or("-".to_owned(), |r| format!("{:.3}s ({:.2}x)", r.median, r.speedup));
            let _ = write!(line, "  {cell:>18}");
        }
        let ratio = |a: &str, b: &str| match (
            find(rows, row.workload, row.threads, a),
            find(rows, row.workload, row.threads, b),
        ) {
            (Some(a), Some(b)) => format!("{:.2}", a.median / b.median),
            _ => "-".to_owned(),
        };
        let _ = write!(line, "  {:>8}", ratio("weft-ft", "weft"));
        for peer in peers {
            for build in ["weft", "weft-ft"] {
                let _ = write!(line, "  {:>14}", ratio(build, peer));
            }
        }
        let notes: Vec<String> = interpreters
            .iter()
            .filter_map(|i| find(rows, row.workload, row.threads, i))
            .filter(|r| !r.note.is_empty())
            .map(|r| format!("{}: {}", r.interpreter, r.note))
            .collect();
        if !notes.is_empty() {
            let _ = write!(line, "   [{}]", notes.join("; "));
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

/// One line per sample. Fields are names and numbers, so no quoting is needed.
pub fn csv(samples: &[Sample]) -> String {
    let mut out = String::from("workload,threads,interpreter,seconds,note\n");
    for s in samples {
        let note = s.note.replace([',', '\n'], " ");
        let _ = writeln!(out, "{},{},{},{:.6},{note}", s.workload, s.threads, s.interpreter, s.seconds);
    }
    out
}

pub fn json(rows: &[Row], samples: &[Sample], runs: usize) -> String {
    let rows: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            serde_json::json!({
                "workload": r.workload, "threads": r.threads, "interpreter": r.interpreter,
                "median_seconds": r.median, "speedup_over_one_thread": r.speedup, "note": r.note,
            })
        })
        .collect();
    let samples: Vec<serde_json::Value> = samples
        .iter()
        .map(|s| serde_json::json!({"workload": s.workload, "threads": s.threads, "interpreter": s.interpreter, "seconds": s.seconds}))
        .collect();
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let document = serde_json::json!({"cores": cores, "runs": runs, "medians": rows, "samples": samples});
    serde_json::to_string_pretty(&document).unwrap_or_default()
}
