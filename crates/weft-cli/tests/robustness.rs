//! Bad input never crashes weft: every builtin and builtin method called
//! with wrong arguments, programs that fail in every way the language can,
//! and deep recursion all end in Python exceptions, never a Rust panic.

use std::path::Path;
use std::process::{Command, Output};

fn weft(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_weft")).args(args).output().expect("weft runs")
}

fn assert_no_panic(output: &Output) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "weft panicked:\n{stderr}");
    assert_ne!(output.status.code(), Some(101), "exit status 101 is Rust's panic status:\n{stderr}");
}

#[test]
fn calling_every_builtin_wrongly_raises_instead_of_crashing() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/call_everything.py");
    let output = weft(&[script.to_str().expect("a UTF-8 path")]);
    assert_no_panic(&output);
    assert_eq!(String::from_utf8_lossy(&output.stdout), "calls made: True\n");
    assert!(output.status.success());
}

#[test]
fn unbounded_recursion_is_a_recursion_error() {
    for code in [
        "def f(): return f()\nf()",
        "import sys\nsys.setrecursionlimit(100000)\ndef f(n): return f(n + 1)\nf(0)",
        "class A:\n    def __repr__(self): return repr(self)\nrepr(A())",
        "l = []\nl.append(l)\nprint(l)",
    ] {
        let output = weft(&["-c", code]);
        assert_no_panic(&output);
        let stderr = String::from_utf8_lossy(&output.stderr);
        let last = stderr.lines().last().unwrap_or("");
        if code.starts_with("l = []") {
            assert_eq!(String::from_utf8_lossy(&output.stdout), "[[...]]\n");
        } else {
            assert_eq!(last, "RecursionError: maximum recursion depth exceeded", "for {code:?}");
            assert_eq!(output.status.code(), Some(1));
        }
    }
}

#[test]
fn huge_requests_raise_memory_or_overflow_errors() {
    for (code, error) in [
        ("'ab' * 2**62", "MemoryError"),
        ("[0] * 2**70", "OverflowError: cannot fit 'int' into an index-sized integer"),
        ("bytes(2**62)", "MemoryError"),
        ("(1).to_bytes(-1, 'big')", "ValueError: length argument must be non-negative"),
    ] {
        let output = weft(&["-c", code]);
        assert_no_panic(&output);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.lines().last().unwrap_or(""), error, "for {code:?}");
    }
}
