package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.List;

import org.cytoscape.model.CyDisposable;
import org.cytoscape.model.CyIdentifiable;
import org.cytoscape.model.CyRow;
import org.cytoscape.service.util.AbstractCyActivator;
import org.cytoscape.view.model.AbstractVisualProperty;
import org.cytoscape.view.model.CyNetworkView;
import org.cytoscape.view.presentation.property.AbstractVisualLexicon;
import org.cytoscape.view.presentation.property.ArrowShapeVisualProperty;
import org.cytoscape.view.presentation.property.BasicVisualLexicon;
import org.cytoscape.view.presentation.property.LineTypeVisualProperty;
import org.cytoscape.view.presentation.property.NodeShapeVisualProperty;
import org.cytoscape.work.Tunable;
import org.cytoscape.work.util.ListSelection;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;

/** The stand-in states what Cytoscape 3.10.3 states (see src/cytoscape-api-stand-in/README.md). */
class CytoscapeStandInTest {

    @Test
    void shapeArrowAndLinePropertiesAreAbstractVisualProperties() {
        for (Class<?> type : List.of(NodeShapeVisualProperty.class, ArrowShapeVisualProperty.class,
                LineTypeVisualProperty.class)) {
            assertSame(AbstractVisualProperty.class, type.getSuperclass(), type.getName());
            assertTrue(Modifier.isFinal(type.getModifiers()), type.getName());
        }
        assertSame(AbstractVisualLexicon.class, BasicVisualLexicon.class.getSuperclass());
        assertFalse(Modifier.isAbstract(BasicVisualLexicon.class.getModifiers()));
        assertTrue(CyIdentifiable.class.isAssignableFrom(CyRow.class));
        assertTrue(CyDisposable.class.isAssignableFrom(CyNetworkView.class));
        assertFalse(Modifier.isAbstract(ListSelection.class.getModifiers()));
    }

    @Test
    void defaultsAreCytoscapes() {
        assertEquals(new Color(0xC80000), BasicVisualLexicon.NODE_FILL_COLOR.getDefault());
        assertEquals(50.0, BasicVisualLexicon.NODE_SIZE.getDefault());
        assertEquals(60.0, BasicVisualLexicon.NODE_WIDTH.getDefault());
        assertEquals(40.0, BasicVisualLexicon.NODE_HEIGHT.getDefault());
        assertEquals(new Color(0x000000), BasicVisualLexicon.NODE_BORDER_PAINT.getDefault());
        assertEquals(2.0, BasicVisualLexicon.NODE_BORDER_WIDTH.getDefault());
        assertEquals(1.0, BasicVisualLexicon.EDGE_WIDTH.getDefault());
        assertEquals(new Color(0x404040), BasicVisualLexicon.EDGE_UNSELECTED_PAINT.getDefault());
        assertSame(NodeShapeVisualProperty.ELLIPSE, BasicVisualLexicon.NODE_SHAPE.getDefault());
        assertSame(ArrowShapeVisualProperty.NONE, BasicVisualLexicon.EDGE_TARGET_ARROW_SHAPE.getDefault());
        assertSame(LineTypeVisualProperty.SOLID, BasicVisualLexicon.EDGE_LINE_TYPE.getDefault());
    }

    @Test
    void displayNamesAreHumanAndSerializableNamesAreIds() {
        assertEquals("Round Rectangle", NodeShapeVisualProperty.ROUND_RECTANGLE.getDisplayName());
        assertEquals("ROUND_RECTANGLE", NodeShapeVisualProperty.ROUND_RECTANGLE.getSerializableString());
        assertEquals("Equal Dash", LineTypeVisualProperty.EQUAL_DASH.getDisplayName());
        assertEquals("Dash", LineTypeVisualProperty.LONG_DASH.getDisplayName());
        assertEquals("Delta", ArrowShapeVisualProperty.DELTA.toString());
        assertEquals("Node Shape", BasicVisualLexicon.NODE_SHAPE.getDisplayName());
        assertEquals("NODE_SHAPE", BasicVisualLexicon.NODE_SHAPE.getIdString());
        assertEquals("Edge Color (Unselected)", BasicVisualLexicon.EDGE_UNSELECTED_PAINT.getDisplayName());
    }

    @Test
    void shapeAndArrowParsersGiveNullForUnknownNamesButLineTypesGiveSolid() {
        assertNull(BasicVisualLexicon.NODE_SHAPE.parseSerializableString("VEE"), "VEE is ding's, not core");
        assertSame(NodeShapeVisualProperty.ROUND_RECTANGLE, BasicVisualLexicon.NODE_SHAPE.parseSerializableString("roundrect"));
        assertSame(NodeShapeVisualProperty.ELLIPSE, BasicVisualLexicon.NODE_SHAPE.parseSerializableString("circle"));
        assertNull(BasicVisualLexicon.EDGE_TARGET_ARROW_SHAPE.parseSerializableString("BARB"));
        assertSame(ArrowShapeVisualProperty.T, BasicVisualLexicon.EDGE_TARGET_ARROW_SHAPE.parseSerializableString("t"));
        assertSame(LineTypeVisualProperty.SOLID, BasicVisualLexicon.EDGE_LINE_TYPE.parseSerializableString("WAVY"));
        assertSame(LineTypeVisualProperty.EQUAL_DASH, BasicVisualLexicon.EDGE_LINE_TYPE.parseSerializableString("equal_dash"));
    }

    @Test
    void theCoreLexiconHasNoVeeAndDingsHasIt() {
        assertEquals(8, MemoryLexicon.coreOnly().getSupportedValueRange(BasicVisualLexicon.NODE_SHAPE).size());
        assertFalse(MemoryLexicon.coreOnly().getSupportedValueRange(BasicVisualLexicon.NODE_SHAPE)
                .contains(MemoryLexicon.VEE));
        assertTrue(MemoryLexicon.dingLike().getSupportedValueRange(BasicVisualLexicon.NODE_SHAPE)
                .contains(MemoryLexicon.VEE));
        assertTrue(MemoryLexicon.coreOnly().getSupportedValueRange(BasicVisualLexicon.NODE_FILL_COLOR).isEmpty());
    }

    @Test
    void tunableGravityDefaultsTo999() throws Exception {
        assertEquals(999.0, Tunable.class.getMethod("gravity").getDefaultValue());
    }

    @Test
    void getServiceDoesNotWaitAndThrowsWhenNothingIsRegistered() {
        BundleContext empty = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> null);
        Activator activator = new Activator();
        RuntimeException e = assertThrows(RuntimeException.class, () -> activator.lookUp(empty));
        assertEquals("Couldn't find service: org.cytoscape.view.vizmap.VisualStyleFactory with filter: null",
                e.getMessage());
    }

    @Test
    void everyStandInFieldOfTheLexiconIsAVisualPropertyOfItsOwnId() throws Exception {
        for (Field field : BasicVisualLexicon.class.getFields()) {
            Object value = field.get(null);
            if (value instanceof org.cytoscape.view.model.VisualProperty<?> vp) {
                assertEquals(field.getName(), vp.getIdString());
            }
        }
    }

    private static final class Activator extends AbstractCyActivator {
        Object lookUp(BundleContext context) {
            return getService(context, org.cytoscape.view.vizmap.VisualStyleFactory.class);
        }

        @Override
        public void start(BundleContext context) {
        }
    }
}
