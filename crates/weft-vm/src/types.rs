//! The builtin types and exception classes, how classes are made (with the
//! C3 method resolution order), and attribute lookup along the MRO.

use weft_runtime::Runtime;

use crate::class_cache::{self, Place};
use crate::object::Obj;
use crate::objects::class::Hook;
use crate::objects::class::{ClassData, InstanceKind};
use crate::objects::dict::Found;
use crate::objects::{DictTable, Payload};
use crate::value::Value;

/// The exception classes the VM raises itself.
pub struct ExceptionTypes<R: Runtime> {
    pub base_exception: Obj<R>,
    pub system_exit: Obj<R>,
    pub keyboard_interrupt: Obj<R>,
    pub generator_exit: Obj<R>,
    pub exception: Obj<R>,
    pub stop_iteration: Obj<R>,
    pub arithmetic_error: Obj<R>,
    pub overflow_error: Obj<R>,
    pub zero_division_error: Obj<R>,
    pub assertion_error: Obj<R>,
    pub attribute_error: Obj<R>,
    pub import_error: Obj<R>,
    pub module_not_found_error: Obj<R>,
    pub lookup_error: Obj<R>,
    pub index_error: Obj<R>,
    pub key_error: Obj<R>,
    pub name_error: Obj<R>,
    pub unbound_local_error: Obj<R>,
    pub runtime_error: Obj<R>,
    pub recursion_error: Obj<R>,
    pub not_implemented_error: Obj<R>,
    pub type_error: Obj<R>,
    pub value_error: Obj<R>,
    pub unicode_error: Obj<R>,
    pub unicode_decode_error: Obj<R>,
    pub unicode_encode_error: Obj<R>,
    pub os_error: Obj<R>,
    pub file_not_found_error: Obj<R>,
    pub eof_error: Obj<R>,
    pub memory_error: Obj<R>,
    pub syntax_error: Obj<R>,
    pub indentation_error: Obj<R>,
    pub tab_error: Obj<R>,
    /// Every exception class, for the builtins module.
    pub all: Vec<Obj<R>>,
}

/// The classes of builtin iterators, named as CPython names them.
pub struct IteratorTypes<R: Runtime> {
    pub list: Obj<R>,
    pub list_reverse: Obj<R>,
    pub tuple: Obj<R>,
    pub bytes: Obj<R>,
    pub bytearray: Obj<R>,
    pub str_ascii: Obj<R>,
    pub str: Obj<R>,
    pub range: Obj<R>,
    pub dict_keys: Obj<R>,
    pub dict_values: Obj<R>,
    pub dict_items: Obj<R>,
    pub set: Obj<R>,
    pub callable: Obj<R>,
    pub enumerate: Obj<R>,
    pub zip: Obj<R>,
    pub map: Obj<R>,
    pub filter: Obj<R>,
    pub reversed: Obj<R>,
}

impl<R: Runtime> IteratorTypes<R> {
    pub fn all(&self) -> [&Obj<R>; 18] {
        [
            &self.list,
            &self.list_reverse,
            &self.tuple,
            &self.bytes,
            &self.bytearray,
            &self.str_ascii,
            &self.str,
            &self.range,
            &self.dict_keys,
            &self.dict_values,
            &self.dict_items,
            &self.set,
            &self.callable,
            &self.enumerate,
            &self.zip,
            &self.map,
            &self.filter,
            &self.reversed,
        ]
    }
}

