//! The compiler: walks the syntax tree and emits bytecode, one [`CodeUnit`]
//! per scope. Statements are in `compile/stmt.rs`, expressions in
//! `compile/expr.rs`, constant folding in `compile/fold.rs`.

mod expr;
mod fold;
mod stmt;

use std::sync::Arc;

use indexmap::IndexSet;
use num_bigint::BigInt;
use rustc_hash::FxHashMap;
use weft_bytecode::instruction::Instruction;
use weft_bytecode::{CodeFlags, CodeObject, Constant, Location};
use weft_syntax::ast::{ExprKind, Module, Span, Stmt, StmtKind};
use weft_syntax::{LineIndex, SyntaxError};

use crate::symtable::{NameScope, ScopeId, ScopeKind, SymbolTable};

/// How the module's top-level expression statements behave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A file or `-c` code: expression values are discarded.
    Exec,
    /// A REPL entry: expression values are printed with `repr`.
    Interactive,
}

/// Parses and compiles a module in one step.
pub fn compile_source(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, SyntaxError> {
    let module = weft_syntax::parse_module(source)?;
    compile_module(&module, source, filename, mode)
}

pub fn compile_module(module: &Module, source: &str, filename: &str, mode: Mode) -> Result<CodeObject, SyntaxError> {
    let symbols = SymbolTable::build(module)?;
    let mut compiler = Compiler {
        symbols: &symbols,
        lines: LineIndex::new(source),
        filename: filename.into(),
        units: Vec::new(),
        mode,
        postponed_annotations: postpones_annotations(&module.body).then_some(source),
    };
    compiler.push_unit(0, "<module>".into(), "<module>".into(), 1);
    compiler.module_body(&module.body)?;
    Ok(compiler.pop_unit())
}

/// Compiles `eval()`'s input: one expression whose value the code returns.
pub fn compile_expression(source: &str, filename: &str) -> Result<CodeObject, SyntaxError> {
    let expression = weft_syntax::parse_expression(source)?;
    let span = expression.span;
    // Wrapped in a module so the symbol table sees an ordinary module scope.
    let module = Module { body: vec![Stmt { kind: StmtKind::Expr(expression), span }] };
    let symbols = SymbolTable::build(&module)?;
    let mut compiler = Compiler {
        symbols: &symbols,
        lines: LineIndex::new(source),
        filename: filename.into(),
        units: Vec::new(),
        mode: Mode::Exec,
        postponed_annotations: None,
    };
    compiler.push_unit(0, "<module>".into(), "<module>".into(), 1);
    let StmtKind::Expr(expression) = &module.body[0].kind else { unreachable!("built above") };
    compiler.expression(expression)?;
    compiler.emit(Instruction::ReturnValue);
    Ok(compiler.pop_unit())
}

/// A jump target whose position is fixed later by [`Compiler::bind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

/// What an early exit (`break`, `continue`, `return`) must undo on its way
/// out of a construct: the compile-time mirror of the runtime block stack.
#[derive(Clone, Debug)]
pub(crate) enum FrameBlock<'a> {
    /// A `while` loop.
    WhileLoop { start: Label, end: Label },
    /// A `for` loop: its iterator sits on the stack.
    ForLoop { start: Label, end: Label },
    /// The protected body of a `try` with handlers: a handler block is pushed.
    TryExcept,
    /// The protected body of a `try ... finally`: the finally body runs on the way out.
    FinallyTry { body: &'a [Stmt] },
    /// Inside a `finally` body reached by an exception: the exception is on the stack.
    FinallyEnd,
    /// Inside an `except` clause: the exception is on the stack and being handled.
    HandlerCleanup { name: Option<&'a str> },
    /// The body of a `with`: `__exit__` is on the stack and a handler block pushed.
    With,
}

/// One code object under construction.
pub(crate) struct CodeUnit<'a> {
    scope: ScopeId,
    /// The innermost enclosing class's name, for mangling `__private` names.
    private: Option<Box<str>>,
    name: Box<str>,
    qualname: Box<str>,
    first_line: u32,
    instructions: Vec<Instruction>,
    locations: Vec<Location>,
    /// Where each label was bound; jumps name labels until assembly.
    labels: Vec<Option<u32>>,
    constants: Vec<Constant>,
    /// Finds an equal constant already in the pool.
    constant_index: FxHashMap<ConstantKey, u32>,
    names: IndexSet<Box<str>>,
    varnames: IndexSet<Box<str>>,
    cellvars: IndexSet<Box<str>>,
    freevars: IndexSet<Box<str>>,
    blocks: Vec<FrameBlock<'a>>,
    location: Location,
    flags: CodeFlags,
    arg_count: u32,
    posonly_count: u32,
    kwonly_count: u32,
    docstring: Option<Box<str>>,
}

pub(crate) struct Compiler<'a> {
    symbols: &'a SymbolTable,
    lines: LineIndex,
    filename: Arc<str>,
    units: Vec<CodeUnit<'a>>,
    mode: Mode,
    /// Under `from __future__ import annotations`, the module's source:
    /// annotations compile to strings of their text instead of being run.
    postponed_annotations: Option<&'a str>,
}

