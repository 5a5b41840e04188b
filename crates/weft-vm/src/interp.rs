//! The interpreter loop: one dispatch over the instruction set. Each arm is
//! a few lines; anything longer lives in `ops`, `attr`, `call` or
//! `protocols`. Exceptions leave `execute` as `Err` and are routed to a
//! handler block (or out of the frame) by `run_frame`.

use weft_bytecode::instruction::{BinaryOperator, ComparisonOperator, Instruction, format_flags};
use weft_runtime::{Items, Runtime, Storage};

use crate::attr;
use crate::call;
use crate::frame::{Block, Frame};
use crate::object::Obj;
use crate::objects::exception::TraceEntry;
use crate::objects::{CodeData, Payload, PyStr};
use crate::ops;
use crate::protocols;
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// How a frame stopped running.
pub enum Exit<R: Runtime> {
    Return(Value<R>),
    /// A generator yielded; the frame can be resumed.
    Yield(Value<R>),
}

/// Runs `frame` until it returns or yields, handling exceptions with its
/// block stack; an exception no block handles leaves as `Err`.
///
/// `code` is the frame's code, borrowed from whoever keeps it alive (the
/// function being called), so running it costs no reference count.
pub fn run_frame<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>, code: &CodeData<R>) -> PyResult<R, Exit<R>> {
    // Calls, like backward jumps, are where another thread may take over:
    // recursion without loops must not keep the GIL forever.
    poll(vm);
    loop {
        let error = match execute(vm, frame, code) {
            Ok(exit) => return Ok(exit),
            Err(failure) => failure,
        };
        let Failure { error, reraise } = error;
        if !reraise {
            record(vm, frame, &error);
        }
        unwind(vm, frame, error)?;
    }
}

/// Checks the eval breaker: at calls (before the callee runs, so a
/// `__del__` queued by the statement before runs before this call, close
/// to where CPython runs it) and on backward jumps.
#[inline(always)]
fn poll<R: Runtime>(vm: &Vm<R>) {
    if R::eval_breaker() {
        eval_break(vm);
    }
}

/// The eval breaker fired: the runtime handles its part (a GIL hand-over,
/// merges, a stop of the world), then the VM does the work it asked for
/// (finalizers, a collection).
#[cold]
fn eval_break<R: Runtime>(vm: &Vm<R>) {
    if R::handle_eval_breaker() {
        crate::gc::on_eval_break(vm);
    }
}

/// An exception raised by an instruction, and whether it was a re-raise
/// (which, as in CPython, adds no traceback entry).
struct Failure<R: Runtime> {
    error: PyErr<R>,
    reraise: bool,
}

impl<R: Runtime> From<PyErr<R>> for Failure<R> {
    fn from(error: PyErr<R>) -> Self {
        Failure { error, reraise: false }
    }
}

/// Adds this frame to the exception's traceback and, on first sight, links
/// the exception being handled as its `__context__`.
fn record<R: Runtime>(vm: &Vm<R>, frame: &Frame<R>, error: &PyErr<R>) {
    let Payload::Exception(data) = error.exception.payload() else { return };
    let handled = vm.handled.borrow().clone();
    let code = &frame.code.code;
    let location = code.locations.get(frame.ip.saturating_sub(1)).copied().unwrap_or_default();
    data.write(|data| {
        if data.traceback.is_empty() && data.context.is_none() && !handled.is(&Value::Obj(error.exception.clone())) {
            data.context = handled;
        }
        data.traceback.push(TraceEntry {
            filename: code.filename.clone(),
            line: frame.line(),
            function: code.name.clone(),
            start: location.start,
            end: location.end,
        });
    });
}

/// Finds the innermost handler block, or gives the exception back.
fn unwind<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>, error: PyErr<R>) -> PyResult<R, ()> {
    while let Some(block) = frame.blocks.pop() {
        match block {
            Block::ExceptHandler { depth, previous } => {
                frame.stack.truncate(depth);
                *vm.handled.borrow_mut() = previous;
            }
            Block::Handler { target, depth } => {
                frame.stack.truncate(depth);
                let exception = Value::Obj(error.exception);
                let previous = std::mem::replace(&mut *vm.handled.borrow_mut(), exception.clone());
                frame.blocks.push(Block::ExceptHandler { depth, previous });
                frame.stack.push(exception);
                frame.ip = target as usize;
                return Ok(());
            }
        }
    }
    Err(error)
}

