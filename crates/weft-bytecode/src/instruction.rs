//! The instruction set: a stack machine close to CPython 3.11's, so that
//! `weft --dis` reads like `python -m dis`.
//!
//! Every instruction is one enum value of 8 bytes: an opcode and, where it
//! takes one, a `u32` operand whose meaning is given by its [`OperandKind`].
//! Jump operands are instruction indices. Exceptions are handled with a
//! per-frame block stack (`SETUP_FINALLY` / `POP_BLOCK`), as CPython did up to
//! 3.10; see docs/bytecode.md for why.
//!
//! ORDER: this table is the one place an instruction is defined. The
//! disassembler and the stack-depth analysis read it; the VM matches on it.

/// How an instruction's operand is read: what it indexes or means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    /// An index into `CodeObject::constants`.
    Const,
    /// An index into `CodeObject::names` (globals, attributes, imports).
    Name,
    /// An index into `CodeObject::varnames` (fast locals).
    Local,
    /// An index into cells then free variables (`cellvars ++ freevars`).
    Cell,
    /// A target instruction index.
    Jump,
    /// A plain count.
    Count,
    BinaryOp,
    CompareOp,
    /// 0 for `is`/`in`, 1 for `is not`/`not in`.
    Invert,
    /// `FORMAT_VALUE` flags: conversion in bits 0-1, bit 2 set if a spec is on the stack.
    Format,
    /// `MAKE_FUNCTION` flags, see [`function_flags`].
    FunctionFlags,
    /// `UNPACK_EX`: names before the star in the low byte, after it in the next.
    Unpack,
    /// Two fast locals, the first in the low 16 bits (superinstructions).
    LocalPair,
    /// A fast local in the low 16 bits, a name above it (superinstructions).
    LocalName,
}

macro_rules! define_instructions {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident $(($kind:ident))? = $dis:literal;
    )*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Instruction {
            $(
                $(#[doc = $doc])*
                $name $((define_instructions!(@operand $kind)))?,
            )*
        }

        impl Instruction {
            /// Every instruction's name, in table order.
            pub const NAMES: &'static [&'static str] = &[$($dis),*];

            /// The upper-case name `dis` prints.
            pub fn name(&self) -> &'static str {
                match self {
                    $(define_instructions!(@pattern $name $($kind)?) => $dis,)*
                }
            }

            /// The operand and how to read it, for instructions that take one.
            pub fn operand(&self) -> Option<(OperandKind, u32)> {
                match *self {
                    $(define_instructions!(@bind $name operand $($kind)?) => define_instructions!(@value operand $($kind)?),)*
                }
            }

            /// The same instruction with a new operand (used to patch jumps).
            pub fn with_operand(self, value: u32) -> Instruction {
                match self {
                    $(define_instructions!(@pattern $name $($kind)?) => define_instructions!(@rebuild $name value $($kind)?),)*
                }
            }
        }
    };
    (@operand $kind:ident) => { u32 };
    (@pattern $name:ident $kind:ident) => { Instruction::$name(_) };
    (@pattern $name:ident) => { Instruction::$name };
    (@bind $name:ident $operand:ident $kind:ident) => { Instruction::$name($operand) };
    (@bind $name:ident $operand:ident) => { Instruction::$name };
    (@value $operand:ident $kind:ident) => { Some((OperandKind::$kind, $operand)) };
    (@value $operand:ident) => { None };
    (@rebuild $name:ident $value:ident $kind:ident) => { Instruction::$name($value) };
    (@rebuild $name:ident $value:ident) => { Instruction::$name };
}

