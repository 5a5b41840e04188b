//! The workloads: each a Python program in `benches/workloads/` that takes
//! the thread count as `argv[1]` (and optionally a size as `argv[2]`).

pub struct Workload {
    pub name: &'static str,
    /// Whether it runs across thread counts (else on one thread only).
    pub threaded: bool,
    pub shows: &'static str,
}

pub const WORKLOADS: &[Workload] = &[
    Workload { name: "cpu_independent", threaded: true, shows: "independent CPU-bound work split across threads" },
    Workload { name: "shared_read", threaded: true, shows: "all threads reading one large dict and list" },
    Workload { name: "locked_writes", threaded: true, shows: "shared writes under one lock" },
    Workload { name: "unlocked_counter", threaded: true, shows: "a shared counter without a lock (lost updates)" },
    Workload { name: "producer_consumer", threaded: true, shows: "producers and consumers through a queue" },
    Workload { name: "allocation", threaded: true, shows: "many short-lived objects per thread" },
    Workload { name: "shared_calls", threaded: true, shows: "all threads calling the same functions and methods" },
    Workload { name: "sleep_wait", threaded: true, shows: "waiting (sleep standing in for I/O)" },
    Workload { name: "calls_recursion", threaded: false, shows: "function calls and recursion" },
    Workload { name: "objects_attributes", threaded: false, shows: "objects, attributes and methods" },
    Workload { name: "containers", threaded: false, shows: "lists, dicts and sets" },
    Workload { name: "strings", threaded: false, shows: "string building, splitting and formatting" },
    Workload { name: "floats", threaded: false, shows: "floating-point arithmetic" },
    Workload { name: "bigints", threaded: false, shows: "big integers (a pi spigot)" },
];

pub fn find(name: &str) -> Option<&'static Workload> {
    WORKLOADS.iter().find(|workload| workload.name == name)
}
