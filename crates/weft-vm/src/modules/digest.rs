//! `_digest`: one-shot message digests (RustCrypto's implementations) under
//! the Python-source `hashlib`, which keeps the data a hash object has been
//! fed and asks for the digest of all of it.

use weft_runtime::Runtime;

use crate::builtins::bytes_methods::bytes_of;
use crate::builtins::{arity, define, expect_int, new_bytes};
use crate::object::Obj;
use crate::protocols::{str_text, type_name};
use crate::vm::{Args, PyResult, Vm};

pub fn install<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>) {
    define(vm, namespace, "digest", digest);
}

/// `digest(name, data, length)`: the digest of `data` by algorithm `name`
/// (`length` bytes for the SHAKE functions, ignored otherwise).
fn digest<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    use sha3::digest::{ExtendableOutput, Update};
    arity(vm, "digest", &args, 3, 3)?;
    let name = str_text(args.at(vm, 0)?).unwrap_or_default().to_owned();
    let value = args.at(vm, 1)?;
    let data = bytes_of(value).ok_or_else(|| {
        vm.type_error(format!("object supporting the buffer API required, not {}", type_name(vm, value)))
    })?;
    let length = expect_int(vm, args.at(vm, 2)?)?.max(0) as usize;
    fn fixed<D: sha2::Digest>(data: &[u8]) -> Vec<u8> {
        D::digest(data).to_vec()
    }
    let out = match name.as_str() {
        "md5" => fixed::<md5::Md5>(&data),
        "sha1" => fixed::<sha1::Sha1>(&data),
        "sha224" => fixed::<sha2::Sha224>(&data),
        "sha256" => fixed::<sha2::Sha256>(&data),
        "sha384" => fixed::<sha2::Sha384>(&data),
        "sha512" => fixed::<sha2::Sha512>(&data),
        "sha3_224" => fixed::<sha3::Sha3_224>(&data),
        "sha3_256" => fixed::<sha3::Sha3_256>(&data),
        "sha3_384" => fixed::<sha3::Sha3_384>(&data),
        "sha3_512" => fixed::<sha3::Sha3_512>(&data),
        "blake2b" => fixed::<blake2::Blake2b512>(&data),
        "blake2s" => fixed::<blake2::Blake2s256>(&data),
        "shake_128" | "shake_256" => {
            let mut out = vec![0u8; length];
            if name == "shake_128" {
                let mut hasher = sha3::Shake128::default();
                hasher.update(&data);
                hasher.finalize_xof_into(&mut out);
            } else {
                let mut hasher = sha3::Shake256::default();
                hasher.update(&data);
                hasher.finalize_xof_into(&mut out);
            }
            out
        }
        _ => return Err(vm.value_error(format!("unsupported hash type {name}"))),
    };
    Ok(new_bytes(vm, out))
}
