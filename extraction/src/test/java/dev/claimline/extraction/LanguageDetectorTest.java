package dev.claimline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {
    private static final LanguageDetector DETECTOR = LanguageDetector.standard();
    private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            fr | La France a accusé lundi la Russie de mener des cyberattaques contre ses hôpitaux. Moscou a démenti ces accusations, qu'elle juge sans fondement.
            de | Die Bundesregierung hat Russland am Montag vorgeworfen, Spione in Deutschland einzusetzen. Der Kreml wies die Vorwürfe zurück.
            es | El Gobierno español acusó el lunes a Marruecos de permitir la entrada de migrantes. Rabat negó las acusaciones.
            it | Il ministro degli Esteri ha accusato la Russia di interferenze nelle elezioni. Mosca ha respinto le accuse.
            pt | O governo brasileiro negou as acusações dos Estados Unidos sobre o comércio de aço, disse o ministro.
            nl | De Nederlandse regering heeft Rusland beschuldigd van een cyberaanval op de haven van Rotterdam.
            pl | Polska oskarżyła Białoruś o to, że wysyła migrantów na granicę. Mińsk zaprzecza i mówi, że to nieprawda.
            tr | Türkiye, Yunanistan'ı hava sahasını ihlal etmekle suçladı. Atina ise iddiaları reddetti ve bu konuda açıklama yaptı.
            ru | Министерство иностранных дел России в понедельник отвергло обвинения Вашингтона в поставках оружия. Это не так, заявил представитель.
            uk | Міністерство оборони України заявило, що Росія обстріляла Харків. У Москві це заперечили.
            ar | نفت وزارة الخارجية الإيرانية الاتهامات الأمريكية بتزويد روسيا بطائرات مسيرة، وقال المتحدث إن هذه الاتهامات لا أساس لها.
            fa | وزارت امور خارجه ایران اتهامات آمریکا را رد کرد و گفت که این ادعاها بی اساس است.
            zh | 中国外交部否认美国关于向俄罗斯提供武器的指控，发言人称这是毫无根据的。
            ja | 北朝鮮は月曜日、弾道ミサイルを発射したと韓国軍が発表した。
            ko | 북한은 월요일 탄도미사일을 발사했다고 한국 합동참모본부가 밝혔다.
            el | Η Ελλάδα κατηγόρησε την Τουρκία για παραβιάσεις του εναέριου χώρου στο Αιγαίο.
            he | משרד החוץ הישראלי דחה את ההאשמות של איראן.
            """)
    void namesTheLanguageOfShortNewsTexts(String code, String text) {
        assertThat(DETECTOR.detect(text).code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Tehran denies drone claims",
                "Seoul says Pyongyang fired missiles",
                "Zelensky: Kyiv accuses Moscow of shelling Zaporizhzhia; Lavrov denies",
                "Erdoğan accuses Athens of violating airspace over the Aegean",
                "Kim Jong Un said Pyongyang would respond. Choe Son Hui, Ri Il Hwan and Pak Jong Chon attended.",
                "Xi Jinping met Vladimir Putin in Moscow; Wang Yi told Sergei Lavrov that Beijing and Moscow stand"
                        + " together.",
                "Le Drian, de Villepin and La France Insoumise",
                "Al-Sisi, Erdoğan, Lula da Silva",
                "US",
                "",
                "2024-03-05 12:00",
                "France accuses Russia. French President Emmanuel Macron said on Monday: \"Nous ne laisserons pas faire"
                        + " cela, la Russie doit cesser ses attaques contre nos hôpitaux.\" The Kremlin denied the"
                        + " accusation and called it baseless, saying France had no evidence.",
                "Spain says Morocco let migrants cross. \"No vamos a aceptar este chantaje de Marruecos\", said the"
                        + " Spanish foreign minister, who accused Rabat of using migrants as a weapon.",
                "Moscow rejects the charge. \"Это ложь и провокация\", the ministry wrote on Telegram, calling the US"
                        + " report a fabrication and accusing Washington of escalating the war.",
                "Berlin accuses Moscow of spying. The Bundesamt für Verfassungsschutz said the Russian agents had"
                        + " targeted the Bundeswehr and the Auswärtiges Amt in Berlin."
            })
    void readsEnglishWithForeignNamesAndQuotationsAsEnglish(String text) {
        assertThat(DETECTOR.detect(text)).isEqualTo(LanguageDetector.Language.ENGLISH);
    }

    @Test
    void everyEnglishArticleOfTheRegressionSetIsEnglish() throws IOException {
        List<GoldFiles.Gold> articles = GoldFiles.read(Path.of("src/test/resources/articles"));

        assertThat(articles).hasSizeGreaterThan(50);
        assertThat(articles).allSatisfy(gold -> assertThat(DETECTOR.detect(gold.article()
                                .title() + "\n\n" + PlainText.of(gold.article().body())))
                .as(gold.id())
                .isEqualTo(LanguageDetector.Language.ENGLISH));
    }

    @Test
    void anArticleNotInEnglishGivesNoClaimsAndSaysWhy() {
        ClaimExtractor extractor = ClaimExtractor.create();
        String french = "<p>La France a accusé lundi la Russie de mener des cyberattaques contre ses hôpitaux.</p>"
                + "<p>Moscou a démenti ces accusations.</p>";

        ExtractionResult detected = extractor.extract(Article.of("Paris accuse Moscou", french, DAY));
        ExtractionResult marked = extractor.extract(new Article(
                "Washington accuses Moscow",
                "The United States accused Russia on Monday of shipping rockets to North Korea.",
                DAY,
                null,
                null,
                "de-AT"));
        ExtractionResult unknownTag = extractor.extract(new Article("T", "Some text.", DAY, null, null, "tlh"));

        assertThat(detected.claims()).isEmpty();
        assertThat(detected.language()).isEqualTo("fr");
        assertThat(detected.notes())
                .containsExactly(
                        "The text is in French (fr); Claimline reads claims in English only, so none were extracted.");
        assertThat(marked.claims()).isEmpty();
        assertThat(marked.language()).isEqualTo("de-AT");
        assertThat(marked.notes())
                .containsExactly("The article is marked as written in German (de-AT); Claimline reads claims in"
                        + " English only, so none were extracted.");
        assertThat(unknownTag.notes()).singleElement().asString().contains("the language \"tlh\"");
    }

    @Test
    void anArticleMarkedEnglishIsReadWhateverItLooksLike() {
        ExtractionResult result = ClaimExtractor.create()
                .extract(new Article(
                        "Washington accuses Moscow",
                        "The United States accused Russia on Monday of shipping rockets to North Korea.",
                        DAY,
                        null,
                        null,
                        "EN-gb"));

        assertThat(result.language()).isEqualTo("en");
        assertThat(result.claims()).isNotEmpty();
    }
}
