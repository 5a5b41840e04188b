//! Running one workload on one interpreter and timing it.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// An interpreter under test: a label and the command that runs a script.
#[derive(Clone, Debug)]
pub struct Interpreter {
    pub label: String,
    pub program: PathBuf,
    pub args: Vec<String>,
}

impl Interpreter {
    /// A peer named on the command line. A bare `python…` is resolved past
    /// any version-manager shim to the real executable and run with `-S`,
    /// so its start-up is not inflated by the shim and site packages.
    pub fn peer(spec: &str) -> Interpreter {
        let mut words = spec.split_whitespace().map(str::to_owned);
        let program = words.next().unwrap_or_default();
        let mut args: Vec<String> = words.collect();
        let label = spec.to_owned();
        if program.starts_with("python") && args.is_empty() {
            let resolved = Command::new(&program)
                .args(["-c", "import sys; print(sys.executable)"])
                .output()
                .ok()
                .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
                .filter(|path| !path.is_empty());
            if let Some(path) = resolved {
                return Interpreter { label, program: PathBuf::from(path), args: vec!["-S".into()] };
            }
            args.push("-S".into());
        }
        Interpreter { label, program: PathBuf::from(program), args }
    }
}

/// One timed run.
#[derive(Clone, Debug)]
pub struct Sample {
    pub workload: &'static str,
    pub threads: usize,
    pub interpreter: String,
    pub seconds: f64,
    /// The program's last line of output (the lost-update count, say).
    pub note: String,
}

/// Runs `script` with `threads` on `interpreter`; Err with its stderr if it fails.
pub fn run(
    interpreter: &Interpreter,
    workload: &'static str,
    script: &Path,
    threads: usize,
    size: Option<&str>,
) -> Result<Sample, String> {
    let mut command = Command::new(&interpreter.program);
    command.args(&interpreter.args).arg(script).arg(threads.to_string());
    command.args(size);
    let started = Instant::now();
    let output = command.output().map_err(|error| format!("{}: {error}", interpreter.program.display()))?;
    let seconds = started.elapsed().as_secs_f64();
    if !output.status.success() {
        return Err(format!(
            "{workload} on {} ({threads} threads) failed: {}",
            interpreter.label,
            String::from_utf8_lossy(&output.stderr).lines().last().unwrap_or("")
        ));
    }
    let note = String::from_utf8_lossy(&output.stdout).lines().last().unwrap_or("").trim().to_owned();
    Ok(Sample { workload, threads, interpreter: interpreter.label.clone(), seconds, note })
}

pub fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    if values.is_empty() {
        f64::NAN
    } else if values.len() % 2 == 1 {
        values[middle]
    } else {
        (values[middle - 1] + values[middle]) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&mut [4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!(median(&mut []).is_nan());
    }
}