/// True if the module starts (after its docstring) with future imports,
/// one of them `annotations`.
fn postpones_annotations(body: &[Stmt]) -> bool {
    let mut statements = body.iter().peekable();
    if let Some(first) = statements.peek()
        && docstring(std::slice::from_ref(*first)).is_some()
    {
        statements.next();
    }
    statements
        .map_while(|statement| match &statement.kind {
            StmtKind::ImportFrom { module: Some(module), names, level: 0 } if module.as_ref() == "__future__" => {
                Some(names)
            }
            _ => None,
        })
        .flatten()
        .any(|alias| alias.name.as_ref() == "annotations")
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut CodeUnit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    fn unit_ref(&self) -> &CodeUnit<'a> {
        self.units.last().expect("a unit is always open")
    }

    fn scope_kind(&self) -> ScopeKind {
        self.symbols.scopes[self.unit_ref().scope].kind
    }

    /// Opens a code unit for `scope`, laying out its variables: parameters
    /// first, then the other fast locals; cells and free variables apart.
    pub(crate) fn push_unit(&mut self, scope: ScopeId, name: Box<str>, qualname: Box<str>, first_line: u32) {
        let info = &self.symbols.scopes[scope];
        let optimized = matches!(info.kind, ScopeKind::Function | ScopeKind::Comprehension);
        let mut varnames = IndexSet::new();
        let mut cellvars = IndexSet::new();
        let mut freevars = IndexSet::new();
        if optimized {
            varnames.extend(info.parameters.iter().cloned());
        }
        for (symbol_name, symbol) in &info.symbols {
            match symbol.scope {
                NameScope::Local if optimized => {
                    varnames.insert(symbol_name.clone());
                }
                NameScope::Cell => {
                    cellvars.insert(symbol_name.clone());
                }
                NameScope::Free => {
                    freevars.insert(symbol_name.clone());
                }
                _ => {}
            }
        }
        if info.needs_class_cell {
            cellvars.insert("__class__".into());
        }
        let flags = CodeFlags {
            generator: info.is_generator || info.is_coroutine,
            coroutine: info.is_coroutine,
            optimized,
            nested: self.units.len() > 1,
            ..CodeFlags::default()
        };
        let private = match info.kind {
            ScopeKind::Class => Some(name.clone()),
            _ => self.units.last().and_then(|parent| parent.private.clone()),
        };
        self.units.push(CodeUnit {
            scope,
            private,
            name,
            qualname,
            first_line,
            instructions: Vec::new(),
            locations: Vec::new(),
            labels: Vec::new(),
            constants: Vec::new(),
            constant_index: FxHashMap::default(),
            names: IndexSet::new(),
            varnames,
            cellvars,
            freevars,
            blocks: Vec::new(),
            location: Location { line: first_line, start: 0, end: 0 },
            flags,
            arg_count: 0,
            posonly_count: 0,
            kwonly_count: 0,
            docstring: None,
        });
    }

    /// Closes the innermost unit and assembles it into a code object.
    pub(crate) fn pop_unit(&mut self) -> CodeObject {
        let unit = self.units.pop().expect("a unit to close");
        let mut instructions = unit.instructions;
        for instruction in &mut instructions {
            if let Some(label) = instruction.jump_target() {
                let target = unit.labels[label as usize].expect("every label is bound before its unit closes");
                *instruction = instruction.with_operand(target);
            }
        }
        let cell_parameters = unit
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(cell, name)| {
                unit.varnames
                    .get_index_of(name)
                    .filter(|&i| i < self.symbols.scopes[unit.scope].parameters.len())
                    .map(|i| (cell as u32, i as u32))
            })
            .collect();
        let max_stack = max_stack_depth(&instructions);
        CodeObject {
            name: unit.name,
            qualname: unit.qualname,
            filename: self.filename.clone(),
            first_line: unit.first_line,
            flags: unit.flags,
            arg_count: unit.arg_count,
            posonly_count: unit.posonly_count,
            kwonly_count: unit.kwonly_count,
            instructions,
            locations: unit.locations,
            constants: unit.constants,
            names: unit.names.into_iter().collect(),
            varnames: unit.varnames.into_iter().collect(),
            cellvars: unit.cellvars.into_iter().collect(),
            freevars: unit.freevars.into_iter().collect(),
            cell_parameters,
            max_stack,
            docstring: unit.docstring,
        }
    }

    // ----- Emitting -----

    pub(crate) fn emit(&mut self, instruction: Instruction) {
        let unit = self.unit();
        let location = unit.location;
        unit.instructions.push(instruction);
        unit.locations.push(location);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next instruction emitted.
    pub(crate) fn bind(&mut self, label: Label) {
        let unit = self.unit();
        unit.labels[label.0 as usize] = Some(unit.instructions.len() as u32);
    }

    /// Emits a jump instruction aimed at `label` (`make` builds it from the label's id).
    pub(crate) fn jump(&mut self, make: fn(u32) -> Instruction, label: Label) {
        self.emit(make(label.0));
    }

    /// Points following instructions at `span` for line tables and tracebacks.
    pub(crate) fn set_location(&mut self, span: Span) -> Location {
        let line = self.lines.line_of(span.start as usize);
        let location = Location { line, start: span.start, end: span.end };
        std::mem::replace(&mut self.unit().location, location)
    }

    /// Emits an instruction on attribute `attr` of the expression at
    /// `span` (`obj.attr`). As in CPython 3.11, when the name sits on a later
    /// line than the object (`(obj\n .attr)`), the instruction is placed at
    /// the name — its line in tracebacks, underlined from the name on.
    pub(crate) fn emit_attribute(&mut self, span: Span, attr: &str, instruction: Instruction) {
        let name_start = span.end.saturating_sub(attr.len() as u32).max(span.start);
        if self.lines.line_of(span.start as usize) == self.lines.line_of(name_start as usize) {
            self.emit(instruction);
            return;
        }
        let saved = self.set_location(Span { start: name_start, end: span.end });
        self.emit(instruction);
        self.restore_location(saved);
    }

    pub(crate) fn restore_location(&mut self, location: Location) {
        self.unit().location = location;
    }

    pub(crate) fn line_of(&self, span: Span) -> u32 {
        self.lines.line_of(span.start as usize)
    }

    pub(crate) fn add_constant(&mut self, constant: Constant) -> u32 {
        let unit = self.unit();
        let key = ConstantKey::of(&constant);
        if let Some(index) = key.as_ref().and_then(|key| unit.constant_index.get(key)) {
            return *index;
        }
        let index = unit.constants.len() as u32;
        unit.constants.push(constant);
        if let Some(key) = key {
            unit.constant_index.insert(key, index);
        }
        index
    }

    pub(crate) fn load_const(&mut self, constant: Constant) {
        let index = self.add_constant(constant);
        self.emit(Instruction::LoadConst(index));
    }

    /// The slot of a name used by name (attributes, globals, class and module
    /// variables), mangled as CPython mangles `__private` names in classes.
    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        let name = mangle(self.unit_ref().private.as_deref(), name);
        self.unit().names.insert_full(name.into()).0 as u32
    }

    fn cell_index(&self, name: &str) -> u32 {
        let unit = self.unit_ref();
        match unit.cellvars.get_index_of(name) {
            Some(index) => index as u32,
            None => (unit.cellvars.len() + unit.freevars.get_index_of(name).expect("a free variable")) as u32,
        }
    }

    // ----- Names -----

    /// Emits the load, store or delete of `name` that its scope calls for.
    pub(crate) fn name_op(&mut self, name: &str, access: Access) {
        let unit = self.unit_ref();
        let kind = self.symbols.scopes[unit.scope].kind;
        // Inside a class body, `__class__` references mean the implicit cell only from methods.
        let scope = self.symbols.lookup(unit.scope, name);
        let optimized = matches!(kind, ScopeKind::Function | ScopeKind::Comprehension);
        let instruction = match (scope, optimized) {
            (NameScope::Local, true) => {
                let index = self.unit_ref().varnames.get_index_of(name).expect("locals are laid out") as u32;
                match access {
                    Access::Load => Instruction::LoadFast(index),
                    Access::Store => Instruction::StoreFast(index),
                    Access::Delete => Instruction::DeleteFast(index),
                }
            }
            (NameScope::Cell | NameScope::Free, _) => {
                let index = self.cell_index(name);
                match access {
                    Access::Load if kind == ScopeKind::Class => Instruction::LoadClassDeref(index),
                    Access::Load => Instruction::LoadDeref(index),
                    Access::Store => Instruction::StoreDeref(index),
                    Access::Delete => Instruction::DeleteDeref(index),
                }
            }
            (NameScope::GlobalExplicit, _) | (NameScope::GlobalImplicit, true) => {
                let index = self.name_index(name);
                match access {
                    Access::Load => Instruction::LoadGlobal(index),
                    Access::Store => Instruction::StoreGlobal(index),
                    Access::Delete => Instruction::DeleteGlobal(index),
                }
            }
            (NameScope::Local | NameScope::GlobalImplicit, false) => {
                let index = self.name_index(name);
                match access {
                    Access::Load => Instruction::LoadName(index),
                    Access::Store => Instruction::StoreName(index),
                    Access::Delete => Instruction::DeleteName(index),
                }
            }
        };
        self.emit(instruction);
    }

    /// The qualified name of a definition named `name` in the current unit.
    pub(crate) fn qualname_for(&self, name: &str) -> Box<str> {
        let unit = self.unit_ref();
        let kind = self.symbols.scopes[unit.scope].kind;
        match kind {
            ScopeKind::Module => name.into(),
            ScopeKind::Class => format!("{}.{name}", unit.qualname).into(),
            ScopeKind::Function | ScopeKind::Comprehension => {
                // A function declared global is named from the module, as in CPython.
                if self.symbols.lookup(unit.scope, name) == NameScope::GlobalExplicit {
                    name.into()
                } else {
                    format!("{}.<locals>.{name}", unit.qualname).into()
                }
            }
        }
    }

    /// Pushes the closure tuple a child scope's code needs, if any; returns
    /// whether one was pushed.
    pub(crate) fn load_closure(&mut self, child: &CodeObject) -> bool {
        if child.freevars.is_empty() {
            return false;
        }
        for name in &child.freevars {
            let index = self.cell_index(name);
            self.emit(Instruction::LoadClosure(index));
        }
        self.emit(Instruction::BuildTuple(child.freevars.len() as u32));
        true
    }

    fn module_body(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxError> {
        if has_annotations(body) {
            self.emit(Instruction::SetupAnnotations);
        }
        let body = match docstring(body) {
            Some(doc) => {
                let location = self.set_location(body[0].span);
                self.load_const(Constant::Str(doc.into()));
                let index = self.name_index("__doc__");
                self.emit(Instruction::StoreName(index));
                self.restore_location(location);
                &body[1..]
            }
            None => body,
        };
        for stmt in body {
            self.statement(stmt)?;
        }
        self.implicit_return(body);
        Ok(())
    }

    /// The `return None` at the end of a body, placed on the body's last line as CPython places it.
    pub(crate) fn implicit_return(&mut self, body: &[Stmt]) {
        if let Some(last) = body.last() {
            let line = self.line_of(last.span);
            self.unit().location = Location { line, start: last.span.end, end: last.span.end };
        }
        self.load_const(Constant::None);
        self.emit(Instruction::ReturnValue);
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Access {
    Load,
    Store,
    Delete,
}

/// The docstring of a body: a string constant as its first statement.
/// `__spam` inside class `Ham` becomes `_Ham__spam`; dunder names, dotted
/// names and names in classes called only underscores are left alone.
fn mangle<'n>(class: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    let class = class.map(|class| class.trim_start_matches('_')).unwrap_or_default();
    if class.is_empty() || !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    format!("_{class}{name}").into()
}

/// Whether a module or class body holds an annotated assignment outside
/// nested functions and classes, so it needs `SETUP_ANNOTATIONS` (CPython's `find_ann`).
pub(crate) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match &stmt.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            has_annotations(body)
                || handlers.iter().any(|handler| has_annotations(&handler.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}

pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|stmt| &stmt.kind) {
        Some(StmtKind::Expr(expr)) => match &expr.kind {
            ExprKind::Constant(weft_syntax::ast::Constant::Str(text)) => Some(text),
            _ => None,
        },
        _ => None,
    }
}

