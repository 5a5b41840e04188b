//! `math.gamma` and `math.lgamma` by the Lanczos approximation, with the
//! constants and steps CPython uses (g ≈ 6.0247 and 13 terms, the set Boost
//! published as `lanczos13m53`), so results agree with CPython to the last
//! digit rather than merely to within a few ulps. `None` is a domain error;
//! an infinite result from a finite argument is a range error (the caller
//! reports both).

// The constants are written as published, digits beyond f64 included, so
// they can be checked against the source; the compiler rounds them.
#![allow(clippy::excessive_precision)]

use std::f64::consts::PI;

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

const NUMERATOR: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_8,
    42_919_803_642.649_098_768_957_899_047_001_988_850_930_9,
    35_711_959_237.355_668_049_440_185_451_547_166_705_96,
    17_921_034_426.037_209_699_919_755_754_458_931_112_67,
    6_039_542_586.352_028_005_064_291_644_307_297_921_07,
    1_439_720_407.311_721_673_663_223_072_794_912_393_972,
    248_874_557.862_054_156_511_460_386_413_229_423_216_3,
    31_426_415.585_400_194_380_614_231_628_318_205_362_87,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599,
    186_056.265_395_223_495_040_294_989_716_045_699_282_2,
    8_071.672_002_365_816_210_638_002_902_272_250_613_822,
    210.824_277_751_579_345_872_509_733_920_713_362_711_7,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626,
];

/// The denominator is the polynomial x(x+1)…(x+11).
const DENOMINATOR: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

/// The ratio of the two polynomials at `x` (≥ 0): evaluated in `x` for
/// small arguments and in `1/x` for large ones, where it stays in range.
fn lanczos_sum(x: f64) -> f64 {
    let (mut numerator, mut denominator) = (0.0, 0.0);
    if x < 5.0 {
        for (n, d) in NUMERATOR.iter().zip(&DENOMINATOR).rev() {
            numerator = numerator * x + n;
            denominator = denominator * x + d;
        }
    } else {
        for (n, d) in NUMERATOR.iter().zip(&DENOMINATOR) {
            numerator = numerator / x + n;
            denominator = denominator / x + d;
        }
    }
    numerator / denominator
}

/// sin(πx), exact at the multiples of ½ where `(πx).sin()` is not.
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i64 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

pub fn gamma(x: f64) -> Option<f64> {
    if !x.is_finite() {
        // inf → inf, nan → nan, -inf → domain error.
        return (x != f64::NEG_INFINITY).then_some(x);
    }
    if x == x.floor() {
        if x <= 0.0 {
            return None;
        }
        if x <= 23.0 {
            return Some((1..x as u64).fold(1.0, |product, k| product * k as f64));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Some(1.0 / x);
    }
    if absx > 200.0 {
        // Past overflow, and (for negative x) past underflow to a signed zero.
        return Some(if x < 0.0 { 0.0 / sin_pi(x) } else { f64::INFINITY });
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of `y`, fed back as a first-order correction.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let power = |r: f64, apply: fn(f64, f64) -> f64| {
        // Split the power in two past 140, where y^(x-½) alone overflows.
        if absx < 140.0 {
            apply(r, y.powf(absx - 0.5))
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            apply(apply(r, half), half)
        }
    };
    let r = if x < 0.0 {
        let r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        power(r - z * r, |r, p| r / p)
    } else {
        let r = lanczos_sum(absx) / y.exp();
        power(r + z * r, |r, p| r * p)
    };
    Some(r)
}

pub fn lgamma(x: f64) -> Option<f64> {
    if !x.is_finite() {
        return Some(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { None } else { Some(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Some(-absx.ln());
    }
    let r = lanczos_sum(absx).ln() - LANCZOS_G + (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    Some(if x < 0.0 { PI.ln() - sin_pi(absx).abs().ln() - absx.ln() - r } else { r })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_factorials_and_poles_are_domain_errors() {
        assert_eq!(gamma(5.0), Some(24.0));
        assert_eq!(gamma(0.0), None);
        assert_eq!(gamma(-3.0), None);
        assert_eq!(lgamma(2.0), Some(0.0));
        assert_eq!(lgamma(-1.0), None);
    }

    #[test]
    fn half_is_root_pi() {
        let root_pi = PI.sqrt();
        assert!((gamma(0.5).unwrap() - root_pi).abs() <= f64::EPSILON * root_pi);
    }
}