pub struct Types<R: Runtime> {
    pub type_: Obj<R>,
    pub object: Obj<R>,
    pub none: Obj<R>,
    pub bool: Obj<R>,
    pub int: Obj<R>,
    pub float: Obj<R>,
    pub complex: Obj<R>,
    pub str: Obj<R>,
    pub bytes: Obj<R>,
    pub bytearray: Obj<R>,
    pub tuple: Obj<R>,
    pub list: Obj<R>,
    pub dict: Obj<R>,
    pub set: Obj<R>,
    pub frozenset: Obj<R>,
    pub range: Obj<R>,
    pub slice: Obj<R>,
    pub function: Obj<R>,
    pub builtin_function: Obj<R>,
    pub method: Obj<R>,
    pub staticmethod: Obj<R>,
    pub classmethod: Obj<R>,
    pub property: Obj<R>,
    pub member_descriptor: Obj<R>,
    pub generic_alias: Obj<R>,
    pub lock: Obj<R>,
    pub rlock: Obj<R>,
    pub module: Obj<R>,
    pub cell: Obj<R>,
    pub code: Obj<R>,
    pub traceback: Obj<R>,
    pub super_: Obj<R>,
    pub not_implemented_type: Obj<R>,
    pub ellipsis_type: Obj<R>,
    pub iterator: Obj<R>,
    pub iterators: IteratorTypes<R>,
    pub generator: Obj<R>,
    pub coroutine: Obj<R>,
    pub dict_view: Obj<R>,
    pub dict_keys: Obj<R>,
    pub dict_values: Obj<R>,
    pub dict_items: Obj<R>,
    pub file: Obj<R>,
    pub exceptions: ExceptionTypes<R>,
}

/// Makes a builtin class: immortal, with an empty namespace. A class made
/// with no metaclass is its own class (true of `type`; `object` is fixed up
/// once `type` exists).
fn builtin_class<R: Runtime>(metaclass: Option<&Obj<R>>, name: &str, bases: &[&Obj<R>], kind: InstanceKind) -> Obj<R> {
    let namespace = Obj::new_immortal(None, Payload::Dict(DictTable::default()), None);
    if let Payload::Dict(table) = namespace.payload() {
        table.mark_class_namespace();
    }
    let bases: Box<[Obj<R>]> = bases.iter().map(|b| (*b).clone()).collect();
    let ancestors = bases.first().map_or_else(Vec::new, |base| mro(base).collect());
    Obj::new_immortal(
        metaclass,
        Payload::Class(Box::new(ClassData {
            name: name.into(),
            qualname: name.into(),
            bases,
            ancestors: ancestors.into(),
            dict: namespace,
            instance_kind: kind,
            slots: Box::new([]),
            instance_dict: matches!(kind, InstanceKind::Exception),
            builtin: true,
            hooks: Default::default(),
            shape: Default::default(),
        })),
        None,
    )
}

/// A class's method resolution order: the class, then its ancestors.
pub fn mro<R: Runtime>(class: &Obj<R>) -> impl Iterator<Item = Obj<R>> + '_ {
    std::iter::once(class.clone()).chain(class_data(class).ancestors.iter().cloned())
}

impl<R: Runtime> Default for Types<R> {
    fn default() -> Self {
        Self::new()
    }
}