define_instructions! {
    /// Does nothing; a place for a line number to stand.
    Nop = "NOP";
    /// Discards TOS.
    PopTop = "POP_TOP";
    /// Pushes a copy of the i-th item from the top (1 is TOS).
    Copy(Count) = "COPY";
    /// Swaps TOS with the i-th item from the top.
    Swap(Count) = "SWAP";

    /// Pushes `constants[i]`.
    LoadConst(Const) = "LOAD_CONST";
    LoadFast(Local) = "LOAD_FAST";
    StoreFast(Local) = "STORE_FAST";
    DeleteFast(Local) = "DELETE_FAST";
    /// Pushes the value in cell or free variable i.
    LoadDeref(Cell) = "LOAD_DEREF";
    StoreDeref(Cell) = "STORE_DEREF";
    DeleteDeref(Cell) = "DELETE_DEREF";
    /// In a class body: the class namespace first, then the free variable.
    LoadClassDeref(Cell) = "LOAD_CLASSDEREF";
    /// Pushes the cell object itself, to build a closure.
    LoadClosure(Cell) = "LOAD_CLOSURE";
    /// Looks a name up in locals, then globals, then builtins (module and class bodies).
    LoadName(Name) = "LOAD_NAME";
    StoreName(Name) = "STORE_NAME";
    DeleteName(Name) = "DELETE_NAME";
    /// Looks a name up in globals, then builtins.
    LoadGlobal(Name) = "LOAD_GLOBAL";
    StoreGlobal(Name) = "STORE_GLOBAL";
    DeleteGlobal(Name) = "DELETE_GLOBAL";
    /// Replaces TOS with `TOS.name`.
    LoadAttr(Name) = "LOAD_ATTR";
    /// `TOS.name = TOS1`, popping both.
    StoreAttr(Name) = "STORE_ATTR";
    DeleteAttr(Name) = "DELETE_ATTR";
    /// Replaces TOS with either (method, self) or (attribute, NULL), for `CALL_METHOD`.
    LoadMethod(Name) = "LOAD_METHOD";

    UnaryNegative = "UNARY_NEGATIVE";
    UnaryPositive = "UNARY_POSITIVE";
    UnaryInvert = "UNARY_INVERT";
    UnaryNot = "UNARY_NOT";
    /// `TOS1 op TOS`; the operand is a [`BinaryOperator`], in-place forms included.
    BinaryOp(BinaryOp) = "BINARY_OP";
    /// `TOS1 op TOS` for `<`, `<=`, `==`, `!=`, `>`, `>=`.
    CompareOp(CompareOp) = "COMPARE_OP";
    IsOp(Invert) = "IS_OP";
    ContainsOp(Invert) = "CONTAINS_OP";
    /// `TOS1[TOS]`.
    BinarySubscr = "BINARY_SUBSCR";
    /// `TOS1[TOS] = TOS2`.
    StoreSubscr = "STORE_SUBSCR";
    DeleteSubscr = "DELETE_SUBSCR";
    /// A slice from the top 2 or 3 items.
    BuildSlice(Count) = "BUILD_SLICE";

    BuildTuple(Count) = "BUILD_TUPLE";
    BuildList(Count) = "BUILD_LIST";
    BuildSet(Count) = "BUILD_SET";
    /// A dict from 2·count items: key, value, key, value, ...
    BuildMap(Count) = "BUILD_MAP";
    /// Concatenates `count` strings (f-strings).
    BuildString(Count) = "BUILD_STRING";
    /// Appends TOS to the list `count` items below it (comprehensions).
    ListAppend(Count) = "LIST_APPEND";
    SetAdd(Count) = "SET_ADD";
    /// Sets key TOS1 to value TOS in the dict `count` items below them.
    MapAdd(Count) = "MAP_ADD";
    /// Extends the list `count` items down with the iterable TOS (`[*a]`).
    ListExtend(Count) = "LIST_EXTEND";
    SetUpdate(Count) = "SET_UPDATE";
    /// Updates the dict `count` items down with the mapping TOS (`{**a}`).
    DictUpdate(Count) = "DICT_UPDATE";
    /// As `DICT_UPDATE`, but a repeated key is an error (`f(**a, **b)`).
    DictMerge(Count) = "DICT_MERGE";
    ListToTuple = "LIST_TO_TUPLE";
    /// Formats a value for an f-string field.
    FormatValue(Format) = "FORMAT_VALUE";
    /// Unpacks TOS into `count` values, the first on top.
    UnpackSequence(Count) = "UNPACK_SEQUENCE";
    /// Unpacks TOS around a starred target.
    UnpackEx(Unpack) = "UNPACK_EX";

    Jump(Jump) = "JUMP";
    PopJumpIfFalse(Jump) = "POP_JUMP_IF_FALSE";
    PopJumpIfTrue(Jump) = "POP_JUMP_IF_TRUE";
    /// Jumps if TOS is false, keeping it; otherwise pops it (`and`).
    JumpIfFalseOrPop(Jump) = "JUMP_IF_FALSE_OR_POP";
    JumpIfTrueOrPop(Jump) = "JUMP_IF_TRUE_OR_POP";
    GetIter = "GET_ITER";
    /// Pushes the next item of the iterator TOS, or pops it and jumps when exhausted.
    ForIter(Jump) = "FOR_ITER";
    ReturnValue = "RETURN_VALUE";

    /// Calls TOS-count with `count` positional arguments.
    Call(Count) = "CALL";
    /// As `CALL`, with a tuple of keyword names on top naming the last arguments.
    CallKw(Count) = "CALL_KW";
    /// Calls with an argument tuple and, if the operand is 1, a keyword dict.
    CallFunctionEx(Count) = "CALL_FUNCTION_EX";
    /// Calls what `LOAD_METHOD` left, with `count` more arguments.
    CallMethod(Count) = "CALL_METHOD";
    /// Makes a function from the code object on top and what the flags say lies below it.
    MakeFunction(FunctionFlags) = "MAKE_FUNCTION";
    LoadBuildClass = "LOAD_BUILD_CLASS";
    /// Gives the module or class namespace an empty `__annotations__` dict unless it has one.
    SetupAnnotations = "SETUP_ANNOTATIONS";

    /// Yields TOS; the value sent back replaces it.
    YieldValue = "YIELD_VALUE";
    GetYieldFromIter = "GET_YIELD_FROM_ITER";
    /// Replaces TOS by what `await` delegates to: a coroutine itself, or
    /// what its `__await__` returns.
    GetAwaitable = "GET_AWAITABLE";
    /// Delegates to the iterator TOS1, sending TOS; yields what it yields, pushes what it returns.
    YieldFrom = "YIELD_FROM";

    /// Pushes a handler block: an exception raised before `POP_BLOCK` unwinds
    /// the stack to its current depth, pushes the exception and jumps to the target.
    SetupFinally(Jump) = "SETUP_FINALLY";
    PopBlock = "POP_BLOCK";
    /// Leaves an exception handler, restoring the exception being handled before it.
    PopExcept = "POP_EXCEPT";
    /// Raises the exception TOS again, keeping its traceback.
    Reraise = "RERAISE";
    /// `raise` (0), `raise TOS` (1), `raise TOS1 from TOS` (2).
    RaiseVarargs(Count) = "RAISE_VARARGS";
    /// Pushes whether the exception TOS1 matches the type(s) TOS, popping the type(s).
    CheckExcMatch = "CHECK_EXC_MATCH";
    /// Replaces a context manager with its bound `__exit__` and the result of `__enter__()`.
    BeforeWith = "BEFORE_WITH";
    /// With `__exit__` and the exception on the stack, pushes `__exit__(type, exc, tb)`.
    WithExceptStart = "WITH_EXCEPT_START";
    LoadAssertionError = "LOAD_ASSERTION_ERROR";

    /// Imports a module; TOS is the from-list, TOS1 the level.
    ImportName(Name) = "IMPORT_NAME";
    /// Pushes the attribute `name` of the module TOS, for `from m import name`.
    ImportFrom(Name) = "IMPORT_FROM";
    ImportStar = "IMPORT_STAR";

    /// Prints the repr of TOS if it is not None (interactive mode).
    PrintExpr = "PRINT_EXPR";

    // Superinstructions: the compiler never emits these; the VM forms them
    // from the pair each names when it loads code (see [`crate::fuse`]).
    // The pair's second instruction stays in place — a jump may land on it
    // — and the fused form, having done its work too, skips it.

    /// `LOAD_FAST a; LOAD_FAST b`.
    LoadFastLoadFast(LocalPair) = "LOAD_FAST__LOAD_FAST";
    /// `STORE_FAST a; LOAD_FAST b`.
    StoreFastLoadFast(LocalPair) = "STORE_FAST__LOAD_FAST";
    /// `LOAD_FAST a; LOAD_ATTR name` (`self.x`).
    LoadFastLoadAttr(LocalName) = "LOAD_FAST__LOAD_ATTR";
}

