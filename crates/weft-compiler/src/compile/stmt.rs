//! Statements. The shape of each construct's bytecode is written out beside
//! it; docs/bytecode.md explains the handler blocks they rely on.

use std::sync::Arc;

use weft_bytecode::instruction::{BinaryOperator, Instruction, function_flags};
use weft_bytecode::{CodeObject, Constant};
use weft_syntax::SyntaxError;
use weft_syntax::ast::*;

use super::{Access, Compiler, FrameBlock, Label, Mode, docstring, has_annotations};
use crate::symtable::{ScopeKind, node_address};

/// Why control leaves a block early.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Exit {
    Break,
    Continue,
    Return,
}

impl<'a> Compiler<'a> {
    pub(crate) fn statement(&mut self, stmt: &'a Stmt) -> Result<(), SyntaxError> {
        let saved = self.set_location(stmt.span);
        self.statement_kind(stmt)?;
        self.restore_location(saved);
        Ok(())
    }

    fn statement_kind(&mut self, stmt: &'a Stmt) -> Result<(), SyntaxError> {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => self.function_def(def, stmt.span)?,
            StmtKind::ClassDef(class) => self.class_def(class, stmt.span)?,
            StmtKind::Return(value) => self.return_statement(value.as_ref(), stmt.span)?,
            StmtKind::Delete(targets) => {
                for target in targets {
                    self.delete_target(target)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expression(value)?;
                for (i, target) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instruction::Copy(1));
                    }
                    self.assign_target(target)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.annotated_assignment(target, annotation, value.as_ref(), *simple)?
            }
            StmtKind::For { target, iter, body, orelse } => self.for_loop(target, iter, body, orelse)?,
            StmtKind::While { test, body, orelse } => self.while_loop(test, body, orelse)?,
            StmtKind::If { test, body, orelse } => self.if_statement(test, body, orelse)?,
            StmtKind::With { items, body } => self.with_statement(items, body)?,
            StmtKind::Raise { exc, cause } => {
                let mut count = 0;
                if let Some(exc) = exc {
                    self.expression(exc)?;
                    count += 1;
                    if let Some(cause) = cause {
                        self.expression(cause)?;
                        count += 1;
                    }
                }
                self.emit(Instruction::RaiseVarargs(count));
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                // CPython points the failure at the assertion's test.
                let saved = self.set_location(test.span);
                self.emit(Instruction::LoadAssertionError);
                if let Some(msg) = msg {
                    self.expression(msg)?;
                    self.set_location(test.span);
                    self.emit(Instruction::Call(1));
                }
                self.emit(Instruction::RaiseVarargs(1));
                self.restore_location(saved);
                self.bind(end);
            }
            StmtKind::Import(names) => self.import(names),
            StmtKind::ImportFrom { module, names, level } => self.import_from(module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Expr(value) => self.expression_statement(value)?,
            StmtKind::Break => self.loop_exit(Exit::Break, stmt.span)?,
            StmtKind::Continue => self.loop_exit(Exit::Continue, stmt.span)?,
        }
        Ok(())
    }

    fn expression_statement(&mut self, value: &'a Expr) -> Result<(), SyntaxError> {
        if self.mode == Mode::Interactive && self.units.len() == 1 {
            self.expression(value)?;
            self.emit(Instruction::PrintExpr);
            return Ok(());
        }
        // A lone constant (a docstring in the wrong place, `...`) does nothing.
        if let ExprKind::Constant(_) = value.kind {
            return Ok(());
        }
        self.expression(value)?;
        self.emit(Instruction::PopTop);
        Ok(())
    }

    // ----- Definitions -----

    fn function_def(&mut self, def: &'a FunctionDef, span: Span) -> Result<(), SyntaxError> {
        for decorator in &def.decorator_list {
            self.expression(decorator)?;
        }
        let flags = self.parameter_defaults(&def.args)? | self.annotations(def)?;
        let scope = self.symbols.scope_of(node_address(def));
        let qualname = self.qualname_for(&def.name);
        let line = self.line_of(span);
        self.push_unit(scope, def.name.clone(), qualname, line);
        self.set_parameter_counts(&def.args);
        let body = match docstring(&def.body) {
            Some(doc) => {
                self.unit().docstring = Some(doc.into());
                &def.body[1..]
            }
            None => &def.body[..],
        };
        for stmt in body {
            self.statement(stmt)?;
        }
        if !body.last().is_some_and(|stmt| matches!(stmt.kind, StmtKind::Return(_))) {
            self.implicit_return(body);
        }
        let code = self.pop_unit();
        self.make_function(code, flags);
        for _ in &def.decorator_list {
            self.emit(Instruction::Call(1));
        }
        self.name_op(&def.name, Access::Store);
        Ok(())
    }

    pub(crate) fn set_parameter_counts(&mut self, args: &Arguments) {
        let unit = self.unit();
        unit.posonly_count = args.posonlyargs.len() as u32;
        unit.arg_count = (args.posonlyargs.len() + args.args.len()) as u32;
        unit.kwonly_count = args.kwonlyargs.len() as u32;
        unit.flags.varargs = args.vararg.is_some();
        unit.flags.varkeywords = args.kwarg.is_some();
    }

    /// Pushes the defaults tuple and keyword-defaults dict a function needs;
    /// returns the `MAKE_FUNCTION` flags saying which were pushed.
    pub(crate) fn parameter_defaults(&mut self, args: &'a Arguments) -> Result<u32, SyntaxError> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            let folded: Option<Box<[Constant]>> = args.defaults.iter().map(super::fold::fold).collect();
            match folded {
                Some(constants) => self.load_const(Constant::Tuple(constants)),
                None => {
                    for default in &args.defaults {
                        self.expression(default)?;
                    }
                    self.emit(Instruction::BuildTuple(args.defaults.len() as u32));
                }
            }
            flags |= function_flags::DEFAULTS;
        }
        let mut kw_count = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                self.load_const(Constant::Str(arg.arg.clone()));
                self.expression(default)?;
                kw_count += 1;
            }
        }
        if kw_count > 0 {
            self.emit(Instruction::BuildMap(kw_count));
            flags |= function_flags::KW_DEFAULTS;
        }
        Ok(flags)
    }

    /// `target: annotation [= value]`. Module and class bodies record a bare
    /// name's annotation in `__annotations__` and evaluate any other; function
    /// bodies never evaluate annotations, as in CPython.
    fn annotated_assignment(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> Result<(), SyntaxError> {
        if let Some(value) = value {
            self.expression(value)?;
            self.assign_target(target)?;
        }
        if matches!(self.scope_kind(), ScopeKind::Function | ScopeKind::Comprehension) {
            return Ok(());
        }
        self.annotation(annotation)?;
        match &target.kind {
            ExprKind::Name(name) if simple => {
                let slot = self.name_index("__annotations__");
                self.emit(Instruction::LoadName(slot));
                self.load_const(Constant::Str(name.as_ref().into()));
                self.emit(Instruction::StoreSubscr);
            }
            _ => self.emit(Instruction::PopTop),
        }
        Ok(())
    }

    /// Pushes the `(name, value, …)` tuple of a function's annotations, if
    /// it has any, and returns the `MAKE_FUNCTION` flag for it.
    /// An annotation's value: the expression, or under `from __future__
    /// import annotations` its source text (CPython unparses the expression
    /// instead, which differs only in spacing).
    fn annotation(&mut self, annotation: &'a Expr) -> Result<(), SyntaxError> {
        match self.postponed_annotations {
            Some(source) => {
                let text = source.get(annotation.span.start as usize..annotation.span.end as usize).unwrap_or("");
                self.load_const(Constant::Str(text.into()));
                Ok(())
            }
            None => self.expression(annotation),
        }
    }

    fn annotations(&mut self, def: &'a FunctionDef) -> Result<u32, SyntaxError> {
        let parameters = crate::symtable::parameter_list(&def.args)
            .filter_map(|arg| Some((arg.arg.clone(), arg.annotation.as_ref()?)));
        let returns = def.returns.as_ref().map(|returns| (Identifier::from("return"), returns));
        let mut count = 0;
        for (name, annotation) in parameters.chain(returns) {
            self.load_const(Constant::Str(name));
            self.annotation(annotation)?;
            count += 2;
        }
        if count == 0 {
            return Ok(0);
        }
        self.emit(Instruction::BuildTuple(count));
        Ok(function_flags::ANNOTATIONS)
    }

    pub(crate) fn make_function(&mut self, code: CodeObject, mut flags: u32) {
        if self.load_closure(&code) {
            flags |= function_flags::CLOSURE;
        }
        self.load_const(Constant::Code(Arc::new(code)));
        self.emit(Instruction::MakeFunction(flags));
    }

    /// ```text
    /// LOAD_BUILD_CLASS; <body function>; LOAD_CONST name; <bases, keywords>; CALL
    /// ```
    fn class_def(&mut self, class: &'a ClassDef, span: Span) -> Result<(), SyntaxError> {
        for decorator in &class.decorator_list {
            self.expression(decorator)?;
        }
        self.emit(Instruction::LoadBuildClass);
        let scope = self.symbols.scope_of(node_address(class));
        let qualname = self.qualname_for(&class.name);
        let line = self.line_of(span);
        self.push_unit(scope, class.name.clone(), qualname.clone(), line);
        let module_name = self.name_index("__name__");
        self.emit(Instruction::LoadName(module_name));
        let module_slot = self.name_index("__module__");
        self.emit(Instruction::StoreName(module_slot));
        self.load_const(Constant::Str(qualname));
        let qualname_slot = self.name_index("__qualname__");
        self.emit(Instruction::StoreName(qualname_slot));
        if has_annotations(&class.body) {
            self.emit(Instruction::SetupAnnotations);
        }
        let body = match docstring(&class.body) {
            Some(doc) => {
                self.load_const(Constant::Str(doc.into()));
                let doc_slot = self.name_index("__doc__");
                self.emit(Instruction::StoreName(doc_slot));
                &class.body[1..]
            }
            None => &class.body[..],
        };
        for stmt in body {
            self.statement(stmt)?;
        }
        if self.symbols.scopes[scope].needs_class_cell {
            // The class body returns its `__class__` cell so `__build_class__` can fill it.
            let cell = self.unit_ref().cellvars.get_index_of("__class__").expect("class cell laid out") as u32;
            self.emit(Instruction::LoadClosure(cell));
            self.emit(Instruction::Copy(1));
            let slot = self.name_index("__classcell__");
            self.emit(Instruction::StoreName(slot));
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Instruction::ReturnValue);
        let code = self.pop_unit();
        self.make_function(code, 0);
        self.load_const(Constant::Str(class.name.clone()));
        self.call_arguments(&class.bases, &class.keywords, 2)?;
        for _ in &class.decorator_list {
            self.emit(Instruction::Call(1));
        }
        self.name_op(&class.name, Access::Store);
        Ok(())
    }

    fn return_statement(&mut self, value: Option<&'a Expr>, span: Span) -> Result<(), SyntaxError> {
        if !matches!(self.scope_kind(), ScopeKind::Function) {
            return Err(SyntaxError::new("'return' outside function", span));
        }
        match value {
            Some(value) => self.expression(value)?,
            None => self.load_const(Constant::None),
        }
        self.unwind(Exit::Return, span)?;
        self.emit(Instruction::ReturnValue);
        Ok(())
    }

    // ----- Assignment -----

    pub(crate) fn assign_target(&mut self, target: &'a Expr) -> Result<(), SyntaxError> {
        let saved = self.set_location(target.span);
        match &target.kind {
            ExprKind::Name(name) => self.name_op(name, Access::Store),
            ExprKind::Attribute { value, attr } => {
                self.expression(value)?;
                let index = self.name_index(attr);
                self.emit_attribute(target.span, attr, Instruction::StoreAttr(index));
            }
            ExprKind::Subscript { value, slice } => {
                self.expression(value)?;
                self.expression(slice)?;
                self.emit(Instruction::StoreSubscr);
            }
            ExprKind::Tuple(elements) | ExprKind::List(elements) => self.unpack_into(elements, target.span)?,
            ExprKind::Starred(_) => {
                return Err(SyntaxError::new("starred assignment target must be in a list or tuple", target.span));
            }
            _ => return Err(SyntaxError::new("cannot assign to expression", target.span)),
        }
        self.restore_location(saved);
        Ok(())
    }

    fn unpack_into(&mut self, elements: &'a [Expr], span: Span) -> Result<(), SyntaxError> {
        let starred: Vec<usize> = elements
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)))
            .map(|(i, _)| i)
            .collect();
        match starred.as_slice() {
            [] => self.emit(Instruction::UnpackSequence(elements.len() as u32)),
            [star] => {
                let before = *star as u32;
                let after = (elements.len() - star - 1) as u32;
                if before > 0xFF || after > 0xFF_FFFF {
                    return Err(SyntaxError::new("too many expressions in star-unpacking assignment", span));
                }
                self.emit(Instruction::UnpackEx(before | (after << 8)));
            }
            _ => {
                return Err(SyntaxError::new("multiple starred expressions in assignment", span));
            }
        }
        for element in elements {
            match &element.kind {
                ExprKind::Starred(inner) => self.assign_target(inner)?,
                _ => self.assign_target(element)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, target: &'a Expr) -> Result<(), SyntaxError> {
        match &target.kind {
            ExprKind::Name(name) => self.name_op(name, Access::Delete),
            ExprKind::Attribute { value, attr } => {
                self.expression(value)?;
                let index = self.name_index(attr);
                self.emit_attribute(target.span, attr, Instruction::DeleteAttr(index));
            }
            ExprKind::Subscript { value, slice } => {
                self.expression(value)?;
                self.expression(slice)?;
                self.emit(Instruction::DeleteSubscr);
            }
            ExprKind::Tuple(elements) | ExprKind::List(elements) => {
                for element in elements {
                    self.delete_target(element)?;
                }
            }
            _ => return Err(SyntaxError::new("cannot delete expression", target.span)),
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> Result<(), SyntaxError> {
        let operator = Instruction::BinaryOp(binary_operator(op).operand(true));
        match &target.kind {
            ExprKind::Name(name) => {
                self.name_op(name, Access::Load);
                self.expression(value)?;
                self.emit(operator);
                self.name_op(name, Access::Store);
            }
            ExprKind::Attribute { value: object, attr } => {
                let index = self.name_index(attr);
                self.expression(object)?;
                self.emit(Instruction::Copy(1));
                self.emit_attribute(target.span, attr, Instruction::LoadAttr(index));
                self.expression(value)?;
                self.emit(operator);
                self.emit(Instruction::Swap(2));
                self.emit_attribute(target.span, attr, Instruction::StoreAttr(index));
            }
            ExprKind::Subscript { value: object, slice } => {
                self.expression(object)?;
                self.expression(slice)?;
                self.emit(Instruction::Copy(2));
                self.emit(Instruction::Copy(2));
                self.emit(Instruction::BinarySubscr);
                self.expression(value)?;
                self.emit(operator);
                self.emit(Instruction::Swap(3));
                self.emit(Instruction::Swap(2));
                self.emit(Instruction::StoreSubscr);
            }
            _ => {
                return Err(SyntaxError::new("illegal expression for augmented assignment", target.span));
            }
        }
        Ok(())
    }

    // ----- Control flow -----

    fn if_statement(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> Result<(), SyntaxError> {
        let end = self.new_label();
        let otherwise = if orelse.is_empty() { end } else { self.new_label() };
        self.jump_if(test, false, otherwise)?;
        self.statements(body)?;
        if !orelse.is_empty() {
            self.jump(Instruction::Jump, end);
            self.bind(otherwise);
            self.statements(orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    /// ```text
    /// start: <test> POP_JUMP_IF_FALSE else; <body>; JUMP start
    /// else:  <orelse>
    /// end:
    /// ```
    fn while_loop(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> Result<(), SyntaxError> {
        let start = self.new_label();
        let otherwise = self.new_label();
        let end = self.new_label();
        self.bind(start);
        if !is_constant_true(test) {
            self.jump_if(test, false, otherwise)?;
        }
        self.unit().blocks.push(FrameBlock::WhileLoop { start, end });
        self.statements(body)?;
        self.unit().blocks.pop();
        self.jump(Instruction::Jump, start);
        self.bind(otherwise);
        self.statements(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// ```text
    ///        <iter> GET_ITER
    /// start: FOR_ITER else; <store target>; <body>; JUMP start
    /// else:  <orelse>
    /// end:
    /// ```
    fn for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        let start = self.new_label();
        let otherwise = self.new_label();
        let end = self.new_label();
        self.expression(iter)?;
        self.emit(Instruction::GetIter);
        self.bind(start);
        let saved = self.set_location(iter.span);
        self.jump(Instruction::ForIter, otherwise);
        self.restore_location(saved);
        self.assign_target(target)?;
        self.unit().blocks.push(FrameBlock::ForLoop { start, end });
        self.statements(body)?;
        self.unit().blocks.pop();
        self.jump(Instruction::Jump, start);
        self.bind(otherwise);
        self.statements(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn statements(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|stmt| self.statement(stmt))
    }

    fn loop_exit(&mut self, exit: Exit, span: Span) -> Result<(), SyntaxError> {
        let target = self.unwind(exit, span)?.expect("break and continue find a loop");
        self.jump(Instruction::Jump, target);
        Ok(())
    }

    /// Emits the cleanup of every block an early exit leaves: popping handler
    /// blocks, running `finally` bodies, calling `__exit__`. A `return` keeps
    /// its value on top of the stack throughout. Returns the loop label a
    /// `break` or `continue` jumps to.
    fn unwind(&mut self, exit: Exit, span: Span) -> Result<Option<Label>, SyntaxError> {
        let saved = self.unit().blocks.clone();
        let keep_top = exit == Exit::Return;
        let mut target = None;
        while let Some(block) = self.unit().blocks.pop() {
            match block {
                FrameBlock::WhileLoop { start, end } if exit != Exit::Return => {
                    target = Some(if exit == Exit::Break { end } else { start });
                    break;
                }
                FrameBlock::ForLoop { start, end } if exit != Exit::Return => {
                    if exit == Exit::Break {
                        self.emit(Instruction::PopTop);
                    }
                    target = Some(if exit == Exit::Break { end } else { start });
                    break;
                }
                FrameBlock::WhileLoop { .. } => {}
                FrameBlock::ForLoop { .. } => self.pop_below_top(keep_top),
                FrameBlock::TryExcept => self.emit(Instruction::PopBlock),
                FrameBlock::FinallyTry { body } => {
                    self.emit(Instruction::PopBlock);
                    self.statements(body)?;
                }
                FrameBlock::FinallyEnd => {
                    self.emit(Instruction::PopExcept);
                    self.pop_below_top(keep_top);
                }
                FrameBlock::HandlerCleanup { name } => {
                    if name.is_some() {
                        self.emit(Instruction::PopBlock);
                    }
                    self.emit(Instruction::PopExcept);
                    self.pop_below_top(keep_top);
                    if let Some(name) = name {
                        self.clear_handler_name(name);
                    }
                }
                FrameBlock::With => {
                    self.emit(Instruction::PopBlock);
                    if keep_top {
                        self.emit(Instruction::Swap(2));
                    }
                    self.call_exit_with_nones();
                }
            }
        }
        self.unit().blocks = saved;
        if exit != Exit::Return && target.is_none() {
            let message = if exit == Exit::Break { "'break' outside loop" } else { "'continue' not properly in loop" };
            return Err(SyntaxError::new(message, span));
        }
        Ok(target)
    }

    /// Pops the item under the top (or the top itself when nothing is kept there).
    fn pop_below_top(&mut self, keep_top: bool) {
        if keep_top {
            self.emit(Instruction::Swap(2));
        }
        self.emit(Instruction::PopTop);
    }

    fn call_exit_with_nones(&mut self) {
        for _ in 0..3 {
            self.load_const(Constant::None);
        }
        self.emit(Instruction::Call(3));
        self.emit(Instruction::PopTop);
    }

    /// `except E as name` unbinds the name when the handler ends, as Python does.
    fn clear_handler_name(&mut self, name: &str) {
        self.load_const(Constant::None);
        self.name_op(name, Access::Store);
        self.name_op(name, Access::Delete);
    }

    // ----- Exceptions -----

    /// ```text
    ///          SETUP_FINALLY handlers; <body>; POP_BLOCK; <orelse>; JUMP end
    /// handlers: (exception on the stack)
    ///          <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
    ///          <handler body>; POP_EXCEPT; POP_TOP; JUMP end
    /// next:    ...
    ///          RERAISE            (nothing matched)
    /// end:
    /// ```
    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        let handlers_start = self.new_label();
        let end = self.new_label();
        self.jump(Instruction::SetupFinally, handlers_start);
        self.unit().blocks.push(FrameBlock::TryExcept);
        self.statements(body)?;
        self.unit().blocks.pop();
        self.emit(Instruction::PopBlock);
        self.statements(orelse)?;
        self.jump(Instruction::Jump, end);
        self.bind(handlers_start);
        for (i, handler) in handlers.iter().enumerate() {
            let saved = self.set_location(handler.span);
            let next = self.new_label();
            match &handler.type_ {
                Some(type_) => {
                    self.expression(type_)?;
                    self.emit(Instruction::CheckExcMatch);
                    self.jump(Instruction::PopJumpIfFalse, next);
                }
                None if i + 1 < handlers.len() => {
                    return Err(SyntaxError::new("default 'except:' must be last", handler.span));
                }
                None => {}
            }
            self.handler_body(handler, end)?;
            self.bind(next);
            self.restore_location(saved);
        }
        self.emit(Instruction::Reraise);
        self.bind(end);
        Ok(())
    }

    fn handler_body(&mut self, handler: &'a ExceptHandler, end: Label) -> Result<(), SyntaxError> {
        let Some(name) = handler.name.as_deref() else {
            self.unit().blocks.push(FrameBlock::HandlerCleanup { name: None });
            self.statements(&handler.body)?;
            self.unit().blocks.pop();
            self.emit(Instruction::PopExcept);
            self.emit(Instruction::PopTop);
            self.jump(Instruction::Jump, end);
            return Ok(());
        };
        // The name is cleared however the handler ends, so a handler that
        // raises runs a cleanup block before the exception goes on.
        let cleanup = self.new_label();
        self.emit(Instruction::Copy(1));
        self.name_op(name, Access::Store);
        self.jump(Instruction::SetupFinally, cleanup);
        self.unit().blocks.push(FrameBlock::HandlerCleanup { name: Some(name) });
        self.statements(&handler.body)?;
        self.unit().blocks.pop();
        self.emit(Instruction::PopBlock);
        self.emit(Instruction::PopExcept);
        self.emit(Instruction::PopTop);
        self.clear_handler_name(name);
        self.jump(Instruction::Jump, end);
        self.bind(cleanup);
        self.clear_handler_name(name);
        self.emit(Instruction::Reraise);
        Ok(())
    }

    /// ```text
    ///          SETUP_FINALLY handler; <try/except>; POP_BLOCK; <finally body>; JUMP end
    /// handler: <finally body>; RERAISE        (exception on the stack)
    /// end:
    /// ```
    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        let handler = self.new_label();
        let end = self.new_label();
        self.jump(Instruction::SetupFinally, handler);
        self.unit().blocks.push(FrameBlock::FinallyTry { body: finalbody });
        if handlers.is_empty() {
            self.statements(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().blocks.pop();
        self.emit(Instruction::PopBlock);
        self.statements(finalbody)?;
        self.jump(Instruction::Jump, end);
        self.bind(handler);
        self.unit().blocks.push(FrameBlock::FinallyEnd);
        self.statements(finalbody)?;
        self.unit().blocks.pop();
        self.emit(Instruction::Reraise);
        self.bind(end);
        Ok(())
    }

    /// ```text
    ///           <context> BEFORE_WITH; <store or POP_TOP>; SETUP_FINALLY handler
    ///           <body>; POP_BLOCK; __exit__(None, None, None); JUMP end
    /// handler:  WITH_EXCEPT_START; POP_JUMP_IF_TRUE suppress; RERAISE
    /// suppress: POP_TOP; POP_EXCEPT; POP_TOP
    /// end:
    /// ```
    fn with_statement(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> Result<(), SyntaxError> {
        let Some((item, rest)) = items.split_first() else {
            return self.statements(body);
        };
        let handler = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expression(&item.context_expr)?;
        self.emit(Instruction::BeforeWith);
        match &item.optional_vars {
            Some(target) => self.assign_target(target)?,
            None => self.emit(Instruction::PopTop),
        }
        // The handler block's depth keeps `__exit__` below the exception.
        self.jump(Instruction::SetupFinally, handler);
        self.unit().blocks.push(FrameBlock::With);
        self.with_statement(rest, body)?;
        self.unit().blocks.pop();
        self.emit(Instruction::PopBlock);
        self.call_exit_with_nones();
        self.jump(Instruction::Jump, end);
        self.bind(handler);
        self.emit(Instruction::WithExceptStart);
        self.jump(Instruction::PopJumpIfTrue, suppress);
        self.emit(Instruction::Reraise);
        self.bind(suppress);
        self.emit(Instruction::PopTop);
        self.emit(Instruction::PopExcept);
        self.emit(Instruction::PopTop);
        self.bind(end);
        Ok(())
    }

    // ----- Imports -----

    fn import(&mut self, names: &'a [Alias]) {
        for alias in names {
            self.load_const(Constant::Int(0.into()));
            self.load_const(Constant::None);
            let index = self.name_index(&alias.name);
            self.emit(Instruction::ImportName(index));
            match &alias.asname {
                Some(asname) => {
                    // `import a.b.c as d` binds the submodule, reached attribute by attribute.
                    for part in alias.name.split('.').skip(1) {
                        let index = self.name_index(part);
                        self.emit(Instruction::ImportFrom(index));
                        self.emit(Instruction::Swap(2));
                        self.emit(Instruction::PopTop);
                    }
                    self.name_op(asname, Access::Store);
                }
                None => {
                    let top = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.name_op(top, Access::Store);
                }
            }
        }
    }

    fn import_from(&mut self, module: Option<&str>, names: &'a [Alias], level: u32) {
        self.load_const(Constant::Int(level.into()));
        let fromlist: Box<[Constant]> = names.iter().map(|alias| Constant::Str(alias.name.clone())).collect();
        self.load_const(Constant::Tuple(fromlist));
        let index = self.name_index(module.unwrap_or(""));
        self.emit(Instruction::ImportName(index));
        if names.len() == 1 && &*names[0].name == "*" {
            self.emit(Instruction::ImportStar);
            return;
        }
        for alias in names {
            let index = self.name_index(&alias.name);
            self.emit(Instruction::ImportFrom(index));
            self.name_op(alias.asname.as_deref().unwrap_or(&alias.name), Access::Store);
        }
        self.emit(Instruction::PopTop);
    }
}

pub(crate) fn binary_operator(op: Operator) -> BinaryOperator {
    match op {
        Operator::Add => BinaryOperator::Add,
        Operator::Sub => BinaryOperator::Subtract,
        Operator::Mult => BinaryOperator::Multiply,
        Operator::MatMult => BinaryOperator::MatrixMultiply,
        Operator::Div => BinaryOperator::TrueDivide,
        Operator::Mod => BinaryOperator::Remainder,
        Operator::Pow => BinaryOperator::Power,
        Operator::LShift => BinaryOperator::LeftShift,
        Operator::RShift => BinaryOperator::RightShift,
        Operator::BitOr => BinaryOperator::Or,
        Operator::BitXor => BinaryOperator::Xor,
        Operator::BitAnd => BinaryOperator::And,
        Operator::FloorDiv => BinaryOperator::FloorDivide,
    }
}

fn is_constant_true(test: &Expr) -> bool {
    match &test.kind {
        ExprKind::Constant(weft_syntax::ast::Constant::Bool(value)) => *value,
        ExprKind::Constant(weft_syntax::ast::Constant::Int(value)) => value != &0.into(),
        _ => false,
    }
}
