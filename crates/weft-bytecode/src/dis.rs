//! A readable listing of a code object, laid out as CPython's `dis` lays it
//! out: source line, jump-target marker, offset, opcode name, operand, and
//! what the operand means. Nested code objects follow their parent.

use std::fmt::Write;

use crate::code::{CodeObject, Constant};
use crate::instruction::{BinaryOperator, ComparisonOperator, OperandKind, format_flags, function_flags};

pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let targets: Vec<bool> = {
        let mut marks = vec![false; code.instructions.len() + 1];
        for instruction in &code.instructions {
            if let Some(target) = instruction.jump_target() {
                marks[target as usize] = true;
            }
        }
        marks
    };
    let mut last_line = 0;
    for (index, instruction) in code.instructions.iter().enumerate() {
        let line = code.locations.get(index).map_or(0, |location| location.line);
        let line_field = if line != last_line {
            if index > 0 {
                out.push('\n');
            }
            last_line = line;
            format!("{line:>3}")
        } else {
            "   ".to_owned()
        };
        let marker = if targets[index] { ">>" } else { "  " };
        let mut row = format!("{line_field}     {marker} {index:>4} {:<20}", instruction.name());
        if let Some((kind, operand)) = instruction.operand() {
            let _ = write!(row, " {operand:>5}");
            if let Some(meaning) = describe_operand(code, kind, operand) {
                let _ = write!(row, " ({meaning})");
            }
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    for constant in &code.constants {
        if let Constant::Code(inner) = constant {
            let _ = write!(out, "\nDisassembly of {constant}:\n");
            disassemble_into(inner, out);
        }
    }
}

fn describe_operand(code: &CodeObject, kind: OperandKind, operand: u32) -> Option<String> {
    let index = operand as usize;
    Some(match kind {
        OperandKind::Const => code.constants.get(index)?.to_string(),
        OperandKind::Name => code.names.get(index)?.to_string(),
        OperandKind::Local => code.varnames.get(index)?.to_string(),
        OperandKind::Cell => {
            if index >= code.cellvars.len() + code.freevars.len() {
                return None;
            }
            code.cell_name(operand).to_owned()
        }
        OperandKind::Jump => format!("to {operand}"),
        OperandKind::BinaryOp => {
            let (op, inplace) = BinaryOperator::from_operand(operand)?;
            format!("{}{}", op.symbol(), if inplace { "=" } else { "" })
        }
        OperandKind::CompareOp => ComparisonOperator::from_operand(operand)?.symbol().to_owned(),
        OperandKind::Format => {
            let conversion = match operand & format_flags::CONVERSION_MASK {
                format_flags::STR => "str",
                format_flags::REPR => "repr",
                format_flags::ASCII => "ascii",
                _ => "",
            };
            let spec = operand & format_flags::HAS_SPEC != 0;
            match (conversion, spec) {
                ("", false) => return None,
                ("", true) => "with format".to_owned(),
                (conversion, false) => conversion.to_owned(),
                (conversion, true) => format!("{conversion}, with format"),
            }
        }
        OperandKind::FunctionFlags => {
            let names: Vec<&str> = [
                (function_flags::DEFAULTS, "defaults"),
                (function_flags::KW_DEFAULTS, "kwdefaults"),
                (function_flags::ANNOTATIONS, "annotations"),
                (function_flags::CLOSURE, "closure"),
            ]
            .into_iter()
            .filter(|(bit, _)| operand & bit != 0)
            .map(|(_, name)| name)
            .collect();
            if names.is_empty() {
                return None;
            }
            names.join(", ")
        }
        OperandKind::Unpack => format!("{} before, {} after", operand & 0xFF, operand >> 8),
        OperandKind::LocalPair => {
            let (first, second) = crate::fuse::split(operand);
            format!("{}, {}", code.varnames.get(first)?, code.varnames.get(second)?)
        }
        OperandKind::LocalName => {
            let (local, name) = crate::fuse::split(operand);
            format!("{}.{}", code.varnames.get(local)?, code.names.get(name)?)
        }
        OperandKind::Count | OperandKind::Invert => return None,
    })
}