/// `MAKE_FUNCTION` flags: which optional values lie below the code object,
/// pushed in this order.
pub mod function_flags {
    pub const DEFAULTS: u32 = 0x01;
    pub const KW_DEFAULTS: u32 = 0x02;
    /// A flat tuple of parameter names and annotation values (`return` last).
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

/// `FORMAT_VALUE` conversions.
pub mod format_flags {
    pub const CONVERSION_MASK: u32 = 0x03;
    pub const STR: u32 = 0x01;
    pub const REPR: u32 = 0x02;
    pub const ASCII: u32 = 0x03;
    pub const HAS_SPEC: u32 = 0x04;
}

/// The operand of `BINARY_OP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOperator {
    Add,
    Subtract,
    Multiply,
    MatrixMultiply,
    TrueDivide,
    FloorDivide,
    Remainder,
    Power,
    LeftShift,
    RightShift,
    And,
    Or,
    Xor,
}

impl BinaryOperator {
    pub const ALL: [BinaryOperator; 13] = [
        BinaryOperator::Add,
        BinaryOperator::Subtract,
        BinaryOperator::Multiply,
        BinaryOperator::MatrixMultiply,
        BinaryOperator::TrueDivide,
        BinaryOperator::FloorDivide,
        BinaryOperator::Remainder,
        BinaryOperator::Power,
        BinaryOperator::LeftShift,
        BinaryOperator::RightShift,
        BinaryOperator::And,
        BinaryOperator::Or,
        BinaryOperator::Xor,
    ];

