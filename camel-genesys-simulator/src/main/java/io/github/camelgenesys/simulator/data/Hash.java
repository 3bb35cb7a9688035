package io.github.camelgenesys.simulator.data;

/** SplitMix64-based mixing: every generated attribute derives from (seed, salt, index). */
public final class Hash {
    private Hash() {
    }

    public static long mix(long seed, long salt, long index) {
        long z = seed * 0x9E37_79B9_7F4A_7C15L + salt * 0xBF58_476D_1CE4_E5B9L + index * 0x94D0_49BB_1331_11EBL;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /** A value in [0, bound). */
    public static int below(long seed, long salt, long index, int bound) {
        return (int) Long.remainderUnsigned(mix(seed, salt, index), bound);
    }

    /** A value in [min, max]. */
    public static long between(long seed, long salt, long index, long min, long max) {
        return min + Long.remainderUnsigned(mix(seed, salt, index), max - min + 1);
    }
}