fn execute<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>, code: &CodeData<R>) -> Result<Exit<R>, Failure<R>> {
    let instructions = &code.instructions;
    loop {
        let instruction = instructions[frame.ip];
        frame.ip += 1;
        match instruction {
            Instruction::Nop => {}
            Instruction::PopTop => drop(frame.pop()),
            Instruction::Copy(i) => {
                let value = frame.peek(i as usize).clone();
                frame.stack.push(value);
            }
            Instruction::Swap(i) => {
                let len = frame.stack.len();
                frame.stack.swap(len - 1, len - i as usize);
            }
            Instruction::LoadConst(i) => frame.stack.push(code.constants[i as usize].clone()),
            Instruction::LoadFast(i) => push_local(vm, frame, i as usize)?,
            Instruction::StoreFast(i) => frame.fast[i as usize] = Some(frame.pop()),
            Instruction::LoadFastLoadFast(pair) => {
                let (first, second) = weft_bytecode::fuse::split(pair);
                push_local(vm, frame, first)?;
                frame.ip += 1;
                push_local(vm, frame, second)?;
            }
            Instruction::StoreFastLoadFast(pair) => {
                let (store, load) = weft_bytecode::fuse::split(pair);
                frame.fast[store] = Some(frame.pop());
                frame.ip += 1;
                push_local(vm, frame, load)?;
            }
            Instruction::LoadFastLoadAttr(operand) => {
                let (local, name) = weft_bytecode::fuse::split(operand);
                let value = local_attr(vm, frame, code, local, name)?;
                frame.stack.push(value);
            }
            Instruction::DeleteFast(i) => {
                if frame.fast[i as usize].take().is_none() {
                    return Err(unbound_local(vm, &code.code.varnames[i as usize]).into());
                }
            }
            Instruction::LoadClosure(i) => frame.stack.push(Value::Obj(frame.cells[i as usize].clone())),
            Instruction::LoadDeref(i) => {
                let value = cell_get(&frame.cells[i as usize]);
                match value {
                    Some(value) => frame.stack.push(value),
                    None => return Err(unbound_cell(vm, &code.code, i).into()),
                }
            }
            Instruction::LoadClassDeref(i) => {
                let name = code.code.cell_name(i);
                let local = frame.locals.as_ref().and_then(|locals| crate::types::dict_get_str(locals, name));
                match local.or_else(|| cell_get(&frame.cells[i as usize])) {
                    Some(value) => frame.stack.push(value),
                    None => return Err(unbound_cell(vm, &code.code, i).into()),
                }
            }
            Instruction::StoreDeref(i) => {
                let value = frame.pop();
                cell_set(&frame.cells[i as usize], Some(value));
            }
            Instruction::DeleteDeref(i) => cell_set(&frame.cells[i as usize], None),
            Instruction::LoadName(i) => {
                let value = load_name(vm, frame, code, i as usize)?;
                frame.stack.push(value);
            }
            Instruction::StoreName(i) => {
                let value = frame.pop();
                let namespace = frame.locals.as_ref().unwrap_or(&frame.globals);
                let (name, slot) = (&code.names[i as usize], &code.name_slots[i as usize]);
                ops::dict::set_cached(vm, namespace, name, value, slot)?;
            }
            Instruction::DeleteName(i) => {
                let namespace = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                delete_name(vm, &namespace, &code.names[i as usize])?;
            }
            Instruction::LoadGlobal(i) => {
                let value = load_global(vm, frame, code, i as usize)?;
                frame.stack.push(value);
            }
            Instruction::StoreGlobal(i) => {
                let value = frame.pop();
                let (name, slot) = (&code.names[i as usize], &code.name_slots[i as usize]);
                ops::dict::set_cached(vm, &frame.globals, name, value, slot)?;
            }
            Instruction::DeleteGlobal(i) => delete_name(vm, &frame.globals.clone(), &code.names[i as usize])?,
            Instruction::LoadAttr(i) => {
                let object = frame.pop();
                let value = load_attr(vm, &object, code, i as usize)?;
                frame.stack.push(value);
            }
            Instruction::StoreAttr(i) => {
                let object = frame.pop();
                let value = frame.pop();
                let (name, slot) = (&code.names[i as usize], &code.name_slots[i as usize]);
                match attr::instance_dict_set(vm, &object, name, value, slot) {
                    Ok(stored) => stored?,
                    Err(value) => {
                        if let Err(value) = attr::slot_set(&object, name, value) {
                            attr::set_attr(vm, &object, name, value)?;
                        }
                    }
                }
            }
            Instruction::DeleteAttr(i) => {
                let object = frame.pop();
                attr::delete_attr(vm, &object, &code.names[i as usize])?;
            }
            Instruction::LoadMethod(i) => {
                let object = frame.pop();
                let (callable, receiver) = match module_attr(&object, code, i as usize) {
                    Some(function) => (function, None),
                    None => attr::load_method(vm, object, &code.names[i as usize])?,
                };
                frame.stack.push(callable);
                frame.stack.push(receiver.unwrap_or_else(|| Value::Obj(vm.interp.null.clone())));
            }
            Instruction::UnaryNegative => {
                let value = frame.pop();
                frame.stack.push(ops::negative(vm, value)?);
            }
            Instruction::UnaryPositive => {
                let value = frame.pop();
                frame.stack.push(ops::positive(vm, value)?);
            }
            Instruction::UnaryInvert => {
                let value = frame.pop();
                frame.stack.push(ops::invert(vm, value)?);
            }
            Instruction::UnaryNot => {
                let value = frame.pop();
                frame.stack.push(Value::Bool(!protocols::truthy(vm, &value)?));
            }
            Instruction::BinaryOp(operand) => {
                let right = frame.pop();
                let left = frame.pop();
                let (op, inplace) = BinaryOperator::from_operand(operand).expect("the compiler emits valid operators");
                let result = match ops::number::fast_binary(op, &left, &right) {
                    Some(result) => result,
                    None => ops::binary(vm, op, inplace, left, right)?,
                };
                frame.stack.push(result);
            }
            Instruction::CompareOp(operand) => {
                let right = frame.pop();
                let left = frame.pop();
                let op = ComparisonOperator::from_operand(operand).expect("the compiler emits valid comparisons");
                let result = match ops::number::fast_compare(op, &left, &right) {
                    Some(result) => Value::Bool(result),
                    None => ops::compare(vm, op, &left, &right)?,
                };
                match result {
                    Value::Bool(truth) => push_or_jump(frame, instructions, truth),
                    result => frame.stack.push(result),
                }
            }
            Instruction::IsOp(invert) => {
                let right = frame.pop();
                let left = frame.pop();
                push_or_jump(frame, instructions, left.is(&right) != (invert == 1));
            }
            Instruction::ContainsOp(invert) => {
                let container = frame.pop();
                let item = frame.pop();
                let found = ops::contains(vm, &container, &item)?;
                push_or_jump(frame, instructions, found != (invert == 1));
            }
            Instruction::BinarySubscr => {
                let key = frame.pop();
                let container = frame.pop();
                frame.stack.push(ops::get_item(vm, &container, key)?);
            }
            Instruction::StoreSubscr => {
                let key = frame.pop();
                let container = frame.pop();
                let value = frame.pop();
                ops::set_item(vm, &container, key, value)?;
            }
            Instruction::DeleteSubscr => {
                let key = frame.pop();
                let container = frame.pop();
                ops::delete_item(vm, &container, key)?;
            }
            Instruction::BuildSlice(count) => {
                let step = if count == 3 { frame.pop() } else { Value::None };
                let stop = frame.pop();
                let start = frame.pop();
                let slice = Obj::new(&vm.types().slice, Payload::Slice { start, stop, step }, None);
                frame.stack.push(Value::Obj(slice));
            }
            Instruction::BuildTuple(count) => {
                let items = frame.pop_n(count as usize);
                frame.stack.push(vm.new_tuple(items));
            }
            Instruction::BuildList(count) => {
                let items = frame.pop_n(count as usize);
                frame.stack.push(vm.new_list(items));
            }
            Instruction::BuildSet(count) => {
                let items = frame.pop_n(count as usize);
                frame.stack.push(ops::set::new_set(vm, items, false)?);
            }
            Instruction::BuildMap(count) => {
                let dict = build_map(vm, frame.pop_n(2 * count as usize))?;
                frame.stack.push(dict);
            }
            Instruction::BuildString(count) => {
                let text = build_string(vm, frame.pop_n(count as usize));
                frame.stack.push(text);
            }
            Instruction::ListAppend(i) => {
                let item = frame.pop();
                ops::list::append(frame.peek(i as usize), item);
            }
            Instruction::SetAdd(i) => {
                let item = frame.pop();
                let set = frame.peek(i as usize).clone();
                ops::set::add(vm, &set, item)?;
            }
            Instruction::MapAdd(i) => {
                let value = frame.pop();
                let key = frame.pop();
                let dict = frame.peek(i as usize).as_obj().expect("a dict").clone();
                ops::dict::set_item(vm, &dict, key, value)?;
            }
            Instruction::ListExtend(i) => {
                let iterable = frame.pop();
                let list = frame.peek(i as usize).clone();
                ops::list::extend(vm, &list, &iterable)?;
            }
            Instruction::SetUpdate(i) => {
                let iterable = frame.pop();
                let set = frame.peek(i as usize).clone();
                ops::set::update(vm, &set, &iterable)?;
            }
            Instruction::DictUpdate(i) | Instruction::DictMerge(i) => {
                let mapping = frame.pop();
                let dict = frame.peek(i as usize).as_obj().expect("a dict").clone();
                // Under a call's keyword dict sit its argument tuple and the callable.
                let callable =
                    matches!(instruction, Instruction::DictMerge(_)).then(|| frame.peek(i as usize + 2).clone());
                ops::dict::update(vm, &dict, &mapping, callable.as_ref())?;
            }
            Instruction::ListToTuple => {
                let list = frame.pop();
                let items = ops::list::items(&list);
                frame.stack.push(vm.new_tuple(items));
            }
            Instruction::FormatValue(flags) => {
                let spec = if flags & format_flags::HAS_SPEC != 0 { Some(frame.pop()) } else { None };
                let value = frame.pop();
                frame.stack.push(protocols::format_value(vm, value, flags & format_flags::CONVERSION_MASK, spec)?);
            }
            Instruction::UnpackSequence(count) => {
                let sequence = frame.pop();
                unpack_sequence(vm, frame, sequence, count as usize)?;
            }
            Instruction::UnpackEx(counts) => {
                let sequence = frame.pop();
                let (before, after) = ((counts & 0xFF) as usize, (counts >> 8) as usize);
                let items = ops::unpack(vm, &sequence, before, Some(after))?;
                frame.stack.extend(items.into_iter().rev());
            }
            Instruction::Jump(target) => {
                if (target as usize) < frame.ip {
                    poll(vm);
                }
                frame.ip = target as usize;
            }
            Instruction::PopJumpIfFalse(target) => {
                let value = frame.pop();
                if !protocols::truthy(vm, &value)? {
                    frame.ip = target as usize;
                }
            }
            Instruction::PopJumpIfTrue(target) => {
                let value = frame.pop();
                if protocols::truthy(vm, &value)? {
                    frame.ip = target as usize;
                }
            }
            Instruction::JumpIfFalseOrPop(target) => {
                if protocols::truthy(vm, frame.top())? {
                    frame.pop();
                } else {
                    frame.ip = target as usize;
                }
            }
            Instruction::JumpIfTrueOrPop(target) => {
                if protocols::truthy(vm, frame.top())? {
                    frame.ip = target as usize;
                } else {
                    frame.pop();
                }
            }
            Instruction::GetIter => {
                let iterable = frame.pop();
                frame.stack.push(protocols::get_iter(vm, &iterable)?);
            }
            Instruction::ForIter(target) => match protocols::next(vm, frame.top())? {
                Some(item) => frame.stack.push(item),
                None => {
                    frame.pop();
                    frame.ip = target as usize;
                }
            },
            Instruction::ReturnValue => return Ok(Exit::Return(frame.pop())),
            Instruction::Call(count) => {
                poll(vm);
                let result = call_from_stack(vm, frame, count as usize)?;
                frame.stack.push(result);
            }
            Instruction::CallKw(count) => {
                poll(vm);
                let result = call_with_keywords(vm, frame, count as usize)?;
                frame.stack.push(result);
            }
            Instruction::CallFunctionEx(has_keywords) => {
                poll(vm);
                let result = call_unpacking(vm, frame, has_keywords == 1)?;
                frame.stack.push(result);
            }
            Instruction::CallMethod(count) => {
                poll(vm);
                // Under the arguments: the callable, then the receiver or
                // the null marker LOAD_METHOD left when there is none.
                let receiver_at = frame.stack.len() - count as usize - 1;
                let given = if matches!(&frame.stack[receiver_at], Value::Obj(obj) if obj.ptr_eq(&vm.interp.null)) {
                    frame.stack.remove(receiver_at);
                    count
                } else {
                    count + 1
                };
                let result = call_from_stack(vm, frame, given as usize)?;
                frame.stack.push(result);
            }
            Instruction::MakeFunction(flags) => {
                let function = call::make_function(vm, frame, flags);
                frame.stack.push(function);
            }
            Instruction::LoadBuildClass => {
                let build_class = crate::types::dict_get_str(&vm.interp.builtins, "__build_class__").expect("builtin");
                frame.stack.push(build_class);
            }
            Instruction::SetupAnnotations => setup_annotations(vm, frame)?,
            Instruction::YieldValue => return Ok(Exit::Yield(frame.pop())),
            Instruction::GetAwaitable => {
                let awaited = frame.pop();
                frame.stack.push(crate::generator::awaitable(vm, &awaited)?);
            }
            Instruction::GetYieldFromIter => {
                let iterable = frame.pop();
                frame.stack.push(protocols::get_iter(vm, &iterable)?);
            }
            Instruction::YieldFrom => {
                let sent = frame.pop();
                match crate::generator::delegate(vm, frame.top(), sent)? {
                    crate::generator::Delegated::Yielded(value) => {
                        // Run YIELD_FROM again when resumed, with the sent value pushed.
                        frame.ip -= 1;
                        return Ok(Exit::Yield(value));
                    }
                    crate::generator::Delegated::Returned(value) => {
                        frame.pop();
                        frame.stack.push(value);
                    }
                }
            }
            Instruction::SetupFinally(target) => {
                frame.blocks.push(Block::Handler { target, depth: frame.stack.len() });
            }
            Instruction::PopBlock => drop(frame.blocks.pop()),
            Instruction::PopExcept => {
                if let Some(Block::ExceptHandler { previous, .. }) = frame.blocks.pop() {
                    *vm.handled.borrow_mut() = previous;
                }
            }
            Instruction::Reraise => {
                let exception = frame.pop();
                let exception = exception.as_obj().expect("an exception").clone();
                return Err(Failure { error: PyErr { exception }, reraise: true });
            }
            Instruction::RaiseVarargs(count) => {
                let (error, reraise) = raise(vm, frame, count)?;
                return Err(Failure { error, reraise });
            }
            Instruction::CheckExcMatch => {
                let class = frame.pop();
                let matched = crate::exceptions::matches(vm, frame.top(), &class)?;
                frame.stack.push(Value::Bool(matched));
            }
            Instruction::BeforeWith => {
                let manager = frame.pop();
                let (exit, entered) = crate::exceptions::enter_context(vm, manager)?;
                frame.stack.push(exit);
                frame.stack.push(entered);
            }
            Instruction::WithExceptStart => {
                let exception = frame.peek(1).clone();
                let exit = frame.peek(2).clone();
                let result = crate::exceptions::call_exit(vm, &exit, &exception)?;
                frame.stack.push(result);
            }
            Instruction::LoadAssertionError => {
                frame.stack.push(Value::Obj(vm.types().exceptions.assertion_error.clone()));
            }
            Instruction::ImportName(i) => {
                let fromlist = frame.pop();
                let level = frame.pop();
                let module = crate::import::import_name(vm, &code.names[i as usize], &fromlist, &level)?;
                frame.stack.push(module);
            }
            Instruction::ImportFrom(i) => {
                let value = crate::import::import_from(vm, frame.top(), &code.names[i as usize])?;
                frame.stack.push(value);
            }
            Instruction::ImportStar => {
                let module = frame.pop();
                let namespace = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                crate::import::import_star(vm, &module, &namespace)?;
            }
            Instruction::PrintExpr => {
                let value = frame.pop();
                crate::builtins::print_expression(vm, value)?;
            }
        }
    }
}

