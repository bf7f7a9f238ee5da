package dk.kulturmetropol.examples;

import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.AgendaItem;
import dk.kulturmetropol.rules.CycleItem;
import dk.kulturmetropol.rules.Deadline;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The annual cycle as one self-contained, printable HTML page (built as a DOM, escaped by jsoup): a section per quarter
 * of the window ({@code 1. kvartal 2022}), a table in each with the day, what falls due (or, on a meeting plan, the
 * meeting and what goes on its agenda) and what it rests on: when and why, the reading, each clause quoted.
 */
final class CycleHtml {
    private CycleHtml() {
    }

    private static final String STYLE = """
            @page { size: A4; margin: 12mm; }
            body { font-family: sans-serif; font-size: 10pt; margin: 1em; max-width: 190mm; }
            h1 { font-size: 15pt; }
            h2 { font-size: 12pt; margin: 1.2em 0 0.3em; break-after: avoid; page-break-after: avoid; }
            table { border-collapse: collapse; width: 100%; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            th, td { border: 1px solid #999; padding: 3px 5px; text-align: left; vertical-align: top; }
            thead th { background: #e8e8e8; }
            td.when { width: 22%; }
            td.basis { width: 42%; font-size: 8pt; color: #333; }
            td.basis p { margin: 0 0 2px; }
            .window, .where { display: block; font-size: 8pt; color: #555; margin-top: 2px; }
            .where.none { color: #a00; }
            p.clause { font-style: italic; }
            p.nothing { color: #555; }
            p.area-names { font-size: 9pt; color: #333; margin-top: 1.5em; }
            """;

    /** The annual cycle, a section per quarter from {@code from} to {@code to}. */
    static String items(List<CycleItem> items, LocalDate from, LocalDate to, Sentences words) {
        return items(items, from, to, words, null);
    }

    /** The same; a window the tool alone dates in or after the agreement {@code period} says so ({@link CalendarOutput#assumed}). */
    static String items(List<CycleItem> items, LocalDate from, LocalDate to, Sentences words, dk.kulturmetropol.model.Validity period) {
        Element body = page(CalendarOutput.cycleHead(from, to, words, false), words);
        for (String quarter : CalendarOutput.quartersOf(from, to)) {
            Element table = section(body, quarter, words, items.stream().noneMatch(i -> i.quarter().equals(quarter)));
            items.stream().filter(i -> i.quarter().equals(quarter)).forEach(item -> {
                Element tr = table.appendElement("tr");
                when(tr.appendElement("td").addClass("when"), item, words, period);
                tr.appendElement("td").addClass("what").text(CycleWords.sentence(item, words));
                basis(tr.appendElement("td").addClass("basis"), item, words);
                CalendarOutput.afterSubmission(item, items, words).ifPresent(n -> tr.child(2).appendElement("p").addClass("note").text(n));
            });
        }
        return withAreaNamesNote(body, words);
    }

    /** The annual cycle placed on a meeting plan, a section per quarter: each meeting with its agenda, and what has none. */
    static String agenda(List<AgendaItem> agenda, LocalDate from, LocalDate to, Sentences words) {
        Element body = page(CalendarOutput.cycleHead(from, to, words, true), words);
        for (String quarter : CalendarOutput.quartersOf(from, to)) {
            Element table = section(body, quarter, words, agenda.stream().noneMatch(a -> a.quarter().equals(quarter)));
            agenda.stream().filter(a -> a.quarter().equals(quarter)).forEach(a -> {
                Element tr = table.appendElement("tr").addClass(a.status().id());
                Element when = tr.appendElement("td").addClass("when");
                Element what = tr.appendElement("td").addClass("what");
                if (a.status() == AgendaItem.Status.ON_AGENDA) {
                    when.text(CycleWords.where(a, words));
                    what.text(CycleWords.agendaSentence(a.item(), words));
                } else if (a.status() == AgendaItem.Status.DUE_BY_MEETING) {
                    when.text(CycleWords.where(a, words));
                    what.text(CycleWords.sentence(a.item(), words));
                    what.appendElement("span").addClass("where").addClass("other").text(CalendarOutput.dueByReading(a, words));
                } else {
                    when(when, a.item(), words);
                    what.text(CycleWords.sentence(a.item(), words));
                    what.appendElement("span").addClass("where").addClass(a.status() == AgendaItem.Status.NO_MEETING_PLANNED ? "none" : "other")
                            .text(CycleWords.where(a, words));
                }
                basis(tr.appendElement("td").addClass("basis"), a.item(), words);
            });
        }
        return withAreaNamesNote(body, words);
    }

