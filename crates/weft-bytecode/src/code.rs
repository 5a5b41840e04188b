//! Code objects: the compiled form of a module, function, class body or
//! comprehension. They are immutable once built and shared between threads.

use std::fmt;
use std::sync::Arc;

use num_bigint::BigInt;

use crate::instruction::Instruction;

/// A constant a code object refers to. The VM turns these into objects once,
/// when it first loads the code.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Box<str>),
    Bytes(Box<[u8]>),
    Ellipsis,
    Tuple(Box<[Constant]>),
    /// A set display of constants, which CPython compiles to a frozenset
    /// constant (its layout decides the set's iteration order).
    FrozenSet(Box<[Constant]>),
    Code(Arc<CodeObject>),
}

impl fmt::Display for Constant {
    /// The constant's Python repr, as `dis` shows it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Constant::None => f.write_str("None"),
            Constant::Bool(true) => f.write_str("True"),
            Constant::Bool(false) => f.write_str("False"),
            Constant::Int(value) => write!(f, "{value}"),
            Constant::Float(value) => f.write_str(&crate::repr::float_repr(*value)),
            Constant::Complex { real, imag } => {
                if *real == 0.0 && real.is_sign_positive() {
                    write!(f, "{}j", crate::repr::complex_part(*imag))
                } else {
                    let sign = if *imag < 0.0 || (*imag == 0.0 && imag.is_sign_negative()) { "-" } else { "+" };
                    write!(f, "({}{sign}{}j)", crate::repr::complex_part(*real), crate::repr::complex_part(imag.abs()))
                }
            }
            Constant::Str(text) => f.write_str(&crate::repr::str_repr(text)),
            Constant::Bytes(bytes) => f.write_str(&crate::repr::bytes_repr(bytes)),
            Constant::Ellipsis => f.write_str("Ellipsis"),
            Constant::Tuple(items) => {
                f.write_str("(")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                if items.len() == 1 {
                    f.write_str(",")?;
                }
                f.write_str(")")
            }
            Constant::FrozenSet(items) => {
                f.write_str("frozenset({")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("})")
            }
            Constant::Code(code) => {
                write!(f, "<code object {}, file \"{}\", line {}>", code.name, code.filename, code.first_line)
            }
        }
    }
}

/// What a code object is, which decides how the VM runs it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// Collects extra positional arguments into `*args`.
    pub varargs: bool,
    /// Collects extra keyword arguments into `**kwargs`.
    pub varkeywords: bool,
    /// Calling it creates a generator instead of running it.
    pub generator: bool,
    /// An `async def` body: the generator it makes is a coroutine.
    pub coroutine: bool,
    /// A function body (fast locals) rather than a module or class body (a namespace dict).
    pub optimized: bool,
    /// Defined inside another function, so it may have free variables.
    pub nested: bool,
}

/// Where an instruction came from in the source: its line, and the byte
/// span of the expression or statement, for traceback carets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub start: u32,
    pub end: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: Box<str>,
    pub qualname: Box<str>,
    pub filename: Arc<str>,
    pub first_line: u32,
    pub flags: CodeFlags,
    /// Positional parameters, positional-only ones included.
    pub arg_count: u32,
    pub posonly_count: u32,
    pub kwonly_count: u32,
    pub instructions: Vec<Instruction>,
    /// One entry per instruction.
    pub locations: Vec<Location>,
    pub constants: Vec<Constant>,
    /// Global, attribute and import names.
    pub names: Vec<Box<str>>,
    /// Fast locals; parameters come first, in order.
    pub varnames: Vec<Box<str>>,
    /// Locals that inner functions capture.
    pub cellvars: Vec<Box<str>>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<Box<str>>,
    /// For each cell variable that is also a parameter, the parameter's index.
    pub cell_parameters: Vec<(u32, u32)>,
    /// The deepest the value stack gets, so a frame can allocate it once.
    pub max_stack: u32,
    pub docstring: Option<Box<str>>,
}

impl CodeObject {
    /// The name of cell or free variable `index` (`cellvars ++ freevars`).
    pub fn cell_name(&self, index: u32) -> &str {
        let index = index as usize;
        if index < self.cellvars.len() { &self.cellvars[index] } else { &self.freevars[index - self.cellvars.len()] }
    }

    pub fn total_parameters(&self) -> u32 {
        self.arg_count + self.kwonly_count + u32::from(self.flags.varargs) + u32::from(self.flags.varkeywords)
    }
}
