package org.senescope.analysis.singlecell;

/**
 * R's default random stream (R 3.6 and later): the Mersenne-Twister after {@code set.seed}, {@code unif_rand},
 * {@code norm_rand} by inversion and {@code R_unif_index} by rejection sampling, so that {@code rnorm} and
 * {@code sample} draw exactly the numbers R draws. Written from R 4.2.2's {@code RNG.c}, {@code snorm.c} and
 * {@code random.c}. Not thread-safe; {@link #copy()} gives an independent stream in the same state.
 */
public final class RRandom {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    /** 1 / (2^32 - 1): {@code fixup} keeps draws strictly inside (0, 1) with half of it. */
    private static final double I2_32M1 = 2.328306437080797e-10;
    /** 2^27: inversion builds a uniform of about 54 bits from two draws. */
    private static final int BIG = 134217728;

    private final int[] mt;
    private int mti;

    private RRandom(int[] mt, int mti) {
        this.mt = mt;
        this.mti = mti;
    }

    /**
     * The stream after R's {@code set.seed(seed)}: the seed is scrambled by 50 steps of the congruential generator
     * {@code seed = 69069 * seed + 1} (32-bit unsigned), then each of the 625 seed words is the next step; the first
     * word, the position, is then set to 624 so that the first draw regenerates the table.
     */
    public static RRandom seeded(int seed) {
        int s = seed;
        for (int j = 0; j < 50; j++) {
            s = 69069 * s + 1;
        }
        s = 69069 * s + 1; // the position word, overwritten as R does
        int[] mt = new int[N];
        for (int j = 0; j < N; j++) {
            s = 69069 * s + 1;
            mt[j] = s;
        }
        return new RRandom(mt, N);
    }

    /** An independent stream that continues as this one would. */
    public RRandom copy() {
        return new RRandom(mt.clone(), mti);
    }

    /** R's {@code unif_rand}: the next uniform in (0, 1). */
    public double uniform() {
        double x = nextTwister();
        if (x <= 0) {
            return 0.5 * I2_32M1;
        }
        if (1.0 - x <= 0) {
            return 1.0 - 0.5 * I2_32M1;
        }
        return x;
    }

    /** R's {@code norm_rand} with {@code "Inversion"}: a standard normal from two uniforms. */
    public double normal() {
        double u = uniform();
        u = (int) (BIG * u) + uniform();
        return RNormalQuantile.quantile(u / BIG);
    }

    /** R's {@code R_unif_index} with {@code "Rejection"}: a uniform integer in {@code [0, n)}, n at least 1. */
    public int index(int n) {
        if (n <= 0) {
            return 0;
        }
        int bits = (int) Math.ceil(log2(n));
        long draw;
        do {
            draw = randomBits(bits);
        } while (n <= draw);
        return (int) draw;
    }

    /**
     * R's {@code sample.int(n, size)} without replacement (n up to 10 million, beyond which R hashes), as 1-based
     * draws in draw order.
     */
    public int[] sampleWithoutReplacement(int n, int size) {
        if (size < 0 || size > n) {
            throw new IllegalArgumentException("cannot take a sample of " + size + " from " + n
                    + " without replacement");
        }
        int[] drawn = new int[size];
        int[] left = new int[n];
        for (int i = 0; i < n; i++) {
            left[i] = i;
        }
        int remaining = n;
        for (int i = 0; i < size; i++) {
            int j = index(remaining);
            drawn[i] = left[j] + 1;
            left[j] = left[--remaining];
        }
        return drawn;
    }

    /** R's {@code log2} of a positive integer, exact at powers of two as C's {@code log2} is. */
    private static double log2(int n) {
        if (Integer.bitCount(n) == 1) {
            return Integer.numberOfTrailingZeros(n);
        }
        return Math.log(n) / Math.log(2);
    }

    /** As rbits() in R's RNG.c: 16 bits per uniform, enough uniforms to cover {@code bits}, masked to that many. */
    private long randomBits(int bits) {
        long v = 0;
        for (int n = 0; n <= bits; n += 16) {
            int v1 = (int) Math.floor(uniform() * 65536);
            v = 65536 * v + v1;
        }
        return v & ((1L << bits) - 1);
    }

    /** One tempered Mersenne-Twister word scaled to [0, 1), as R's {@code MT_genrand}. */
    private double nextTwister() {
        if (mti >= N) {
            regenerate();
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return Integer.toUnsignedLong(y) * 2.3283064365386963e-10;
    }

    private void regenerate() {
        for (int kk = 0; kk < N; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
            mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        mti = 0;
    }
}
