package dev.careers.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries and large cities, as headings and labels name them in the six languages ("#### 3.
 * Estonie", "Émirats Arabes Unis (Dubaï)", "Bratislava"): the place of a job's pay, never a job.
 * It tells a text that is only a place's name, whatever its currency: the places whose currency the
 * pay finder infers are its ({@link PayFinder#isCountryOrCity}), the others are listed here.
 */
final class Places {
    private Places() {}

    /** Folded names (accents and case dropped), whole words. */
    private static final Pattern PLACE = Pattern.compile("\\b(?:"
            // Europe
            + "estoni[ae]n?|lettonie|latvia|lettland|lettonia|letonia|lituanie|lithuania|litauen|lituania"
            + "|pologne|poland|polen|polonia|polonia|tchequie|czechia|czech republic|tschechien|repubblica ceca"
            + "|republica checa|slovaquie|slovakia|slowakei|slovacchia|eslovaquia|hongrie|hungary|ungarn|ungheria"
            + "|hungria|roumanie|romania|rumanien|rumania|bulgarie|bulgaria|bulgarien|grece|greece|griechenland"
            + "|grecia|croatie|croatia|kroatien|croazia|croacia|slovenie|slovenia|slowenien|eslovenia|serbie|serbia"
            + "|serbien|irlande|ireland|irland|irlanda|ecosse|scotland|schottland|scozia|escocia|pays de galles|wales"
            + "|angleterre|england|inghilterra|inglaterra|suede|sweden|schweden|svezia|suecia|norvege|norway"
            + "|norwegen|norvegia|noruega|danemark|denmark|danemark|danimarca|dinamarca|finlande|finland|finnland"
            + "|finlandia|islande|iceland|island|islanda|islandia|luxembourg|luxemburg|lussemburgo|luxemburgo"
            + "|pays-bas|paises bajos|paesi bassi|holanda|olanda|belgien|belgio|belgica|malte|malta|chypre|cyprus"
            + "|zypern|cipro|chipre|ukraine|ucraina|ucrania|russie|russia|russland|rusia|turquie|turkey|turkei"
            + "|turchia|turquia|georgie|georgien|georgia|armenie|armenia|armenien"
            // the Americas
            + "|etats-unis|usa|canada|kanada|bresil|perou|peru|equateur|ecuador|venezuela|bolivie|bolivia"
            + "|paraguay|costa rica|panama|guatemala|cuba|puerto rico|porto rico"
            // Africa, the Middle East
            + "|maroc|morocco|marokko|marocco|marruecos|marrocos|algerie|algeria|algerien|argelia|tunisie|tunisia"
            + "|tunesien|tunez|egypte|egypt|agypten|egitto|egipto|senegal|cote d'ivoire|ivory coast|nigeria"
            + "|kenya|kenia|ghana|afrique du sud|south africa|sudafrika|sudafrica|emirats arabes unis"
            + "|united arab emirates|uae|vereinigte arabische emirate|emirati arabi uniti|emiratos arabes unidos"
            + "|dubai|abu dhabi|qatar|katar|arabie saoudite|saudi arabia|saudi-arabien|arabia saudita|israel"
            // Asia, Oceania
            + "|japon|japan|giappone|japao|chine|china|cina|coree du sud|south korea|korea|sudkorea|corea del sur"
            + "|taiwan|vietnam|thailande|thailand|tailandia|indonesie|indonesia|indonesien|malaisie|malaysia"
            + "|philippines|philippinen|filippine|filipinas|pakistan|bangladesh|sri lanka|nepal|australie"
            + "|australien|nouvelle-zelande|new zealand|neuseeland|nuova zelanda|nueva zelanda|singapour"
            + "|singapore|singapur|hong kong"
            // the states of the United States, as city headings name them ("Houston, Texas")
            + "|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho"
            + "|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota"
            + "|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina"
            + "|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee"
            + "|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|district of columbia"
            // cities often compared (those whose currency PayFinder infers are its own)
            + "|milan|roma|rome|toronto|vancouver|montreal|sydney|melbourne|buenos aires|santiago|bogota|lima"
            + "|bratislava|prague|praha|prag|praga|warsaw|varsovie|warschau|varsavia|varsovia|budapest|bucharest"
            + "|bucarest|lisbonne|porto|valencia|valence|barcelone|dublin|stockholm|oslo|copenhagen|copenhague"
            + "|helsinki|tallinn|riga|vilnius|athens|athenes|istanbul|tokyo|seoul|shanghai|beijing|pekin|bangkok"
            + "|new york|san francisco|seattle|boston|chicago|los angeles|austin"
            + ")\\b");

    private static final Pattern US_STATE_CODE = Pattern.compile("(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky"
            + "|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc)");

    /**
     * Folded adjectives of origin ("American nurse", "enfermera española"): where the earner comes
     * from or works, not a kind of job. Singular and plural, the genders written out.
     */
    private static final Set<String> NATIONALITIES = Set.of(
            "american", "americans", "americain", "americaine", "americains", "americaines", "americano", "americana",
            "americanos", "americanas", "amerikanisch", "amerikanische", "amerikanischer", "amerikanischen",
            "british", "britannique", "britanniques", "britanico", "britanica", "britannico", "britannica",
            "britisch", "britische", "britischer", "canadian", "canadians", "canadien", "canadienne", "canadiens",
            "canadiense", "canadese", "kanadisch", "kanadische", "french", "francais", "francaise", "francaises",
            "frances", "francesa", "franceses", "francesas", "francese", "francesi", "franzosisch", "franzosische",
            "german", "germans", "allemand", "allemande", "allemands", "aleman", "alemana", "alemanes", "alemao",
            "alema", "tedesco", "tedesca", "tedeschi", "deutsch", "deutsche", "deutscher", "deutschen", "spanish",
            "espagnol", "espagnole", "espagnols", "espanol", "espanola", "espanoles", "espanhol", "espanhola",
            "spagnolo", "spagnola", "spanisch", "spanische", "spanischer", "italian", "italians", "italien",
            "italienne", "italiens", "italiano", "italiana", "italiani", "italiane", "italienisch", "italienische",
            "portuguese", "portugais", "portugaise", "portugues", "portuguesa", "portoghese", "portugiesisch",
            "brazilian", "bresilien", "bresilienne", "brasileno", "brasilena", "brasileiro", "brasileira",
            "brasiliano", "brasiliana", "brasilianisch", "mexican", "mexicain", "mexicaine", "mexicano", "mexicana",
            "indian", "indien", "indienne", "indio", "indiano", "indiana", "indisch", "indische", "filipino",
            "filipina", "filipinos", "foreign", "etranger", "etrangere", "etrangers", "extranjero", "extranjera",
            "estrangeiro", "estrangeira", "straniero", "straniera", "stranieri", "auslandisch", "auslandische",
            "expat", "expats", "immigrant", "immigrants", "swiss", "suisse",
            "suizo", "suiza", "svizzero", "svizzera", "schweizer", "austrian", "autrichien", "osterreichisch",
            "osterreichische", "belge", "belgian", "belga", "belgisch", "dutch", "neerlandais", "hollandais",
            "neerlandes", "holandes", "olandese", "niederlandisch", "irish", "irlandais", "irlandes", "irlandese",
            "australian", "australien", "australienne", "australiano", "australiana", "australisch");

    /** Whether a folded word only says where an earner comes from ("American", "española", "ausländische"). */
    static boolean isNationality(String foldedWord) {
        return NATIONALITIES.contains(foldedWord);
    }

    private static final Memo<Boolean> PLACES = new Memo<>(Places::readPlace); // headings repeat

    /** Whether a short text ("3. Estonie", "Émirats Arabes Unis (Dubaï)") names a place and nothing else. */
    static boolean isPlace(String text) {
        return text.length() <= 60 && PLACES.get(text);
    }

    /** The places a folded text names, as written there ("egypt", "sydney"). */
    static List<String> named(String folded) {
        List<String> places = new ArrayList<>();
        Matcher place = PLACE.matcher(folded);
        while (place.find()) {
            places.add(place.group());
        }
        return places;
    }

    /** A place's heading as a label: without the rank before it ("#1: Houston, Texas" → "Houston, Texas"). */
    static String name(String heading) {
        return RANK.matcher(heading).replaceFirst("").strip();
    }

    /** "#1:", "3.", "2)": a rank before a place. */
    private static final Pattern RANK = Pattern.compile("^#?\\d{1,3}[.):]\\s*");

    private static boolean readPlace(String text) {
        String folded = Words.fold(name(text.replaceAll("\\([^()]*\\)", " ")));
        if (isOne(folded)) {
            return true;
        }
        // "Houston, Texas", "Tulsa, OK": a town (a few words) in a place named after it.
        int comma = folded.lastIndexOf(", ");
        String town = comma < 0 ? "" : folded.substring(0, comma);
        String region = comma < 0 ? "" : folded.substring(comma + 2);
        return comma > 0 && town.split("\\s+").length <= 3 && !town.contains(",")
                && (isOne(region) || US_STATE_CODE.matcher(region).matches());
    }

    // One place's folded name, whether its currency is known to the pay finder (Brasil, London) or not.
    private static boolean isOne(String folded) {
        return PLACE.matcher(folded).matches() || PayFinder.isCountryOrCity(folded);
    }
}
