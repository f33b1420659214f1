package uk.childstats.downloads;

import uk.childstats.web.Paths;
import uk.childstats.web.Reuse;

/**
 * Where a download's figures come from and on what terms they may be re-used: what its CSV on the Web metadata and
 * its JSON say under licence and source. A licence address starting with "/" is on this site.
 */
public record Provenance(String licenceUrl, String licence, String source) {
    /** The FOI figures: facts re-usable freely, each row citing the page it was read from. */
    public static final Provenance FOI_FIGURES = new Provenance(Paths.LICENCE, Reuse.LICENCE, Reuse.SOURCE);

    /** Figures published by a government body under the Open Government Licence, with the attribution it asks. */
    public static Provenance openGovernmentLicence(String source) {
        return new Provenance(Reuse.OPEN_GOVERNMENT_LICENCE_URL, Reuse.OPEN_GOVERNMENT_LICENCE + ". "
                + Reuse.OPEN_GOVERNMENT_LICENCE_ATTRIBUTION, source);
    }

    /** The licence's absolute address, for metadata read away from the site. */
    public String licenceUrl(String siteUrl) {
        return licenceUrl.startsWith("/") ? siteUrl + licenceUrl : licenceUrl;
    }
}