impl<R: Runtime> Types<R> {
    pub fn new() -> Types<R> {
        let object = builtin_class::<R>(None, "object", &[], InstanceKind::Object);
        let type_ = builtin_class(None, "type", &[&object], InstanceKind::Special);
        object.set_class(&type_);
        let new = |name: &str, base: &Obj<R>, kind: InstanceKind| builtin_class(Some(&type_), name, &[base], kind);
        let int = new("int", &object, InstanceKind::Int);
        let exceptions = ExceptionTypes::new(&type_, &object);
        Types {
            none: new("NoneType", &object, InstanceKind::Special),
            bool: new("bool", &int, InstanceKind::Special),
            float: new("float", &object, InstanceKind::Float),
            complex: new("complex", &object, InstanceKind::Special),
            str: new("str", &object, InstanceKind::Str),
            bytes: new("bytes", &object, InstanceKind::Special),
            bytearray: new("bytearray", &object, InstanceKind::Special),
            tuple: new("tuple", &object, InstanceKind::Tuple),
            list: new("list", &object, InstanceKind::List),
            dict: new("dict", &object, InstanceKind::Dict),
            set: new("set", &object, InstanceKind::Set),
            frozenset: new("frozenset", &object, InstanceKind::Special),
            range: new("range", &object, InstanceKind::Special),
            slice: new("slice", &object, InstanceKind::Special),
            function: new("function", &object, InstanceKind::Special),
            builtin_function: new("builtin_function_or_method", &object, InstanceKind::Special),
            method: new("method", &object, InstanceKind::Special),
            staticmethod: new("staticmethod", &object, InstanceKind::Special),
            classmethod: new("classmethod", &object, InstanceKind::Special),
            property: new("property", &object, InstanceKind::Special),
            member_descriptor: new("member_descriptor", &object, InstanceKind::Special),
            generic_alias: new("types.GenericAlias", &object, InstanceKind::Special),
            lock: new("lock", &object, InstanceKind::Special),
            rlock: new("RLock", &object, InstanceKind::Special),
            module: new("module", &object, InstanceKind::Special),
            cell: new("cell", &object, InstanceKind::Special),
            code: new("code", &object, InstanceKind::Special),
            traceback: new("traceback", &object, InstanceKind::Special),
            super_: new("super", &object, InstanceKind::Special),
            not_implemented_type: new("NotImplementedType", &object, InstanceKind::Special),
            ellipsis_type: new("ellipsis", &object, InstanceKind::Special),
            iterator: new("iterator", &object, InstanceKind::Special),
            iterators: IteratorTypes {
                list: new("list_iterator", &object, InstanceKind::Special),
                list_reverse: new("list_reverseiterator", &object, InstanceKind::Special),
                tuple: new("tuple_iterator", &object, InstanceKind::Special),
                bytes: new("bytes_iterator", &object, InstanceKind::Special),
                bytearray: new("bytearray_iterator", &object, InstanceKind::Special),
                str_ascii: new("str_ascii_iterator", &object, InstanceKind::Special),
                str: new("str_iterator", &object, InstanceKind::Special),
                range: new("range_iterator", &object, InstanceKind::Special),
                dict_keys: new("dict_keyiterator", &object, InstanceKind::Special),
                dict_values: new("dict_valueiterator", &object, InstanceKind::Special),
                dict_items: new("dict_itemiterator", &object, InstanceKind::Special),
                set: new("set_iterator", &object, InstanceKind::Special),
                callable: new("callable_iterator", &object, InstanceKind::Special),
                enumerate: new("enumerate", &object, InstanceKind::Special),
                zip: new("zip", &object, InstanceKind::Special),
                map: new("map", &object, InstanceKind::Special),
                filter: new("filter", &object, InstanceKind::Special),
                reversed: new("reversed", &object, InstanceKind::Special),
            },
            generator: new("generator", &object, InstanceKind::Special),
            coroutine: new("coroutine", &object, InstanceKind::Special),
            dict_view: new("dict_view", &object, InstanceKind::Special),
            dict_keys: new("dict_keys", &object, InstanceKind::Special),
            dict_values: new("dict_values", &object, InstanceKind::Special),
            dict_items: new("dict_items", &object, InstanceKind::Special),
            file: new("TextIOWrapper", &object, InstanceKind::Special),
            int,
            exceptions,
            object,
            type_,
        }
    }
}

