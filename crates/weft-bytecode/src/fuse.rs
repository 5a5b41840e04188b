//! Superinstructions: common pairs of instructions fused into one, so the
//! interpreter dispatches once for both (CPython 3.11 forms the same kind
//! when it quickens code). The VM runs [`fuse`] on every code object it
//! loads; the compiler's output, and `--dis`, never show them.
//!
//! The pair's second instruction is left where it was: a jump may target
//! it, and then it runs on its own. The fused instruction does both parts
//! and steps over it, so instruction indices — jump targets, handler
//! addresses, source locations — are the same in both sequences.

use crate::instruction::Instruction;

/// `code` with each fusable pair's first instruction replaced by the fused form.
pub fn fuse(code: &[Instruction]) -> Vec<Instruction> {
    let mut fused = code.to_vec();
    for (at, pair) in code.windows(2).enumerate() {
        if let Some(instruction) = fused_pair(pair[0], pair[1]) {
            fused[at] = instruction;
        }
    }
    fused
}

fn fused_pair(first: Instruction, second: Instruction) -> Option<Instruction> {
    use Instruction::*;
    Some(match (first, second) {
        (LoadFast(a), LoadFast(b)) => LoadFastLoadFast(join(a, b)?),
        (StoreFast(a), LoadFast(b)) => StoreFastLoadFast(join(a, b)?),
        (LoadFast(local), LoadAttr(name)) => LoadFastLoadAttr(join(local, name)?),
        _ => return None,
    })
}

/// Two indices in one operand, if both fit in 16 bits.
fn join(low: u32, high: u32) -> Option<u32> {
    (low < 1 << 16 && high < 1 << 16).then_some(high << 16 | low)
}

/// The two indices of a fused operand: (low, high).
#[inline]
pub fn split(operand: u32) -> (usize, usize) {
    ((operand & 0xFFFF) as usize, (operand >> 16) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Instruction::*;

    #[test]
    fn pairs_fuse_and_their_second_halves_stay() {
        let code = [LoadFast(0), LoadFast(1), BinaryOp(0), StoreFast(2), LoadFast(2), LoadAttr(5), ReturnValue];
        let fused = fuse(&code);
        assert_eq!(
            fused,
            [
                LoadFastLoadFast(1 << 16),
                LoadFast(1),
                BinaryOp(0),
                StoreFastLoadFast(2 << 16 | 2),
                LoadFastLoadAttr(5 << 16 | 2),
                LoadAttr(5),
                ReturnValue
            ]
        );
        assert_eq!(split(5 << 16 | 2), (2, 5));
    }

    #[test]
    fn runs_fuse_pairwise_and_wide_operands_do_not() {
        // Three loads: each of the first two starts a pair.
        let fused = fuse(&[LoadFast(0), LoadFast(1), LoadFast(2)]);
        assert_eq!(fused, [LoadFastLoadFast(1 << 16), LoadFastLoadFast(2 << 16 | 1), LoadFast(2)]);
        assert_eq!(fuse(&[LoadFast(70_000), LoadFast(1)]), [LoadFast(70_000), LoadFast(1)]);
    }

    #[test]
    fn a_fused_pair_has_the_stack_effect_of_its_parts() {
        for (first, second) in [(LoadFast(0), LoadFast(1)), (StoreFast(0), LoadFast(1)), (LoadFast(0), LoadAttr(1))] {
            let fused = fused_pair(first, second).unwrap();
            assert_eq!(fused.stack_effect(false), first.stack_effect(false) + second.stack_effect(false));
        }
    }
}