    /// In-place forms (`+=`) are numbered after the plain ones.
    pub const INPLACE_OFFSET: u32 = 13;

    pub fn operand(self, inplace: bool) -> u32 {
        self as u32 + if inplace { Self::INPLACE_OFFSET } else { 0 }
    }

    /// The operator and whether it is the in-place form.
    pub fn from_operand(operand: u32) -> Option<(BinaryOperator, bool)> {
        let inplace = operand >= Self::INPLACE_OFFSET;
        let index = operand % Self::INPLACE_OFFSET;
        Self::ALL.get(index as usize).map(|&op| (op, inplace && operand < 2 * Self::INPLACE_OFFSET))
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOperator::Add => "+",
            BinaryOperator::Subtract => "-",
            BinaryOperator::Multiply => "*",
            BinaryOperator::MatrixMultiply => "@",
            BinaryOperator::TrueDivide => "/",
            BinaryOperator::FloorDivide => "//",
            BinaryOperator::Remainder => "%",
            BinaryOperator::Power => "**",
            BinaryOperator::LeftShift => "<<",
            BinaryOperator::RightShift => ">>",
            BinaryOperator::And => "&",
            BinaryOperator::Or => "|",
            BinaryOperator::Xor => "^",
        }
    }
}

/// The operand of `COMPARE_OP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ComparisonOperator {
    Less,
    LessEqual,
    Equal,
    NotEqual,
    Greater,
    GreaterEqual,
}

impl ComparisonOperator {
    pub const ALL: [ComparisonOperator; 6] = [
        ComparisonOperator::Less,
        ComparisonOperator::LessEqual,
        ComparisonOperator::Equal,
        ComparisonOperator::NotEqual,
        ComparisonOperator::Greater,
        ComparisonOperator::GreaterEqual,
    ];

    pub fn from_operand(operand: u32) -> Option<ComparisonOperator> {
        Self::ALL.get(operand as usize).copied()
    }

    pub fn symbol(self) -> &'static str {
        match self {
            ComparisonOperator::Less => "<",
            ComparisonOperator::LessEqual => "<=",
            ComparisonOperator::Equal => "==",
            ComparisonOperator::NotEqual => "!=",
            ComparisonOperator::Greater => ">",
            ComparisonOperator::GreaterEqual => ">=",
        }
    }
}

impl Instruction {
    /// The jump target, if this instruction can jump.
    pub fn jump_target(&self) -> Option<u32> {
        match self.operand() {
            Some((OperandKind::Jump, target)) => Some(target),
            _ => None,
        }
    }