impl<R: Runtime> ExceptionTypes<R> {
    fn new(type_: &Obj<R>, object: &Obj<R>) -> ExceptionTypes<R> {
        let mut all = Vec::new();
        let mut new = |name: &str, base: &Obj<R>| {
            let class = builtin_class(Some(type_), name, &[base], InstanceKind::Exception);
            all.push(class.clone());
            class
        };
        let base_exception = new("BaseException", object);
        let system_exit = new("SystemExit", &base_exception);
        let keyboard_interrupt = new("KeyboardInterrupt", &base_exception);
        let generator_exit = new("GeneratorExit", &base_exception);
        let exception = new("Exception", &base_exception);
        let stop_iteration = new("StopIteration", &exception);
        new("StopAsyncIteration", &exception);
        let arithmetic_error = new("ArithmeticError", &exception);
        let overflow_error = new("OverflowError", &arithmetic_error);
        let zero_division_error = new("ZeroDivisionError", &arithmetic_error);
        new("FloatingPointError", &arithmetic_error);
        let assertion_error = new("AssertionError", &exception);
        let attribute_error = new("AttributeError", &exception);
        new("BufferError", &exception);
        let eof_error = new("EOFError", &exception);
        let import_error = new("ImportError", &exception);
        let module_not_found_error = new("ModuleNotFoundError", &import_error);
        let lookup_error = new("LookupError", &exception);
        let index_error = new("IndexError", &lookup_error);
        let key_error = new("KeyError", &lookup_error);
        let memory_error = new("MemoryError", &exception);
        let name_error = new("NameError", &exception);
        let unbound_local_error = new("UnboundLocalError", &name_error);
        let os_error = new("OSError", &exception);
        let file_not_found_error = new("FileNotFoundError", &os_error);
        new("FileExistsError", &os_error);
        new("PermissionError", &os_error);
        new("IsADirectoryError", &os_error);
        new("NotADirectoryError", &os_error);
        new("TimeoutError", &os_error);
        new("ConnectionError", &os_error);
        new("BrokenPipeError", &os_error);
        let runtime_error = new("RuntimeError", &exception);
        let not_implemented_error = new("NotImplementedError", &runtime_error);
        let recursion_error = new("RecursionError", &runtime_error);
        let syntax_error = new("SyntaxError", &exception);
        let indentation_error = new("IndentationError", &syntax_error);
        let tab_error = new("TabError", &indentation_error);
        new("SystemError", &exception);
        let type_error = new("TypeError", &exception);
        let value_error = new("ValueError", &exception);
        let unicode_error = new("UnicodeError", &value_error);
        let unicode_decode_error = new("UnicodeDecodeError", &unicode_error);
        let unicode_encode_error = new("UnicodeEncodeError", &unicode_error);
        let warning = new("Warning", &exception);
        for name in ["UserWarning", "DeprecationWarning", "RuntimeWarning", "SyntaxWarning", "FutureWarning"] {
            new(name, &warning);
        }
        ExceptionTypes {
            base_exception,
            system_exit,
            keyboard_interrupt,
            generator_exit,
            exception,
            stop_iteration,
            arithmetic_error,
            overflow_error,
            zero_division_error,
            assertion_error,
            attribute_error,
            import_error,
            module_not_found_error,
            lookup_error,
            index_error,
            key_error,
            name_error,
            unbound_local_error,
            runtime_error,
            recursion_error,
            not_implemented_error,
            type_error,
            value_error,
            unicode_error,
            unicode_decode_error,
            unicode_encode_error,
            os_error,
            file_not_found_error,
            eof_error,
            memory_error,
            syntax_error,
            indentation_error,
            tab_error,
            all,
        }
    }
}

pub fn class_data<R: Runtime>(class: &Obj<R>) -> &ClassData<R> {
    match class.payload() {
        Payload::Class(data) => data,
        _ => unreachable!("an object's class is always a class"),
    }
}

/// True if `class` is `base` or inherits from it.
pub fn is_subclass<R: Runtime>(class: &Obj<R>, base: &Obj<R>) -> bool {
    class.ptr_eq(base) || class_data(class).ancestors.iter().any(|c| c.ptr_eq(base))
}

/// Looks `name` up in the namespaces along `class`'s MRO.
pub fn lookup<R: Runtime>(class: &Obj<R>, name: &str) -> Option<Value<R>> {
    let hash = crate::objects::str::hash_text(name);
    along_mro(class, |dict| dict_get_hashed(dict, name, hash))
}

/// [`lookup`] for a name the VM spells in its own code (`"__add__"`),
/// through this thread's class attribute cache: a `'static` str never
/// moves or changes, so its address (with its length) names it.
pub fn lookup_static<R: Runtime>(class: &Obj<R>, name: &'static str) -> Option<Value<R>> {
    // Above any object's address (user space ends below 2^47), so never
    // mistaken for an interned name's key.
    let Some(key) = u8::try_from(name.len())
        .ok()
        .filter(|&len| len > 0)
        .map(|len| name.as_ptr() as usize ^ (usize::from(len) << 56))
    else {
        return lookup(class, name);
    };
    let hash = crate::objects::str::hash_text(name);
    let is_name = |candidate: &Value<R>| crate::protocols::str_text(candidate) == Some(name);
    cached_lookup(
        class,
        key,
        |table, slot| table.value_at_matching(slot, is_name),
        |table| table.find_slot(hash, |key| Some(is_name(key))),
    )
}

