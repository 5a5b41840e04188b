//! Expressions, calls, comprehensions and conditional jumps.

use weft_bytecode::Constant;
use weft_bytecode::instruction::{ComparisonOperator, Instruction, format_flags};
use weft_syntax::SyntaxError;
use weft_syntax::ast::*;

use super::stmt::binary_operator;
use super::{Access, Compiler, Label, fold};
use crate::symtable::{ScopeKind, node_address};

/// The four kinds of comprehension, which differ only in what they build.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl<'a> Compiler<'a> {
    pub(crate) fn expression(&mut self, expr: &'a Expr) -> Result<(), SyntaxError> {
        // Expressions nest up to MAX_EXPRESSION_DEPTH; grow the stack rather
        // than overflow on a thread with a small one.
        crate::with_stack(|| self.expression_at(expr))
    }

    fn expression_at(&mut self, expr: &'a Expr) -> Result<(), SyntaxError> {
        if let Some(constant) = fold::fold(expr) {
            self.load_const(constant);
            return Ok(());
        }
        let saved = self.set_location(expr.span);
        self.expression_kind(expr)?;
        self.restore_location(saved);
        Ok(())
    }

    fn expression_kind(&mut self, expr: &'a Expr) -> Result<(), SyntaxError> {
        match &expr.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump =
                    if *op == BoolOp::And { Instruction::JumpIfFalseOrPop } else { Instruction::JumpIfTrueOrPop };
                let (last, rest) = values.split_last().expect("a boolean operation has operands");
                for value in rest {
                    self.expression(value)?;
                    self.jump(jump, end);
                }
                self.expression(last)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expression(value)?;
                self.emit(Instruction::Copy(1));
                self.assign_target(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expression(left)?;
                self.expression(right)?;
                self.emit(Instruction::BinaryOp(binary_operator(*op).operand(false)));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expression(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Instruction::UnaryInvert,
                    UnaryOp::Not => Instruction::UnaryNot,
                    UnaryOp::UAdd => Instruction::UnaryPositive,
                    UnaryOp::USub => Instruction::UnaryNegative,
                });
            }
            ExprKind::Lambda { args, body } => {
                let flags = self.parameter_defaults(args)?;
                let scope = self.symbols.scope_of(node_address(expr));
                let qualname = self.qualname_for("<lambda>");
                let line = self.line_of(expr.span);
                self.push_unit(scope, "<lambda>".into(), qualname, line);
                self.set_parameter_counts(args);
                self.expression(body)?;
                self.emit(Instruction::ReturnValue);
                let code = self.pop_unit();
                self.make_function(code, flags);
            }
            ExprKind::IfExp { test, body, orelse } => {
                let otherwise = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, otherwise)?;
                self.expression(body)?;
                self.jump(Instruction::Jump, end);
                self.bind(otherwise);
                self.expression(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set(elements) => self.collection(elements, Collection::Set)?,
            ExprKind::List(elements) => self.collection(elements, Collection::List)?,
            ExprKind::Tuple(elements) => self.collection(elements, Collection::Tuple)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(expr, "<listcomp>", ComprehensionKind::List, elt, None, generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(expr, "<setcomp>", ComprehensionKind::Set, elt, None, generators)?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(expr, "<dictcomp>", ComprehensionKind::Dict, key, Some(value), generators)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(expr, "<genexpr>", ComprehensionKind::Generator, elt, None, generators)?
            }
            ExprKind::Yield(value) => {
                self.check_yield(expr.span)?;
                match value {
                    Some(value) => self.expression(value)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Instruction::YieldValue);
            }
            ExprKind::Await(value) => {
                self.expression(value)?;
                self.emit(Instruction::GetAwaitable);
                self.load_const(Constant::None);
                self.emit(Instruction::YieldFrom);
            }
            ExprKind::YieldFrom(value) => {
                self.check_yield(expr.span)?;
                self.expression(value)?;
                self.emit(Instruction::GetYieldFromIter);
                self.load_const(Constant::None);
                self.emit(Instruction::YieldFrom);
            }
            ExprKind::Compare { left, ops, comparators } => self.comparison(left, ops, comparators)?,
            ExprKind::Call { func, args, keywords } => self.call(func, args, keywords)?,
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.expression(value)?;
                let mut flags = match conversion {
                    Conversion::None => 0,
                    Conversion::Str => format_flags::STR,
                    Conversion::Repr => format_flags::REPR,
                    Conversion::Ascii => format_flags::ASCII,
                };
                if let Some(spec) = format_spec {
                    self.expression(spec)?;
                    flags |= format_flags::HAS_SPEC;
                }
                self.emit(Instruction::FormatValue(flags));
            }
            ExprKind::JoinedStr(values) => {
                for value in values {
                    self.expression(value)?;
                }
                let single_field = values.len() == 1 && matches!(values[0].kind, ExprKind::FormattedValue { .. });
                if values.is_empty() {
                    self.load_const(Constant::Str("".into()));
                } else if !single_field {
                    self.emit(Instruction::BuildString(values.len() as u32));
                }
            }
            ExprKind::Constant(_) => unreachable!("constants are folded"),
            ExprKind::Attribute { value, attr } => {
                self.expression(value)?;
                let index = self.name_index(attr);
                self.emit_attribute(expr.span, attr, Instruction::LoadAttr(index));
            }
            ExprKind::Subscript { value, slice } => {
                self.expression(value)?;
                self.expression(slice)?;
                self.emit(Instruction::BinarySubscr);
            }
            ExprKind::Starred(_) => {
                return Err(SyntaxError::new("can't use starred expression here", expr.span));
            }
            ExprKind::Name(name) => self.name_op(name, Access::Load),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(part) => self.expression(part)?,
                        None => self.load_const(Constant::None),
                    }
                }
                match step {
                    Some(step) => {
                        self.expression(step)?;
                        self.emit(Instruction::BuildSlice(3));
                    }
                    None => self.emit(Instruction::BuildSlice(2)),
                }
            }
        }
        Ok(())
    }

    fn check_yield(&self, span: Span) -> Result<(), SyntaxError> {
        match self.scope_kind() {
            ScopeKind::Function | ScopeKind::Comprehension => Ok(()),
            _ => Err(SyntaxError::new("'yield' outside function", span)),
        }
    }

    /// Compiles `expr` and jumps to `target` when its truth equals `when`;
    /// `and`, `or` and `not` become jumps instead of values.
    pub(crate) fn jump_if(&mut self, expr: &'a Expr, when: bool, target: Label) -> Result<(), SyntaxError> {
        match &expr.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => self.jump_if(operand, !when, target),
            ExprKind::BoolOp { op, values } => {
                // `a and b` jumps on false as soon as any operand is false; on true only after the last.
                let short_circuit_on = *op == BoolOp::Or;
                let (last, rest) = values.split_last().expect("a boolean operation has operands");
                if when == short_circuit_on {
                    for value in rest {
                        self.jump_if(value, when, target)?;
                    }
                    self.jump_if(last, when, target)
                } else {
                    let skip = self.new_label();
                    for value in rest {
                        self.jump_if(value, !when, skip)?;
                    }
                    self.jump_if(last, when, target)?;
                    self.bind(skip);
                    Ok(())
                }
            }
            _ => {
                self.expression(expr)?;
                let saved = self.set_location(expr.span);
                self.jump(if when { Instruction::PopJumpIfTrue } else { Instruction::PopJumpIfFalse }, target);
                self.restore_location(saved);
                Ok(())
            }
        }
    }

    /// `a < b < c` evaluates `b` once and stops at the first false link.
    fn comparison(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> Result<(), SyntaxError> {
        self.expression(left)?;
        if ops.len() == 1 {
            self.expression(&comparators[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (op, comparator) in ops[..ops.len() - 1].iter().zip(comparators) {
            self.expression(comparator)?;
            self.emit(Instruction::Swap(2));
            self.emit(Instruction::Copy(2));
            self.compare_op(*op);
            self.jump(Instruction::JumpIfFalseOrPop, cleanup);
        }
        self.expression(comparators.last().expect("as many comparators as operators"))?;
        self.compare_op(*ops.last().expect("at least one operator"));
        self.jump(Instruction::Jump, end);
        self.bind(cleanup);
        self.emit(Instruction::Swap(2));
        self.emit(Instruction::PopTop);
        self.bind(end);
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        let comparison = |operator: ComparisonOperator| Instruction::CompareOp(operator as u32);
        self.emit(match op {
            CmpOp::Eq => comparison(ComparisonOperator::Equal),
            CmpOp::NotEq => comparison(ComparisonOperator::NotEqual),
            CmpOp::Lt => comparison(ComparisonOperator::Less),
            CmpOp::LtE => comparison(ComparisonOperator::LessEqual),
            CmpOp::Gt => comparison(ComparisonOperator::Greater),
            CmpOp::GtE => comparison(ComparisonOperator::GreaterEqual),
            CmpOp::Is => Instruction::IsOp(0),
            CmpOp::IsNot => Instruction::IsOp(1),
            CmpOp::In => Instruction::ContainsOp(0),
            CmpOp::NotIn => Instruction::ContainsOp(1),
        });
    }

    // ----- Displays -----

    /// Lists, tuples and sets; with `*unpacking` they are built in a list
    /// that grows piece by piece.
    fn collection(&mut self, elements: &'a [Expr], kind: Collection) -> Result<(), SyntaxError> {
        let starred_at = elements.iter().position(|e| matches!(e.kind, ExprKind::Starred(_)));
        if kind == Collection::Set && starred_at.is_none() && elements.len() > 2 {
            // As CPython 3.11 does: a frozenset constant merged into a new set.
            let constants: Option<Box<[Constant]>> = elements.iter().map(fold::fold).collect();
            if let Some(constants) = constants {
                self.emit(Instruction::BuildSet(0));
                self.load_const(Constant::FrozenSet(constants));
                self.emit(Instruction::SetUpdate(1));
                return Ok(());
            }
        }
        let Some(first_star) = starred_at else {
            for element in elements {
                self.expression(element)?;
            }
            let count = elements.len() as u32;
            self.emit(match kind {
                Collection::List => Instruction::BuildList(count),
                Collection::Tuple => Instruction::BuildTuple(count),
                Collection::Set => Instruction::BuildSet(count),
            });
            return Ok(());
        };
        for element in &elements[..first_star] {
            self.expression(element)?;
        }
        let (build, extend, append) = match kind {
            Collection::Set => {
                (Instruction::BuildSet(first_star as u32), Instruction::SetUpdate(1), Instruction::SetAdd(1))
            }
            _ => (Instruction::BuildList(first_star as u32), Instruction::ListExtend(1), Instruction::ListAppend(1)),
        };
        self.emit(build);
        for element in &elements[first_star..] {
            match &element.kind {
                ExprKind::Starred(inner) => {
                    self.expression(inner)?;
                    self.emit(extend);
                }
                _ => {
                    self.expression(element)?;
                    self.emit(append);
                }
            }
        }
        if kind == Collection::Tuple {
            self.emit(Instruction::ListToTuple);
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> Result<(), SyntaxError> {
        if keys.iter().all(Option::is_some) {
            for (key, value) in keys.iter().zip(values) {
                self.expression(key.as_ref().expect("checked"))?;
                self.expression(value)?;
            }
            self.emit(Instruction::BuildMap(keys.len() as u32));
            return Ok(());
        }
        // With `**mapping` entries: start empty, then merge runs of pairs and mappings in order.
        self.emit(Instruction::BuildMap(0));
        let mut pending = 0;
        for (key, value) in keys.iter().zip(values) {
            match key {
                Some(key) => {
                    self.expression(key)?;
                    self.expression(value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 {
                        self.emit(Instruction::BuildMap(pending));
                        self.emit(Instruction::DictUpdate(1));
                        pending = 0;
                    }
                    self.expression(value)?;
                    self.emit(Instruction::DictUpdate(1));
                }
            }
        }
        if pending > 0 {
            self.emit(Instruction::BuildMap(pending));
            self.emit(Instruction::DictUpdate(1));
        }
        Ok(())
    }

    // ----- Calls -----

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<(), SyntaxError> {
        let plain = keywords.is_empty() && !args.iter().any(|arg| matches!(arg.kind, ExprKind::Starred(_)));
        if let (ExprKind::Attribute { value, attr }, true) = (&func.kind, plain) {
            // `obj.method(args)` skips creating a bound method object.
            self.expression(value)?;
            let saved = self.set_location(func.span);
            let index = self.name_index(attr);
            self.emit_attribute(func.span, attr, Instruction::LoadMethod(index));
            self.restore_location(saved);
            for arg in args {
                self.expression(arg)?;
            }
            self.emit(Instruction::CallMethod(args.len() as u32));
            return Ok(());
        }
        self.expression(func)?;
        self.call_arguments(args, keywords, 0)
    }

    /// Pushes arguments and emits the call. `already_pushed` positional
    /// arguments sit on the stack above the callable (the class body and name
    /// for `__build_class__`).
    pub(crate) fn call_arguments(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        already_pushed: u32,
    ) -> Result<(), SyntaxError> {
        let has_star = args.iter().any(|arg| matches!(arg.kind, ExprKind::Starred(_)));
        let has_mapping = keywords.iter().any(|keyword| keyword.arg.is_none());
        if !has_star && !has_mapping {
            for arg in args {
                self.expression(arg)?;
            }
            let positional = already_pushed + args.len() as u32;
            if keywords.is_empty() {
                self.emit(Instruction::Call(positional));
                return Ok(());
            }
            for keyword in keywords {
                self.expression(&keyword.value)?;
            }
            let names: Box<[Constant]> =
                keywords.iter().map(|k| Constant::Str(k.arg.clone().expect("no ** here"))).collect();
            self.load_const(Constant::Tuple(names));
            self.emit(Instruction::CallKw(positional + keywords.len() as u32));
            return Ok(());
        }
        // General form: an argument tuple and a keyword dict. A lone `*args`
        // goes to the call as it is, so a non-iterable is reported against the callee.
        if already_pushed == 0 && matches!(args, [Expr { kind: ExprKind::Starred(_), .. }]) {
            let ExprKind::Starred(inner) = &args[0].kind else { unreachable!("matched above") };
            self.expression(inner)?;
            return self.call_keywords(keywords);
        }
        let leading = args.iter().take_while(|arg| !matches!(arg.kind, ExprKind::Starred(_))).count();
        for arg in &args[..leading] {
            self.expression(arg)?;
        }
        self.emit(Instruction::BuildList(already_pushed + leading as u32));
        for arg in &args[leading..] {
            match &arg.kind {
                ExprKind::Starred(inner) => {
                    self.expression(inner)?;
                    self.emit(Instruction::ListExtend(1));
                }
                _ => {
                    self.expression(arg)?;
                    self.emit(Instruction::ListAppend(1));
                }
            }
        }
        self.emit(Instruction::ListToTuple);
        self.call_keywords(keywords)
    }

    /// The keyword half of a call with `*` or `**`: the dict (if any) and
    /// CALL_FUNCTION_EX, the argument tuple already on the stack.
    fn call_keywords(&mut self, keywords: &'a [Keyword]) -> Result<(), SyntaxError> {
        if keywords.is_empty() {
            self.emit(Instruction::CallFunctionEx(0));
            return Ok(());
        }
        self.emit(Instruction::BuildMap(0));
        let mut pending = 0;
        for keyword in keywords {
            match &keyword.arg {
                Some(name) => {
                    self.load_const(Constant::Str(name.clone()));
                    self.expression(&keyword.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 {
                        self.emit(Instruction::BuildMap(pending));
                        self.emit(Instruction::DictMerge(1));
                        pending = 0;
                    }
                    self.expression(&keyword.value)?;
                    self.emit(Instruction::DictMerge(1));
                }
            }
        }
        if pending > 0 {
            self.emit(Instruction::BuildMap(pending));
            self.emit(Instruction::DictMerge(1));
        }
        self.emit(Instruction::CallFunctionEx(1));
        Ok(())
    }

    // ----- Comprehensions -----

    /// A comprehension is a function of one argument, the first iterator,
    /// called on the spot:
    ///
    /// ```text
    /// MAKE_FUNCTION <code>; <first iterable>; GET_ITER; CALL 1
    /// ```
    fn comprehension(
        &mut self,
        node: &'a Expr,
        name: &str,
        kind: ComprehensionKind,
        element: &'a Expr,
        value: Option<&'a Expr>,
        generators: &'a [Comprehension],
    ) -> Result<(), SyntaxError> {
        let scope = self.symbols.scope_of(node_address(node));
        let qualname = self.qualname_for(name);
        let line = self.line_of(node.span);
        self.push_unit(scope, name.into(), qualname, line);
        self.unit().arg_count = 1;
        match kind {
            ComprehensionKind::List => self.emit(Instruction::BuildList(0)),
            ComprehensionKind::Set => self.emit(Instruction::BuildSet(0)),
            ComprehensionKind::Dict => self.emit(Instruction::BuildMap(0)),
            ComprehensionKind::Generator => {}
        }
        self.comprehension_loop(generators, 0, kind, element, value)?;
        if kind == ComprehensionKind::Generator {
            self.load_const(Constant::None);
        }
        self.emit(Instruction::ReturnValue);
        let code = self.pop_unit();
        self.make_function(code, 0);
        self.expression(&generators[0].iter)?;
        self.emit(Instruction::GetIter);
        self.emit(Instruction::Call(1));
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        generators: &'a [Comprehension],
        depth: usize,
        kind: ComprehensionKind,
        element: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Result<(), SyntaxError> {
        let generator = &generators[depth];
        if depth == 0 {
            self.emit(Instruction::LoadFast(0));
        } else {
            self.expression(&generator.iter)?;
            self.emit(Instruction::GetIter);
        }
        let start = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.jump(Instruction::ForIter, end);
        self.assign_target(&generator.target)?;
        for condition in &generator.ifs {
            self.jump_if(condition, false, start)?;
        }
        if depth + 1 < generators.len() {
            self.comprehension_loop(generators, depth + 1, kind, element, value)?;
        } else {
            // The collection sits below one iterator per loop.
            let below = generators.len() as u32 + 1;
            self.expression(element)?;
            match kind {
                ComprehensionKind::List => self.emit(Instruction::ListAppend(below)),
                ComprehensionKind::Set => self.emit(Instruction::SetAdd(below)),
                ComprehensionKind::Dict => {
                    self.expression(value.expect("a dict comprehension has a value"))?;
                    self.emit(Instruction::MapAdd(below));
                }
                ComprehensionKind::Generator => {
                    self.emit(Instruction::YieldValue);
                    self.emit(Instruction::PopTop);
                }
            }
        }
        self.jump(Instruction::Jump, start);
        self.bind(end);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Collection {
    List,
    Tuple,
    Set,
}
