package org.senescope.read.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What of a journal page is the article. The article is the page's largest {@code <article>}, else its
 * {@code <main>} (or {@code role="main"}), else its body. From it go: scripts, styles, forms, embedded media and
 * other non-text elements; navigation, headers, footers and sidebars (by element, by ARIA role, and by an id or class
 * word such as {@code nav}, {@code menu}, {@code breadcrumb}, {@code cookie}, {@code share}, {@code sidebar},
 * {@code related}); hidden elements; the reference list (an element whose id or class names references or a
 * bibliography, or a heading "References", "Bibliography", "Literature cited" with what follows it up to the next
 * heading of its level); and citation marks (a superscript of numbers, a link within the page whose text is a number
 * or a bracketed list of them).
 */
final class HtmlBoilerplate {

    private static final String NON_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "img, picture, video, audio, form, button, input, select, textarea, link, meta, dialog, nav, header, "
            + "footer, aside, [hidden], [aria-hidden=true]";
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
            "menu", "menubar", "toolbar", "dialog", "alert", "doc-bibliography");
    private static final Set<String> FURNITURE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "cookie", "cookies", "banner", "share", "sharing", "social", "sidebar", "footer", "header",
            "masthead", "related", "recommended", "advert", "advertisement", "ads", "promo", "newsletter",
            "subscribe", "login", "signin", "toolbar", "skip", "metrics", "altmetric", "references", "reference",
            "bibliography", "refs", "citations", "comments", "popup", "modal");
    private static final Set<String> KEPT = Set.of("html", "body", "main", "article");
    private static final Pattern WORDS = Pattern.compile("[^a-z]+");
    private static final Pattern REFERENCES = Pattern.compile(
            "(?i)\\s*(\\d+\\.?\\s*)?(references|bibliography|literature cited|works cited|reference list|"
                    + "references and notes|notes and references)\\s*");
    private static final Pattern CITATION = Pattern.compile("\\[?\\s*\\d+(\\s*[,\\u2013\\u2014-]\\s*\\d+)*\\s*\\]?");

    private HtmlBoilerplate() {
    }

    /** The article of {@code page}, without what is not its text; {@code page} is changed. */
    static Element article(Document page) {
        Element root = page.select("article").stream()
                .max(Comparator.comparingInt(e -> e.text().length()))
                .or(() -> page.select("main, [role=main]").stream().findFirst())
                .orElse(page.body());
        root.select(NON_TEXT).remove();
        for (Element e : new ArrayList<>(root.getAllElements())) {
            if (!e.equals(root) && e.parent() != null && isFurniture(e)) {
                e.remove();
            }
        }
        removeReferenceSections(root);
        for (Element e : root.select("sup, a[href^=#]")) {
            if (CITATION.matcher(e.text()).matches()) {
                e.remove();
            }
        }
        return root;
    }

    private static boolean isFurniture(Element e) {
        if (KEPT.contains(e.normalName())) {
            return false;
        }
        if (ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        for (String word : WORDS.split(names, -1)) {
            if (FURNITURE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A references heading goes, with what follows it up to the next heading of its level or above. */
    private static void removeReferenceSections(Element root) {
        for (Element heading : root.select("h1, h2, h3, h4, h5, h6")) {
            if (heading.parent() == null || !REFERENCES.matcher(heading.text()).matches()) {
                continue;
            }
            int level = heading.normalName().charAt(1) - '0';
            List<Element> gone = new ArrayList<>();
            gone.add(heading);
            for (Element next = heading.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                if (isHeadingAtOrAbove(next, level)) {
                    break;
                }
                gone.add(next);
            }
            gone.forEach(Element::remove);
        }
    }

    private static boolean isHeadingAtOrAbove(Element e, int level) {
        String name = e.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))
                && name.charAt(1) - '0' <= level;
    }
}
