package uk.childstats.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A stylesheet cut into its rules, as far as needed to choose among them: each rule's prelude (selectors or an
 * at-rule) and its body, with the rules inside a conditional at-rule (@media, @supports ...) cut in turn. Quoted
 * strings, comments and brackets are stepped over whole, so a brace or comma inside them ends nothing. Comments
 * between rules are dropped.
 */
final class CssRules {
    private static final Set<String> GROUPING = Set.of("@media", "@supports", "@-moz-document", "@document",
            "@layer", "@container");

    /**
     * One rule. A statement such as {@code @charset "UTF-8";} has neither body nor children; a grouping at-rule has
     * children; any other rule (style rules, @font-face, @keyframes) has its body as written.
     */
    record Rule(String prelude, String body, List<Rule> children) {
        boolean isStatement() {
            return body == null && children == null;
        }

        boolean isGrouping() {
            return children != null;
        }

        /** "@font-face" for an at-rule, "" for a style rule. */
        String atKeyword() {
            if (!prelude.startsWith("@")) {
                return "";
            }
            int end = 1;
            while (end < prelude.length() && isNameChar(prelude.charAt(end))) {
                end++;
            }
            return prelude.substring(0, end).toLowerCase(Locale.ROOT);
        }

        void appendTo(StringBuilder css) {
            css.append(prelude);
            if (isStatement()) {
                css.append(';');
            } else if (isGrouping()) {
                css.append('{');
                children.forEach(child -> child.appendTo(css));
                css.append('}');
            } else {
                css.append('{').append(body).append('}');
            }
        }
    }

    private final String css;
    private int at;

    private CssRules(String css, int from) {
        this.css = css;
        this.at = from;
    }

    static List<Rule> parse(String css) {
        return new CssRules(css, 0).rulesUntil(css.length());
    }

    static String write(List<Rule> rules) {
        StringBuilder css = new StringBuilder();
        rules.forEach(rule -> rule.appendTo(css));
        return css.toString();
    }

    /** The selector list of a style rule, split at its top-level commas. */
    static List<String> selectors(String prelude) {
        List<String> selectors = new ArrayList<>();
        CssRules scan = new CssRules(prelude, 0);
        int start = 0;
        while (scan.at < prelude.length()) {
            char c = prelude.charAt(scan.at);
            if (c == ',') {
                selectors.add(prelude.substring(start, scan.at).strip());
                start = ++scan.at;
            } else {
                scan.stepOver(c);
            }
        }
        selectors.add(prelude.substring(start).strip());
        return selectors;
    }

    static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c >= 0x80;
    }

    private List<Rule> rulesUntil(int end) {
        List<Rule> rules = new ArrayList<>();
        while (true) {
            skipSpaceAndComments(end);
            if (at >= end) {
                return rules;
            }
            rules.add(rule(end));
        }
    }

    private Rule rule(int end) {
        StringBuilder prelude = new StringBuilder();
        while (at < end) {
            char c = css.charAt(at);
            if (c == ';') {
                at++;
                return new Rule(prelude.toString().strip(), null, null);
            }
            if (c == '{') {
                return block(prelude.toString().strip());
            }
            if (startsComment()) {
                skipComment();
            } else {
                int from = at;
                stepOver(c);
                prelude.append(css, from, at);
            }
        }
        throw new IllegalArgumentException("CSS ends inside a rule: " + prelude);
    }

    private Rule block(String prelude) {
        int open = at;
        at++;
        int depth = 1;
        while (depth > 0) {
            if (at >= css.length()) {
                throw new IllegalArgumentException("CSS ends inside the block of " + prelude);
            }
            char c = css.charAt(at);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            stepOver(c);
        }
        int close = at - 1;
        Rule shape = new Rule(prelude, "", null);
        if (GROUPING.contains(shape.atKeyword())) {
            return new Rule(prelude, null, new CssRules(css, open + 1).rulesUntil(close));
        }
        return new Rule(prelude, css.substring(open + 1, close), null);
    }

    /** Moves past the character at hand, or past the whole string, comment, bracket or escape it starts. */
    private void stepOver(char c) {
        if (c == '\\') {
            at += 2;
        } else if (c == '"' || c == '\'') {
            at++;
            while (at < css.length() && css.charAt(at) != c) {
                at += css.charAt(at) == '\\' ? 2 : 1;
            }
            at++;
        } else if (startsComment()) {
            skipComment();
        } else if (c == '(' || c == '[') {
            char close = c == '(' ? ')' : ']';
            at++;
            while (at < css.length() && css.charAt(at) != close) {
                stepOver(css.charAt(at));
            }
            at++;
        } else {
            at++;
        }
    }

    private boolean startsComment() {
        return css.startsWith("/*", at);
    }

    private void skipComment() {
        int close = css.indexOf("*/", at + 2);
        at = close < 0 ? css.length() : close + 2;
    }

    private void skipSpaceAndComments(int end) {
        while (at < end) {
            if (Character.isWhitespace(css.charAt(at))) {
                at++;
            } else if (startsComment()) {
                skipComment();
            } else {
                return;
            }
        }
    }
}
