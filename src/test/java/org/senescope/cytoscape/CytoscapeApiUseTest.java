package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Member;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cytoscape.standin.StandInOnly;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The adapter's bytecode uses only what the real Cytoscape 3.10.3 API has: every {@code org.cytoscape} type and
 * member it touches is in the list of checked facts in src/cytoscape-api-stand-in/README.md, and none is marked
 * {@link StandInOnly}. A new use fails here until its real signature is checked and listed.
 */
class CytoscapeApiUseTest {

    private static final Path README = Path.of("src/cytoscape-api-stand-in/README.md");
    private static final Pattern LISTED = Pattern.compile("^- `(org\\.cytoscape\\.[\\w.$]+(?:#[\\w<>]+)?)`");

    private static JavaClasses adapter;

    @BeforeAll
    static void importAdapter() {
        adapter = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.senescope.cytoscape", "org.cytoscape");
    }

    @Test
    void usesOnlyListedRealTypesAndMembers() throws IOException {
        Set<String> listed = listed();
        Set<String> unlisted = new TreeSet<>(used());
        unlisted.removeAll(listed);
        assertEquals(Set.of(), unlisted, "check these against the real 3.10.3 API and list them in " + README);
    }

    @Test
    void everyListedTypeAndMemberIsInTheStandIn() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String entry : listed()) {
            String[] parts = entry.split("#");
            try {
                Class<?> type = Class.forName(parts[0]);
                if (parts.length == 2 && !hasMember(type, parts[1])) {
                    missing.add(entry);
                }
            } catch (ClassNotFoundException e) {
                missing.add(entry);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void touchesNothingTheStandInMarksAsAbsentFromTheRealApi() {
        Set<String> marked = new TreeSet<>();
        for (JavaClass type : adapterClasses()) {
            for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                AccessTarget target = access.getTarget();
                if (target.getOwner().isAnnotatedWith(StandInOnly.class)
                        || target.resolveMember().map(m -> m.isAnnotatedWith(StandInOnly.class)).orElse(false)) {
                    marked.add(access.getDescription());
                }
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                if (dependency.getTargetClass().isAnnotatedWith(StandInOnly.class)) {
                    marked.add(dependency.getDescription());
                }
            }
        }
        assertEquals(Set.of(), marked);
    }

    @Test
    void theCheckSeesTheAdaptersUses() {
        Set<String> used = used();
        assertTrue(used.contains("org.cytoscape.service.util.AbstractCyActivator#getService"), used.toString());
        assertTrue(used.contains("org.cytoscape.view.presentation.property.BasicVisualLexicon#NODE_SHAPE"),
                used.toString());
        assertTrue(used.contains("org.cytoscape.work.TaskFactory"), used.toString());
    }

    private static Stream<JavaClass> adapterClassStream() {
        return adapter.stream().filter(c -> c.getPackageName().equals("org.senescope.cytoscape"));
    }

    private static Iterable<JavaClass> adapterClasses() {
        return adapterClassStream().toList();
    }

    private static Set<String> used() {
        Set<String> used = new TreeSet<>();
        adapterClassStream().forEach(type -> {
            for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                // The class that declares the member: CyActivator.getService is AbstractCyActivator's.
                JavaClass owner = access.getTarget().resolveMember().map(m -> m.getOwner())
                        .orElse(access.getTargetOwner());
                if (isCytoscape(owner)) {
                    used.add(owner.getName() + "#" + access.getTarget().getName());
                }
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                if (isCytoscape(target)) {
                    used.add(target.getName());
                }
            }
        });
        return used;
    }

    private static boolean isCytoscape(JavaClass type) {
        return type.getPackageName().startsWith("org.cytoscape");
    }

    private static Set<String> listed() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(README)) {
            Matcher m = LISTED.matcher(line.strip());
            if (m.find()) {
                listed.add(m.group(1));
            }
        }
        return listed;
    }

    private static boolean hasMember(Class<?> type, String name) {
        if (name.equals("<init>")) {
            return type.getDeclaredConstructors().length > 0;
        }
        return Stream.of(Arrays.stream(type.getMethods()), Arrays.stream(type.getDeclaredMethods()),
                        Arrays.stream(type.getFields()), Arrays.stream(type.getDeclaredFields()))
                .flatMap(s -> s.map(Member.class::cast))
                .anyMatch(m -> m.getName().equals(name));
    }
}
