// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.standin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Not part of the real Cytoscape API: marks a stand-in type or member that exists only so the stand-in compiles and
 * behaves (the real API has other, non-public classes there). The adapter must never use one; CytoscapeStandInTest
 * fails when it does.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface StandInOnly {
}
