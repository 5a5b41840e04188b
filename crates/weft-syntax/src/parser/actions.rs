//! What the grammar's actions do beyond building a node: the checks that an
//! LR grammar cannot express (valid assignment targets, parameter order,
//! argument order), each raising CPython's message.

use lalrpop_util::ParseError;

use crate::ast::*;
use crate::error::SyntaxError;
use crate::string::{self, StringPart};
use crate::token::{StringToken, Tok};

pub type ActionResult<T> = Result<T, ParseError<usize, Tok, SyntaxError>>;

/// The grammar's single start symbol: a module or a lone expression.
pub enum Top {
    Module(Module),
    Expression(Expr),
}

fn fail<T>(message: impl Into<String>, span: Span) -> ActionResult<T> {
    Err(ParseError::User { error: SyntaxError::new(message, span) })
}

fn user(error: SyntaxError) -> ParseError<usize, Tok, SyntaxError> {
    ParseError::User { error }
}

pub fn maybe_tuple(mut elements: Vec<Expr>, trailing_comma: bool, span: Span) -> Expr {
    if elements.len() == 1 && !trailing_comma {
        elements.pop().expect("one element")
    } else {
        Expr::new(ExprKind::Tuple(elements), span)
    }
}

pub fn parenthesized((elements, trailing_comma): (Vec<Expr>, bool), span: Span) -> Expr {
    if elements.len() == 1 && !trailing_comma {
        // `(x)` is x itself, keeping x's own span as Python's AST does.
        return elements.into_iter().next().expect("one element");
    }
    Expr::new(ExprKind::Tuple(elements), span)
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, span: Span) -> Expr {
    let mut values = vec![first];
    values.extend(rest);
    Expr::new(ExprKind::BoolOp { op, values }, span)
}

pub fn bin_op(left: Expr, op: Operator, right: Expr, span: Span) -> Expr {
    Expr::new(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, span)
}

pub fn dotted_name(first: Identifier, rest: Vec<Identifier>) -> Identifier {
    if rest.is_empty() {
        return first;
    }
    let mut name = String::from(first);
    for part in rest {
        name.push('.');
        name.push_str(&part);
    }
    name.into()
}

/// The span of a compound statement: from its keyword to its last statement.
pub fn block_span(start: usize, body: &[Stmt], orelse: &[Stmt]) -> Span {
    let end = orelse.last().or(body.last()).map_or(start as u32, |stmt| stmt.span.end);
    Span { start: start as u32, end }
}

pub fn if_statement(
    start: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Vec<Stmt>,
) -> Stmt {
    // `elif` chains nest as an `If` in the previous branch's `orelse`.
    let mut tail = orelse;
    for (elif_start, elif_test, elif_body) in elifs.into_iter().rev() {
        let span = block_span(elif_start, &elif_body, &tail);
        tail = vec![Stmt::new(StmtKind::If { test: elif_test, body: elif_body, orelse: tail }, span)];
    }
    let span = block_span(start, &body, &tail);
    Stmt::new(StmtKind::If { test, body, orelse: tail }, span)
}