/// `UNPACK_SEQUENCE`: pushes the items last first. An exact tuple or list
/// of the right length is read directly (as CPython's specialisations do);
/// anything else goes through the iterator protocol.
#[inline]
fn unpack_sequence<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>, sequence: Value<R>, count: usize) -> PyResult<R, ()> {
    if let Some(obj) = sequence.as_obj() {
        match obj.payload() {
            Payload::Tuple(items) if items.len() == count && obj.class_is(&vm.types().tuple) => {
                frame.stack.extend(items.iter().rev().cloned());
                return Ok(());
            }
            Payload::List(items) if obj.class_is(&vm.types().list) => {
                // One consistent copy, however other threads change the list.
                let items = items.snapshot();
                if items.len() == count {
                    frame.stack.extend(items.into_iter().rev());
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    let items = ops::unpack(vm, &sequence, count, None)?;
    frame.stack.extend(items.into_iter().rev());
    Ok(())
}

#[inline(always)]
fn push_local<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>, index: usize) -> PyResult<R, ()> {
    match &frame.fast[index] {
        Some(value) => {
            let value = value.clone();
            frame.stack.push(value);
            Ok(())
        }
        None => Err(unbound_local(vm, &frame.code.code.varnames[index])),
    }
}

/// `LOAD_ATTR`: modules and plain instances through the name's cache slot,
/// anything else the general way.
#[inline(always)]
fn load_attr<R: Runtime>(vm: &Vm<R>, object: &Value<R>, code: &CodeData<R>, index: usize) -> PyResult<R> {
    let (name, slot) = (&code.names[index], &code.name_slots[index]);
    let found = module_attr(object, code, index)
        .or_else(|| attr::instance_dict_get(object, name, slot))
        .or_else(|| attr::slot_get(object, name));
    match found {
        Some(value) => Ok(value),
        None => attr::get_attr(vm, object, name),
    }
}

/// `LOAD_FAST__LOAD_ATTR`: the attribute of a local, read without pushing
/// (or counting a reference to) the local first.
#[inline(always)]
fn local_attr<R: Runtime>(
    vm: &Vm<R>,
    frame: &mut Frame<R>,
    code: &CodeData<R>,
    local: usize,
    name: usize,
) -> PyResult<R> {
    let Some(object) = &frame.fast[local] else { return Err(unbound_local(vm, &code.code.varnames[local])) };
    // An error from here on is the LOAD_ATTR's: report its location.
    frame.ip += 1;
    load_attr(vm, object, code, name)
}

/// Pushes a test's result — unless a conditional jump comes next (`if a
/// < b:`, `if x in s:`), which then takes it at once: no push, no pop, no
/// second dispatch. (The jump cannot fail on a bool, so skipping it hides
/// no traceback line.)
#[inline(always)]
fn push_or_jump<R: Runtime>(frame: &mut Frame<R>, instructions: &[Instruction], truth: bool) {
    frame.ip = match instructions.get(frame.ip) {
        Some(Instruction::PopJumpIfFalse(target)) if !truth => *target as usize,
        Some(Instruction::PopJumpIfTrue(target)) if truth => *target as usize,
        Some(Instruction::PopJumpIfFalse(_) | Instruction::PopJumpIfTrue(_)) => frame.ip + 1,
        _ => {
            frame.stack.push(Value::Bool(truth));
            return;
        }
    };
}

fn cell_get<R: Runtime>(cell: &Obj<R>) -> Option<Value<R>> {
    match cell.payload() {
        Payload::Cell(contents) => contents.read(Clone::clone),
        _ => None,
    }
}

fn cell_set<R: Runtime>(cell: &Obj<R>, value: Option<Value<R>>) {
    if let Payload::Cell(contents) = cell.payload() {
        let old = contents.write(|slot| std::mem::replace(slot, value));
        drop(old);
    }
}

fn unbound_local<R: Runtime>(vm: &Vm<R>, name: &str) -> PyErr<R> {
    vm.new_error(
        &vm.types().exceptions.unbound_local_error,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// Calls the callable under the top `count` stack entries with them as
/// positional arguments, popping all of them. A plain Python function
/// takes its arguments straight off the stack.
fn call_from_stack<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>, count: usize) -> PyResult<R> {
    let at = frame.stack.len() - count;
    if call::is_simple_call(&frame.stack[at - 1], count) {
        let callable = std::mem::replace(&mut frame.stack[at - 1], Value::None);
        let result = call::call_simple(vm, &callable, frame.stack.drain(at..));
        frame.stack.pop();
        return result;
    }
    if let Some(init) = call::simple_class_init(vm, &frame.stack[at - 1], count) {
        let class = std::mem::replace(&mut frame.stack[at - 1], Value::None);
        let result = call::call_class_simple(vm, &class, &init, frame.stack.drain(at..));
        frame.stack.pop();
        return result;
    }
    call_general(vm, frame, count)
}

/// [`call_from_stack`] for everything but plain Python functions (out of
/// line, so that the path Python-to-Python calls take keeps a small native frame).
#[inline(never)]
fn call_general<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>, count: usize) -> PyResult<R> {
    let args = frame.pop_n(count);
    let callable = frame.pop();
    match frame_aware_builtin(vm, frame, &callable, &args) {
        Some(result) => result,
        None => call::call(vm, &callable, Args::new(args)),
    }
}

/// The builtins that need the calling frame when called with no arguments:
/// `super()` (the class cell and first argument), `globals()`, `locals()`.
/// None for every other call.
fn frame_aware_builtin<R: Runtime>(
    vm: &Vm<R>,
    frame: &Frame<R>,
    callable: &Value<R>,
    args: &[Value<R>],
) -> Option<PyResult<R>> {
    let obj = callable.as_obj()?;
    if let Payload::Builtin(builtin) = obj.payload()
        && matches!(builtin.name, "eval" | "exec")
        && builtin.receiver.is_none()
    {
        let caller = || (frame.globals.clone(), locals_of(vm, frame));
        return Some(crate::run::eval_call(vm, builtin.name == "eval", args, Some(&caller)));
    }
    if !args.is_empty() {
        return None;
    }
    if obj.ptr_eq(&vm.types().super_) {
        return Some(zero_argument_super(vm, frame));
    }
    let Payload::Builtin(builtin) = obj.payload() else { return None };
    match builtin.name {
        "globals" => Some(Ok(Value::Obj(frame.globals.clone()))),
        "locals" | "vars" => Some(Ok(Value::Obj(locals_of(vm, frame)))),
        "dir" => {
            // `dir()` lists the caller's local names, sorted.
            let keys = crate::ops::dict::entries(&locals_of(vm, frame)).into_iter().map(|(key, _)| key).collect();
            let names = vm.new_list(keys);
            Some(crate::builtins::sort_list(vm, &names, None, None).map(|()| names))
        }
        _ => None,
    }
}

fn zero_argument_super<R: Runtime>(vm: &Vm<R>, frame: &Frame<R>) -> PyResult<R> {
    let code = &frame.code.code;
    let runtime_error = |message: &str| vm.new_error(&vm.types().exceptions.runtime_error, message);
    let Some(receiver) = frame.fast.first().cloned().flatten() else {
        return Err(runtime_error("super(): no arguments"));
    };
    let class_cell = code.freevars.iter().position(|name| &**name == "__class__").map(|i| code.cellvars.len() + i);
    let class = class_cell.and_then(|i| cell_get(&frame.cells[i]));
    match class {
        Some(class) => crate::builtins::new_super(vm, class, receiver),
        None => Err(runtime_error("super(): __class__ cell not found")),
    }
}

/// `locals()`: the namespace of a module or class body, or a snapshot dict
/// of a function's bound locals.
fn locals_of<R: Runtime>(vm: &Vm<R>, frame: &Frame<R>) -> Obj<R> {
    if let Some(locals) = &frame.locals {
        return locals.clone();
    }
    let snapshot = vm.new_dict();
    for (name, value) in frame.code.code.varnames.iter().zip(&frame.fast) {
        if let Some(value) = value {
            let _ = ops::dict::set_item(vm, &snapshot, vm.new_str(name.clone()), value.clone());
        }
    }
    snapshot
}

fn unbound_cell<R: Runtime>(vm: &Vm<R>, code: &weft_bytecode::CodeObject, index: u32) -> PyErr<R> {
    let name = code.cell_name(index);
    if (index as usize) < code.cellvars.len() {
        unbound_local(vm, name)
    } else {
        vm.new_error(
            &vm.types().exceptions.name_error,
            format!("free variable '{name}' referenced before assignment in enclosing scope"),
        )
    }
}

/// `module.name` (`math.sqrt`) through the name's cache slot, when the
/// module's namespace has it; None sends the caller the general way.
#[inline(always)]
fn module_attr<R: Runtime>(object: &Value<R>, code: &CodeData<R>, index: usize) -> Option<Value<R>> {
    let Some(Payload::Module { dict, .. }) = object.as_obj().map(Obj::payload) else { return None };
    ops::dict::get_cached(dict, &code.names[index], &code.name_slots[index])
}

/// `LOAD_NAME`: the frame's namespace (through the name's cache slot), its
/// globals, then the builtins.
fn load_name<R: Runtime>(vm: &Vm<R>, frame: &Frame<R>, code: &CodeData<R>, index: usize) -> PyResult<R> {
    let name = &code.names[index];
    let Some(locals) = &frame.locals else { return load_global(vm, frame, code, index) };
    if let Some(value) = ops::dict::get_cached(locals, name, &code.name_slots[index]) {
        return Ok(value);
    }
    if !locals.ptr_eq(&frame.globals)
        && let Some(value) = ops::dict::get_str(&frame.globals, name)
    {
        return Ok(value);
    }
    load_builtin(vm, name, &code.name_slots[index])
}

/// `LOAD_GLOBAL`: the globals, then the builtins, each through the name's
/// cache slot. A name known absent from the globals at their current
/// version (a builtin, usually) skips the globals altogether.
fn load_global<R: Runtime>(vm: &Vm<R>, frame: &Frame<R>, code: &CodeData<R>, index: usize) -> PyResult<R> {
    let (name, slot) = (&code.names[index], &code.name_slots[index]);
    if let Some(value) = ops::dict::get_at_cached_slot(&frame.globals, name, slot) {
        return Ok(value);
    }
    let absent = code.absence_records(&frame.globals).map(|records| &records[index]);
    // Read before the probe: a key added meanwhile leaves the record stale, never wrong.
    let version = ops::dict::version(&frame.globals);
    if absent.is_none_or(|absent| absent.load(std::sync::atomic::Ordering::Relaxed) != version) {
        if let Some(value) = ops::dict::get_and_cache_slot(&frame.globals, name, slot) {
            return Ok(value);
        }
        if let Some(absent) = absent {
            absent.store(version, std::sync::atomic::Ordering::Relaxed);
        }
    }
    load_builtin(vm, name, slot)
}

/// The builtin `name`, through the name's cache slot (the namespaces
/// searched before it missed, so the slot is free to point here).
fn load_builtin<R: Runtime>(vm: &Vm<R>, name: &Obj<R>, slot: &std::sync::atomic::AtomicU32) -> PyResult<R> {
    if let Some(value) = ops::dict::get_cached(&vm.interp.builtins, name, slot) {
        return Ok(value);
    }
    Err(vm.name_error(protocols::obj_text(name).unwrap_or("?")))
}

fn delete_name<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>, name: &Obj<R>) -> PyResult<R, ()> {
    if ops::dict::remove(vm, namespace, &Value::Obj(name.clone()))?.is_none() {
        return Err(vm.name_error(protocols::obj_text(name).unwrap_or("?")));
    }
    Ok(())
}

// Instructions that are rare in hot code run out of line: inlined, their
// locals would enlarge the loop's native frame, which every Python call
// nests once more.

#[inline(never)]
fn build_map<R: Runtime>(vm: &Vm<R>, items: Vec<Value<R>>) -> PyResult<R> {
    let dict = vm.new_dict();
    let mut items = items.into_iter();
    while let (Some(key), Some(value)) = (items.next(), items.next()) {
        ops::dict::set_item(vm, &dict, key, value)?;
    }
    Ok(Value::Obj(dict))
}

#[inline(never)]
fn build_string<R: Runtime>(vm: &Vm<R>, parts: Vec<Value<R>>) -> Value<R> {
    let texts = || parts.iter().map(|part| protocols::str_text(part).expect("f-string parts are str"));
    // Sized once: no regrowth, and the str takes the buffer as it is.
    let mut text = String::with_capacity(texts().map(str::len).sum());
    texts().for_each(|part| text.push_str(part));
    vm.new_str(text)
}

/// `CALL_KW`: the keyword names tuple on top, their values under it.
#[inline(never)]
fn call_with_keywords<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>, count: usize) -> PyResult<R> {
    let names = frame.pop();
    let mut args = frame.pop_n(count);
    let callable = frame.pop();
    let keywords = keyword_arguments(&names, &mut args);
    call::call(vm, &callable, Args { positional: args, keywords })
}

/// `CALL_FUNCTION_EX`: `f(*args)` or `f(*args, **kwargs)`.
#[inline(never)]
fn call_unpacking<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>, has_keywords: bool) -> PyResult<R> {
    let keywords = if has_keywords { Some(frame.pop()) } else { None };
    let positional = frame.pop();
    let callable = frame.pop();
    let args = call::unpack_call_arguments(vm, &callable, positional, keywords)?;
    call::call(vm, &callable, args)
}