/// [`lookup`] by a str object. Interned names (every name in code) go
/// through this thread's class attribute cache (see `class_cache`); others
/// walk the MRO, probing with the name's cached hash.
pub fn lookup_name<R: Runtime>(class: &Obj<R>, name: &Obj<R>) -> Option<Value<R>> {
    if !name.is_immortal() {
        return along_mro(class, |dict| crate::ops::dict::get_str(dict, name));
    }
    let words = crate::value::obj_words(name);
    let text = crate::protocols::obj_text(name);
    // A namespace key equal to the name but another object (set through
    // `setattr(C, ...)` or `type(...)`'s dict) still hits, by its text.
    let same_text = |key: &Value<R>| text.is_some() && crate::protocols::str_text(key) == text;
    cached_lookup(
        class,
        name.id(),
        |table, slot| table.value_at_key(slot, words).or_else(|| table.value_at_matching(slot, same_text)),
        |table| crate::ops::dict::find_str_slot(table, name),
    )
}

/// A class attribute lookup through the cache: `key` names the name in
/// entries, `at_slot` reads a namespace's cached slot if the name is still
/// there (anything else there means the entry is stale), `probe` finds the
/// name in one namespace.
#[inline(always)]
fn cached_lookup<R: Runtime>(
    class: &Obj<R>,
    key: usize,
    at_slot: impl Fn(&DictTable<R>, usize) -> Option<Value<R>>,
    probe: impl Fn(&DictTable<R>) -> Option<(usize, Value<R>)>,
) -> Option<Value<R>> {
    let epoch = class_cache::epoch();
    match class_cache::get(class.id(), key, epoch) {
        Some(Place::Missing) => return None,
        Some(Place::At { depth, slot }) => {
            let found = namespace_at(class, depth as usize).and_then(|namespace| match namespace.payload() {
                Payload::Dict(table) => at_slot(table, slot as usize),
                _ => None,
            });
            if found.is_some() {
                return found;
            }
        }
        None => {}
    }
    let (place, found) = find_in_namespaces(class, |namespace| match namespace.payload() {
        Payload::Dict(table) => probe(table),
        _ => None,
    });
    if let Some(place) = place {
        class_cache::put(class.id(), key, epoch, place);
    }
    found
}

/// Whether `obj.name` (or `obj.name = v`, per `hook`) on an instance of
/// `class` can go straight to the instance's own attributes: the class
/// gives instances attributes, has nothing called `name`, no Python `hook`
/// (`__getattribute__`/`__setattr__`), and the name is not a dunder (those
/// can be special, like `__class__`).
/// Cached with the name's place, so the answer usually costs one probe.
pub fn plain_attribute<R: Runtime>(class: &Obj<R>, name: &Obj<R>, hook: Hook) -> bool {
    /// Set in stored facts: computed (a zero byte means "not yet").
    const KNOWN: u8 = 1 << 7;
    if !name.is_immortal() {
        return false;
    }
    let epoch = class_cache::epoch();
    if let Some((place, facts)) = class_cache::get_with_facts(class.id(), name.id(), epoch)
        && facts & KNOWN != 0
    {
        return place == Place::Missing && facts & hook.flag() != 0;
    }
    let (Some(place), _) = find_along_mro(class, name) else { return false };
    let dunder = crate::protocols::obj_text(name).is_some_and(|text| text.starts_with("__"));
    let plain = [Hook::GetAttribute, Hook::SetAttr]
        .into_iter()
        .filter(|&hook| !dunder && class_data(class).instance_dict && !crate::objects::class::has_hook(class, hook))
        .fold(KNOWN, |facts, hook| facts | hook.flag());
    class_cache::put_with_facts(class.id(), name.id(), epoch, place, plain);
    place == Place::Missing && plain & hook.flag() != 0
}