    /// True if execution never falls through to the next instruction.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            Instruction::Jump(_) | Instruction::ReturnValue | Instruction::Reraise | Instruction::RaiseVarargs(_)
        )
    }

    /// The change in stack depth when this instruction runs; `jumping` picks
    /// the branch for instructions whose effect differs when they jump. For
    /// `SETUP_FINALLY` the jump is the handler's entry, with the exception pushed.
    pub fn stack_effect(&self, jumping: bool) -> i32 {
        use Instruction::*;
        let n = |count: &u32| *count as i32;
        match self {
            Nop | UnaryNegative | UnaryPositive | UnaryInvert | UnaryNot | GetIter | ListToTuple | GetYieldFromIter
            | GetAwaitable | PopBlock | Jump(_) | LoadAttr(_) | Swap(_) | YieldValue | SetupAnnotations => 0,
            PopTop | BinaryOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) | BinarySubscr | ListAppend(_)
            | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) | PopJumpIfFalse(_)
            | PopJumpIfTrue(_) | ReturnValue | StoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_)
            | DeleteAttr(_) | Reraise | ImportStar | PrintExpr | YieldFrom | ImportName(_) => -1,
            LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClassDeref(_) | LoadClosure(_) | LoadName(_)
            | LoadGlobal(_) | Copy(_) | LoadBuildClass | LoadAssertionError | ImportFrom(_) | LoadMethod(_)
            | BeforeWith | WithExceptStart => 1,
            DeleteFast(_) | DeleteDeref(_) | DeleteName(_) | DeleteGlobal(_) | PopExcept | CheckExcMatch => 0,
            StoreAttr(_) | DeleteSubscr | MapAdd(_) => -2,
            StoreSubscr => -3,
            BuildSlice(count) => 1 - n(count),
            BuildTuple(count) | BuildList(count) | BuildSet(count) | BuildString(count) => 1 - n(count),
            BuildMap(count) => 1 - 2 * n(count),
            FormatValue(flags) => {
                if flags & format_flags::HAS_SPEC != 0 {
                    -1
                } else {
                    0
                }
            }
            UnpackSequence(count) => n(count) - 1,
            UnpackEx(counts) => ((counts & 0xFF) + (counts >> 8)) as i32,
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
                if jumping {
                    0
                } else {
                    -1
                }
            }
            ForIter(_) => {
                if jumping {
                    -1
                } else {
                    1
                }
            }
            Call(count) => -n(count),
            CallKw(count) => -n(count) - 1,
            CallFunctionEx(has_kwargs) => -1 - n(has_kwargs),
            CallMethod(count) => -n(count) - 1,
            MakeFunction(flags) => -(flags.count_ones() as i32),
            SetupFinally(_) => {
                if jumping {
                    1
                } else {
                    0
                }
            }
            RaiseVarargs(count) => -n(count),
            // (The effect of the whole pair.)
            LoadFastLoadFast(_) => 2,
            StoreFastLoadFast(_) => 0,
            LoadFastLoadAttr(_) => 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operands_round_trip() {
        let jump = Instruction::Jump(7);
        assert_eq!(jump.operand(), Some((OperandKind::Jump, 7)));
        assert_eq!(jump.with_operand(9), Instruction::Jump(9));
        assert_eq!(Instruction::PopTop.operand(), None);
        assert_eq!(Instruction::LoadConst(3).name(), "LOAD_CONST");
    }

    #[test]
    fn binary_operands_encode_inplace_forms() {
        for op in BinaryOperator::ALL {
            assert_eq!(BinaryOperator::from_operand(op.operand(false)), Some((op, false)));
            assert_eq!(BinaryOperator::from_operand(op.operand(true)), Some((op, true)));
        }
    }

    #[test]
    fn docs_describe_every_instruction() {
        let docs = include_str!("../../../docs/bytecode.md");
        // An entry reads `NAME` or `NAME operand`.
        let described = |name: &&&str| docs.contains(&format!("`{name}`")) || docs.contains(&format!("`{name} "));
        let missing: Vec<_> = Instruction::NAMES.iter().filter(|name| !described(name)).collect();
        assert!(missing.is_empty(), "docs/bytecode.md does not describe {missing:?}");
    }

    #[test]
    fn instructions_stay_eight_bytes() {
        assert_eq!(std::mem::size_of::<Instruction>(), 8);
    }
}
