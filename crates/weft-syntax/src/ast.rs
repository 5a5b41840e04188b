//! The syntax tree. Node and field names follow Python's own `ast` module, so a
//! reader who knows `ast.dump()` knows this tree. Every statement and
//! expression carries the [`Span`] of source it came from.
//!
//! Expressions carry no load/store/del context: the compiler knows it from
//! where the expression stands.

use num_bigint::BigInt;

/// A half-open range of byte offsets into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start: start as u32, end: end as u32 }
    }

    pub fn to(self, other: Span) -> Span {
        Span { start: self.start, end: other.end }
    }
}

pub type Identifier = Box<str>;

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    /// `a = b = value`: every target receives the same value, left to right.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: Operator,
        value: Expr,
    },
    /// `simple` is true for a bare name target, as in Python's AST.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import(Vec<Alias>),
    ImportFrom {
        module: Option<Identifier>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<Identifier>),
    Nonlocal(Vec<Identifier>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Identifier,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Expr>,
    /// `async def`: calling it makes a coroutine.
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Identifier,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// A `None` key is a `**mapping` entry.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// One `{value!conversion:format_spec}` field of an f-string.
    FormattedValue {
        value: Box<Expr>,
        conversion: Conversion,
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string: literal parts are `Constant(Str)`, fields are `FormattedValue`.
    JoinedStr(Vec<Expr>),
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: Identifier,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
    },
    Starred(Box<Expr>),
    Name(Identifier),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(Box<str>),
    Bytes(Box<[u8]>),
    Ellipsis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

impl Operator {
    /// The operator as written in source, e.g. `"+"`; `"+="` is `symbol() + "="`.
    pub fn symbol(self) -> &'static str {
        match self {
            Operator::Add => "+",
            Operator::Sub => "-",
            Operator::Mult => "*",
            Operator::MatMult => "@",
            Operator::Div => "/",
            Operator::Mod => "%",
            Operator::Pow => "**",
            Operator::LShift => "<<",
            Operator::RShift => ">>",
            Operator::BitOr => "|",
            Operator::BitXor => "^",
            Operator::BitAnd => "&",
            Operator::FloorDiv => "//",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub type_: Option<Expr>,
    pub name: Option<Identifier>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// A function's parameters, in Python's grouping. `defaults` belong to the
/// last positional parameters; `kw_defaults` pair one-to-one with `kwonlyargs`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    pub defaults: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub arg: Identifier,
    pub annotation: Option<Expr>,
    pub span: Span,
}

/// A keyword argument in a call or class header; `arg: None` is `**mapping`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub arg: Option<Identifier>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: Identifier,
    pub asname: Option<Identifier>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Self {
        Expr { kind, span }
    }

    /// A node that owns nothing, left behind where a child was moved out.
    fn hollow() -> Expr {
        Expr { kind: ExprKind::Constant(Constant::None), span: Span::default() }
    }

    /// Calls `visit` on every direct sub-expression, in no particular order.
    pub fn for_each_child_mut<'a>(&'a mut self, visit: &mut dyn FnMut(&'a mut Expr)) {
        fn arguments<'a>(args: &'a mut Arguments, visit: &mut dyn FnMut(&'a mut Expr)) {
            args.defaults.iter_mut().for_each(&mut *visit);
            args.kw_defaults.iter_mut().flatten().for_each(&mut *visit);
            let all = args.posonlyargs.iter_mut().chain(&mut args.args).chain(&mut args.kwonlyargs);
            let all = all.chain(args.vararg.iter_mut()).chain(args.kwarg.iter_mut());
            all.filter_map(|arg| arg.annotation.as_mut()).for_each(&mut *visit);
        }
        fn generators<'a>(generators: &'a mut [Comprehension], visit: &mut dyn FnMut(&'a mut Expr)) {
            for generator in generators {
                visit(&mut generator.target);
                visit(&mut generator.iter);
                generator.ifs.iter_mut().for_each(&mut *visit);
            }
        }
        match &mut self.kind {
            ExprKind::BoolOp { values, .. } => values.iter_mut().for_each(visit),
            ExprKind::NamedExpr { target, value } => {
                visit(target);
                visit(value);
            }
            ExprKind::BinOp { left, right, .. } => {
                visit(left);
                visit(right);
            }
            ExprKind::UnaryOp { operand, .. } => visit(operand),
            ExprKind::Lambda { args, body } => {
                arguments(args, visit);
                visit(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                visit(test);
                visit(body);
                visit(orelse);
            }
            ExprKind::Dict { keys, values } => {
                keys.iter_mut().flatten().for_each(&mut *visit);
                values.iter_mut().for_each(visit);
            }
            ExprKind::Set(elements)
            | ExprKind::List(elements)
            | ExprKind::Tuple(elements)
            | ExprKind::JoinedStr(elements) => elements.iter_mut().for_each(visit),
            ExprKind::ListComp { elt, generators: gens }
            | ExprKind::SetComp { elt, generators: gens }
            | ExprKind::GeneratorExp { elt, generators: gens } => {
                visit(elt);
                generators(gens, visit);
            }
            ExprKind::DictComp { key, value, generators: gens } => {
                visit(key);
                visit(value);
                generators(gens, visit);
            }
            ExprKind::Await(value) | ExprKind::YieldFrom(value) | ExprKind::Starred(value) => visit(value),
            ExprKind::Yield(value) => value.iter_mut().for_each(|value| visit(value)),
            ExprKind::Compare { left, comparators, .. } => {
                visit(left);
                comparators.iter_mut().for_each(visit);
            }
            ExprKind::Call { func, args, keywords } => {
                visit(func);
                args.iter_mut().for_each(&mut *visit);
                keywords.iter_mut().for_each(|keyword| visit(&mut keyword.value));
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                visit(value);
                format_spec.iter_mut().for_each(|spec| visit(spec));
            }
            ExprKind::Attribute { value, .. } => visit(value),
            ExprKind::Subscript { value, slice } => {
                visit(value);
                visit(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                [lower, upper, step].into_iter().flatten().for_each(|part| visit(part));
            }
            ExprKind::Constant(_) | ExprKind::Name(_) => {}
        }
    }
}

/// Dropping a tree frees it with a loop, not recursion, so even a
/// pathologically deep expression cannot overflow the native stack.
impl Drop for Expr {
    fn drop(&mut self) {
        let mut pending = Vec::new();
        self.for_each_child_mut(&mut |child| pending.push(std::mem::replace(child, Expr::hollow())));
        while let Some(mut expr) = pending.pop() {
            expr.for_each_child_mut(&mut |child| pending.push(std::mem::replace(child, Expr::hollow())));
        }
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Self {
        Stmt { kind, span }
    }

    /// Calls `visit` on each expression the statement holds directly (not
    /// those inside its nested bodies).
    pub fn for_each_expression_mut(&mut self, visit: &mut dyn FnMut(&mut Expr)) {
        fn arguments(args: &mut Arguments, visit: &mut dyn FnMut(&mut Expr)) {
            args.defaults.iter_mut().for_each(&mut *visit);
            args.kw_defaults.iter_mut().flatten().for_each(&mut *visit);
        }
        match &mut self.kind {
            StmtKind::FunctionDef(def) => {
                def.decorator_list.iter_mut().for_each(&mut *visit);
                arguments(&mut def.args, visit);
                def.returns.iter_mut().for_each(visit);
            }
            StmtKind::ClassDef(class) => {
                class.decorator_list.iter_mut().for_each(&mut *visit);
                class.bases.iter_mut().for_each(&mut *visit);
                class.keywords.iter_mut().for_each(|keyword| visit(&mut keyword.value));
            }
            StmtKind::Return(value) => value.iter_mut().for_each(visit),
            StmtKind::Delete(targets) => targets.iter_mut().for_each(visit),
            StmtKind::Assign { targets, value } => {
                targets.iter_mut().for_each(&mut *visit);
                visit(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                visit(target);
                visit(value);
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                visit(target);
                visit(annotation);
                value.iter_mut().for_each(visit);
            }
            StmtKind::For { target, iter, .. } => {
                visit(target);
                visit(iter);
            }
            StmtKind::While { test, .. } | StmtKind::If { test, .. } => visit(test),
            StmtKind::With { items, .. } => {
                for item in items {
                    visit(&mut item.context_expr);
                    item.optional_vars.iter_mut().for_each(&mut *visit);
                }
            }
            StmtKind::Raise { exc, cause } => exc.iter_mut().chain(cause.iter_mut()).for_each(visit),
            StmtKind::Try { handlers, .. } => handlers.iter_mut().filter_map(|h| h.type_.as_mut()).for_each(visit),
            StmtKind::Assert { test, msg } => {
                visit(test);
                msg.iter_mut().for_each(visit);
            }
            StmtKind::Expr(value) => visit(value),
            StmtKind::Import(_)
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
    }

    /// Calls `visit` on each block of statements nested in this one.
    pub fn for_each_body_mut<E>(&mut self, visit: &mut dyn FnMut(&mut [Stmt]) -> Result<(), E>) -> Result<(), E> {
        match &mut self.kind {
            StmtKind::FunctionDef(def) => visit(&mut def.body),
            StmtKind::ClassDef(class) => visit(&mut class.body),
            StmtKind::For { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::If { body, orelse, .. } => {
                visit(body)?;
                visit(orelse)
            }
            StmtKind::With { body, .. } => visit(body),
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                visit(body)?;
                for handler in handlers {
                    visit(&mut handler.body)?;
                }
                visit(orelse)?;
                visit(finalbody)
            }
            _ => Ok(()),
        }
    }
}
