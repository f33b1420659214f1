package uk.childstats.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stylesheet cut to the rules that can match a given markup: a style rule keeps the selectors whose every class
 * (outside a functional pseudo-class such as :not() or :has(), which may match without it) is one the markup uses;
 * a rule left with no selector goes, and so does a grouping rule (@media, @supports) left empty. Rules that name
 * no class (elements, attributes, :root and its custom properties), @keyframes and statements stay as they are.
 */
record CssSubset(Set<String> usedClasses, boolean keepFontFaces) {

    String apply(String css) {
        return CssRules.write(kept(CssRules.parse(css)));
    }

    private List<CssRules.Rule> kept(List<CssRules.Rule> rules) {
        List<CssRules.Rule> kept = new ArrayList<>();
        for (CssRules.Rule rule : rules) {
            CssRules.Rule cut = cut(rule);
            if (cut != null) {
                kept.add(cut);
            }
        }
        return kept;
    }

    private CssRules.Rule cut(CssRules.Rule rule) {
        if (rule.isStatement()) {
            return rule;
        }
        if (rule.isGrouping()) {
            List<CssRules.Rule> children = kept(rule.children());
            return children.isEmpty() ? null : new CssRules.Rule(rule.prelude(), null, children);
        }
        String keyword = rule.atKeyword();
        if (keyword.equals("@font-face")) {
            return keepFontFaces ? rule : null;
        }
        if (!keyword.isEmpty()) {
            return rule;
        }
        List<String> matching = CssRules.selectors(rule.prelude()).stream().filter(this::canMatch).toList();
        return matching.isEmpty() ? null : new CssRules.Rule(String.join(",", matching), rule.body(), null);
    }

    private boolean canMatch(String selector) {
        return usedClasses.containsAll(requiredClasses(selector));
    }

    /** The classes an element (or its ancestors or siblings) must carry for the selector to match. */
    static Set<String> requiredClasses(String selector) {
        Set<String> classes = new java.util.HashSet<>();
        int depth = 0;
        int i = 0;
        while (i < selector.length()) {
            char c = selector.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"' || c == '\'') {
                int close = selector.indexOf(c, i + 1);
                i = close < 0 ? selector.length() : close + 1;
            } else if (c == '(' || c == '[') {
                depth++;
                i++;
            } else if (c == ')' || c == ']') {
                depth--;
                i++;
            } else if (c == '.' && depth == 0) {
                StringBuilder name = new StringBuilder();
                i++;
                while (i < selector.length()
                        && (CssRules.isNameChar(selector.charAt(i)) || selector.charAt(i) == '\\')) {
                    if (selector.charAt(i) == '\\' && i + 1 < selector.length()) {
                        i++;
                    }
                    name.append(selector.charAt(i++));
                }
                classes.add(name.toString());
            } else {
                i++;
            }
        }
        return classes;
    }
}
