/**
 * A network's attribute tables as plain data: the columns (name, type, description), one typed value per element and
 * column, and the names of every column Senescope writes. Computed by {@code export.AttributeTables}; written by every
 * export format and put into Cytoscape's tables by the adapter, which therefore need not reach the export code.
 * Immutable records and enums; depends on nothing but the JDK.
 */
package org.senescope.model.table;
