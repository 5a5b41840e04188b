//! The differential conformance suite: every program in `tests/lang/` and
//! `examples/` runs on each build's binary, and its stdout, exit status and
//! last line of stderr must equal what CPython 3.11 printed (recorded in the
//! `.expected` file beside it by `tests/record-expected.py`). Programs under
//! `tests/lang/tracebacks/` must also print CPython's whole traceback, carets
//! included (their `.traceback` file).
//!
//! Programs weft cannot run correctly yet are listed, one path per line, in
//! `tests/lang/known-failures.txt`. The list is a ratchet: the test fails if
//! a listed program now passes (take it off the list) as well as when an
//! unlisted one fails. `WEFT_UPDATE_KNOWN_FAILURES=1 cargo test --test
//! conformance` rewrites the list from the current results.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The builds under test: (name, binary).
fn builds() -> Vec<(&'static str, PathBuf)> {
    vec![("weft", PathBuf::from(env!("CARGO_BIN_EXE_weft"))), ("weft-ft", PathBuf::from(env!("CARGO_BIN_EXE_weft-ft")))]
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

struct Expected {
    exit: i32,
    stderr_last: String,
    stdout: String,
}

fn read_expected(path: &Path) -> Expected {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (header, stdout) = text.split_once("---\n").expect("an expected file has a --- line");
    let mut exit = 0;
    let mut stderr_last = String::new();
    for line in header.lines() {
        if let Some(code) = line.strip_prefix("exit: ") {
            exit = code.trim().parse().expect("an exit status");
        } else if let Some(last) = line.strip_prefix("stderr: ") {
            stderr_last = last.trim().to_owned();
        }
    }
    Expected { exit, stderr_last, stdout: stdout.to_owned() }
}

fn programs(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![root.join("tests/lang"), root.join("examples")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("a readable folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "py") && path.with_extension("expected").exists() {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The program's `.stdin` file beside it as standard input, else nothing.
fn program_stdin(program: &Path) -> std::process::Stdio {
    match std::fs::File::open(program.with_extension("stdin")) {
        Ok(file) => file.into(),
        Err(_) => std::process::Stdio::null(),
    }
}

/// Runs one program; None if it matched, else what differed.
fn check(binary: &Path, program: &Path) -> Option<String> {
    let expected = read_expected(&program.with_extension("expected"));
    let output = Command::new(binary)
        .arg(program.file_name().expect("a file"))
        .current_dir(program.parent().expect("a folder"))
        .env("PYTHONHASHSEED", "0")
        .stdin(program_stdin(program))
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stderr_last = stderr.lines().rev().find(|line| !line.trim().is_empty()).unwrap_or("").trim();
    let status = output.status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if status != expected.exit {
        problems.push(format!("exit status {status}, expected {}", expected.exit));
    }
    if stderr_last != expected.stderr_last {
        problems.push(format!("stderr ends {stderr_last:?}, expected {:?}", expected.stderr_last));
    }
    if let Ok(traceback) = std::fs::read_to_string(program.with_extension("traceback")) {
        let folder = format!("{}/", program.parent().expect("a folder").display());
        let stderr = stderr.replace(&folder, "");
        if let Some((got, want)) = stderr.lines().zip(traceback.lines()).find(|(got, want)| got != want) {
            problems.push(format!("traceback differs: got {got:?}, expected {want:?}"));
        } else if stderr.lines().count() != traceback.lines().count() {
            problems.push("traceback has a different number of lines".to_owned());
        }
    }
    if stdout != expected.stdout {
        let line = stdout
            .lines()
            .zip(expected.stdout.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| stdout.lines().count().min(expected.stdout.lines().count()));
        problems.push(format!(
            "stdout differs at line {}: got {:?}, expected {:?}",
            line + 1,
            stdout.lines().nth(line).unwrap_or("<end>"),
            expected.stdout.lines().nth(line).unwrap_or("<end>")
        ));
    }
    (!problems.is_empty()).then(|| problems.join("; "))
}

#[test]
fn conformance_programs_match_cpython() {
    let root = workspace_root();
    let known: Vec<String> = std::fs::read_to_string(root.join("tests/lang/known-failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
        .collect();
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut passed = 0;
    let programs = programs(&root);
    for (build, binary) in builds() {
        for program in &programs {
            let relative = program.strip_prefix(&root).expect("under the root").display().to_string();
            let listed = known.contains(&relative);
            match (check(&binary, program), listed) {
                (None, false) => passed += 1,
                (None, true) => fixed.push(format!("{build}: {relative}")),
                (Some(problem), false) => unexpected.push(format!("{build}: {relative}: {problem}")),
                (Some(_), true) => {}
            }
        }
    }
    println!("{passed} programs match CPython; {} are known failures", known.len());
    if std::env::var_os("WEFT_UPDATE_KNOWN_FAILURES").is_some() {
        let mut failing: Vec<String> =
            known.iter().filter(|k| !fixed.iter().any(|f| f.ends_with(k.as_str()))).cloned().collect();
        failing.extend(unexpected.iter().filter_map(|line| line.split(": ").nth(1).map(str::to_owned)));
        failing.sort();
        failing.dedup();
        let header = "# Conformance programs weft does not yet run exactly as CPython does.\n\
                      # Maintained by the conformance test; see crates/weft-cli/tests/conformance.rs.\n";
        std::fs::write(root.join("tests/lang/known-failures.txt"), format!("{header}{}\n", failing.join("\n")))
            .expect("the list is writable");
        return;
    }
    assert!(
        unexpected.is_empty() && fixed.is_empty(),
        "{} program(s) fail that should pass:\n{}\n{} known failure(s) now pass (remove them from tests/lang/known-failures.txt):\n{}",
        unexpected.len(),
        unexpected.join("\n"),
        fixed.len(),
        fixed.join("\n")
    );
}
