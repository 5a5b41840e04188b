//! `_random`: the Mersenne Twister behind the Python-source `random` module
//! (`lib/random.py`), which draws everything else from `random()` and
//! `getrandbits()` exactly as CPython's does.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};
use weft_runtime::{Runtime, Storage};

use crate::builtins::{arity, define, new_bytes};
use crate::object::Obj;
use crate::objects::Payload;
use crate::objects::twister::Twister;
use crate::ops::number;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn install<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>) {
    define(vm, namespace, "new", |vm, _| {
        Ok(Value::Obj(Obj::new(&vm.types().object, Payload::Twister(R::Storage::new(Twister::default())), None)))
    });
    define(vm, namespace, "seed", seed);
    define(vm, namespace, "random", |vm, args| {
        arity(vm, "random", &args, 1, 1)?;
        Ok(Value::Float(generator(vm, &args)?.write(Twister::next_f64)))
    });
    define(vm, namespace, "getrandbits", |vm, args| {
        arity(vm, "getrandbits", &args, 2, 2)?;
        let k = crate::builtins::expect_int(vm, args.at(vm, 1)?)?;
        if k < 0 {
            return Err(vm.value_error("number of bits must be non-negative"));
        }
        let words = generator(vm, &args)?.write(|twister| twister.bits(k as u64));
        Ok(number::int_value(vm, BigInt::from_slice(Sign::Plus, &words)))
    });
    define(vm, namespace, "getstate", |vm, args| {
        arity(vm, "getstate", &args, 1, 1)?;
        let (words, index) = generator(vm, &args)?.read(|t| {
            let (words, index) = t.state();
            (words.to_vec(), index)
        });
        let mut items: Vec<Value<R>> = words.into_iter().map(|w| Value::Int(i64::from(w))).collect();
        items.push(Value::Int(index as i64));
        Ok(vm.new_tuple(items))
    });
    define(vm, namespace, "setstate", setstate);
    define(vm, namespace, "sha512", |vm, args| {
        use sha2::Digest;
        arity(vm, "sha512", &args, 1, 1)?;
        let data = crate::builtins::bytes_methods::bytes_of(args.at(vm, 0)?)
            .ok_or_else(|| vm.type_error("sha512() needs bytes"))?;
        Ok(new_bytes(vm, sha2::Sha512::digest(&data).to_vec()))
    });
    define(vm, namespace, "urandom", |vm, args| {
        let count = crate::builtins::expect_int(vm, args.at(vm, 0)?)?.max(0) as usize;
        Ok(new_bytes(vm, entropy(count)))
    });
}

fn generator<'a, R: Runtime>(vm: &Vm<R>, args: &'a Args<R>) -> PyResult<R, &'a R::Storage<Twister>> {
    match args.positional.first().and_then(Value::as_obj).map(Obj::payload) {
        Some(Payload::Twister(state)) => Ok(state),
        _ => Err(vm.type_error("a random generator is required")),
    }
}

/// `seed(generator, n)`: an int seeds from its absolute value's 32-bit
/// words; None from the operating system's entropy.
fn seed<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "seed", &args, 2, 2)?;
    let key: Vec<u32> = match args.at(vm, 1)? {
        Value::None => entropy(32).chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
        value => {
            let Some(n) = number::as_bigint(value) else {
                return Err(vm.type_error("The only supported seed types are: None, int"));
            };
            let words = n.abs().to_u32_digits().1;
            if words.is_empty() { vec![0] } else { words }
        }
    };
    let state = generator(vm, &args)?;
    state.write(|twister| *twister = Twister::from_key(&key));
    Ok(Value::None)
}

/// `setstate(generator, words)`: `words` is `getstate()`'s tuple, 624
/// words and the position, checked as CPython checks it.
fn setstate<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "setstate", &args, 2, 2)?;
    let Some(Payload::Tuple(items)) = args.at(vm, 1)?.as_obj().map(Obj::payload) else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != 625 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(625);
    for item in items.iter() {
        let Some(n) = number::as_bigint(item) else {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::protocols::type_name(vm, item)
            )));
        };
        if n.is_negative() {
            return Err(vm.overflow_error("can't convert negative value to unsigned int"));
        }
        words.push(n.to_u64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C unsigned long"))?);
    }
    let index = words.pop().expect("625 items");
    // Each word keeps its low 32 bits, as C's unsigned long to uint32_t does.
    let words: Vec<u32> = words.into_iter().map(|w| w as u32).collect();
    let twister = usize::try_from(index)
        .ok()
        .and_then(|index| Twister::from_state(&words, index))
        .ok_or_else(|| vm.value_error("invalid state"))?;
    generator(vm, &args)?.write(|state| *state = twister);
    Ok(Value::None)
}

/// Bytes from the operating system (`/dev/urandom`), or from the clock when
/// that cannot be read.
fn entropy(count: usize) -> Vec<u8> {
    use std::io::Read;
    let mut bytes = vec![0u8; count];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut file| file.read_exact(&mut bytes));
    if read.is_err() {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = (nanos >> ((i % 16) * 8)) as u8 ^ (std::process::id() as u8).wrapping_add(i as u8);
        }
    }
    bytes
}
