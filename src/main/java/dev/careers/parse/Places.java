package dev.careers.parse;

import java.util.regex.Pattern;

/**
 * Countries and large cities, as headings and labels name them in the six languages ("#### 3.
 * Estonie", "Émirats Arabes Unis (Dubaï)", "Bratislava"): the place of a job's pay, never a job.
 * Unlike {@link PayFinder#currencyOfCountries}, which finds the places a text mentions whose currency
 * it may infer, this tells a text that is only a place's name, whatever its currency.
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
            // the places whose currency a page's amounts may take (PayFinder)
            + "|brasil|brazil|brasilien|brasile|mexico|mexique|mexiko|messico|india|inde|indien|united kingdom|uk"
            + "|royaume-uni|reino unido|grossbritannien|regno unito|switzerland|suisse|schweiz|svizzera|suiza|suica"
            + "|united states|estados unidos|stati uniti|vereinigten staaten|france|frankreich|francia|franca"
            + "|deutschland|germany|allemagne|alemania|alemanha|germania|espana|spain|espagne|spanien|spagna|espanha"
            + "|italia|italy|italie|italien|portugal|belgique|belgium|osterreich|austria|nederland|netherlands"
            + "|argentina|argentine|chile|chili|uruguay|colombia|colombie|kolumbien"
            // the states of the United States, as city headings name them ("Houston, Texas")
            + "|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho"
            + "|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota"
            + "|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina"
            + "|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee"
            + "|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|district of columbia"
            // cities often compared
            + "|paris|lyon|marseille|toulouse|bordeaux|lille|nantes|berlin|munchen|munich|hamburg|frankfurt|madrid"
            + "|barcelona|milano|milan|roma|rome|lisboa|lisbon|london|londres|londra|sao paulo|rio de janeiro"
            + "|amsterdam|bruxelles|brussels|wien|vienna|zurich|geneve|geneva|toronto|vancouver|montreal|sydney"
            + "|melbourne|bangalore|bengaluru|mumbai|ciudad de mexico|buenos aires|santiago|bogota|lima"

            + "|bratislava|prague|praha|prag|praga|warsaw|varsovie|warschau|varsavia|varsovia|budapest|bucharest"
            + "|bucarest|lisbonne|porto|valencia|valence|barcelone|dublin|stockholm|oslo|copenhagen|copenhague"
            + "|helsinki|tallinn|riga|vilnius|athens|athenes|istanbul|tokyo|seoul|shanghai|beijing|pekin|bangkok"
            + "|new york|san francisco|seattle|boston|chicago|los angeles|austin"
            + ")\\b");

    private static final Pattern US_STATE_CODE = Pattern.compile("(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky"
            + "|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc)");

    private static final Memo<Boolean> PLACES = new Memo<>(Places::readPlace); // headings repeat

    /** Whether a short text ("3. Estonie", "Émirats Arabes Unis (Dubaï)") names a place and nothing else. */
    static boolean isPlace(String text) {
        return text.length() <= 60 && PLACES.get(text);
    }

    private static boolean readPlace(String text) {
        // "#1: Houston, Texas", "3. Estonie": the rank before the place is no part of it.
        String folded = Words.fold(text.replaceAll("\\([^()]*\\)", " ")).replaceAll("^#?[\\d.\\s):-]+", "").strip();
        if (PLACE.matcher(folded).matches()) {
            return true;
        }
        // "Houston, Texas", "Tulsa, OK": a town (a few words) in a place named after it.
        int comma = folded.lastIndexOf(", ");
        String town = comma < 0 ? "" : folded.substring(0, comma);
        String region = comma < 0 ? "" : folded.substring(comma + 2);
        return comma > 0 && town.split("\\s+").length <= 3 && !town.contains(",")
                && (PLACE.matcher(region).matches() || US_STATE_CODE.matcher(region).matches());
    }
}
