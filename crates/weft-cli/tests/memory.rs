//! Cyclic garbage does not accumulate: `tests/memory/cycles.py` creates
//! `WEFT_CYCLES` cyclic structures (default 200,000; the bar is
//! millions: `WEFT_CYCLES=3000000 cargo test --release -p weft-cli --test
//! memory`), on one thread and on four, and its peak resident memory must
//! stay under a bound that does not grow with the count. Without the
//! collector the same program needs about 2 KiB per structure.

use std::path::Path;
use std::process::Command;

const BUILDS: [(&str, &str); 2] = [("weft", env!("CARGO_BIN_EXE_weft")), ("weft-ft", env!("CARGO_BIN_EXE_weft-ft"))];

/// Peak resident memory allowed, in MiB, whatever the count.
const BOUND_MIB: u64 = 150;

fn cycles() -> u64 {
    std::env::var("WEFT_CYCLES").ok().and_then(|count| count.parse().ok()).unwrap_or(200_000)
}

fn peak_mib(binary: &str, count: u64, threads: u32) -> u64 {
    let program = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/memory/cycles.py");
    let output = Command::new(binary)
        .arg(program)
        .arg(count.to_string())
        .arg(threads.to_string())
        .output()
        .expect("the build runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "cycles.py failed: {}\n{}", stdout, String::from_utf8_lossy(&output.stderr));
    stdout.trim().parse().unwrap_or_else(|_| panic!("a peak in MiB, not {stdout:?}"))
}

#[test]
fn cyclic_garbage_runs_in_bounded_memory() {
    let count = cycles();
    for (build, binary) in BUILDS {
        for threads in [1, 4] {
            let peak = peak_mib(binary, count, threads);
            assert!(peak < BOUND_MIB, "{build}, {threads} thread(s), {count} cycles: peak {peak} MiB");
        }
    }
}
