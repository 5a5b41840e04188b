//! The Mersenne Twister (MT19937, Matsumoto and Nishimura 1998), seeded and
//! drawn from exactly as CPython's `random` module does, so a program that
//! seeds `random` prints the same numbers on weft as on CPython.

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER: u32 = 0x8000_0000;
const LOWER: u32 = 0x7fff_ffff;

#[derive(Clone)]
pub struct Twister {
    state: Box<[u32; N]>,
    index: usize,
}

impl Default for Twister {
    fn default() -> Self {
        Twister::from_key(&[0])
    }
}

impl Twister {
    fn from_seed(seed: u32) -> Twister {
        let mut state = Box::new([0u32; N]);
        state[0] = seed;
        for i in 1..N {
            let previous = state[i - 1];
            state[i] = 1_812_433_253u32.wrapping_mul(previous ^ (previous >> 30)).wrapping_add(i as u32);
        }
        Twister { state, index: N }
    }

    /// The state words and the position in them: `getstate()`'s tuple.
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.state, self.index)
    }

    /// A generator at a saved state; None if the position is impossible.
    pub fn from_state(words: &[u32], index: usize) -> Option<Twister> {
        let state: [u32; N] = words.try_into().ok()?;
        (index <= N).then(|| Twister { state: Box::new(state), index })
    }

    /// Seeds from an array of 32-bit words (an int's absolute value, least
    /// significant word first), as CPython's `random.seed(int)` does.
    pub fn from_key(key: &[u32]) -> Twister {
        let mut twister = Twister::from_seed(19_650_218);
        let state = &mut twister.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let previous = state[i - 1];
            state[i] = (state[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                state[0] = state[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let previous = state[i - 1];
            state[i] = (state[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                state[0] = state[N - 1];
                i = 1;
            }
        }
        state[0] = UPPER;
        twister
    }

    fn refill(&mut self) {
        let state = &mut self.state;
        for k in 0..N {
            let y = (state[k] & UPPER) | (state[(k + 1) % N] & LOWER);
            let mix = if y & 1 == 1 { MATRIX_A } else { 0 };
            state[k] = state[(k + M) % N] ^ (y >> 1) ^ mix;
        }
        self.index = 0;
    }

    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.refill();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits: `random.random()`.
    pub fn next_f64(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits as 32-bit words, least significant first; the last
    /// word keeps only its top bits, as `getrandbits` draws them.
    pub fn bits(&mut self, k: u64) -> Vec<u32> {
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let word = self.next_u32();
            if left < 32 {
                words.push(word >> (32 - left));
                break;
            }
            words.push(word);
            left -= 32;
        }
        words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference implementation's published outputs for its default seed.
    #[test]
    fn matches_the_reference_outputs() {
        let mut twister = Twister::from_seed(5489);
        assert_eq!(twister.next_u32(), 3_499_211_612);
        assert_eq!(twister.next_u32(), 581_869_302);
    }

    /// `random.seed(42); random.random()` in CPython.
    #[test]
    fn seeds_as_cpython_does() {
        let mut twister = Twister::from_key(&[42]);
        assert_eq!(twister.next_f64(), 0.6394267984578837);
    }
}
