// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.work;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@Documented
public @interface Tunable {
    String GUI_CONTEXT = "gui";
    String NOGUI_CONTEXT = "nogui";
    String BOTH_CONTEXT = "both";

    String description() default "";

    String longDescription() default "";

    String tooltip() default "";

    String exampleStringValue() default "";

    String[] groups() default {};

    double gravity() default 999.0;

    boolean xorChildren() default false;

    String xorKey() default "";

    String dependsOn() default "";

    String params() default "";

    String[] listenForChange() default {};

    String context() default BOTH_CONTEXT;

    boolean required() default false;

    String format() default "";
}
