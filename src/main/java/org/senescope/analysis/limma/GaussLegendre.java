package org.senescope.analysis.limma;

/**
 * Gauss–Legendre quadrature on [0, 1] with weights summing to 1, as statmod's {@code gauss.quad.prob(n, "uniform")}:
 * nodes are the roots of the Legendre polynomial found by Newton's method from Tricomi's starting values.
 *
 * @param nodes   the nodes, ascending (not copied)
 * @param weights their weights (not copied)
 */
record GaussLegendre(double[] nodes, double[] weights) {

    static GaussLegendre uniform(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("quadrature needs at least one node, found " + n);
        }
        double[] nodes = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double derivative = 0;
            for (int iter = 0; iter < 100; iter++) {
                double[] pd = legendre(n, x);
                derivative = pd[1];
                double step = pd[0] / derivative;
                x -= step;
                if (Math.abs(step) <= 1e-16) {
                    break;
                }
            }
            derivative = legendre(n, x)[1];
            double w = 2 / ((1 - x * x) * derivative * derivative);
            // Root x of P_n on [-1, 1] maps to (1 + x) / 2; the mirror root -x to (1 - x) / 2, computed without
            // cancellation for the node next to 0.
            nodes[n - 1 - i] = (1 + x) / 2;
            nodes[i] = (1 - x) / 2;
            weights[n - 1 - i] = w / 2;
            weights[i] = w / 2;
        }
        return new GaussLegendre(nodes, weights);
    }

    /** {P_n(x), P_n'(x)} by the three-term recurrence. */
    private static double[] legendre(int n, double x) {
        double p0 = 1;
        double p1 = x;
        if (n == 0) {
            return new double[] {1, 0};
        }
        for (int k = 2; k <= n; k++) {
            double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
            p0 = p1;
            p1 = p2;
        }
        double derivative = n * (x * p1 - p0) / (x * x - 1);
        return new double[] {p1, derivative};
    }
}
