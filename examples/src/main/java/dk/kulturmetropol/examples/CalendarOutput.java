package dk.kulturmetropol.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.Deadline;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** What {@code calendar} prints: a line per day and duty, {@code {"deadlines": [...]}}, or an iCalendar file (ical4j). */
final class CalendarOutput {
    private CalendarOutput() {
    }

    /** The calendar as text, a block a day and duty; with {@code words}, each deadline a sentence in its language. */
    static String text(List<Deadline> deadlines, java.time.LocalDate from, java.time.LocalDate to, Sentences words) {
        StringBuilder out = new StringBuilder(words == null ? "What falls due from " + from + " to " + to + ":"
                : words.phrase("calendar.head", "window", words.phrase("calendar.window", "from", words.inText(from), "to", words.inText(to))))
                .append('\n');
        if (deadlines.isEmpty()) {
            out.append("\n  ").append(words == null ? "nothing" : words.phrase("calendar.nothing")).append('\n');
        }
        for (Deadline d : deadlines) {
            Duty duty = d.row().fact();
            out.append("\n  ").append(words == null ? d.date() + " " : words.phrase("calendar.day", "date", words.inText(d.date())))
                    .append(' ').append(words == null ? summary(d) : words.of(duty)).append('\n')
                    .append("    ").append(words == null ? d.kind().id() : words.phrase("deadline.kind." + d.kind().id())).append(": ")
                    .append(words == null ? d.when() + (d.isWindow() ? ", from " + d.start() : "") : when(d, words)).append('\n');
            if (d.isWindow()) {
                out.append("    ").append(reading(d, words)).append('\n');
            }
            out.append("    ").append(d.row().clause().id()).append(": \"").append(d.row().clause().quote()).append("\"\n");
            if (resolvedElsewhere(d)) {
                out.append("    ").append(words == null
                        ? duty.actor() + " is " + String.join(", ", d.row().resolvedTo()) + " on that day"
                        : words.phrase("calendar.resolved", "actor", words.labels().inSentence("actor", duty.actor()),
                        "resolved", words.list(d.row().resolvedTo().stream().map(id -> words.labels().label("actor", id)).toList())))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Why this date, in {@code words}' language: the deadline the rule sets, or the year or quarter counted over. */
    static String when(Deadline d, Sentences words) {
        Duty duty = d.row().fact();
        return switch (d.kind()) {
            case DEADLINE -> words.due(duty.due());
            case RECURRING -> words.phrase("deadline.counted", "frequency", words.frequency(duty.frequency()),
                    "period", words.countedPeriod(d.countedOver().orElseThrow()));
            case YEAR_AFTER, YEAR_BEFORE -> words.phrase("deadline.window", "from", words.inText(d.start()), "to", words.inText(d.date()));
        };
    }

    /** How a to-do's window was read, where the text gives it none; in {@code words}' language, or the library's English. */
    static String reading(Deadline d, Sentences words) {
        if (words == null) {
            return d.reading();
        }
        return words.phrase("deadline.reading." + d.kind().id(), "period", words.countedPeriod(d.concerns()), "concerns", d.concerns(),
                "from", words.inText(d.start()), "to", words.inText(d.date()));
    }

    /** The calendar as JSON; with {@code words}, each deadline adds {@code sentence}, {@code whenLabel} and {@code labels}. */
    static String json(List<Deadline> deadlines, Sentences words) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("deadlines", deadlines.stream().map(d -> {
            Map<String, Object> one = new LinkedHashMap<>();
            Duty duty = d.row().fact();
            one.put("date", d.date().toString());
            one.put("kind", d.kind().id());
            one.put("when", d.when());
            one.put("start", d.start().toString());
            one.put("concerns", d.concerns().isEmpty() ? null : d.concerns());
            one.put("reading", d.reading().isEmpty() ? null : d.reading());
            one.put("actor", duty.actor());
            one.put("resolvedTo", d.row().resolvedTo());
            one.put("modality", duty.modality().id());
            one.put("action", duty.action());
            one.put("matter", duty.matter());
            one.put("scope", duty.scope());
            one.put("clause", FindingsOutput.clause(d.row().clause()));
            if (words != null) {
                one.put("sentence", words.of(duty, d.row()::resolved));
                one.put("whenLabel", when(d, words));
                if (d.isWindow()) {
                    one.put("readingLabel", reading(d, words));
                }
                one.put("labels", AnswerJson.labels(duty, d.row(), words.labels()));
            }
            return one;
        }).toList());
        return JsonOutput.write(doc, "the calendar") + "\n";
    }

    /**
     * An iCalendar file: a dated deadline an all-day event on its date; what the text asks without a date a to-do
     * (DTSTART the window's first day, DUE its last) whose description says the window is a reading. With {@code words},
     * each summary is a sentence in its language (its UID stays the same). Its description says when it falls due and
     * quotes the clause on a line of its own, {@code clause: "..."}.
     */
    static String ics(List<Deadline> deadlines, Sentences words) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Kulturmetropolen//kulturmetropol-mandates//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        java.util.Set<String> uids = new java.util.HashSet<>();
        for (Deadline d : deadlines) {
            String summary = words == null ? summary(d) : words.of(d.row().fact());
            String description = (words == null
                    ? d.kind().id() + ": " + d.when() + (d.isWindow() ? "\n" + d.reading() : "") + "\n" + d.row().clause().id() + ": \""
                    + d.row().clause().quote() + "\"" + "\n" + String.join(", ", d.row().resolvedTo())
                    : words.phrase("deadline.kind." + d.kind().id()) + ": " + when(d, words) + (d.isWindow() ? "\n" + reading(d, words) : "")
                    + "\n" + d.row().clause().id() + ": \"" + d.row().clause().quote() + "\"" + (resolvedElsewhere(d) ? "\n" + words.list(d.row().resolvedTo()
                    .stream().map(id -> words.labels().label("actor", id)).toList()) : ""));
            if (d.isWindow()) {
                // what the text asks without a date: a to-do over the window read for it, due on its last day
                VToDo todo = new VToDo(d.start(), d.date(), summary);
                todo.add(new Uid(uid(d, uids)));
                todo.add(new Description(description));
                calendar.add(todo);
            } else {
                VEvent event = new VEvent(d.date(), summary);
                event.add(new Uid(uid(d, uids)));
                event.add(new Description(description));
                calendar.add(event);
            }
        }
        return foldOctets(calendar.toString());
    }

    /**
     * Folds iCalendar content lines at 75 octets of UTF-8 (RFC 5545, 3.1), never inside a character: a continuation line
     * begins with a space, which counts. ical4j writes the content lines ({@code Calendar.toString()}, unfolded), but its
     * {@code FoldingWriter} (4.1.1) counts characters, so a Danish line of 75 characters came out longer than 75 octets.
     */
    static String foldOctets(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int length = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + length > MAX_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += length;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** The longest physical line RFC 5545 allows, in octets, without its line break. */
    static final int MAX_OCTETS = 75;

    /**
     * The deadline's UID: the same in every export, so a calendar client updates it instead of adding it twice, and
     * distinct for distinct deadlines, so a client keeps them all: a readable part, then a digest of all that makes the
     * deadline (its kind, the rule, bearer, recipients, joint bearers, validity, frequency and due date as well), then a
     * count should two rows still be alike in all of that.
     */
    private static String uid(Deadline d, java.util.Set<String> taken) {
        Duty duty = d.row().fact();
        String whole = String.join("\u0000", d.date().toString(), d.isWindow() ? d.start().toString() : "", d.kind().id(), d.when(), duty.rule(), duty.clauseId(),
                String.valueOf(duty.actor()), duty.modality().id(), duty.action(), duty.matter(), String.valueOf(duty.scope()),
                String.valueOf(duty.jointlyWith()), String.valueOf(duty.recipients()), String.valueOf(duty.validity()),
                String.valueOf(duty.frequency()), String.valueOf(duty.condition()), String.valueOf(duty.due()));
        String uid = d.date() + "-" + d.row().clause().id() + "-" + summary(d).replaceAll("[^A-Za-z0-9:.-]+", "-") + "-"
                + java.util.UUID.nameUUIDFromBytes(whole.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString().substring(0, 8);
        String unique = uid;
        for (int n = 2; !taken.add(unique); n++) {
            unique = uid + "-" + n;
        }
        return unique + "@kulturmetropol-mandates";
    }

    /** Whether the bearer resolves to others than itself that day (a body to its members, a post to its holder). */
    private static boolean resolvedElsewhere(Deadline d) {
        Duty duty = d.row().fact();
        return duty.actor() != null && !d.row().resolvedTo().equals(List.of(duty.actor()));
    }

    private static String summary(Deadline d) {
        Duty duty = d.row().fact();
        return (duty.actor() == null ? "(no one named)" : duty.actor()) + " " + duty.modality().id() + " " + duty.action() + " "
                + duty.matter() + (duty.scope() == null ? "" : " for " + duty.scope());
    }
}