pub fn try_statement(
    start: usize,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> Stmt {
    let end = [finalbody.last(), orelse.last(), handlers.last().and_then(|h| h.body.last()), body.last()]
        .into_iter()
        .flatten()
        .next()
        .map_or(start as u32, |stmt| stmt.span.end);
    let span = Span { start: start as u32, end };
    Stmt::new(StmtKind::Try { body, handlers, orelse, finalbody }, span)
}

pub fn decorate(decorators: Vec<Expr>, mut stmt: Stmt) -> Stmt {
    match &mut stmt.kind {
        StmtKind::FunctionDef(def) => def.decorator_list = decorators,
        StmtKind::ClassDef(class) => class.decorator_list = decorators,
        _ => unreachable!("only definitions are decorated"),
    }
    stmt
}

pub fn expression_statement(first: Expr, mut rest: Vec<Expr>, span: Span) -> ActionResult<Stmt> {
    let Some(value) = rest.pop() else {
        return Ok(Stmt::new(StmtKind::Expr(first), span));
    };
    let single_target = rest.is_empty();
    let mut targets = Vec::with_capacity(rest.len() + 1);
    for (i, target) in std::iter::once(first).chain(rest).enumerate() {
        if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = target.kind {
            return fail("assignment to yield expression not possible", target.span);
        }
        if i == 0
            && single_target
            && let Some(name) = invalid_target(&target, TargetUse::Store)
        {
            let hint = hints_comparison(&target);
            let message = if hint {
                format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {name}")
            };
            let span = offending(&target, TargetUse::Store).map_or(target.span, |e| e.span);
            return fail(message, span);
        }
        targets.push(store_target(target)?);
    }
    Ok(Stmt::new(StmtKind::Assign { targets, value }, span))
}

/// CPython suggests `==` only when the whole target is an operand-level
/// expression (a literal, call, arithmetic), not a comparison or a display.
fn hints_comparison(target: &Expr) -> bool {
    match &target.kind {
        ExprKind::Constant(Constant::None | Constant::Bool(_)) => false,
        ExprKind::Compare { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::BoolOp { .. }
        | ExprKind::NamedExpr { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::List(_)
        | ExprKind::Tuple(_) => false,
        ExprKind::UnaryOp { op: UnaryOp::Not, .. } => false,
        _ => true,
    }
}

pub fn aug_assign(target: Expr, op: Operator, value: Expr, span: Span) -> ActionResult<Stmt> {
    if !matches!(target.kind, ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
        let name = match &target.kind {
            ExprKind::Tuple(_) => "tuple",
            ExprKind::List(_) => "list",
            _ => expression_name(&target),
        };
        return fail(format!("'{name}' is an illegal expression for augmented assignment"), target.span);
    }
    Ok(Stmt::new(StmtKind::AugAssign { target, op, value }, span))
}

pub fn ann_assign(target: Expr, annotation: Expr, value: Option<Expr>, span: Span) -> ActionResult<Stmt> {
    let name = match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(_) => Some("tuple"),
        ExprKind::List(_) => Some("list"),
        _ => Some(expression_name(&target)),
    };
    if let Some(name) = name {
        let message = if matches!(target.kind, ExprKind::Tuple(_) | ExprKind::List(_)) {
            format!("only single target (not {name}) can be annotated")
        } else {
            "illegal target for annotation".to_string()
        };
        return fail(message, target.span);
    }
    // A parenthesised name `(x): int` is not "simple" in Python's AST.
    let simple = matches!(target.kind, ExprKind::Name(_)) && target.span.start == span.start;
    Ok(Stmt::new(StmtKind::AnnAssign { target, annotation, value, simple }, span))
}

pub fn delete(targets: Vec<Expr>, span: Span) -> ActionResult<Stmt> {
    for target in &targets {
        if let Some(bad) = offending(target, TargetUse::Delete) {
            return fail(format!("cannot delete {}", expression_name(bad)), bad.span);
        }
    }
    Ok(Stmt::new(StmtKind::Delete(targets), span))
}

#[derive(Clone, Copy, PartialEq)]
enum TargetUse {
    Store,
    Delete,
}

/// Checks a target of `=`, `for`, `with ... as` or a comprehension.
pub fn store_target(target: Expr) -> ActionResult<Expr> {
    if let Some(bad) = offending(&target, TargetUse::Store) {
        return fail(format!("cannot assign to {}", expression_name(bad)), bad.span);
    }
    Ok(target)
}

fn invalid_target(target: &Expr, usage: TargetUse) -> Option<&'static str> {
    offending(target, usage).map(expression_name)
}

/// The first sub-expression that cannot be a target, if any.
fn offending(target: &Expr, usage: TargetUse) -> Option<&Expr> {
    match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(elements) | ExprKind::List(elements) => {
            elements.iter().find_map(|element| offending(element, usage))
        }
        ExprKind::Starred(inner) if usage == TargetUse::Store => offending(inner, usage),
        _ => Some(target),
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
fn expression_name(expr: &Expr) -> &'static str {
    match &expr.kind {
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Call { .. } => "function call",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Starred(_) => "starred",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => "name",
    }
}

pub fn comprehension_element(elt: &Expr) -> ActionResult<()> {
    if let ExprKind::Starred(_) = elt.kind {
        return fail("iterable unpacking cannot be used in comprehension", elt.span);
    }
    Ok(())
}

pub fn strings(source: &str, tokens: Vec<(usize, Box<StringToken>, usize)>, span: Span) -> ActionResult<Expr> {
    let parts: Vec<StringPart<'_>> =
        tokens.iter().map(|(start, token, end)| StringPart { start: *start, end: *end, token }).collect();
    string::concatenate(source, &parts, span).map_err(user)
}

// ----- Parameters -----

/// One entry of a parameter list as written, before it is sorted into
/// [`Arguments`]' groups.
pub enum ParamItem {
    Plain(Arg, Option<Expr>),
    Slash(Span),
    Star(Span),
    VarArgs(Arg),
    KwArgs(Arg),
}

pub fn starred_default(what: &str, at: usize) -> ActionResult<ParamItem> {
    fail(format!("{what} argument cannot have default value"), Span::new(at, at + 1))
}

pub fn parameters(items: Vec<ParamItem>, _start: usize) -> ActionResult<Arguments> {
    let mut arguments = Arguments::default();
    let mut seen_slash = false;
    let mut seen_star: Option<Span> = None;
    let mut star_needs_name = false;
    let mut seen_default = false;
    let mut count = items.len();
    for item in items {
        count -= 1;
        if arguments.kwarg.is_some() {
            let span = match &item {
                ParamItem::Plain(arg, _) | ParamItem::VarArgs(arg) | ParamItem::KwArgs(arg) => arg.span,
                ParamItem::Slash(span) | ParamItem::Star(span) => *span,
            };
            return fail("arguments cannot follow var-keyword argument", span);
        }
        match item {
            ParamItem::Plain(arg, default) if seen_star.is_some() => {
                star_needs_name = false;
                arguments.kwonlyargs.push(arg);
                arguments.kw_defaults.push(default);
            }
            ParamItem::Plain(arg, default) => {
                match default {
                    Some(default) => {
                        seen_default = true;
                        arguments.defaults.push(default);
                    }
                    None if seen_default => {
                        return fail("non-default argument follows default argument", arg.span);
                    }
                    None => {}
                }
                arguments.args.push(arg);
            }
            ParamItem::Slash(span) => {
                if seen_slash {
                    return fail("/ may appear only once", span);
                }
                if seen_star.is_some() {
                    return fail("/ must be ahead of *", span);
                }
                if arguments.args.is_empty() {
                    return fail("at least one argument must precede /", span);
                }
                seen_slash = true;
                arguments.posonlyargs = std::mem::take(&mut arguments.args);
            }
            ParamItem::Star(span) | ParamItem::VarArgs(Arg { span, .. }) if seen_star.is_some() => {
                return fail("* argument may appear only once", span);
            }
            ParamItem::Star(span) => {
                seen_star = Some(span);
                star_needs_name = true;
                if count == 0 {
                    return fail("named arguments must follow bare *", span);
                }
            }
            ParamItem::VarArgs(arg) => {
                seen_star = Some(arg.span);
                arguments.vararg = Some(arg);
            }
            ParamItem::KwArgs(arg) => {
                if star_needs_name {
                    return fail("named arguments must follow bare *", seen_star.expect("bare * seen"));
                }
                arguments.kwarg = Some(arg);
            }
        }
    }
    Ok(arguments)
}

// ----- Call arguments -----

pub enum CallArg {
    Positional(Expr),
    Generator(Expr),
    Keyword(Keyword),
}

pub fn call_arguments(items: Vec<CallArg>, _span: Span) -> ActionResult<(Vec<Expr>, Vec<Keyword>)> {
    let total = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    for item in items {
        match item {
            CallArg::Generator(generator) if total > 1 => {
                return fail("Generator expression must be parenthesized", generator.span);
            }
            CallArg::Generator(generator) => args.push(generator),
            CallArg::Positional(value) => {
                let starred = matches!(value.kind, ExprKind::Starred(_));
                let after_unpacking = keywords.iter().any(|k| k.arg.is_none());
                let after_keyword = keywords.iter().any(|k| k.arg.is_some());
                if after_unpacking {
                    let message = if starred {
                        "iterable argument unpacking follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument unpacking"
                    };
                    // CPython points just past a misplaced plain argument.
                    let span = if starred { value.span } else { just_after(value.span) };
                    return fail(message, span);
                }
                if after_keyword && !starred {
                    return fail("positional argument follows keyword argument", just_after(value.span));
                }
                args.push(value);
            }
            CallArg::Keyword(keyword) => {
                if let Some(name) = &keyword.arg
                    && keywords.iter().any(|k| k.arg.as_ref() == Some(name))
                {
                    return fail(format!("keyword argument repeated: {name}"), keyword.span);
                }
                keywords.push(keyword);
            }
        }
    }
    Ok((args, keywords))
}

fn just_after(span: Span) -> Span {
    Span { start: span.end, end: span.end + 1 }
}
