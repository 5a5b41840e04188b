//! The scaling chart: one small panel per threaded workload, speedup over
//! one thread against the thread count, a line per interpreter and the
//! ideal (linear) scaling dashed. Written as plain SVG: a few polylines and
//! labels need no plotting library (and no font files).

use std::fmt::Write;

use super::report::Row;

const PANEL_WIDTH: f64 = 300.0;
const PANEL_HEIGHT: f64 = 210.0;
const MARGIN: f64 = 36.0;
const COLUMNS: usize = 3;
const COLOURS: [&str; 5] = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"];

pub fn svg(rows: &[Row], interpreters: &[String], workloads: &[&str]) -> String {
    let max_threads = rows.iter().map(|r| r.threads).max().unwrap_or(1).max(2);
    let panels = workloads.len().max(1);
    let height_rows = panels.div_ceil(COLUMNS);
    let width = PANEL_WIDTH * COLUMNS as f64;
    let height = PANEL_HEIGHT * height_rows as f64 + 40.0;
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">"#
    );
    let _ = writeln!(out, r#"<rect width="100%" height="100%" fill="white"/>"#);
    for (index, interpreter) in interpreters.iter().enumerate() {
        let x = 10.0 + index as f64 * 140.0;
        let colour = COLOURS[index % COLOURS.len()];
        let _ = writeln!(out, r#"<rect x="{x}" y="10" width="12" height="12" fill="{colour}"/>"#);
        let _ = writeln!(out, r#"<text x="{}" y="20">{}</text>"#, x + 16.0, escape(interpreter));
    }
    for (panel, workload) in workloads.iter().enumerate() {
        let left = (panel % COLUMNS) as f64 * PANEL_WIDTH;
        let top = 40.0 + (panel / COLUMNS) as f64 * PANEL_HEIGHT;
        draw_panel(&mut out, rows, interpreters, workload, max_threads, left, top);
    }
    out.push_str("</svg>\n");
    out
}

fn draw_panel(
    out: &mut String,
    rows: &[Row],
    interpreters: &[String],
    workload: &str,
    max_threads: usize,
    left: f64,
    top: f64,
) {
    let ours: Vec<&Row> = rows.iter().filter(|r| r.workload == workload).collect();
    let max_speedup = ours.iter().map(|r| r.speedup).fold(max_threads as f64, f64::max).ceil();
    let plot_width = PANEL_WIDTH - 2.0 * MARGIN;
    let plot_height = PANEL_HEIGHT - 2.0 * MARGIN;
    let x_of = |threads: f64| left + MARGIN + (threads - 1.0) / (max_threads as f64 - 1.0) * plot_width;
    let y_of = |speedup: f64| top + MARGIN + plot_height - speedup / max_speedup * plot_height;
    let _ = writeln!(
        out,
        r#"<text x="{}" y="{}" font-weight="bold">{}</text>"#,
        left + MARGIN,
        top + 16.0,
        escape(workload)
    );
    let (x0, y0) = (x_of(1.0), y_of(0.0));
    let _ = writeln!(
        out,
        r##"<path d="M{x0} {} V{y0} H{}" stroke="#444" fill="none"/>"##,
        y_of(max_speedup),
        x_of(max_threads as f64)
    );
    for threads in 1..=max_threads {
        let _ = writeln!(
            out,
            r#"<text x="{}" y="{}" text-anchor="middle">{threads}</text>"#,
            x_of(threads as f64),
            y0 + 14.0
        );
    }
    for tick in 0..=(max_speedup as usize) {
        let _ =
            writeln!(out, r#"<text x="{}" y="{}" text-anchor="end">{tick}x</text>"#, x0 - 4.0, y_of(tick as f64) + 4.0);
    }
    let _ = writeln!(
        out,
        r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#aaa" stroke-dasharray="4 3"/>"##,
        x_of(1.0),
        y_of(1.0),
        x_of(max_threads as f64),
        y_of(max_threads as f64)
    );
    for (index, interpreter) in interpreters.iter().enumerate() {
        let mut points: Vec<(usize, f64)> =
            ours.iter().filter(|r| &r.interpreter == interpreter).map(|r| (r.threads, r.speedup)).collect();
        points.sort_by_key(|&(threads, _)| threads);
        let path: Vec<String> = points
            .iter()
            .map(|&(threads, speedup)| format!("{:.1},{:.1}", x_of(threads as f64), y_of(speedup)))
            .collect();
        let colour = COLOURS[index % COLOURS.len()];
        let _ =
            writeln!(out, r#"<polyline points="{}" fill="none" stroke="{colour}" stroke-width="2"/>"#, path.join(" "));
    }
    let _ = writeln!(
        out,
        r##"<text x="{}" y="{}" text-anchor="middle" fill="#444">threads (speedup over 1 thread)</text>"##,
        left + PANEL_WIDTH / 2.0,
        top + PANEL_HEIGHT - 4.0
    );
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
