// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.model;

import java.util.List;

public interface CyRow extends CyIdentifiable {
    <T> T get(String columnName, Class<? extends T> type);

    <T> List<T> getList(String columnName, Class<T> listElementType);

    <T> void set(String columnName, T value);

    boolean isSet(String columnName);
}
