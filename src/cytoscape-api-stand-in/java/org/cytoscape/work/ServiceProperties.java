// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.work;

public interface ServiceProperties {
    String TITLE = "title";
    String PREFERRED_MENU = "preferredMenu";
    String MENU_GRAVITY = "menuGravity";
    String ENABLE_FOR = "enableFor";
    String IN_MENU_BAR = "inMenuBar";
    String TOOLTIP = "tooltip";
    String INSERT_SEPARATOR_BEFORE = "insertSeparatorBefore";
    String COMMAND = "command";
    String COMMAND_NAMESPACE = "commandNamespace";
    String COMMAND_DESCRIPTION = "commandDescription";
    String COMMAND_LONG_DESCRIPTION = "commandLongDescription";
    String COMMAND_SUPPORTS_JSON = "commandSupportsJSON";
    String COMMAND_EXAMPLE_JSON = "commandExampleJSON";
    String APPS_MENU = "Apps[1]";
}