#[inline(never)]
fn setup_annotations<R: Runtime>(vm: &Vm<R>, frame: &Frame<R>) -> PyResult<R, ()> {
    let namespace = frame.locals.as_ref().unwrap_or(&frame.globals);
    if crate::types::dict_get_str(namespace, "__annotations__").is_none() {
        let annotations = Value::Obj(vm.new_dict());
        ops::dict::set_item(vm, namespace, vm.new_str("__annotations__"), annotations)?;
    }
    Ok(())
}

/// Splits the last `names.len()` arguments off as keyword arguments.
fn keyword_arguments<R: Runtime>(names: &Value<R>, args: &mut Vec<Value<R>>) -> Vec<(Obj<R>, Value<R>)> {
    let Some(Payload::Tuple(names)) = names.as_obj().map(Obj::payload) else { return Vec::new() };
    let values = args.split_off(args.len() - names.len());
    names.iter().zip(values).map(|(name, value)| (name.as_obj().expect("a str").clone(), value)).collect()
}

/// `raise`, `raise exc`, `raise exc from cause`: the exception to raise and
/// whether it is a re-raise.
fn raise<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>, count: u32) -> PyResult<R, (PyErr<R>, bool)> {
    if count == 0 {
        let handled = vm.handled.borrow().clone();
        return match handled {
            Value::Obj(exception) => Ok((PyErr { exception }, true)),
            _ => Err(vm.new_error(&vm.types().exceptions.runtime_error, "No active exception to reraise")),
        };
    }
    let cause = if count == 2 { Some(frame.pop()) } else { None };
    let exception = crate::exceptions::instantiate(vm, frame.pop())?;
    if let Some(cause) = cause {
        crate::exceptions::set_cause(vm, &exception, cause)?;
    }
    Ok((PyErr { exception }, false))
}

/// A str object for a name used by Rust code.
pub fn name_obj<R: Runtime>(vm: &Vm<R>, name: &str) -> Obj<R> {
    Obj::new(&vm.types().str, Payload::Str(PyStr::new(name)), None)
}

/// Raises `error` inside a suspended generator frame at its paused `yield`,
/// then lets the frame run on from whatever handler catches it.
pub fn throw_into<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>, error: PyErr<R>) -> PyResult<R, Exit<R>> {
    record(vm, frame, &error);
    unwind(vm, frame, error)?;
    crate::call::run_nested(vm, frame)
}
