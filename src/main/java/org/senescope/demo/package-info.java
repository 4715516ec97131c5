/**
 * The SIMULATED data of {@code senescope demo}: a small data set (a mouse liver-carcinoma time course after p53
 * restoration, the setting of the seed commentary on p53-induced senescence) made by a seeded generator, and the
 * DE-table writer for it. Everything it writes says SIMULATED. The demo job itself (network, tables, figures in one folder) is
 * {@code workflow.DemoJob}'s. Depends on the JDK and Hipparchus (the normal distribution).
 */
package org.senescope.demo;
