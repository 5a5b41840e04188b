//! weft's bytecode: the [`instruction`] set, [`code`] objects, the
//! disassembler behind `weft --dis`, and the superinstruction pass the VM
//! runs on loaded code ([`fuse`]).
//!
//! Architecture invariant: this crate depends on no other weft crate; the
//! compiler produces its types and the VM consumes them.

pub mod code;
pub mod dis;
pub mod fuse;
pub mod instruction;
pub mod repr;

pub use code::{CodeFlags, CodeObject, Constant, Location};
pub use dis::disassemble;
pub use instruction::{BinaryOperator, ComparisonOperator, Instruction, OperandKind};
