//! `weft`: the GIL build.

// Both builds use the same allocator, so comparisons measure the runtimes.
#[global_allocator]
static ALLOCATOR: weft_cli::allocator::Mimalloc = weft_cli::allocator::Mimalloc;

fn main() -> std::process::ExitCode {
    weft_cli::main::<weft_runtime_gil::Gil>()
}
