//! The two runtimes side by side in one process: each workload runs on the
//! GIL build and on the free-threaded build within the same benchmark group,
//! so their ratio comes from one run on one machine state. (The `weft-bench`
//! harness compares the real binaries, and other interpreters, across
//! thread counts; this bench is for quick, statistically sound ratios.)

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use weft_runtime::Runtime;

fn workload(name: &str) -> (String, String) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("workloads").join(format!("{name}.py"));
    let source = std::fs::read_to_string(&path).expect("the workload exists");
    (path.display().to_string(), source)
}

/// Builds an interpreter on runtime `R` and runs the workload as `__main__`
/// (waiting for its threads), as the binary would.
fn run_on<R: Runtime>(filename: &str, source: &str, argv: &[&str]) {
    let argv = std::iter::once(filename).chain(argv.iter().copied()).map(str::to_owned).collect();
    let vm = weft_vm::new_vm::<R>(argv, vec![]);
    let status = weft_vm::run_main(&vm, source, filename);
    assert_eq!(status, 0, "{filename} failed");
}

fn runtimes(c: &mut Criterion) {
    let cases: [(&str, &[&str]); 5] = [
        ("calls_recursion", &["1", "20"]),
        ("objects_attributes", &["1", "50000"]),
        ("cpu_independent", &["1", "400000"]),
        ("cpu_independent", &["2", "400000"]),
        ("shared_calls", &["2", "200000"]),
    ];
    for (name, argv) in cases {
        let (filename, source) = workload(name);
        let mut group = c.benchmark_group(format!("{name}/{}-threads", argv[0]));
        group.sample_size(10);
        group.bench_function("weft", |b| b.iter(|| run_on::<weft_runtime_gil::Gil>(&filename, &source, argv)));
        group.bench_function("weft-ft", |b| {
            b.iter(|| run_on::<weft_runtime_ft::FreeThreaded>(&filename, &source, argv))
        });
        group.finish();
    }
}

criterion_group!(benches, runtimes);
criterion_main!(benches);
