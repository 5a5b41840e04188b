//! Standard modules weft ships as Python source (under `crates/weft-vm/lib/`),
//! built into the binary and compiled on first import. They are written on
//! the native modules (`_thread`, `time`, `sys`) the way CPython writes
//! `threading` on `_thread`.

pub struct SourceModule {
    pub name: &'static str,
    /// A package (`__init__.py`), so its submodules can be imported.
    pub package: bool,
    pub source: &'static str,
}

pub const MODULES: &[SourceModule] = &[
    SourceModule { name: "threading", package: false, source: include_str!("../../lib/threading.py") },
    SourceModule { name: "queue", package: false, source: include_str!("../../lib/queue.py") },
    SourceModule { name: "heapq", package: false, source: include_str!("../../lib/heapq.py") },
    SourceModule { name: "bisect", package: false, source: include_str!("../../lib/bisect.py") },
    SourceModule { name: "random", package: false, source: include_str!("../../lib/random.py") },
    SourceModule { name: "copy", package: false, source: include_str!("../../lib/copy.py") },
    SourceModule { name: "os", package: false, source: include_str!("../../lib/os.py") },
    SourceModule { name: "posixpath", package: false, source: include_str!("../../lib/posixpath.py") },
    SourceModule { name: "json", package: true, source: include_str!("../../lib/json/__init__.py") },
    SourceModule { name: "string", package: false, source: include_str!("../../lib/string.py") },
    SourceModule { name: "io", package: false, source: include_str!("../../lib/io.py") },
    SourceModule { name: "struct", package: false, source: include_str!("../../lib/struct.py") },
    SourceModule { name: "re", package: false, source: include_str!("../../lib/re.py") },
    SourceModule { name: "array", package: false, source: include_str!("../../lib/array.py") },
    SourceModule { name: "hashlib", package: false, source: include_str!("../../lib/hashlib.py") },
    SourceModule { name: "dataclasses", package: false, source: include_str!("../../lib/dataclasses.py") },
    SourceModule { name: "__future__", package: false, source: include_str!("../../lib/__future__.py") },
    SourceModule { name: "cmath", package: false, source: include_str!("../../lib/cmath.py") },
    SourceModule { name: "_stdio", package: false, source: include_str!("../../lib/_stdio.py") },
    SourceModule { name: "operator", package: false, source: include_str!("../../lib/operator.py") },
    SourceModule { name: "functools", package: false, source: include_str!("../../lib/functools.py") },
    SourceModule { name: "itertools", package: false, source: include_str!("../../lib/itertools.py") },
    SourceModule { name: "collections", package: true, source: include_str!("../../lib/collections/__init__.py") },
    SourceModule { name: "collections.abc", package: false, source: include_str!("../../lib/collections/abc.py") },
    SourceModule { name: "abc", package: false, source: include_str!("../../lib/abc.py") },
    SourceModule { name: "enum", package: false, source: include_str!("../../lib/enum.py") },
    SourceModule { name: "typing", package: false, source: include_str!("../../lib/typing.py") },
    SourceModule { name: "pprint", package: false, source: include_str!("../../lib/pprint.py") },
    SourceModule { name: "concurrent", package: true, source: include_str!("../../lib/concurrent/__init__.py") },
    SourceModule {
        name: "concurrent.futures",
        package: true,
        source: include_str!("../../lib/concurrent/futures/__init__.py"),
    },
];

pub fn find(name: &str) -> Option<&'static SourceModule> {
    MODULES.iter().find(|module| module.name == name)
}

/// The file name tracebacks show, in CPython's style for built-in sources.
pub fn filename(module: &SourceModule) -> String {
    format!("<frozen {}>", module.name)
}

/// The source behind a `<frozen NAME>` file name, for traceback lines.
pub fn by_filename(filename: &str) -> Option<&'static str> {
    let name = filename.strip_prefix("<frozen ")?.strip_suffix('>')?;
    find(name).map(|module| module.source)
}
