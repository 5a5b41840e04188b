//! Frontend throughput: lexing, lexing + parsing, and the whole frontend
//! (lex + parse + compile) over a ~1 MB generated module, in bytes/second.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn frontend(c: &mut Criterion) {
    let source = weft_benches::generated_source(1_000_000);
    let mut group = c.benchmark_group("frontend");
    group.throughput(Throughput::Bytes(source.len() as u64));
    group.sample_size(20);
    group.bench_function("lex", |b| b.iter(|| weft_syntax::lexer::tokenize(black_box(&source))));
    group.bench_function("lex+parse", |b| b.iter(|| weft_syntax::parse_module(black_box(&source)).expect("parses")));
    group.bench_function("lex+parse+compile", |b| {
        b.iter(|| {
            weft_compiler::compile_source(black_box(&source), "<bench>", weft_compiler::Mode::Exec).expect("compiles")
        })
    });
    group.finish();
}

criterion_group!(benches, frontend);
criterion_main!(benches);
