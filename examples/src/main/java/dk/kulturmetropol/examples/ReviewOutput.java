package dk.kulturmetropol.examples;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.Review;
import dk.kulturmetropol.rules.Review.Counts;
import dk.kulturmetropol.rules.Review.Fact;
import dk.kulturmetropol.rules.Review.Section;
import dk.kulturmetropol.rules.Review.Sentence;
import dk.kulturmetropol.rules.Row;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes the library's {@link Review} (the annotated text) as one self-contained, printable HTML page or as Markdown:
 * each section's heading, each sentence of the text verbatim on a line of its own as every command quotes the text
 * ({@code kmk.tasks-5: "KMK godkender ..."}; the section is the heading above it), then what the rules read in it,
 * or why it states no duty; a count and a line to sign at the end of each section. Text from the rules, the agreement
 * or a pack is escaped where it lands: by jsoup in HTML, by {@link #md(String)} in Markdown.
 */
final class ReviewOutput {
    private ReviewOutput() {
    }

    /**
     * What the rules read in a sentence, as its list shows it: one item for what a rule says alike of several partners
     * or focus areas, its sentence and who bears it naming them all, where a text answer shows one row
     * ({@link AnswerText#said}); and {@code note}, said once under the list, which partners the text does not name where
     * the agreement does (or {@code null}).
     */
    record Listed(List<Item> items, String note) {
        Listed {
            items = List.copyOf(items);
        }
    }

    /**
     * One item of a sentence's list: the fact's sentence, who bears it ({@code hvem: ...}), when it holds, the reading it
     * rests on ({@code null} for none) and what else a reader should know.
     */
    record Item(String sentence, String who, String when, String reading, List<String> notes) {
        Item {
            notes = List.copyOf(notes);
        }
    }

    /** The facts of {@code s} as its list shows them: what one rule says alike of several partners or focus areas once. */
    static Listed listed(Sentence s, Sentences words) {
        Map<Row<?>, Fact> byRow = new IdentityHashMap<>();
        List<Row<Derived>> rows = new ArrayList<>();
        for (Fact f : s.facts()) {
            byRow.put(f.row(), f);
            rows.add(f.row());
        }
        List<AnswerText.Part> parts = List.of(
                new AnswerText.Part(true, false, (row, w, resolved) -> w.of((Derived) row.fact(), resolved)),
                // who bears it names them without listing them again, where the sentence lists them
                new AnswerText.Part(false, true, (row, w, resolved) -> {
                    String bearer = byRow.get(row).bearer();
                    return bearer == null ? w.phrase("review.who.unnamed") : w.actor(bearer, resolved);
                }),
                new AnswerText.Part(false, false, (row, w, resolved) -> w.validity(((Derived) row.fact()).validity())),
                new AnswerText.Part(false, false, (row, w, resolved) -> row.reading().map(r -> w.phrase("reading", "reading", w.reading(r))).orElse("")));
        // the note that the agreement, not the text, names a partner is said once, under the list
        String seatNote = words.phrase("seat-named-by-agreement");
        Set<String> notNamed = new LinkedHashSet<>();
        Set<Item> items = new LinkedHashSet<>();
        for (AnswerText.Said<Derived> said : AnswerText.said(rows, words, parts)) {
            List<Fact> facts = said.rows().stream().map(byRow::get).toList();
            facts.forEach(f -> AnswerText.notNamedPartner(f.fact()).ifPresent(notNamed::add));
            List<String> notes = facts.stream().flatMap(f -> f.notes().stream()).filter(n -> !n.equals(seatNote)).distinct().toList();
            Fact one = facts.get(0);
            Item item = facts.size() == 1 ? new Item(one.sentence(), one.who(), one.when(), one.reading(), notes)
                    : new Item(said.parts().get(0), said.parts().get(1), said.parts().get(2),
                    said.parts().get(3).isEmpty() ? null : said.parts().get(3), notes);
            // two facts that one rule's sentence gives word for word (the municipality's appointing of a substitute and the
            // substitute's seat, psg.substitute) are one item, with who bears what the sentence says: the first's
            if (items.stream().noneMatch(i -> i.sentence().equals(item.sentence()) && i.when().equals(item.when())
                    && java.util.Objects.equals(i.reading(), item.reading()))) {
                items.add(item);
            }
        }
        return new Listed(new ArrayList<>(items), notNamed.isEmpty() ? null
                : words.phrase("seat-named-by-agreement.of", "names", words.names(notNamed)));
    }

    /** The count's rows, in order: the words' key and the number; {@code items}, the items the section's lists show. */
    private static List<String[]> counts(Counts c, int items, Sentences words) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {words.phrase("review.count.sentences"), String.valueOf(c.sentences())});
        rows.add(new String[] {words.phrase("review.count.read"), String.valueOf(c.read())});
        rows.add(new String[] {words.phrase("review.count.no-duty"), String.valueOf(c.noDuty())});
        if (c.unread() > 0) {
            rows.add(new String[] {words.phrase("review.count.unread"), String.valueOf(c.unread())});
        }
        rows.add(new String[] {words.phrase("review.count.facts"), String.valueOf(c.facts())});
        rows.add(new String[] {words.phrase("review.count.readings"), String.valueOf(c.readings())});
        rows.add(new String[] {words.phrase("review.count.items"), String.valueOf(items)});
        return rows;
    }

    /**
     * Which agreement, on which day or over which period, and that the focus areas' names (which the facts' sentences
     * use) are the agreement's, not the text's.
     */
    private static String scope(Review review, Sentences words, Agreement agreement) {
        List<String> areas = agreement.focusAreas().stream().map(f -> words.labels().label("scope", f.id())).toList();
        return words.phrase("review.agreement", "agreement", review.agreement()) + " " + (review.asOf() == null
                ? words.phrase("review.whole-period", "period", words.period(agreement.period()))
                : words.phrase("review.as-of", "date", words.date(review.asOf())))
                + (areas.isEmpty() ? "" : " " + words.phrase(areas.size() == 1 ? "area-named-by-agreement" : "areas-named-by-agreement",
                "names", words.list(areas)));
    }

    // ---------------------------------------------------------------------------------------------- HTML

    /**
     * One self-contained HTML page (no external scripts, fonts or styles) that prints on A4: each section starts a page
     * and ends with its count and a line to sign, kept together; a sentence is not parted from the first fact under it,
     * nor a fact split across pages.
     */
    static String html(Review review, Sentences words, Agreement agreement) {
        Document doc = Document.createShell("");
        doc.selectFirst("html").attr("lang", review.language().id());
        doc.title(review.title());
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("style").appendText("""
                @page { size: A4; margin: 16mm 16mm 18mm 16mm; }
                html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
                body { font-family: "DejaVu Serif", Georgia, serif; font-size: 10.5pt; line-height: 1.35; color: #111;
                       max-width: 178mm; margin: 1.5em auto; }
                header h1 { font-size: 17pt; margin: 0 0 0.4em 0; }
                header p { margin: 0.3em 0; }
                section.part + section.part { break-before: page; page-break-before: always; }
                h2 { font-size: 14pt; border-bottom: 1.5px solid #333; padding-bottom: 2px; margin: 1.2em 0 0.6em 0;
                     break-after: avoid; page-break-after: avoid; }
                p.source { font-style: italic; margin: 0 0 0.6em 0; }
                .unit { margin: 0 0 0.7em 0; }
                p.quote, .reason, .nothing { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
                .unit.heading { display: flex; align-items: baseline; gap: 0.8em; margin-top: 1em;
                                break-after: avoid; page-break-after: avoid; }
                h3.sentence { font-size: 11pt; margin: 0; }
                p.quote { margin: 0; padding: 1px 0 1px 8px; border-left: 3px solid #4a6d8c; }
                p.quote .clause { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; color: #4a6d8c; }
                .reason, .nothing { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; color: #555; margin: 0.1em 0 0 11px; }
                .nothing.unread { color: #a00; font-weight: bold; }
                ul.facts { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; margin: 0.25em 0 0 11px; padding-left: 1.2em; }
                ul.facts li { margin: 0.2em 0; break-inside: avoid; page-break-inside: avoid; }
                .fact { display: block; }
                .who, .when, .note { color: #555; font-size: 8pt; }
                .who::after { content: " · "; }
                .reading { display: block; background: #fff2c2; border-left: 3px solid #d9a400; padding: 1px 4px; font-size: 8pt; }
                .note { display: block; }
                p.note { font-family: "DejaVu Sans", Arial, sans-serif; margin: 0.1em 0 0 11px; }
                .close { break-inside: avoid; page-break-inside: avoid; margin-top: 1.2em; }
                table.counts { border-collapse: collapse; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; }
                table.counts caption { text-align: left; font-weight: bold; padding-bottom: 2px; }
                table.counts th { text-align: left; font-weight: normal; padding: 1px 12px 1px 0; }
                table.counts td { text-align: right; padding: 1px 0; }
                p.sign-off { margin-top: 2.2em; font-size: 10.5pt; }
                """);
        Element body = doc.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text(review.title());
        header.appendElement("p").addClass("intro").text(words.phrase("review.intro"));
        header.appendElement("p").addClass("scope").text(scope(review, words, agreement));
        for (Section section : review.sections()) {
            Element part = body.appendElement("section").addClass("part").attr("id", "section-" + section.id());
            boolean pack = !section.source().equals(review.source());
            part.appendElement("h2").text(pack ? source(section, words, section.heading()) : section.heading());
            if (pack) {
                part.appendElement("p").addClass("source").text(words.phrase("review.pack", "source", source(section, words, section.source())));
            }
            int items = 0;
            for (Sentence s : section.sentences()) {
                items += html(part, s, section, words);
            }
            Element close = part.appendElement("div").addClass("close");
            Element table = close.appendElement("table").addClass("counts");
            table.appendElement("caption").text(words.phrase("review.counts"));
            Element tbody = table.appendElement("tbody");
            for (String[] row : counts(section.counts(), items, words)) {
                Element tr = tbody.appendElement("tr");
                tr.appendElement("th").attr("scope", "row").text(row[0]);
                tr.appendElement("td").text(row[1]);
            }
            close.appendElement("p").addClass("sign-off").text(words.phrase("review.sign-off"));
        }
        return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
    }

    /** Writes sentence {@code s} and its list into {@code part}; returns how many items the list shows. */
    private static int html(Element part, Sentence s, Section section, Sentences words) {
        Element unit = part.appendElement("div").addClass("unit");
        if (!s.clauseIds().isEmpty()) {
            unit.attr("id", s.clauseIds().get(0));
        }
        if (s.heading()) {
            unit.addClass("heading").appendElement("h3").addClass("sentence").text(s.text());
        } else {
            // kmk.tasks-5: "the sentence", the sentence itself an element of its own, as plain text
            Element quote = unit.appendElement("p").addClass("quote");
            if (!s.clauseIds().isEmpty()) {
                quote.appendElement("span").addClass("clause").text(String.join(", ", s.clauseIds()));
                quote.appendText(": ");
            }
            Clause shown = shown(s, section, words);
            if (shown != null && words.isSummary(shown)) {
                // a pack's summary of its source in this language: said to be one, not quoted
                quote.appendText(words.words("clause.summary").orElse("") + ": ");
                quote.appendElement("span").addClass("sentence").text(words.clause(shown).quote());
            } else {
                quote.appendText("\"");
                quote.appendElement("span").addClass("sentence").text(shown == null ? s.text() : words.clause(shown).quote());
                quote.appendText("\"");
            }
        }
        if (s.reasonText() != null) {
            unit.addClass(s.reason() != null ? "no-duty" : "nothing");
            unit.appendElement("p").addClass(s.reason() != null ? "reason" : s.unread() ? "nothing unread" : "nothing").text(s.reasonText());
        }
        Listed listed = listed(s, words);
        if (!listed.items().isEmpty()) {
            Element list = unit.appendElement("ul").addClass("facts");
            for (Item f : listed.items()) {
                Element li = list.appendElement("li");
                li.appendElement("span").addClass("fact").text(f.sentence());
                li.appendElement("span").addClass("who").text(words.phrase("review.who", "who", f.who()));
                li.appendElement("span").addClass("when").text(f.when());
                if (f.reading() != null) {
                    li.appendElement("span").addClass("reading").text(f.reading());
                }
                f.notes().forEach(n -> li.appendElement("span").addClass("note").text(n));
            }
        }
        if (listed.note() != null) {
            unit.appendElement("p").addClass("note").text(listed.note());
        }
        return listed.items().size();
    }

    // ---------------------------------------------------------------------------------------------- Markdown

    /**
     * Markdown (CommonMark with a pipe table for each count): each sentence of the text a paragraph of its own in the
     * form every command quotes the text ({@code kmk.tasks-5: "..."}), what the rules read in it a list under it, a
     * reading in bold.
     */
    static String markdown(Review review, Sentences words, Agreement agreement) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(md(review.title())).append("\n\n");
        out.append(md(words.phrase("review.intro"))).append("\n\n");
        out.append(md(scope(review, words, agreement))).append("\n");
        for (Section section : review.sections()) {
            boolean pack = !section.source().equals(review.source());
            out.append("\n## ").append(md(pack ? source(section, words, section.heading()) : section.heading())).append("\n\n");
            if (pack) {
                out.append('*').append(md(words.phrase("review.pack", "source", source(section, words, section.source())))).append("*\n\n");
            }
            int items = 0;
            for (Sentence s : section.sentences()) {
                if (s.heading()) {
                    out.append("### ").append(md(s.text())).append("\n\n");
                } else {
                    Clause shown = shown(s, section, words);
                    out.append(md(shown == null ? quoted(s) : words.quoted(shown, false))).append("\n\n");
                }
                if (s.reasonText() != null) {
                    out.append('*').append(md(s.reasonText())).append("*\n\n");
                }
                Listed listed = listed(s, words);
                items += listed.items().size();
                for (Item f : listed.items()) {
                    out.append("- ").append(md(f.sentence())).append("  \n  ").append(md(words.phrase("review.who", "who", f.who()))).append(" · ").append(md(f.when()));
                    if (f.reading() != null) {
                        out.append("  \n  **").append(md(f.reading())).append("**");
                    }
                    f.notes().forEach(n -> out.append("  \n  ").append(md(n)));
                    out.append('\n');
                }
                if (!listed.items().isEmpty()) {
                    out.append('\n');
                }
                if (listed.note() != null) {
                    out.append(md(listed.note())).append("\n\n");
                }
            }
            out.append("| ").append(md(words.phrase("review.counts"))).append(" | |\n|---|---:|\n");
            for (String[] row : counts(section.counts(), items, words)) {
                out.append("| ").append(md(row[0])).append(" | ").append(row[1]).append(" |\n");
            }
            out.append('\n').append(md(words.phrase("review.sign-off"))).append('\n');
        }
        return out.toString();
    }

    /**
     * A sentence as every command quotes the text: {@code kmk.tasks-5: "KMK godkender ..."}; the section goes without
     * saying under its heading. A sentence no clause quotes (it states no duty) is quoted alone.
     */
    /**
     * A pack's sentence as a clause, where the pack gives that clause in {@code words}' language ({@code @source_da},
     * {@code @summary_da}): to be shown as {@link Sentences#quoted(Clause, boolean)} shows it; else {@code null}.
     */
    private static Clause shown(Sentence s, Section section, Sentences words) {
        if (s.clauseIds().size() != 1) {
            return null;
        }
        Clause declared = new Clause(s.clauseIds().get(0), section.source(), section.source(), s.text());
        return words.clause(declared).equals(declared) ? null : declared;
    }

    /**
     * A pack section's source in {@code words}' language, where the pack gives it ({@code @source_da}), which then heads
     * the section too; else {@code declared}, its source or heading as the pack declares it.
     */
    private static String source(Section section, Sentences words, String declared) {
        return section.sentences().stream().flatMap(s -> s.clauseIds().stream()).findFirst()
                .map(id -> words.clause(new Clause(id, declared, declared, "-")).section()).orElse(declared);
    }

    static String quoted(Sentence s) {
        return (s.clauseIds().isEmpty() ? "" : String.join(", ", s.clauseIds()) + ": ") + "\"" + s.text() + "\"";
    }

    /**
     * Text as one line of Markdown that renders as itself: every character CommonMark may read as markup anywhere in a
     * line ({@code \ ` * _ [ ] < > | ~ &}, {@code !} before a link) is escaped with a backslash; a line start that would
     * open a block ({@code #}, {@code -}, {@code +}, {@code =}, {@code >}, {@code 1.}) is escaped; a line break is a space.
     * Text without such characters is written as it is.
     */
    static String md(String text) {
        String line = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\u0085', ' ')
                .replace('\u2028', ' ').replace('\u2029', ' ').strip();
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\`*_[]<>|~&".indexOf(c) >= 0 || c == '!' && i + 1 < line.length() && line.charAt(i + 1) == '[') {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = out.toString();
        if (!escaped.isEmpty() && "#-+=".indexOf(escaped.charAt(0)) >= 0) {
            return "\\" + escaped;
        }
        java.util.regex.Matcher ordered = ORDERED.matcher(escaped);
        return ordered.lookingAt() ? ordered.group(1) + "\\" + escaped.substring(ordered.group(1).length()) : escaped;
    }

    /** The start of a line CommonMark reads as an ordered list item: up to nine digits, then {@code .} or {@code )}. */
    private static final java.util.regex.Pattern ORDERED = java.util.regex.Pattern.compile("(\\d{1,9})[.)](\\s|$)");
}
