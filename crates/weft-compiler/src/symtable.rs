//! Decides, for every name in every scope, where it lives: a fast local, a
//! cell shared with inner functions, a free variable captured from an outer
//! function, or a global. The rules are CPython's (see its `symtable.c`).
//!
//! Two passes: [`Builder`] walks the tree recording how each scope binds and
//! uses names; [`analyze`] then resolves each name against the scopes around
//! it. Scopes are found again by the compiler through the address of the
//! node that opens them (a function, class, lambda or comprehension), which
//! stays put because the tree is borrowed, never moved, in between.

use indexmap::IndexMap;
use rustc_hash::{FxHashMap, FxHashSet};
use weft_syntax::SyntaxError;
use weft_syntax::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// Where a name lives once analysis is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// A fast local (functions) or a namespace entry (module and class bodies).
    Local,
    /// A local that inner functions capture.
    Cell,
    /// Captured from an enclosing function.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible, so looked up as a global (then builtin).
    GlobalImplicit,
}

mod flag {
    pub const ASSIGNED: u8 = 1;
    pub const PARAMETER: u8 = 2;
    pub const GLOBAL: u8 = 4;
    pub const NONLOCAL: u8 = 8;
    pub const USED: u8 = 16;
}

#[derive(Clone, Debug)]
pub struct Symbol {
    flags: u8,
    pub scope: NameScope,
    /// Where a `global` or `nonlocal` declared it, for errors.
    declared_at: Span,
}

impl Symbol {
    pub fn is_parameter(&self) -> bool {
        self.flags & flag::PARAMETER != 0
    }
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: Box<str>,
    /// Every name the scope mentions, in order of first mention.
    pub symbols: IndexMap<Box<str>, Symbol>,
    /// Parameters in declaration order (positional, keyword-only, *args, **kwargs).
    pub parameters: Vec<Box<str>>,
    pub children: Vec<ScopeId>,
    pub is_generator: bool,
    /// An `async def` body (where `await` may appear).
    pub is_coroutine: bool,
    /// A class whose methods use `super()` or `__class__` gets a `__class__` cell.
    pub needs_class_cell: bool,
}

pub type ScopeId = usize;

#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: FxHashMap<usize, ScopeId>,
}

impl SymbolTable {
    pub fn build(module: &Module) -> Result<SymbolTable, SyntaxError> {
        let mut builder = Builder { scopes: Vec::new(), by_node: FxHashMap::default(), stack: Vec::new() };
        builder.enter(ScopeKind::Module, "<module>", 0);
        builder.statements(&module.body)?;
        builder.stack.pop();
        let mut table = SymbolTable { scopes: builder.scopes, by_node: builder.by_node };
        analyze(&mut table, 0, &FxHashSet::default())?;
        Ok(table)
    }

    /// The scope opened by the node at `address` (see [`node_address`]).
    pub fn scope_of(&self, address: usize) -> ScopeId {
        self.by_node[&address]
    }

    pub fn lookup(&self, scope: ScopeId, name: &str) -> NameScope {
        self.scopes[scope].symbols.get(name).map_or(NameScope::GlobalImplicit, |symbol| symbol.scope)
    }
}

/// The key under which a scope-opening node is recorded.
pub fn node_address<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: FxHashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
}

impl Builder {
    fn enter(&mut self, kind: ScopeKind, name: &str, address: usize) -> ScopeId {
        let id = self.scopes.len();
        self.scopes.push(Scope {
            kind,
            name: name.into(),
            symbols: IndexMap::new(),
            parameters: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
        });
        if let Some(&parent) = self.stack.last() {
            self.scopes[parent].children.push(id);
        }
        self.by_node.insert(address, id);
        self.stack.push(id);
        id
    }

    fn current(&mut self) -> &mut Scope {
        let id = *self.stack.last().expect("inside a scope");
        &mut self.scopes[id]
    }

    fn add(&mut self, name: &str, flags: u8) -> u8 {
        let symbol = self.current().symbols.entry(name.into()).or_insert(Symbol {
            flags: 0,
            scope: NameScope::GlobalImplicit,
            declared_at: Span::default(),
        });
        let before = symbol.flags;
        symbol.flags |= flags;
        before
    }

    fn bind(&mut self, name: &str) {
        self.add(name, flag::ASSIGNED);
    }

