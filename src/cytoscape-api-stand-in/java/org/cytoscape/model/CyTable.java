// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.model;

import java.util.Collection;
import java.util.List;

public interface CyTable extends CyIdentifiable {
    String getTitle();

    void setTitle(String title);

    CyColumn getPrimaryKey();

    <T> void createColumn(String fullyQualifiedName, Class<? extends T> type, boolean isImmutable);

    <T> void createColumn(String fullyQualifiedName, Class<? extends T> type, boolean isImmutable, T defaultValue);

    default <T> void createColumn(String namespace, String columnName, Class<? extends T> type, boolean isImmutable) {
        createColumn(namespace == null ? columnName : namespace + "::" + columnName, type, isImmutable);
    }

    <T> void createListColumn(String fullyQualifiedName, Class<T> listElementType, boolean isImmutable);

    CyColumn getColumn(String fullyQualifiedName);

    Collection<CyColumn> getColumns();

    void deleteColumn(String fullyQualifiedName);

    CyRow getRow(Object primaryKey);

    boolean rowExists(Object primaryKey);

    List<CyRow> getAllRows();

    Collection<CyRow> getMatchingRows(String fullyQualifiedName, Object value);

    int getRowCount();
}
