package uk.childstats.web;

/** Where to get help. Every page shows these; change a number here and it changes everywhere. */
public final class Helplines {
    public static final String CHILDLINE_PHONE = "0800 1111";
    public static final String CHILDLINE_HOURS = "free, 24 hours";
    public static final String CHILDLINE_WEBSITE = "https://www.childline.org.uk";
    public static final String CHILDLINE_WEBSITE_TEXT = "childline.org.uk";

    public static final String NSPCC_HELPLINE_PHONE = "0808 800 5000";
    public static final String NSPCC_HELPLINE_EMAIL = "help@nspcc.org.uk";

    public static final String SPEAK_OUT_STAY_SAFE = "Speak Out. Stay Safe.";
    public static final String SPEAK_OUT_STAY_SAFE_URL =
            "https://www.nspcc.org.uk/keeping-children-safe/our-services/working-with-schools/";

    public static final String EMERGENCY_PHONE = "999";

    private Helplines() {
    }

    /** The digits of a number for a tel: link. */
    public static String tel(String phone) {
        return "tel:" + phone.replace(" ", "");
    }
}