    fn use_name(&mut self, name: &str) {
        self.add(name, flag::USED);
        // `super()` finds its class through an implicit `__class__` cell.
        if name == "super" && self.current().kind == ScopeKind::Function {
            self.add("__class__", flag::USED);
        }
    }

    fn statements(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|stmt| self.statement(stmt))
    }

    fn statement(&mut self, stmt: &Stmt) -> Result<(), SyntaxError> {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                self.expressions(&def.decorator_list)?;
                self.parameter_defaults(&def.args)?;
                // Annotations are evaluated where the function is defined.
                for annotation in parameter_list(&def.args).filter_map(|arg| arg.annotation.as_ref()) {
                    self.expression(annotation)?;
                }
                self.optional(def.returns.as_ref())?;
                self.bind(&def.name);
                let id = self.enter(ScopeKind::Function, &def.name, node_address(&**def));
                self.scopes[id].is_coroutine = def.is_async;
                self.parameters(&def.args)?;
                self.statements(&def.body)?;
                self.stack.pop();
            }
            StmtKind::ClassDef(class) => {
                self.expressions(&class.decorator_list)?;
                self.expressions(&class.bases)?;
                for keyword in &class.keywords {
                    self.expression(&keyword.value)?;
                }
                self.bind(&class.name);
                self.enter(ScopeKind::Class, &class.name, node_address(&**class));
                self.statements(&class.body)?;
                self.stack.pop();
            }
            StmtKind::Return(value) => self.optional(value.as_ref())?,
            StmtKind::Delete(targets) => targets.iter().try_for_each(|target| self.target(target))?,
            StmtKind::Assign { targets, value } => {
                self.expression(value)?;
                targets.iter().try_for_each(|target| self.target(target))?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expression(value)?;
                if let ExprKind::Name(name) = &target.kind {
                    self.add(name, flag::ASSIGNED | flag::USED);
                } else {
                    self.expression(target)?;
                }
            }
            StmtKind::AnnAssign { target, value, .. } => {
                self.optional(value.as_ref())?;
                self.target(target)?;
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expression(iter)?;
                self.target(target)?;
                self.statements(body)?;
                self.statements(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expression(test)?;
                self.statements(body)?;
                self.statements(orelse)?;
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expression(&item.context_expr)?;
                    if let Some(target) = &item.optional_vars {
                        self.target(target)?;
                    }
                }
                self.statements(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                self.optional(exc.as_ref())?;
                self.optional(cause.as_ref())?;
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.statements(body)?;
                for handler in handlers {
                    self.optional(handler.type_.as_ref())?;
                    if let Some(name) = &handler.name {
                        self.bind(name);
                    }
                    self.statements(&handler.body)?;
                }
                self.statements(orelse)?;
                self.statements(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expression(test)?;
                self.optional(msg.as_ref())?;
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                let is_from = matches!(stmt.kind, StmtKind::ImportFrom { .. });
                for alias in names {
                    if alias.name.as_ref() == "*" {
                        if self.current().kind != ScopeKind::Module {
                            return Err(SyntaxError::new("import * only allowed at module level", stmt.span));
                        }
                        continue;
                    }
                    let bound = match (&alias.asname, is_from) {
                        (Some(asname), _) => asname.as_ref(),
                        (None, true) => alias.name.as_ref(),
                        (None, false) => alias.name.split('.').next().unwrap_or(&alias.name),
                    };
                    self.bind(bound);
                }
            }
            StmtKind::Global(names) => self.declare(names, flag::GLOBAL, stmt.span)?,
            StmtKind::Nonlocal(names) => {
                if self.current().kind == ScopeKind::Module {
                    return Err(SyntaxError::new("nonlocal declaration not allowed at module level", stmt.span));
                }
                self.declare(names, flag::NONLOCAL, stmt.span)?;
            }
            StmtKind::Expr(value) => self.expression(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn declare(&mut self, names: &[Identifier], declaration: u8, span: Span) -> Result<(), SyntaxError> {
        let word = if declaration == flag::GLOBAL { "global" } else { "nonlocal" };
        for name in names {
            let before = self.add(name, declaration);
            if let Some(symbol) = self.current().symbols.get_mut(&**name) {
                symbol.declared_at = span;
            }
            let message = if before & flag::PARAMETER != 0 {
                format!("name '{name}' is parameter and {word}")
            } else if before & flag::ASSIGNED != 0 {
                format!("name '{name}' is assigned to before {word} declaration")
            } else if before & flag::USED != 0 {
                format!("name '{name}' is used prior to {word} declaration")
            } else if before & (flag::GLOBAL | flag::NONLOCAL) & !declaration != 0 {
                format!("name '{name}' is nonlocal and global")
            } else {
                continue;
            };
            return Err(SyntaxError::new(message, span));
        }
        Ok(())
    }

    fn parameter_defaults(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        self.expressions(&args.defaults)?;
        for default in args.kw_defaults.iter().flatten() {
            self.expression(default)?;
        }
        Ok(())
    }

    fn parameters(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        // Declaration order, which is also the order of the frame's first slots.
        let ordered: Vec<&Arg> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(args.vararg.iter())
            .chain(args.kwarg.iter())
            .collect();
        for arg in &ordered {
            if self.add(&arg.arg, flag::PARAMETER) & flag::PARAMETER != 0 {
                return Err(SyntaxError::new(
                    format!("duplicate argument '{}' in function definition", arg.arg),
                    arg.span,
                ));
            }
        }
        self.current().parameters = ordered.iter().map(|arg| arg.arg.clone()).collect();
        Ok(())
    }

    fn optional(&mut self, expr: Option<&Expr>) -> Result<(), SyntaxError> {
        expr.map_or(Ok(()), |expr| self.expression(expr))
    }

    fn expressions(&mut self, exprs: &[Expr]) -> Result<(), SyntaxError> {
        exprs.iter().try_for_each(|expr| self.expression(expr))
    }

    /// Visits an expression in load position; targets go through [`Builder::target`].
    fn expression(&mut self, expr: &Expr) -> Result<(), SyntaxError> {
        crate::with_stack(|| self.expression_at(expr))
    }

    fn expression_at(&mut self, expr: &Expr) -> Result<(), SyntaxError> {
        match &expr.kind {
            ExprKind::Name(name) => self.use_name(name),
            ExprKind::BoolOp { values, .. } => self.expressions(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.expression(value)?;
                self.walrus_target(target)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expression(left)?;
                self.expression(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expression(operand)?,
            ExprKind::Lambda { args, body } => {
                self.parameter_defaults(args)?;
                self.enter(ScopeKind::Function, "<lambda>", node_address(expr));
                self.parameters(args)?;
                self.expression(body)?;
                self.stack.pop();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expression(test)?;
                self.expression(body)?;
                self.expression(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for key in keys.iter().flatten() {
                    self.expression(key)?;
                }
                self.expressions(values)?;
            }
            ExprKind::Set(elements) | ExprKind::List(elements) | ExprKind::Tuple(elements) => {
                self.expressions(elements)?
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(expr, "<listcomp>", &[elt], generators)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(expr, "<setcomp>", &[elt], generators)?,
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(expr, "<dictcomp>", &[key, value], generators)?
            }
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(expr, "<genexpr>", &[elt], generators)?,
            ExprKind::Await(value) => {
                self.expression(value)?;
                let scope = self.current();
                match scope.kind {
                    ScopeKind::Function if scope.is_coroutine => {}
                    ScopeKind::Function | ScopeKind::Comprehension => {
                        return Err(SyntaxError::new("'await' outside async function", expr.span));
                    }
                    ScopeKind::Module | ScopeKind::Class => {
                        return Err(SyntaxError::new("'await' outside function", expr.span));
                    }
                }
            }
            ExprKind::Yield(value) => {
                self.mark_generator(expr.span)?;
                if let Some(value) = value {
                    self.expression(value)?;
                }
            }
            ExprKind::YieldFrom(value) => {
                self.mark_generator(expr.span)?;
                self.expression(value)?;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expression(left)?;
                self.expressions(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.expression(func)?;
                self.expressions(args)?;
                for keyword in keywords {
                    self.expression(&keyword.value)?;
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expression(value)?;
                if let Some(spec) = format_spec {
                    self.expression(spec)?;
                }
            }
            ExprKind::JoinedStr(values) => self.expressions(values)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expression(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expression(value)?;
                self.expression(slice)?;
            }
            ExprKind::Starred(value) => self.expression(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expression(part)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, span: Span) -> Result<(), SyntaxError> {
        let scope = self.current();
        match scope.kind {
            ScopeKind::Function if scope.is_coroutine => {
                Err(SyntaxError::new("asynchronous generators are not supported by weft yet", span))
            }
            ScopeKind::Function => {
                scope.is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension if &*scope.name == "<genexpr>" => {
                Err(SyntaxError::new("'yield' inside generator expression", span))
            }
            ScopeKind::Comprehension => {
                let what = &scope.name[1..scope.name.len() - 5];
                let what = match what {
                    "list" => "list comprehension",
                    "set" => "set comprehension",
                    _ => "dict comprehension",
                };
                Err(SyntaxError::new(format!("'yield' inside {what}"), span))
            }
            ScopeKind::Module | ScopeKind::Class => Err(SyntaxError::new("'yield' outside function", span)),
        }
    }

    /// `(x := value)` inside a comprehension binds x in the nearest enclosing
    /// function or module, not in the comprehension (PEP 572).
    fn walrus_target(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        let ExprKind::Name(name) = &target.kind else {
            return self.expression(target);
        };
        if self.current().kind != ScopeKind::Comprehension {
            self.bind(name);
            return Ok(());
        }
        let owner = self.stack.iter().rev().copied().find(|&id| self.scopes[id].kind != ScopeKind::Comprehension);
        let owner = owner.expect("the module is never a comprehension");
        match self.scopes[owner].kind {
            ScopeKind::Class => Err(SyntaxError::new(
                "assignment expression within a comprehension cannot be used in a class body",
                target.span,
            )),
            kind => {
                let in_comprehension = if kind == ScopeKind::Module { flag::GLOBAL } else { flag::NONLOCAL };
                for &id in self.stack.iter().rev() {
                    if id == owner {
                        break;
                    }
                    let symbol = self.scopes[id].symbols.entry(name.clone()).or_insert(Symbol {
                        flags: 0,
                        scope: NameScope::GlobalImplicit,
                        declared_at: Span::default(),
                    });
                    symbol.flags |= in_comprehension;
                }
                let symbol = self.scopes[owner].symbols.entry(name.clone()).or_insert(Symbol {
                    flags: 0,
                    scope: NameScope::GlobalImplicit,
                    declared_at: Span::default(),
                });
                symbol.flags |= flag::ASSIGNED;
                Ok(())
            }
        }
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        elements: &[&Expr],
        generators: &[Comprehension],
    ) -> Result<(), SyntaxError> {
        // The first iterable is evaluated outside, and passed in as `.0`.
        self.expression(&generators[0].iter)?;
        let id = self.enter(ScopeKind::Comprehension, name, node_address(node));
        if name == "<genexpr>" {
            self.scopes[id].is_generator = true;
        }
        self.add(".0", flag::PARAMETER);
        self.scopes[id].parameters = vec![".0".into()];
        for (i, generator) in generators.iter().enumerate() {
            if i > 0 {
                self.expression(&generator.iter)?;
            }
            self.target(&generator.target)?;
            self.expressions(&generator.ifs)?;
        }
        for element in elements {
            self.expression(element)?;
        }
        self.stack.pop();
        Ok(())
    }

    fn target(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        match &target.kind {
            ExprKind::Name(name) => {
                self.bind(name);
                Ok(())
            }
            ExprKind::Tuple(elements) | ExprKind::List(elements) => elements.iter().try_for_each(|e| self.target(e)),
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expression(target),
        }
    }
}

/// Resolves every name of `scope` and its children. `visible` holds the names
/// bound by enclosing functions, which inner scopes may capture. Returns the
/// names this scope needs from outside (its free variables).
fn analyze(
    table: &mut SymbolTable,
    scope: ScopeId,
    visible: &FxHashSet<Box<str>>,
) -> Result<FxHashSet<Box<str>>, SyntaxError> {
    let kind = table.scopes[scope].kind;
    let mut free = FxHashSet::default();
    for (name, symbol) in table.scopes[scope].symbols.iter_mut() {
        let flags = symbol.flags;
        symbol.scope = if flags & flag::GLOBAL != 0 {
            NameScope::GlobalExplicit
        } else if flags & flag::NONLOCAL != 0 {
            if !visible.contains(name) {
                return Err(SyntaxError::new(format!("no binding for nonlocal '{name}' found"), symbol.declared_at));
            }
            free.insert(name.clone());
            NameScope::Free
        } else if flags & (flag::ASSIGNED | flag::PARAMETER) != 0 {
            NameScope::Local
        } else if visible.contains(name) && kind != ScopeKind::Module {
            free.insert(name.clone());
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
    }

    // What inner scopes can capture from here.
    let mut inner_visible = visible.clone();
    match kind {
        ScopeKind::Function | ScopeKind::Comprehension => {
            for (name, symbol) in &table.scopes[scope].symbols {
                match symbol.scope {
                    NameScope::Local | NameScope::Cell | NameScope::Free => {
                        inner_visible.insert(name.clone());
                    }
                    NameScope::GlobalExplicit => {
                        inner_visible.remove(name);
                    }
                    NameScope::GlobalImplicit => {}
                }
            }
        }
        ScopeKind::Class => {
            inner_visible.insert("__class__".into());
        }
        ScopeKind::Module => {}
    }

    let children = table.scopes[scope].children.clone();
    for child in children {
        let wanted = analyze(table, child, &inner_visible)?;
        for name in wanted {
            let this = &mut table.scopes[scope];
            if kind == ScopeKind::Class && &*name == "__class__" {
                this.needs_class_cell = true;
                continue;
            }
            match this.symbols.get_mut(&name) {
                Some(symbol) if symbol.scope == NameScope::Local && kind != ScopeKind::Class => {
                    symbol.scope = NameScope::Cell
                }
                Some(symbol) if matches!(symbol.scope, NameScope::Cell | NameScope::Free) => {}
                // Passed through this scope to reach the child: a free variable here too.
                _ => {
                    this.symbols.insert(
                        name.clone(),
                        Symbol { flags: 0, scope: NameScope::Free, declared_at: Span::default() },
                    );
                    free.insert(name);
                }
            }
        }
    }
    Ok(free)
}

/// Every parameter in declaration order: positional-only, positional,
/// `*args`, keyword-only, `**kwargs`.
pub(crate) fn parameter_list(args: &Arguments) -> impl Iterator<Item = &Arg> {
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .chain(args.vararg.as_ref())
        .chain(&args.kwonlyargs)
        .chain(args.kwarg.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(source: &str) -> SymbolTable {
        let module = weft_syntax::parse_module(source).expect("valid source");
        SymbolTable::build(&module).expect("valid scopes")
    }

    fn scope_named<'t>(table: &'t SymbolTable, name: &str) -> &'t Scope {
        table.scopes.iter().find(|scope| &*scope.name == name).expect("scope exists")
    }

    #[test]
    fn closures_make_cells_and_free_variables() {
        let t = table("def outer(a):\n    b = 1\n    def inner():\n        return a + b + c\n    return inner\n");
        let outer = scope_named(&t, "outer");
        assert_eq!(outer.symbols["a"].scope, NameScope::Cell);
        assert_eq!(outer.symbols["b"].scope, NameScope::Cell);
        let inner = scope_named(&t, "inner");
        assert_eq!(inner.symbols["a"].scope, NameScope::Free);
        assert_eq!(inner.symbols["c"].scope, NameScope::GlobalImplicit);
    }

    #[test]
    fn class_bodies_do_not_enclose_methods() {
        let t = table("def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return y\n");
        assert_eq!(scope_named(&t, "C").symbols["x"].scope, NameScope::Free);
        assert_eq!(scope_named(&t, "m").symbols["y"].scope, NameScope::GlobalImplicit);
    }

    #[test]
    fn super_gives_the_class_a_cell() {
        let t = table("class C:\n    def m(self):\n        return super().m()\n");
        assert!(scope_named(&t, "C").needs_class_cell);
        assert_eq!(scope_named(&t, "m").symbols["__class__"].scope, NameScope::Free);
    }

    #[test]
    fn nonlocal_and_global_declarations() {
        let t = table("def f():\n    x = 1\n    def g():\n        nonlocal x\n        global y\n        x = y = 2\n");
        let g = scope_named(&t, "g");
        assert_eq!(g.symbols["x"].scope, NameScope::Free);
        assert_eq!(g.symbols["y"].scope, NameScope::GlobalExplicit);
        let module = weft_syntax::parse_module("def f():\n    nonlocal q\n").expect("parses");
        assert_eq!(SymbolTable::build(&module).expect_err("no binding").message, "no binding for nonlocal 'q' found");
    }

    #[test]
    fn walrus_in_comprehension_binds_outside() {
        let t = table("def f(data):\n    [y := v for v in data]\n    return y\n");
        assert_eq!(scope_named(&t, "f").symbols["y"].scope, NameScope::Cell);
        assert_eq!(scope_named(&t, "<listcomp>").symbols["y"].scope, NameScope::Free);
    }
}
