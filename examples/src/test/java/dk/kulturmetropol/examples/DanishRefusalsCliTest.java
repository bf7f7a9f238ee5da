package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dk.kulturmetropol.rules.Governance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input typed at the command line is refused in Danish under {@code --lang da}, wherever {@code --lang da} stands on
 * the line (also where parsing stopped before it), with exit 2 and one line; without it, or with {@code --lang en}, the
 * refusal is the English one, unchanged.
 */
class DanishRefusalsCliTest {
    private static final Governance G = Governance.kulturmetropolen();

    /** Each case: the line as typed (without --lang), the Danish refusal, the English refusal (DanishLanguageTest checks the Danish). */
    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(List.of("who", "godkende", "borgmester"),
                        "ukendt emne »borgmester«; ingen af de 66 kendte ligner det. Se dem alle med »kulturmetropol vocabulary matter«.",
                        "unknown matter 'borgmester'; the nearest accepted: budget, progress, focus-area (66 in all); "
                                + "'kulturmetropol vocabulary matter' lists them all"),
                Arguments.of(List.of("who", "aprove", "annual-plan"),
                        "ukendt handling »aprove«; den nærmeste kendte er godkender (38 i alt). "
                                + "Se dem alle med »kulturmetropol vocabulary action«.",
                        "unknown action 'aprove'; the nearest accepted: approve, provide, advise (38 in all); "
                                + "'kulturmetropol vocabulary action' lists them all"),
                Arguments.of(List.of("duties", "borgmester"),
                        "ukendt aktør »borgmester«; ingen af de 64 kendte ligner det. Se dem alle med »kulturmetropol vocabulary actor«.",
                        "unknown actor 'borgmester'; the nearest accepted: furesoe, koege, helsingoer (64 in all); "
                                + "'kulturmetropol vocabulary actor' lists them all"),
                Arguments.of(List.of("duties", "partner:roskilde"),
                        "ukendt aktør »partner:roskilde«; de nærmeste kendte er Roskilde Kommune, partnerkommune (Roskilde Kommune) "
                                + "og kulturchef i Roskilde Kommune (64 i alt). Se dem alle med »kulturmetropol vocabulary actor«.",
                        "unknown actor 'partner:roskilde'; the nearest accepted: roskilde, albertslund, culture-chief:roskilde (64 in all); "
                                + "'kulturmetropol vocabulary actor' lists them all"),
                Arguments.of(List.of("who", "approve", "annual-plan", "--scope", "oslo"),
                        "ukendt indsatsområde eller kommune »oslo«; ingen af de tolv kendte ligner det. "
                                + "Se dem alle med »kulturmetropol vocabulary scope«. Et indsatsområde eller en kommune, der kun findes i en"
                                + " anden aftale, kan kun bruges sammen med den aftales fil: »--config FIL«.",
                        "unknown scope 'oslo'; the nearest accepted: ishoej, koege, music (12 in all); "
                                + "'kulturmetropol vocabulary scope' lists them all; one of another agreement is known only with its --config FILE"),
                Arguments.of(List.of("members", "parlament"),
                        "ukendt organ »parlament«; vælg mellem administrativ bestyrelse, KMK, Kulturmetropolen, "
                                + "Kulturmetropolens politiske styregruppe og politisk formandskab.",
                        "unknown body 'parlament'; expected one of: administrative-board, kmk, kulturmetropolen, "
                                + "political-chairmanship, political-steering-group"),
                Arguments.of(List.of("duties", "projektchef"),
                        "»projektchef« er flertydigt: det kan være projektchef for Kultur- og sundhedsindsatsen »Et bedre liv med kultur«, "
                                + "projektchef for Musikindsatsen eller projektchef for Ungeindsatsen. Skriv en af dem.",
                        "actor 'projektchef' fits 3 ids: "),
                Arguments.of(List.of("holder", "borgmester"),
                        "ukendt post »borgmester«; ingen af de 19 kendte ligner det. Se dem alle med »kulturmetropol vocabulary post«.",
                        "unknown post 'borgmester'; the nearest accepted: vice-chair, political-chair, head-of-secretariat (19 in all); "
                                + "'kulturmetropol vocabulary post' lists them all"),
                Arguments.of(List.of("reports", "kmk", "--about", "pengene"),
                        "ukendt emne for referenceforhold »pengene«; vælg mellem alle emner, den øvrige ansættelse, hjemkommunens opgaver, "
                                + "indsatsområdets realisering og regnskabet.",
                        "unknown subject 'pengene'; expected one of: accounts, employment, general, home-municipality-duties, realisation"),
                Arguments.of(List.of("may-decide", "head-of-secretariat", "administrative-board", "--as-of", "2022-06-01"),
                        "»head-of-secretariat administrative-board« er ingen post med myndighed til at træffe beslutninger på et organs "
                                + "vegne mellem møderne; teksten giver kun den myndighed for »administrative-chair kmk« og "
                                + "»political-chair political-steering-group«.",
                        "unknown post and body 'head-of-secretariat administrative-board'; expected one of: administrative-chair kmk, "
                                + "political-chair political-steering-group"),
                Arguments.of(List.of("vocabulary", "xyz"),
                        "ukendt slags »xyz«; vælg mellem »action«, »actor«, »body«, »matter«, »post«, »scope« og »subject«.",
                        "unknown kind 'xyz'; expected one of: action, actor, body, matter, post, scope, subject"),
                // a meeting record, as municipal staff keep it: the file, the line, what is wrong and what is accepted
                Arguments.of(List.of("meetings", "--log", "/nonexistent.csv"),
                        "mødeoversigten »/nonexistent.csv« findes ikke; angiv stien til en fil med overskriften »body,date«, fx »meetings.csv«.",
                        "meeting record '/nonexistent.csv' does not exist"),
                Arguments.of(List.of("meetings", "--log", "src/test/resources/meeting-records/unknown-body.csv"),
                        "»src/test/resources/meeting-records/unknown-body.csv«, linje 3: ukendt organ »king«; vælg mellem "
                                + "»administrative-board« (administrativ bestyrelse), »kmk« (KMK), »kulturmetropolen« (Kulturmetropolen), "
                                + "»political-chairmanship« (politisk formandskab) og »political-steering-group« (Kulturmetropolens politiske styregruppe).",
                        "src/test/resources/meeting-records/unknown-body.csv line 3: unknown body 'king'; expected one of: "),
                Arguments.of(List.of("meetings", "--log", "src/test/resources/meeting-records/impossible-date.csv"),
                        "»src/test/resources/meeting-records/impossible-date.csv«, linje 2: datoen »2021-02-30« findes ikke; februar 2021 har 28 dage.",
                        "src/test/resources/meeting-records/impossible-date.csv line 2: '2021-02-30' is an impossible date: February 2021 has 28 days"),
                Arguments.of(List.of("may-decide", "administrative-chair", "kmk", "--as-of", "2021-05-06", "--log",
                                "src/test/resources/meeting-records/twice.csv"),
                        "»src/test/resources/meeting-records/twice.csv«, linje 3: KMKs møde den 1. februar 2021 står to gange; første gang på linje 2.",
                        "src/test/resources/meeting-records/twice.csv line 3: kmk on 2021-02-01 is listed twice, first on line 2"),
                Arguments.of(List.of("calendar", "--from", "2022-01-01", "--to", "2022-12-31", "--plan", "src/test/resources/meeting-records/header.csv"),
                        "»src/test/resources/meeting-records/header.csv«, linje 1: overskriften er »bdy,date«; den skal være »body,date« (med store "
                                + "eller små bogstaver, i vilkårlig rækkefølge og med komma eller semikolon imellem; andre kolonner, fx noter, springes over).",
                        "src/test/resources/meeting-records/header.csv line 1: the header is 'bdy,date', expected body,date"),
                Arguments.of(List.of("meetings", "--log", "src/test/resources/meeting-records/fields.csv"),
                        "»src/test/resources/meeting-records/fields.csv«, linje 2: »2021-02-01« har ét felt, men der skal være tre: »date,note,body«.",
                        "src/test/resources/meeting-records/fields.csv line 2: '2021-02-01' has 1 fields, expected 3: date,note,body"),
                Arguments.of(List.of("who", "approve", "annual-plan", "--as-of", "2023-02-30"),
                        "ugyldig værdi for --as-of: datoen »2023-02-30« findes ikke; februar 2023 har 28 dage.",
                        "Invalid value for option '--as-of': '2023-02-30' is an impossible date: February 2023 has 28 days "
                                + "(see 'kulturmetropol who --help')"),
                Arguments.of(List.of("who", "approve", "annual-plan", "--as-of", "01-06-2022"),
                        "ugyldig værdi for --as-of: »01-06-2022« er skrevet med dagen først; skriv datoen som år-måned-dag. "
                                + "Mente du den 1. juni 2022 (»2022-06-01«)?",
                        "Invalid value for option '--as-of': '01-06-2022' is written day first: expected YYYY-MM-DD; "
                                + "did you mean 2022-06-01? (see 'kulturmetropol who --help')"),
                Arguments.of(List.of("who", "approve", "annual-plan", "--as-of", "2023-01-01T15:45"),
                        "ugyldig værdi for --as-of: »2023-01-01T15:45« er en dato med klokkeslæt; skriv datoen alene, fx »2023-01-01«.",
                        "Invalid value for option '--as-of': '2023-01-01T15:45' is a date and a time: expected a date alone, "
                                + "YYYY-MM-DD, e.g. 2023-01-01 (see 'kulturmetropol who --help')"),
                Arguments.of(List.of("duties", "kmk", "--as-of", "2022-6-1"),
                        "ugyldig værdi for --as-of: »2022-6-1« skal skrives med to cifre for både måned og dag. "
                                + "Mente du den 1. juni 2022 (»2022-06-01«)?",
                        "Invalid value for option '--as-of': '2022-6-1' is not written YYYY-MM-DD: month and day take two digits; "
                                + "did you mean 2022-06-01? (see 'kulturmetropol duties --help')"),
                Arguments.of(List.of("calendar", "--from", "2022-13-01", "--to", "2022-12-31"),
                        "ugyldig værdi for --from: datoen »2022-13-01« findes ikke; måneden skrives med tal fra 01 til 12.",
                        "Invalid value for option '--from': '2022-13-01' is an impossible date: there is no month 13; "
                                + "expected YYYY-MM-DD, the month from 01 to 12 (see 'kulturmetropol calendar --help')"),
                Arguments.of(List.of("holder", "political-chair", "--as-of", "45-13-2022"),
                        "ugyldig værdi for --as-of: »45-13-2022« er skrevet med dagen først, men er ingen dato; "
                                + "skriv datoen som år-måned-dag med tal, fx »2022-06-01«.",
                        "Invalid value for option '--as-of': '45-13-2022' is written day first: expected YYYY-MM-DD "
                                + "(see 'kulturmetropol holder --help')"),
                Arguments.of(List.of("who", "approve", "annual-plan", "--as-of", ""),
                        "ugyldig værdi for --as-of: der er ingen dato; skriv datoen som år-måned-dag med tal, fx »2022-06-01«.",
                        "Invalid value for option '--as-of': no date given: expected YYYY-MM-DD, e.g. 2022-06-01 "
                                + "(see 'kulturmetropol who --help')"),
                Arguments.of(List.of("duites"),
                        "ukendt kommando »duites«. Mente du »duties« eller »validate«? Se »kulturmetropol --help«.",
                        "unknown command 'duites'; did you mean: duties, validate (see 'kulturmetropol --help')"),
                Arguments.of(List.of("help", "duites"),
                        "ukendt kommando »duites«. Se »kulturmetropol --help«.",
                        "Unknown subcommand 'duites'. (see 'kulturmetropol --help')"),
                Arguments.of(List.of("who", "approve", "annual-plan", "--foo"),
                        "ukendt tilvalg »--foo« til »kulturmetropol who«. Mente du »--format«? Se »kulturmetropol who --help«.",
                        "Unknown option: '--foo'; did you mean: --format (see 'kulturmetropol who --help')"),
                Arguments.of(List.of("who", "approve"),
                        "»kulturmetropol who« mangler et emne (fx »årsplan«). Se »kulturmetropol who --help«.",
                        "Missing required parameter: 'MATTER' (see 'kulturmetropol who --help')"),
                Arguments.of(List.of("find"),
                        "»kulturmetropol find« mangler et eller flere ord (fx »regnskab«). Se »kulturmetropol find --help«.",
                        "Missing required parameter: 'WORDS' (see 'kulturmetropol find --help')"),
                Arguments.of(List.of("who", "approve", "annual-plan", "--as-of"),
                        "der mangler en værdi efter --as-of: en dato (fx »2022-06-01«). Se »kulturmetropol who --help«.",
                        "Missing required parameter for option '--as-of' (DATE) (see 'kulturmetropol who --help')"),
                Arguments.of(List.of("calendar", "--from", "2022-01-01"),
                        "»kulturmetropol calendar« mangler --to med en dato (fx »2022-06-01«). Se »kulturmetropol calendar --help«.",
                        "Missing required option: '--to=DATE' (see 'kulturmetropol calendar --help')"),
                Arguments.of(List.of("who", "approve", "annual-plan", "--format", "xml"),
                        "ugyldig værdi for --format: »xml« kendes ikke; vælg mellem »text« og »json«.",
                        "Invalid value for option '--format': expected one of [text, json] (case-sensitive) but was 'xml' "
                                + "(see 'kulturmetropol who --help')"),
                Arguments.of(List.of("raci", "--format", "xml"),
                        "ugyldig værdi for --format: »xml« kendes ikke; vælg mellem »markdown«, »csv« og »html«.",
                        "Invalid value for option '--format': expected one of [markdown, csv, html] (case-sensitive) but was 'xml' "
                                + "(see 'kulturmetropol raci --help')"),
                Arguments.of(List.of("who", "approve", "annual-plan", "extra"),
                        "»kulturmetropol who« kan ikke bruge »extra«: der er flere argumenter, end kommandoen tager. "
                                + "Se »kulturmetropol who --help«.",
                        "Unmatched argument at index 3: 'extra' (see 'kulturmetropol who --help')"),
                Arguments.of(List.of("who", "approve", "annual-plan", "--time-limit", "abc"),
                        "ugyldig værdi for --time-limit: »abc« er ikke et helt tal.",
                        "Invalid value for option '--time-limit': 'abc' is not an int (see 'kulturmetropol who --help')"),
                Arguments.of(List.of("who", "approve", "annual-plan", "--as-of", "2022-01-01", "--as-of", "2022-01-02"),
                        "--as-of må kun angives én gang. Se »kulturmetropol who --help«.",
                        "option '--as-of' (DATE) should be specified only once (see 'kulturmetropol who --help')"),
                Arguments.of(List.of("reports"),
                        "skriv, hvis referenceforhold der menes: en aktør (dens egne) eller --to med en aktør (dem, der går til den). "
                                + "Se »kulturmetropol reports --help«.",
                        "name whose reporting lines: ACTOR (its own lines) or --to ACTOR (the lines to it) (see 'kulturmetropol reports --help')"),
                Arguments.of(List.of("reports", "kmk", "--to", "kmk"),
                        "skriv enten en aktør (dens egne referenceforhold) eller --to med en aktør (dem, der går til den), ikke begge; "
                                + "her står både »kmk« og --to »kmk«. Se »kulturmetropol reports --help«.",
                        "name either ACTOR (its own lines) or --to ACTOR (the lines to it), not both; found 'kmk' and --to 'kmk' "
                                + "(see 'kulturmetropol reports --help')"),
                Arguments.of(List.of("validate", "--as-of", "2030-01-01"),
                        "--as-of »2030-01-01« (den 1. januar 2030) ligger uden for aftaleperioden for Kulturmetropolen 2021-2024, "
                                + "fra 1. januar 2021 til 31. december 2024: intet af det, reglerne fastsætter, gælder den dag, "
                                + "så der er intet at kontrollere. Angiv en dag i perioden, eller udelad --as-of for hele perioden.",
                        "--as-of 2030-01-01 is outside the agreement period 2021-01-01..2024-12-31 of 'Kulturmetropolen 2021-2024': "
                                + "nothing the rules state holds that day, so there is nothing to check; give a day within it, "
                                + "or no --as-of for the whole period"),
                Arguments.of(List.of("review", "--as-of", "2030-01-01"),
                        "--as-of »2030-01-01« (den 1. januar 2030) ligger uden for aftaleperioden for Kulturmetropolen 2021-2024, "
                                + "fra 1. januar 2021 til 31. december 2024: reglerne læser intet i teksten den dag. "
                                + "Angiv en dag i perioden, eller udelad --as-of for hele perioden.",
                        "--as-of 2030-01-01 is outside the agreement period 2021-01-01..2024-12-31 of 'Kulturmetropolen 2021-2024': "
                                + "the rules read nothing in the text that day; give a day within it, or no --as-of for the whole period"),
                Arguments.of(List.of("orgchart", "--as-of", "2020-12-31"),
                        "--as-of »2020-12-31« (den 31. december 2020) ligger uden for aftaleperioden for Kulturmetropolen 2021-2024, "
                                + "fra 1. januar 2021 til 31. december 2024: der er ingen organisation at tegne den dag. "
                                + "Angiv en dag i perioden, eller udelad --as-of for hele perioden.",
                        "the chart is asked for 2020-12-31, outside the agreement period 2021-01-01 to 2024-12-31; give a date within it"),
                Arguments.of(List.of("diff", "--after", "configs/kulturmetropolen-2025-2028.yaml", "--as-of", "2030-01-01"),
                        "--as-of »2030-01-01« (den 1. januar 2030) ligger uden for begge aftaler: intet af det, reglerne fastsætter, "
                                + "gælder den dag på nogen af siderne. Angiv en dag i en af dem, eller udelad --as-of.",
                        "--as-of 2030-01-01 is outside both agreements, before 2021-01-01..2024-12-31 and after 2025-01-01..2028-12-31: "
                                + "nothing the rules state holds that day on either side; give a day within one of them, or no --as-of"),
                Arguments.of(List.of("calendar", "--from", "2022-12-31", "--to", "2022-01-01"),
                        "--to »2022-01-01« (den 1. januar 2022) ligger før --from »2022-12-31« (den 31. december 2022); "
                                + "angiv et vindue, hvis sidste dag ligger samme dag som den første eller senere.",
                        "--to 2022-01-01 is before --from 2022-12-31; give a window whose last day is on or after its first"),
                // the secretariat is a unit, not a body: say so, and what answers instead
                Arguments.of(List.of("members", "sekretariat"),
                        "»sekretariat« er ikke et organ med medlemmer: sekretariatet er en enhed, og teksten nævner ingen medlemmer. "
                                + "Se opgaverne med »kulturmetropol duties secretariat«, placeringen med »kulturmetropol where secretariat« "
                                + "og sekretariatschefen med »kulturmetropol holder head-of-secretariat«.",
                        "'sekretariat' is a unit, not a body with members: the text names no members; ask 'duties secretariat' for its duties, "
                                + "'where secretariat' for where it is placed, 'holder head-of-secretariat' for its head"),
                Arguments.of(List.of("members", "secretariat"),
                        "»secretariat« er ikke et organ med medlemmer: sekretariatet er en enhed, og teksten nævner ingen medlemmer. "
                                + "Se opgaverne med »kulturmetropol duties secretariat«, placeringen med »kulturmetropol where secretariat« "
                                + "og sekretariatschefen med »kulturmetropol holder head-of-secretariat«.",
                        "'secretariat' is a unit, not a body with members"),
                Arguments.of(List.of("members", "political-chair"),
                        "»political-chair« er ikke et organ med medlemmer: politisk formand er en post. Se, hvem der varetager den, med "
                                + "»kulturmetropol holder political-chair«, og dens opgaver med »kulturmetropol duties political-chair«.",
                        "'political-chair' is a post, not a body with members; ask 'holder political-chair' for who holds it, "
                                + "'duties political-chair' for its duties"),
                Arguments.of(List.of("members", "roskilde"),
                        "»roskilde« er ikke et organ med medlemmer. Se opgaverne for Roskilde Kommune med »kulturmetropol duties roskilde«; "
                                + "organerne er administrativ bestyrelse, KMK, Kulturmetropolen, Kulturmetropolens politiske styregruppe og politisk formandskab.",
                        "'roskilde' is not a body with members; ask 'duties roskilde' for its duties; the bodies are administrative-board, kmk, "
                                + "kulturmetropolen, political-chairmanship, political-steering-group"),
                Arguments.of(List.of("who", "approve", "annual-plan", "--time-limit", "0"),
                        "--time-limit er »0«; angiv et positivt antal sekunder.",
                        "--time-limit is 0, expected a positive number of seconds"),
                Arguments.of(List.of("holder", "political-chair", "--as-of", "igår"),
                        "ugyldig værdi for --as-of: »igår« er ikke en dato; skriv datoen som år-måned-dag med tal, fx »2022-06-01«.",
                        "Invalid value for option '--as-of': 'igår' is not a date: expected YYYY-MM-DD, e.g. 2022-06-01 "
                                + "(see 'kulturmetropol holder --help')"));
    }

    /** Each case as typed: {@code --lang da} at the end, {@code --lang=DA}, and {@code --lang da} before the arguments; and in English. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void should_refuse_bad_input_in_danish_under_lang_da_and_in_english_otherwise(List<String> line, String danish, String english) {
        List<String> before = with(List.of(line.get(0), "--lang", "da"), line.subList(1, line.size()).toArray(String[]::new));
        // help takes command names, not --lang: it goes at the end there
        for (List<String> asked : line.get(0).equals("help") ? List.of(with(line, "--lang", "da"), with(line, "--lang=DA"))
                : List.of(with(line, "--lang", "da"), with(line, "--lang=DA"), before)) {
            CliRunner run = CliRunner.run(asked.toArray(String[]::new));
            run.refusedWith(danish);
            assertThat(run.err()).as(String.join(" ", asked)).isEqualTo("kulturmetropol: " + danish + System.lineSeparator());
        }
        CliRunner.run(line.toArray(String[]::new)).refusedWith(english);
        // with --lang en the refusal is the English one (picocli may name the words after an unknown command too)
        CliRunner en = CliRunner.run(with(line, "--lang", "en").toArray(String[]::new));
        en.refusedWith("");
        assertThat(en.err()).doesNotContain(danish).doesNotContain("Se »").doesNotContain("i alt");
    }

    @Test
    void should_offer_only_words_that_are_accepted_as_input() {
        Pattern nearest = Pattern.compile("(?:de|den) nærmeste kendte er (.*) \\((\\d+|[a-zæøå]+) i alt\\)");
        List<String> checked = new ArrayList<>();
        // review 4, B6: words like what was typed, Danish ones only ("substitute" is "politisk suppleant", "ministry"
        // "Kulturministeriet"), and none where nothing is like it ("borgmester", "oslo", "king")
        for (String[] asked : List.of(new String[] {"action", "who", "aprove", "annual-plan"}, new String[] {"actor", "duties", "partner:roskilde"},
                new String[] {"matter", "who", "appoint", "substitute"}, new String[] {"actor", "reports", "--to", "ministry"})) {
            String kind = asked[0];
            String[] line = with(List.of(asked).subList(1, asked.length), "--lang", "da").toArray(String[]::new);
            Matcher m = nearest.matcher(CliRunner.run(line).err());
            assertThat(m.find()).as(String.join(" ", line)).isTrue();
            // "a, b og c", where a label may hold a comma in brackets: split at ", " and " og " outside brackets
            for (String offered : m.group(1).split(",\\s(?![^(]*\\))|\\sog\\s(?![^(]*\\))")) {
                assertThat(G.idOf(kind, offered)).as("'%s' offered for a %s", offered, kind).isNotBlank();
                checked.add(offered);
            }
        }
        assertThat(checked).containsExactly("godkender", "Roskilde Kommune", "partnerkommune (Roskilde Kommune)", "kulturchef i Roskilde Kommune",
                "politisk suppleant", "Kulturministeriet");
        for (String[] asked : List.of(new String[] {"who", "godkende", "borgmester"}, new String[] {"holder", "king"},
                new String[] {"who", "approve", "annual-plan", "--scope", "oslo"})) {
            assertThat(CliRunner.run(with(List.of(asked), "--lang", "da").toArray(String[]::new)).err()).as(String.join(" ", asked))
                    .contains("; ingen af de ").contains(" kendte ligner det. Se dem alle med »kulturmetropol vocabulary ").doesNotContain("nærmeste");
        }
    }

    @Test
    void should_say_that_lang_goes_after_the_command_when_it_stands_before_it() {
        String danish = "tilvalget »--lang« hører til kommandoen og skrives efter den, fx »kulturmetropol who godkende årsplan --lang da«. "
                + "Se »kulturmetropol --help«.";
        for (String[] line : List.of(new String[] {"--lang", "da"}, new String[] {"--lang", "da", "who", "approve", "annual-plan"},
                new String[] {"--lang=da", "duties", "kmk"})) {
            CliRunner run = CliRunner.run(line);
            run.refusedWith(danish);
            assertThat(run.err().strip()).isEqualTo("kulturmetropol: " + danish);
        }
        CliRunner.run("--lang", "en", "who", "approve", "annual-plan").refusedWith("Unknown options: '--lang', 'en'");
        CliRunner.run("--as-of", "2022-01-01", "--lang", "da").refusedWith("tilvalget »--as-of« hører til kommandoen");
        CliRunner.run("--foo", "--lang", "da").refusedWith("ukendt tilvalg »--foo« til »kulturmetropol«.");
    }

    @Test
    void should_read_lang_da_wherever_it_stands_and_let_the_last_lang_decide() {
        assertThat(DanishRefusals.asked("who", "x", "y", "--lang", "da")).isTrue();
        assertThat(DanishRefusals.asked("--lang=da", "who")).isTrue();
        assertThat(DanishRefusals.asked("who", "--lang", " Da ")).isTrue();
        assertThat(DanishRefusals.asked("who", "--lang", "da", "--lang", "en")).isFalse();
        assertThat(DanishRefusals.asked("who", "--lang", "de")).isFalse();
        assertThat(DanishRefusals.asked("find", "--", "--lang", "da")).as("after --, a word, not an option").isFalse();
        assertThat(DanishRefusals.asked("who", "--lang")).isFalse();
    }

    private static List<String> with(List<String> line, String... more) {
        List<String> all = new ArrayList<>(line);
        all.addAll(List.of(more));
        return all;
    }
}
