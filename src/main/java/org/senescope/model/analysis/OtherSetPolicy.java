package org.senescope.model.analysis;

/** What to do with a result row whose gene set is not a module of the network (say, a GMT set tested alongside). */
public enum OtherSetPolicy {
    /** Stop with an error naming the row: the usual sign of results from another network. */
    FAIL,
    /** Leave the row out, count it and name it in the report. */
    SKIP
}
