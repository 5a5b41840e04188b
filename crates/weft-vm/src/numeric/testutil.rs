//! Helpers for the numeric tests, whose expected values are printed by
//! CPython 3.11: results are compared as Python would print them — `repr`
//! of the value, or `ExceptionClass: message`.

use std::fmt::Display;

use num_bigint::BigInt;
use weft_bytecode::repr::float_repr;

use super::{NumError, NumResult};

pub fn show_err(error: &NumError) -> String {
    format!("{:?}: {error}", error.kind)
}

pub fn show<T: Display>(result: NumResult<T>) -> String {
    match result {
        Ok(value) => value.to_string(),
        Err(error) => show_err(&error),
    }
}

pub fn show_float(result: NumResult<f64>) -> String {
    show(result.map(float_repr))
}

pub fn float(text: &str) -> f64 {
    text.parse().unwrap_or_else(|_| panic!("bad float in test data: {text}"))
}

/// An int from a Python expression of integer literals with `+ - * **` and
/// parentheses, so tables can say `2**1100` instead of 332 digits.
pub fn int(text: &str) -> BigInt {
    let mut parser = ExprParser { bytes: text.as_bytes(), pos: 0 };
    let value = parser.expr();
    assert_eq!(parser.pos, text.len(), "bad int expression in test data: {text}");
    value
}

struct ExprParser<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl ExprParser<'_> {
    fn peek(&self, token: &str) -> bool {
        self.bytes[self.pos..].starts_with(token.as_bytes())
    }

    fn eat(&mut self, token: &str) -> bool {
        let found = self.peek(token);
        if found {
            self.pos += token.len();
        }
        found
    }

    fn expr(&mut self) -> BigInt {
        let mut value = self.term();
        loop {
            if self.eat("+") {
                value += self.term();
            } else if self.eat("-") {
                value -= self.term();
            } else {
                return value;
            }
        }
    }

    fn term(&mut self) -> BigInt {
        let mut value = self.unary();
        while !self.peek("**") && self.eat("*") {
            value *= self.unary();
        }
        value
    }

    // As in Python, `-2**2` is `-(2**2)` and `2**-1` binds the minus first.
    fn unary(&mut self) -> BigInt {
        if self.eat("-") {
            return -self.unary();
        }
        let base = self.atom();
        if self.eat("**") {
            let exponent = self.unary();
            return num_traits::Pow::pow(base, u32::try_from(exponent).expect("small exponent"));
        }
        base
    }

    fn atom(&mut self) -> BigInt {
        if self.eat("(") {
            let value = self.expr();
            assert!(self.eat(")"), "unbalanced parentheses in test data");
            return value;
        }
        let start = self.pos;
        while self.pos < self.bytes.len() && self.bytes[self.pos].is_ascii_digit() {
            self.pos += 1;
        }
        std::str::from_utf8(&self.bytes[start..self.pos]).unwrap().parse().expect("integer literal")
    }
}

#[test]
fn int_expressions() {
    assert_eq!(int("2**10"), BigInt::from(1024));
    assert_eq!(int("-2**2"), BigInt::from(-4));
    assert_eq!(int("(-2)**3"), BigInt::from(-8));
    assert_eq!(int("2**3*3-1"), BigInt::from(23));
    assert_eq!(int("2**3**2"), BigInt::from(512));
    assert_eq!(int("-(2**70)+5").to_string(), "-1180591620717411303419");
}
