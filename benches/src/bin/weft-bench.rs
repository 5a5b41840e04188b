//! `weft-bench`: runs the comparison workloads on `weft`, `weft-ft` and any
//! peer interpreter across thread counts, several runs each, interleaved
//! (every run visits every workload, thread count and interpreter in turn,
//! so a noisy moment hurts all of them alike), then prints a table and
//! writes CSV, JSON and an SVG chart.

use std::path::PathBuf;

use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use weft_benches::harness::measure::{self, Interpreter, Sample};
use weft_benches::harness::{chart, report, workloads};

#[derive(Parser, Debug)]
#[command(
    name = "weft-bench",
    about = "Compare weft's GIL and free-threaded builds (and other interpreters) across thread counts"
)]
struct Options {
    /// Workloads to run, comma-separated (default: all; see --list).
    #[arg(long, value_delimiter = ',')]
    workloads: Vec<String>,
    /// The largest thread count (threaded workloads run on 1..=N).
    #[arg(long, default_value_t = default_threads())]
    threads: usize,
    /// Runs of each combination; the table shows medians.
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// Another interpreter to compare with, e.g. `--peer python3` (repeatable).
    #[arg(long)]
    peer: Vec<String>,
    /// The GIL build's binary.
    #[arg(long, default_value = default_binary("weft"))]
    weft: PathBuf,
    /// The free-threaded build's binary.
    #[arg(long, default_value = default_binary("weft-ft"))]
    weft_ft: PathBuf,
    /// Where results.csv, results.json and scaling.svg go.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/weft-bench"))]
    out: PathBuf,
    /// A size argument passed to every workload (their default when absent).
    #[arg(long)]
    size: Option<String>,
    /// List the workloads and what each shows.
    #[arg(long)]
    list: bool,
}

fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

const fn default_binary(name: &'static str) -> &'static str {
    match name.as_bytes() {
        b"weft" => concat!(env!("CARGO_MANIFEST_DIR"), "/../target/release/weft"),
        _ => concat!(env!("CARGO_MANIFEST_DIR"), "/../target/release/weft-ft"),
    }
}

fn main() -> std::process::ExitCode {
    let options = Options::parse();
    if options.list {
        for workload in workloads::WORKLOADS {
            let kind = if workload.threaded { "threads" } else { "1 thread" };
            println!("{:<20} {kind:<9} {}", workload.name, workload.shows);
        }
        return std::process::ExitCode::SUCCESS;
    }
    match run(&options) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("weft-bench: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run(options: &Options) -> Result<(), String> {
    let chosen: Vec<&'static workloads::Workload> = if options.workloads.is_empty() {
        workloads::WORKLOADS.iter().collect()
    } else {
        options
            .workloads
            .iter()
            .map(|name| workloads::find(name).ok_or_else(|| format!("no workload named {name:?} (see --list)")))
            .collect::<Result<_, _>>()?
    };
    for binary in [&options.weft, &options.weft_ft] {
        if !binary.exists() {
            return Err(format!("{} not found: run `cargo build --release` first", binary.display()));
        }
    }
    let mut interpreters = vec![
        Interpreter { label: "weft".into(), program: options.weft.clone(), args: vec![] },
        Interpreter { label: "weft-ft".into(), program: options.weft_ft.clone(), args: vec![] },
    ];
    interpreters.extend(options.peer.iter().map(|peer| Interpreter::peer(peer)));
    let folder = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/workloads"));
    let plan: Vec<(&'static workloads::Workload, usize)> = chosen
        .iter()
        .flat_map(|&w| (1..=if w.threaded { options.threads.max(1) } else { 1 }).map(move |t| (w, t)))
        .collect();
    let total = (plan.len() * interpreters.len() * options.runs) as u64;
    let progress = ProgressBar::new(total);
    progress.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}").unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut samples: Vec<Sample> = Vec::new();
    for _ in 0..options.runs {
        for &(workload, threads) in &plan {
            for interpreter in &interpreters {
                progress.set_message(format!("{} x{threads} on {}", workload.name, interpreter.label));
                let script = folder.join(format!("{}.py", workload.name));
                samples.push(measure::run(interpreter, workload.name, &script, threads, options.size.as_deref())?);
                progress.inc(1);
            }
        }
    }
    progress.finish_and_clear();
    let labels: Vec<String> = interpreters.iter().map(|i| i.label.clone()).collect();
    let rows = report::summarise(&samples, &labels);
    print!("{}", report::table(&rows, &labels, &options.peer));
    std::fs::create_dir_all(&options.out).map_err(|e| format!("{}: {e}", options.out.display()))?;
    let threaded: Vec<&str> = chosen.iter().filter(|w| w.threaded).map(|w| w.name).collect();
    let files = [
        ("results.csv", report::csv(&samples)),
        ("results.json", report::json(&rows, &samples, options.runs)),
        ("scaling.svg", chart::svg(&rows, &labels, &threaded)),
    ];
    for (name, contents) in files {
        let path = options.out.join(name);
        std::fs::write(&path, contents).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    println!(
        "\n{} runs of each; medians shown. Wrote results.csv, results.json, scaling.svg to {}",
        options.runs,
        options.out.display()
    );
    Ok(())
}