/// The namespace of `class`'s MRO entry `depth` (0: the class itself).
fn namespace_at<R: Runtime>(class: &Obj<R>, depth: usize) -> Option<&Obj<R>> {
    let data = class_data(class);
    match depth {
        0 => Some(&data.dict),
        _ => data.ancestors.get(depth - 1).map(|ancestor| &class_data(ancestor).dict),
    }
}

/// Walks `class`'s MRO for `name`, saying where it was found (None: at a
/// place too far for a cache entry).
fn find_along_mro<R: Runtime>(class: &Obj<R>, name: &Obj<R>) -> (Option<Place>, Option<Value<R>>) {
    find_in_namespaces(class, |namespace| match namespace.payload() {
        Payload::Dict(table) => crate::ops::dict::find_str_slot(table, name),
        _ => None,
    })
}

/// The first namespace along `class`'s MRO where `probe` finds a slot.
fn find_in_namespaces<R: Runtime>(
    class: &Obj<R>,
    probe: impl Fn(&Obj<R>) -> Option<(usize, Value<R>)>,
) -> (Option<Place>, Option<Value<R>>) {
    let data = class_data(class);
    let namespaces = std::iter::once(&data.dict).chain(data.ancestors.iter().map(|c| &class_data(c).dict));
    for (depth, namespace) in namespaces.enumerate() {
        if let Some((slot, value)) = probe(namespace) {
            let place = match (u32::try_from(depth), u32::try_from(slot)) {
                (Ok(depth), Ok(slot)) => Some(Place::At { depth, slot }),
                _ => None,
            };
            return (place, Some(value));
        }
    }
    (Some(Place::Missing), None)
}

/// The first namespace along `class`'s MRO where `probe` finds something.
fn along_mro<R: Runtime>(class: &Obj<R>, probe: impl Fn(&Obj<R>) -> Option<Value<R>>) -> Option<Value<R>> {
    let data = class_data(class);
    probe(&data.dict).or_else(|| data.ancestors.iter().find_map(|c| probe(&class_data(c).dict)))
}

/// Reads a str key from a dict without running Python code (str keys
/// compare by text).
pub fn dict_get_str<R: Runtime>(dict: &Obj<R>, name: &str) -> Option<Value<R>> {
    dict_get_hashed(dict, name, crate::objects::str::hash_text(name))
}

fn dict_get_hashed<R: Runtime>(dict: &Obj<R>, name: &str, hash: i64) -> Option<Value<R>> {
    let Payload::Dict(table) = dict.payload() else { return None };
    let found = table.find(hash, |key| {
        Some(match key {
            Value::Obj(key) => matches!(key.payload(), Payload::Str(text) if text.as_str() == name),
            _ => false,
        })
    });
    match found {
        Found::Value(value) => Some(value),
        Found::Missing | Found::NeedsPython => None,
    }
}

/// The C3 linearisation of a new class with these bases, or None when the
/// bases' orders conflict.
pub fn c3_mro<R: Runtime>(bases: &[Obj<R>]) -> Option<Vec<Obj<R>>> {
    let mut sequences: Vec<Vec<Obj<R>>> = bases.iter().map(|base| mro(base).collect()).collect();
    sequences.push(bases.to_vec());
    let mut result = Vec::new();
    loop {
        sequences.retain(|sequence| !sequence.is_empty());
        if sequences.is_empty() {
            return Some(result);
        }
        // The first head that appears in no other sequence's tail.
        let candidate = sequences
            .iter()
            .map(|sequence| sequence[0].clone())
            .find(|head| !sequences.iter().any(|sequence| sequence[1..].iter().any(|c| c.ptr_eq(head))))?;
        for sequence in &mut sequences {
            if sequence[0].ptr_eq(&candidate) {
                sequence.remove(0);
            }
        }
        result.push(candidate);
    }
}
