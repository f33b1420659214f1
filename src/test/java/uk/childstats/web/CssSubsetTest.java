package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-written stylesheets, each cut to the classes {@code a} and {@code b}, against the cut written out by hand. */
class CssSubsetTest {
    private static final CssSubset USED_A_AND_B = new CssSubset(Set.of("a", "b"), true);

    private static String cut(String css) {
        return USED_A_AND_B.apply(css);
    }

    @Test
    void aRuleForAUsedClassIsKeptAndOneForAnUnusedClassDropped() {
        assertEquals(".a{color:red}", cut(".a{color:red}.c{color:blue}"));
    }

    @Test
    void aSelectorListKeepsItsUsedMembersOnly() {
        assertEquals(".a>p,.b:hover{margin:0}", cut(".c,.a>p,.b .c,.b:hover{margin:0}"));
    }

    @Test
    void everyClassOfACompoundOrDescendantSelectorMustBeUsed() {
        assertEquals(".a.b{x:1}", cut(".a.b{x:1}.a.c{x:2}.c .a{x:3}.a+.c{x:4}"));
    }

    @Test
    void aClassInsideNotOrHasIsNotRequired() {
        assertEquals(".a:not(.c){x:1}.b:not(:has(.c)){x:2}", cut(".a:not(.c){x:1}.b:not(:has(.c)){x:2}"));
    }

    @Test
    void aMediaBlockLeftEmptyIsDroppedAndOneWithAUsedRuleKeepsOnlyThatRule() {
        assertEquals("@media (min-width:40em){.a{x:1}}",
                cut("@media (min-width:40em){.a{x:1}.c{x:2}}@media print{.c{x:3}}"));
    }

    @Test
    void nestedAtRulesAreCutInsideOut() {
        assertEquals("@supports (display:grid){@media screen{.b{x:1}}}",
                cut("@supports (display:grid){@media screen{.b{x:1}}@media print{.c{x:2}}}"
                        + "@supports not (x:y){.c{x:3}}"));
    }

    @Test
    void fontFacesKeyframesStatementsAndRulesWithoutClassesStay() {
        String css = "@charset \"UTF-8\";:root{--x:1}@font-face{font-family:F;src:url(/f.woff2)}"
                + "@keyframes spin{0%{x:0}to{x:1}}html,body{margin:0}[hidden]{display:none}";
        assertEquals(css, cut(css));
    }

    @Test
    void fontFacesGoWhenNotWanted() {
        assertEquals("p{x:1}", new CssSubset(Set.of(), false).apply("@font-face{font-family:F}p{x:1}"));
    }

    @Test
    void bracesCommasAndClassesInStringsCommentsAndAttributesEndNothing() {
        assertEquals(".a:after{content:\"}.c{\"}[title=\".c,x\"]{x:1}.b{x:2}",
                cut(".a:after{content:\"}.c{\"}/* .c{} */[title=\".c,x\"]{x:1}.c{x:3}/*}*/.b{x:2}"));
    }

    @Test
    void anEscapedCharacterIsPartOfTheClassName() {
        assertEquals(Set.of("a:focus"), CssSubset.requiredClasses(".a\\:focus:hover"));
        assertEquals("", cut(".a\\:focus{x:1}"));
    }

    @Test
    void theSplitterKeepsEveryRuleWhenEveryClassIsUsed() {
        String css = "@media (x){.a,.b{y:1}}.a{z:\"{\"}";
        assertEquals(List.of(".a", ".b"), CssRules.selectors(CssRules.parse(css).get(0).children().get(0).prelude()));
        assertEquals(css, cut(css));
    }
}
