/**
 * Choices and results of gene-set analysis as plain values both front ends can pass or show (e.g. what to do with
 * result rows of gene sets that are not network modules). Enums and records only; the statistics are
 * {@code analysis}'s and the readers {@code read}'s. Depends on nothing but the JDK.
 */
package org.senescope.model.analysis;