    /** The page, with the note that the focus-area names it shows are the agreement's, once, at its foot. */
    private static String withAreaNamesNote(Element body, Sentences words) {
        AnswerText.areaNamesNote(body.text(), words).ifPresent(note -> body.appendElement("p").addClass("area-names").text(note));
        return "<!DOCTYPE html>\n" + body.ownerDocument().outerHtml() + "\n";
    }

    private static Element page(String heading, Sentences words) {
        String title = heading.endsWith(":") ? heading.substring(0, heading.length() - 1) : heading;
        Document doc = Document.createShell("");
        doc.selectFirst("html").attr("lang", words.language().id());
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.title(title);
        doc.head().appendElement("style").appendText(STYLE);
        doc.body().appendElement("h1").text(title);
        return doc.body();
    }

    /** A quarter's heading and table, its body to fill; a line saying nothing falls due when {@code empty}. */
    private static Element section(Element body, String quarter, Sentences words, boolean empty) {
        Element section = body.appendElement("section").addClass("quarter").attr("id", quarter);
        section.appendElement("h2").text(CycleWords.quarter(quarter, words));
        if (empty) {
            section.appendElement("p").addClass("nothing").text(words.phrase("calendar.nothing"));
            return new Element("tbody");
        }
        Element table = section.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(words.phrase("cycle.when"));
        head.appendElement("th").text(words.phrase("cycle.what"));
        head.appendElement("th").text(words.phrase("cycle.basis"));
        return table.appendElement("tbody");
    }

    private static void when(Element td, CycleItem item, Sentences words) {
        when(td, item, words, null);
    }

    /**
     * The day and a window's days; a window the tool alone dates in or after the agreement {@code period} as the text
     * view heads it, "Inden udgangen af 2025 (værktøjets antagelse)", and that the text gives no date, not as a day.
     */
    private static void when(Element td, CycleItem item, Sentences words, dk.kulturmetropol.model.Validity period) {
        if (CalendarOutput.assumed(item, period)) {
            td.text(CalendarOutput.dayHead(item, words, period).strip().replaceAll(":$", ""));
            td.appendElement("span").addClass("window").text(words.phrase("calendar.assumed"));
            return;
        }
        td.text(words.date(item.due()));
        if (item.isWindow()) {
            td.appendElement("span").addClass("window").text(words.phrase("deadline.window", "from", words.inText(item.start()), "to", words.inText(item.due())));
        }
    }

    private static void basis(Element td, CycleItem item, Sentences words) {
        java.util.LinkedHashSet<String> lines = new java.util.LinkedHashSet<>();
        // a window's reading states the window; a dated deadline and a counted duty say when and how often
        // (a deadline on a date: the date column says it, once)
        item.deadlines().stream().filter(d -> d.kind() == Deadline.Kind.DEADLINE && d.row().fact().due().kind() != dk.kulturmetropol.model.Due.Kind.ON
                        || d.kind() == Deadline.Kind.RECURRING)
                .forEach(d -> lines.add(CalendarOutput.kindLine(d, words)));
        item.deadlines().stream().filter(Deadline::isWindow).forEach(d -> lines.add(CalendarOutput.reading(d, words)));
        lines.forEach(line -> td.appendElement("p").addClass("note").text(line));
        for (Clause c : item.clauses()) {
            td.appendElement("p").addClass("clause").text(words == null ? c.id() + ": \"" + c.quote() + "\"" : words.quoted(c, false));
        }
    }
}
