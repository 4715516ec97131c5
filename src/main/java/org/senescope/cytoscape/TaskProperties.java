package org.senescope.cytoscape;

import java.util.Properties;

import org.cytoscape.work.ServiceProperties;

/**
 * The OSGi service properties that make a task factory a menu item under Apps &gt; Senescope or a CyREST command in
 * the {@value SenescopeColumns#NAMESPACE} namespace. Each call returns new properties.
 */
final class TaskProperties {

    /** Where Senescope's menu items go. */
    static final String MENU = "Apps.Senescope";

    private TaskProperties() {
    }

    /**
     * A menu item's properties. No {@code inMenuBar}: Cytoscape only ever reads it to switch the menu bar on, so
     * {@code "false"} would say something it does not do.
     */
    static Properties menu(String title, double gravity, String enableFor, String tooltip) {
        Properties p = new Properties();
        p.setProperty(ServiceProperties.PREFERRED_MENU, MENU);
        p.setProperty(ServiceProperties.TITLE, title);
        p.setProperty(ServiceProperties.MENU_GRAVITY, Double.toString(gravity));
        p.setProperty(ServiceProperties.ENABLE_FOR, enableFor);
        p.setProperty(ServiceProperties.TOOLTIP, tooltip);
        return p;
    }

    static Properties command(String command, String description, String longDescription, String exampleJson) {
        Properties p = new Properties();
        p.setProperty(ServiceProperties.COMMAND_NAMESPACE, SenescopeColumns.NAMESPACE);
        p.setProperty(ServiceProperties.COMMAND, command);
        p.setProperty(ServiceProperties.COMMAND_DESCRIPTION, description);
        p.setProperty(ServiceProperties.COMMAND_LONG_DESCRIPTION, longDescription);
        p.setProperty(ServiceProperties.COMMAND_SUPPORTS_JSON, "true");
        p.setProperty(ServiceProperties.COMMAND_EXAMPLE_JSON, exampleJson);
        return p;
    }
}
