//! Constant folding where CPython folds: unary and binary operators on
//! number, string and tuple constants, and tuples of constants. Results that
//! would be large (long strings, huge ints) are left to run time, as CPython
//! leaves them, and anything that could raise is never folded.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use weft_bytecode::Constant;
use weft_syntax::ast::{self, Expr, ExprKind, Operator, UnaryOp};

/// CPython's limits on folded results (see its `ast_opt.c`).
const MAX_INT_BITS: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;

/// The constant an expression always evaluates to, if folding may compute it.
pub(crate) fn fold(expr: &Expr) -> Option<Constant> {
    crate::with_stack(|| fold_at(expr))
}

fn fold_at(expr: &Expr) -> Option<Constant> {
    match &expr.kind {
        ExprKind::Constant(constant) => Some(convert(constant)),
        ExprKind::UnaryOp { op, operand } => unary(*op, fold(operand)?),
        ExprKind::BinOp { left, op, right } => {
            // Only descend when both sides look constant, so long chains of
            // names are not walked again at every level.
            if !looks_constant(left) || !looks_constant(right) {
                return None;
            }
            binary(fold(left)?, *op, fold(right)?)
        }
        ExprKind::Tuple(elements) => {
            let items: Option<Vec<Constant>> = elements.iter().map(fold).collect();
            Some(Constant::Tuple(items?.into()))
        }
        _ => None,
    }
}

fn looks_constant(expr: &Expr) -> bool {
    matches!(expr.kind, ExprKind::Constant(_) | ExprKind::UnaryOp { .. } | ExprKind::BinOp { .. } | ExprKind::Tuple(_))
}

pub(crate) fn convert(constant: &ast::Constant) -> Constant {
    match constant {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(value) => Constant::Bool(*value),
        ast::Constant::Int(value) => Constant::Int(value.clone()),
        ast::Constant::Float(value) => Constant::Float(*value),
        ast::Constant::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag },
        ast::Constant::Str(text) => Constant::Str(text.clone()),
        ast::Constant::Bytes(bytes) => Constant::Bytes(bytes.clone()),
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

fn unary(op: UnaryOp, operand: Constant) -> Option<Constant> {
    Some(match (op, operand) {
        (UnaryOp::USub, Constant::Int(value)) => Constant::Int(-value),
        (UnaryOp::USub, Constant::Float(value)) => Constant::Float(-value),
        (UnaryOp::USub, Constant::Complex { real, imag }) => Constant::Complex { real: -real, imag: -imag },
        (UnaryOp::UAdd, value @ (Constant::Int(_) | Constant::Float(_) | Constant::Complex { .. })) => value,
        (UnaryOp::Invert, Constant::Int(value)) => Constant::Int(-value - 1),
        (UnaryOp::Not, value) => Constant::Bool(!truthy(&value)?),
        _ => return None,
    })
}

fn truthy(constant: &Constant) -> Option<bool> {
    Some(match constant {
        Constant::None => false,
        Constant::Bool(value) => *value,
        Constant::Int(value) => !value.is_zero(),
        Constant::Float(value) => *value != 0.0,
        Constant::Str(text) => !text.is_empty(),
        Constant::Bytes(bytes) => !bytes.is_empty(),
        Constant::Tuple(items) => !items.is_empty(),
        _ => return None,
    })
}

fn binary(left: Constant, op: Operator, right: Constant) -> Option<Constant> {
    match (left, right) {
        (Constant::Int(a), Constant::Int(b)) => {
            int_op(&a, op, &b).map(Constant::Int).or_else(|| int_true_divide(&a, op, &b))
        }
        (Constant::Str(a), Constant::Str(b)) if op == Operator::Add && a.len() + b.len() <= MAX_STR_SIZE => {
            Some(Constant::Str(format!("{a}{b}").into()))
        }
        (Constant::Str(text), Constant::Int(n)) | (Constant::Int(n), Constant::Str(text)) if op == Operator::Mult => {
            let count = n.to_usize().filter(|&n| n.saturating_mul(text.len()) <= MAX_STR_SIZE)?;
            Some(Constant::Str(text.repeat(count).into()))
        }
        (Constant::Bytes(a), Constant::Bytes(b)) if op == Operator::Add && a.len() + b.len() <= MAX_STR_SIZE => {
            Some(Constant::Bytes([&a[..], &b[..]].concat().into()))
        }
        (Constant::Tuple(a), Constant::Tuple(b)) if op == Operator::Add && a.len() + b.len() <= MAX_COLLECTION_SIZE => {
            Some(Constant::Tuple(a.iter().chain(b.iter()).cloned().collect()))
        }
        (a, b) => {
            if let (Some((ar, ai)), Some((br, bi))) = (complex_of(&a), complex_of(&b))
                && (matches!(a, Constant::Complex { .. }) || matches!(b, Constant::Complex { .. }))
            {
                return match op {
                    Operator::Add => Some(Constant::Complex { real: ar + br, imag: ai + bi }),
                    Operator::Sub => Some(Constant::Complex { real: ar - br, imag: ai - bi }),
                    _ => None,
                };
            }
            float_op(float_of(&a)?, op, float_of(&b)?).map(Constant::Float)
        }
    }
}

fn int_op(a: &BigInt, op: Operator, b: &BigInt) -> Option<BigInt> {
    Some(match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult if a.bits() + b.bits() <= MAX_INT_BITS => a * b,
        Operator::FloorDiv if !b.is_zero() => a.div_floor(b),
        Operator::Mod if !b.is_zero() => a.mod_floor(b),
        Operator::Pow if !b.is_negative() && a.bits().saturating_mul(b.to_u64()?) <= MAX_INT_BITS => {
            num_traits::pow(a.clone(), b.to_usize()?)
        }
        Operator::LShift if !b.is_negative() && a.bits() + b.to_u64()? <= MAX_INT_BITS => a << b.to_usize()?,
        Operator::RShift if !b.is_negative() => a >> b.to_usize().unwrap_or(usize::MAX).min(1 << 20),
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        _ => return None,
    })
}

/// `int / int` folds only where both convert to floats exactly, so the
/// quotient is the correctly rounded one Python computes.
fn int_true_divide(a: &BigInt, op: Operator, b: &BigInt) -> Option<Constant> {
    if op != Operator::Div || b.is_zero() {
        return None;
    }
    Some(Constant::Float(exact_float(a)? / exact_float(b)?))
}

fn exact_float(value: &BigInt) -> Option<f64> {
    (value.bits() <= 53).then(|| value.to_f64()).flatten()
}

fn float_of(constant: &Constant) -> Option<f64> {
    match constant {
        Constant::Float(value) => Some(*value),
        Constant::Int(value) => exact_float(value),
        _ => None,
    }
}

fn complex_of(constant: &Constant) -> Option<(f64, f64)> {
    match constant {
        Constant::Complex { real, imag } => Some((*real, *imag)),
        other => float_of(other).map(|real| (real, 0.0)),
    }
}

fn float_op(a: f64, op: Operator, b: f64) -> Option<f64> {
    Some(match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div if b != 0.0 => a / b,
        _ => return None,
    })
}