/// The deepest the value stack can get, found by following every path from
/// the entry (and into every handler) with each instruction's stack effect.
fn max_stack_depth(instructions: &[Instruction]) -> u32 {
    let mut depth_at: Vec<Option<i32>> = vec![None; instructions.len() + 1];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0;
    while let Some((start, entry_depth)) = work.pop() {
        let mut index = start;
        let mut depth = entry_depth;
        while index < instructions.len() {
            // Each instruction has one depth on every path; the first visit settles it.
            if let Some(seen) = depth_at[index] {
                debug_assert_eq!(seen, depth, "unbalanced stack at instruction {index}");
                break;
            }
            depth_at[index] = Some(depth);
            let instruction = instructions[index];
            if let Some(target) = instruction.jump_target() {
                let jumped = depth + instruction.stack_effect(true);
                max = max.max(jumped);
                work.push((target as usize, jumped));
            }
            if instruction.is_terminal() {
                break;
            }
            depth += instruction.stack_effect(false);
            max = max.max(depth);
            index += 1;
        }
    }
    max.max(0) as u32
}

/// A constant as a hash key: same type and same bits, so `0`, `0.0`, `-0.0`
/// and `False` stay apart. Code objects are never shared, so have no key.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ConstantKey {
    None,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Box<str>),
    Bytes(Box<[u8]>),
    Ellipsis,
    Tuple(Vec<ConstantKey>),
    FrozenSet(Vec<ConstantKey>),
}

impl ConstantKey {
    fn of(constant: &Constant) -> Option<ConstantKey> {
        Some(match constant {
            Constant::None => ConstantKey::None,
            Constant::Bool(value) => ConstantKey::Bool(*value),
            Constant::Int(value) => ConstantKey::Int(value.clone()),
            Constant::Float(value) => ConstantKey::Float(value.to_bits()),
            Constant::Complex { real, imag } => ConstantKey::Complex(real.to_bits(), imag.to_bits()),
            Constant::Str(text) => ConstantKey::Str(text.clone()),
            Constant::Bytes(bytes) => ConstantKey::Bytes(bytes.clone()),
            Constant::Ellipsis => ConstantKey::Ellipsis,
            Constant::Tuple(items) => ConstantKey::Tuple(items.iter().map(ConstantKey::of).collect::<Option<_>>()?),
            Constant::FrozenSet(items) => {
                ConstantKey::FrozenSet(items.iter().map(ConstantKey::of).collect::<Option<_>>()?)
            }
            Constant::Code(_) => return None,
        })
    }
}
