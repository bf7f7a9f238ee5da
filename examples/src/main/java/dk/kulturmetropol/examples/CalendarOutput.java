package dk.kulturmetropol.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.AgendaItem;
import dk.kulturmetropol.rules.CycleItem;
import dk.kulturmetropol.rules.Deadline;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * What {@code calendar} prints, from the library's annual cycle ({@link CycleItem}, {@link AgendaItem}): a block a day
 * and item, the same by quarter, {@code {"items": [...]}} or {@code {"agenda": [...]}}, an iCalendar file (ical4j), or a
 * printable HTML page ({@link CycleHtml}).
 */
final class CalendarOutput {
    private CalendarOutput() {
    }

    /** The heading: {@code What falls due from 2022-01-01 to 2022-12-31:}, in {@code words}' language. */
    static String head(java.time.LocalDate from, java.time.LocalDate to, Sentences words) {
        return words == null ? "What falls due from " + from + " to " + to + ":" : words.phrase("calendar.head", "window", window(from, to, words));
    }

    /** The days from {@code from} to {@code to} as a heading names them: "fra 1. januar 2022 til 31. december 2022", "den 1. marts 2022". */
    static String window(java.time.LocalDate from, java.time.LocalDate to, Sentences words) {
        return from.equals(to) ? words.phrase("calendar.one-day", "date", words.date(from))
                : words.phrase("calendar.window", "from", words.inText(from), "to", words.inText(to));
    }

    /** The annual cycle as text, a block a day and item; with {@code words}, each item a sentence in its language. */
    static String text(List<CycleItem> items, java.time.LocalDate from, java.time.LocalDate to, Sentences words) {
        return text(items, from, to, words, null);
    }

    /**
     * The annual cycle as text; an empty window after (or before) the agreement {@code period} says the period had ended
     * (or not begun): "Intet forfalder i perioden; aftaleperioden sluttede den 31. december 2024."
     */
    static String text(List<CycleItem> items, java.time.LocalDate from, java.time.LocalDate to, Sentences words,
            dk.kulturmetropol.model.Validity period) {
        return text(items, from, to, words, period, java.util.Optional.empty());
    }

    /**
     * The same; an empty window after the period with a task from it still to come ({@code next}, its day: the final
     * accounts, read as due in the year after) says so: "Intet forfalder i perioden. Aftaleperioden sluttede den 31.
     * december 2024, men den næste opgave står i kalenderen den 31. december 2025."
     */
    static String text(List<CycleItem> items, java.time.LocalDate from, java.time.LocalDate to, Sentences words,
            dk.kulturmetropol.model.Validity period, java.util.Optional<java.time.LocalDate> next) {
        return text(items, from, to, words, period, next, java.util.Optional.empty());
    }

    /**
     * The same; an empty window after the period with nothing to come, after tasks the tool alone dated ({@code last}, the
     * last one's day), says that date is the tool's assumption and the tasks do not lapse by it: "Intet forfalder i
     * perioden. Aftaleperioden sluttede den 31. december 2024. Kommissoriet fastsætter ingen frist for de opgaver, der
     * følger efter aftaleperioden; værktøjet antager, at de skal være løst senest den 31. december 2025. ..."
     */
    static String text(List<CycleItem> items, java.time.LocalDate from, java.time.LocalDate to, Sentences words,
            dk.kulturmetropol.model.Validity period, java.util.Optional<java.time.LocalDate> next,
            java.util.Optional<java.time.LocalDate> last) {
        StringBuilder out = new StringBuilder(head(from, to, words)).append('\n');
        if (items.isEmpty()) {
            out.append("\n  ").append(emptyWindow(from, to, words, period, next, last)).append('\n');
        }
        items.forEach(item -> block(out, item, items, words, period));
        return withAreaNamesNote(out, words);
    }

    /** Why a window has nothing in it: after the period (and what is still to come), before it, or neither. */
    private static String emptyWindow(java.time.LocalDate from, java.time.LocalDate to, Sentences words,
            dk.kulturmetropol.model.Validity period, java.util.Optional<java.time.LocalDate> next, java.util.Optional<java.time.LocalDate> last) {
        if (words == null) {
            return "nothing";
        }
        if (period != null && from.isAfter(period.to())) {
            String end = words.inText(period.to());
            return next.map(day -> words.phrase("calendar.nothing.after.next", "end", end, "next", words.inText(day)))
                    .or(() -> last.map(day -> words.phrase("calendar.nothing.after.last", "end", end, "last", words.inText(day))))
                    .orElseGet(() -> words.phrase("calendar.nothing.after", "end", end));
        }
        if (period != null && to.isBefore(period.from())) {
            return words.phrase("calendar.nothing.before", "start", words.inText(period.from()));
        }
        return words.phrase("calendar.nothing.window");
    }

    /** {@code out} with the note that the focus-area names it shows are the agreement's, once, at its end. */
    private static String withAreaNamesNote(StringBuilder out, Sentences words) {
        AnswerText.areaNamesNote(out.toString(), words).ifPresent(note -> out.append('\n').append(note).append('\n'));
        return out.toString();
    }

    /** The annual cycle by quarter: each quarter of the window a heading ({@code Q1 2022}, {@code 1. kvartal 2022}), its items under it. */
    static String quarters(List<CycleItem> items, java.time.LocalDate from, java.time.LocalDate to, Sentences words) {
        return quarters(items, from, to, words, null);
    }

    /** The same; an item the tool alone dates in or after the agreement {@code period} says so in its heading ({@link #assumed}). */
    static String quarters(List<CycleItem> items, java.time.LocalDate from, java.time.LocalDate to, Sentences words,
            dk.kulturmetropol.model.Validity period) {
        StringBuilder out = new StringBuilder(cycleHead(from, to, words, false)).append('\n');
        for (String quarter : quartersOf(from, to)) {
            out.append('\n').append(CycleWords.quarter(quarter, words)).append('\n');
            List<CycleItem> in = items.stream().filter(i -> i.quarter().equals(quarter)).toList();
            if (in.isEmpty()) {
                out.append("\n  ").append(nothing(words)).append('\n');
            }
            in.forEach(item -> block(out, item, items, words, period));
        }
        return withAreaNamesNote(out, words);
    }

    /** The annual cycle placed on a meeting plan, in the order of the days; {@code byQuarter} under each quarter's heading. */
    static String agenda(List<AgendaItem> agenda, java.time.LocalDate from, java.time.LocalDate to, Sentences words, boolean byQuarter) {
        StringBuilder out = new StringBuilder(cycleHead(from, to, words, true)).append('\n');
        List<String> quarters = byQuarter ? quartersOf(from, to) : List.of("");
        for (String quarter : quarters) {
            if (byQuarter) {
                out.append('\n').append(CycleWords.quarter(quarter, words)).append('\n');
            }
            List<AgendaItem> in = agenda.stream().filter(a -> !byQuarter || a.quarter().equals(quarter)).toList();
            if (in.isEmpty()) {
                out.append("\n  ").append(nothing(words)).append('\n');
            }
            for (AgendaItem a : in) {
                CycleItem item = a.item();
                if (a.status() == AgendaItem.Status.ON_AGENDA) {
                    out.append("\n  ").append(agendaLine(a, words)).append('\n');
                } else if (a.status() == AgendaItem.Status.DUE_BY_MEETING) {
                    out.append("\n  ").append(CycleWords.where(a, words)).append(": ").append(CycleWords.sentence(item, words))
                            .append('\n').append("    ").append(dueByReading(a, words)).append('\n');
                } else {
                    out.append("\n  ").append(day(item.due(), words)).append(' ').append(CycleWords.sentence(item, words)).append('\n')
                            .append("    ").append(CycleWords.where(a, words)).append('\n');
                }
                notes(item, words).forEach(n -> out.append("    ").append(n).append('\n'));
            }
        }
        return withAreaNamesNote(out, words);
    }

    /**
     * {@code KMK's meeting of 3 February 2022: KMK approves the accounts for 2021 ... (kmk.tasks-5).}; in Danish a sentence
     * without the ids, which follow on lines of their own ({@code KMKs møde den 3. februar 2022: KMK godkender ...}).
     */
    static String agendaLine(AgendaItem a, Sentences words) {
        String ids = " (" + String.join(", ", a.item().clauses().stream().map(dk.kulturmetropol.model.Clause::id).toList()) + ")";
        if (words == null) {
            return CycleWords.where(a, words) + ": " + CycleWords.agenda(a.item(), null) + ids;
        }
        String sentence = CycleWords.agendaSentence(a.item(), words);
        return CycleWords.where(a, words) + ": " + (words.language() == dk.kulturmetropol.model.Language.DA ? sentence
                : sentence.substring(0, sentence.length() - 1) + ids + ".");
    }

    /** Why a submission is due by a meeting: the body approves there, and the text gives no date (a reading). */
    static String dueByReading(AgendaItem a, Sentences words) {
        String body = a.dueBy().orElseThrow().body();
        return words == null ? "a reading: the text gives no date; " + body + " approves at that meeting, so this is due before it"
                : words.phrase("agenda.due-by.reading", "body", words.labels().inSentence("body", body));
    }

    /**
     * The annual cycle's heading, in text and on the page: "Opgaverne kvartal for kvartal fra 1. januar 2022 til 31.
     * december 2022" where the window spans quarters, "Opgaver den 1. marts 2022" where it lies in one.
     */
    static String cycleHead(java.time.LocalDate from, java.time.LocalDate to, Sentences words, boolean plan) {
        if (words == null) {
            return "Annual cycle from " + from + " to " + to + (plan ? ", placed on the meeting plan:" : ":");
        }
        String head = plan ? "cycle.head.plan" : quartersOf(from, to).size() > 1 ? "cycle.head" : "cycle.head.one-quarter";
        return words.phrase(head, "window", window(from, to, words));
    }

    /** Every quarter from {@code from}'s to {@code to}'s, as {@code 2022-Q1}. */
    static List<String> quartersOf(java.time.LocalDate from, java.time.LocalDate to) {
        List<String> out = new java.util.ArrayList<>();
        for (java.time.LocalDate q = from.withDayOfMonth(1).withMonth((from.getMonthValue() - 1) / 3 * 3 + 1); !q.isAfter(to); q = q.plusMonths(3)) {
            out.add(CycleItem.quarterOf(q));
        }
        return out;
    }

    private static String nothing(Sentences words) {
        return words == null ? "nothing" : words.phrase("calendar.nothing");
    }

    private static String day(java.time.LocalDate date, Sentences words) {
        return words == null ? date + " " : words.phrase("calendar.day", "date", words.inText(date));
    }

    private static void block(StringBuilder out, CycleItem item, List<CycleItem> all, Sentences words, dk.kulturmetropol.model.Validity period) {
        String day = words == null ? day(item.due(), words) : dayHead(item, words, period);
        out.append("\n  ").append(day).append(' ').append(CycleWords.sentence(item, words)).append('\n');
        notes(item, words).forEach(n -> out.append("    ").append(n).append('\n'));
        afterSubmission(item, all, words).ifPresent(n -> out.append("    ").append(n).append('\n'));
        resolvedLine(item, words).ifPresent(line -> out.append("    ").append(line).append('\n'));
    }

    /**
     * An item's heading in the text views: the day it must be done by, "Senest den 31. december 2022:", for a date a rule
     * sets (a deadline, review 10) as for a window's last day; a window the tool alone dates ({@link #assumed}) says so, a
     * whole year as the year: "Inden udgangen af 2025 (værktøjets antagelse):".
     */
    static String dayHead(CycleItem item, Sentences words, dk.kulturmetropol.model.Validity period) {
        if (!assumed(item, period)) {
            return words.phrase("calendar.day.by", "date", words.inText(item.due()));
        }
        boolean wholeYear = item.start().getDayOfYear() == 1 && item.due().equals(item.start().withMonth(12).withDayOfMonth(31));
        return wholeYear ? words.phrase("calendar.year.by.assumed", "year", String.valueOf(item.due().getYear()))
                : words.phrase("calendar.day.by.assumed", "date", words.inText(item.due()));
    }

    /**
     * Whether only the tool dates an item, where the kommissorium neither sets a date nor still runs: a focus area's
     * final accounts (the text says only "når perioden er afsluttet"), or any window after the agreement {@code period}
     * (the accounts of its last year). A yearly duty within the period is due within its year by the text's own "hvert
     * år", "det forudgående års", and is not marked.
     */
    static boolean assumed(CycleItem item, dk.kulturmetropol.model.Validity period) {
        return item.isWindow() && (period != null && item.start().isAfter(period.to())
                || item.deadlines().stream().anyMatch(d -> d.kind() == dk.kulturmetropol.rules.Deadline.Kind.AFTER_END));
    }

    /**
     * Who the actor of an item of one deadline is on its day, when that is someone else than the actor named: a body's
     * members by their places ("Det gælder medlemmerne af KMK fra Albertslund, ... Roskilde og Rødovre Kommune."), else
     * what it resolves to. The text view and the iCalendar file say it alike.
     */
    static java.util.Optional<String> resolvedLine(CycleItem item, Sentences words) {
        if (item.deadlines().size() != 1 || !resolvedElsewhere(item.deadlines().get(0))) {
            return java.util.Optional.empty();
        }
        Deadline d = item.deadlines().get(0);
        Duty duty = d.row().fact();
        String actor = CycleWords.actorId(duty);
        List<String> ids = d.row().resolvedTo();
        // a body's members, one of each partner: who they are is the body's, by the text's words (KMK's members are
        // "chef-repræsentanter", not necessarily the culture chief), and the day is the window's end, not a meeting
        String role = sharedRole(ids);
        boolean members = dk.kulturmetropol.model.Vocabulary.BODIES.containsKey(actor) && ids.size() > 1 && role != null
                && words != null && words.words("cycle.plural." + role).isPresent();
        return java.util.Optional.of(words == null
                ? actor + " is " + String.join(", ", ids) + " on that day"
                : members ? words.phrase("calendar.resolved.members", "actor", words.labels().inSentence("actor", actor),
                        "places", places(ids.stream().map(id -> words.labels().label("actor", id.substring(id.indexOf(':') + 1))).toList(), true, words))
                : words.phrase("calendar.resolved", "actor", words.labels().inSentence("actor", actor), "resolved", resolved(ids, words)));
    }

    /**
     * Who a body or post is on a day, as one phrase where they share a role the language has a plural for: "kulturcheferne
     * i Albertslund, Furesø, ..., Roskilde og Rødovre Kommune", the places in the language's alphabetical order (Danish:
     * Roskilde before Rødovre); else each in full.
     */
    static String resolved(List<String> ids, Sentences words) {
        String role = sharedRole(ids);
        java.util.Optional<String> plural = role == null ? java.util.Optional.empty() : words.words("cycle.plural." + role);
        if (ids.size() < 2) {
            return words.list(ids.stream().map(id -> words.labels().inSentence("actor", id)).toList());
        }
        if (plural.isEmpty()) {
            // the partners a body resolves to, or other actors: in the language's order, places sharing their last word
            // once ("Køge, Roskilde og Rødovre Kommune")
            boolean places = ids.stream().allMatch(id -> !id.contains(":") || id.startsWith("partner-municipality:"));
            return places(ids.stream().map(id -> words.labels().inSentence("actor", id)).toList(), places, words);
        }
        return plural.get().replace("{places}",
                places(ids.stream().map(id -> words.labels().label("actor", id.substring(id.indexOf(':') + 1))).toList(), true, words));
    }

    /** {@code names} as a list in the language's alphabetical order (Danish: Roskilde before Rødovre); {@code places} share their last word. */
    static String places(List<String> names, boolean places, Sentences words) {
        java.text.Collator collator = java.text.Collator.getInstance(words.language().locale());
        List<String> sorted = names.stream().sorted(collator).toList();
        String last = places && sorted.get(0).contains(" ") ? sorted.get(0).substring(sorted.get(0).lastIndexOf(' ')) : "";
        boolean shared = !last.isEmpty() && sorted.stream().allMatch(p -> p.endsWith(last) && p.length() > last.length());
        return shared ? words.listSharing(sorted, last.strip()) : words.list(sorted);
    }

    /** The role ids share ({@code culture-chief} for {@code culture-chief:roskilde}, ...), or {@code null}. */
    private static String sharedRole(List<String> ids) {
        List<String> roles = ids.stream().map(id -> id.contains(":") ? id.substring(0, id.indexOf(':')) : "").distinct().toList();
        return roles.size() == 1 && !roles.get(0).isEmpty() ? roles.get(0) : null;
    }

    /** Under an item: when each deadline falls due and why, each reading (a window's, a dated deadline's own), each clause quoted; every line once. */
    static List<String> notes(CycleItem item, Sentences words) {
        java.util.LinkedHashSet<String> lines = new java.util.LinkedHashSet<>();
        for (Deadline d : item.deadlines()) {
            if (words != null && (d.kind() == Deadline.Kind.YEAR_AFTER || d.kind() == Deadline.Kind.YEAR_BEFORE
                    || d.kind() == Deadline.Kind.AFTER_END)) {
                continue; // the reading states the window
            }
            if (words != null && d.kind() == Deadline.Kind.DEADLINE && d.row().fact().due().kind() == dk.kulturmetropol.model.Due.Kind.ON) {
                continue; // the day the item is listed under is the date it falls due: said once
            }
            lines.add(words == null ? d.kind().id() + ": " + d.when() + (d.isWindow() ? ", from " + d.start() : "") : kindLine(d, words));
        }
        item.deadlines().stream().filter(Deadline::isWindow).forEach(d -> lines.add(reading(d, words)));
        // a dated deadline's own reading ("»ved aftalens start« forstås som ..."), as every other answer gives it; a
        // window's reading above already says how its dates were read
        item.deadlines().stream().filter(d -> !d.isWindow()).forEach(d -> d.row().reading().ifPresent(r -> lines.add(words == null ? "reading: " + r
                : words.phrase("reading", "reading", words.reading(r)))));
        item.clauses().forEach(c -> lines.add(words == null ? c.id() + ": \"" + c.quote() + "\"" : words.quoted(c, false)));
        return List.copyOf(lines);
    }

    /**
     * For an approval due the same day as a submission it waits for ({@link CycleItem#waitsFor}), that it still comes
     * after it: a calendar without meetings gives both the last day of their window.
     */
    static java.util.Optional<String> afterSubmission(CycleItem item, List<CycleItem> all, Sentences words) {
        if (all.stream().noneMatch(other -> other.due().equals(item.due()) && item.waitsFor(other))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(words == null ? "after: the submission due the same day" : words.phrase("calendar.after-submission"));
    }

    /** Why this date, in {@code words}' language: the deadline the rule sets, or the year or quarter counted over. */
    static String when(Deadline d, Sentences words) {
        Duty duty = d.row().fact();
        return switch (d.kind()) {
            case DEADLINE -> words.due(duty.due());
            case RECURRING -> words.phrase("deadline.counted", "frequency", words.frequency(duty.frequency()),
                    "period", words.countedPeriod(d.countedOver().orElseThrow()));
            case YEAR_AFTER, YEAR_BEFORE, AFTER_END -> words.phrase("deadline.window", "from", words.inText(d.start()), "to", words.inText(d.date()));
        };
    }

    /**
     * When a deadline falls due and why, as a line: {@code frist: ...}; a counted duty as a sentence where the language has
     * one ("Opgaven gentages fire gange om året; her for året 2022.").
     */
    static String kindLine(Deadline d, Sentences words) {
        if (d.kind() == Deadline.Kind.RECURRING && words.words("deadline.line.recurring").isPresent()) {
            return words.phrase("deadline.line.recurring", "frequency", words.frequency(d.row().fact().frequency()),
                    "period", words.countedPeriod(d.countedOver().orElseThrow()));
        }
        return words.phrase("deadline.kind." + d.kind().id()) + ": " + when(d, words);
    }

    /**
     * How a to-do's window was read, where the text gives it none; in {@code words}' language, or the library's English.
     * A body's meetings counted over a period read as held by its last day ({@code deadline.reading.recurring.meet}, or
     * {@code .meets} for more than one), where the language has words for it.
     */
    static String reading(Deadline d, Sentences words) {
        if (words == null) {
            return d.reading();
        }
        String key = "deadline.reading." + d.kind().id();
        Duty duty = d.row().fact();
        if (d.endsBefore().isPresent()) {
            // the window ends the day before another bearer's dated deadline on the same accounts
            Duty onward = d.endsBefore().get().fact();
            String to = onward.recipients().isEmpty() ? "" : " " + words.words("to").orElse("{to}")
                    .replace("{to}", words.list(onward.recipients().stream().map(id -> words.labels().inSentence("actor", id)).toList()));
            return words.phrase(key + ".before", "handled", handled(d, words), "concerns", d.concerns(), "year", String.valueOf(d.date().getYear()),
                    "from", words.inText(d.start()), "to", words.inText(d.date()), "onward", words.labels().inSentence("actor", onward.actor()),
                    "recipients", to, "date", words.inText(d.date().plusDays(1)));
        }
        if (d.kind() == Deadline.Kind.RECURRING && duty.action().equals("meet")) {
            String meet = key + (duty.frequency().min() > 1 ? ".meets" : ".meet");
            key = words.words(meet).isPresent() ? meet : key;
        }
        return words.phrase(key, "period", words.countedPeriod(d.concerns()), "concerns", d.concerns(),
                "from", words.inText(d.start()), "to", words.inText(d.date()), "year", String.valueOf(d.date().getYear()),
                "handled", handled(d, words));
    }

    /**
     * What is done with accounts in a window's reading, by the duty's matter, else its action: "aflægges" (the
     * secretariat's accounts), "indsendes", "godkendes"; "behandles" where the language has no better word.
     */
    private static String handled(Deadline d, Sentences words) {
        Duty duty = d.row().fact();
        return words.words("deadline.handled." + duty.matter()).or(() -> words.words("deadline.handled." + duty.action()))
                .or(() -> words.words("deadline.handled")).orElse("");
    }

    /**
     * The annual cycle as JSON, {@code {"items": [...]}}: each item's {@code date}, {@code start}, {@code window},
     * {@code quarter}, {@code actor}, {@code action}, {@code matters}, {@code concerns}, {@code scopes}, {@code clauses},
     * {@code readings} and the {@code deadlines} it groups; with {@code words}, each adds {@code sentence}.
     */
    static String json(List<CycleItem> items, Sentences words) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("items", items.stream().map(item -> item(item, words)).toList());
        return JsonOutput.write(doc, "the calendar") + "\n";
    }

    /**
     * The annual cycle on a meeting plan as JSON, {@code {"agenda": [...]}}: each entry's {@code status}
     * ({@code on-agenda}, {@code due-by-meeting}, {@code no-meeting-planned}, {@code meetings}, {@code not-a-body}), {@code date}, {@code quarter},
     * {@code meetings} and its {@code item}; with {@code words}, {@code where} and {@code agendaLabel}.
     */
    static String agendaJson(List<AgendaItem> agenda, Sentences words) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("agenda", agenda.stream().map(a -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("status", a.status().id());
            one.put("date", a.date().toString());
            one.put("quarter", a.quarter());
            one.put("meetings", a.meetings().stream().map(m -> {
                Map<String, Object> meeting = new LinkedHashMap<>();
                meeting.put("body", m.body());
                meeting.put("date", m.date().toString());
                return meeting;
            }).toList());
            if (words != null) {
                one.put("where", CycleWords.where(a, words));
                if (a.status() == AgendaItem.Status.ON_AGENDA) {
                    one.put("agendaLabel", CycleWords.agenda(a.item(), words));
                }
                if (a.status() == AgendaItem.Status.DUE_BY_MEETING) {
                    one.put("readingLabel", dueByReading(a, words));
                }
            }
            one.put("item", item(a.item(), words));
            return one;
        }).toList());
        return JsonOutput.write(doc, "the agenda") + "\n";
    }

    private static Map<String, Object> item(CycleItem item, Sentences words) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("date", item.due().toString());
        one.put("start", item.start().toString());
        one.put("window", item.isWindow());
        one.put("quarter", item.quarter());
        one.put("actor", item.actor());
        one.put("action", item.action());
        one.put("matters", item.matters());
        one.put("concerns", item.concerns());
        one.put("scopes", item.scopes());
        one.put("clauses", item.clauses().stream().map(FindingsOutput::clause).toList());
        one.put("readings", item.readings());
        if (words != null) {
            one.put("sentence", CycleWords.sentence(item, words));
        }
        one.put("deadlines", item.deadlines().stream().map(d -> deadline(d, words)).toList());
        return one;
    }

    private static Map<String, Object> deadline(Deadline d, Sentences words) {
        Map<String, Object> one = new LinkedHashMap<>();
        Duty duty = d.row().fact();
        one.put("date", d.date().toString());
        one.put("kind", d.kind().id());
        one.put("when", d.when());
        one.put("start", d.start().toString());
        one.put("concerns", d.concerns().isEmpty() ? null : d.concerns());
        one.put("reading", d.reading().isEmpty() ? null : d.reading());
        one.put("actor", CycleWords.actorId(duty));
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
    }

    /**
     * An iCalendar file, one component per annual cycle item: a dated deadline an all-day event on its date; what the
     * text asks without a date a to-do (DTSTART the window's first day, DUE its last) whose description says the window
     * is a reading. An item grouping several deadlines (KMK's approvals of the three focus areas' accounts, plans and
     * budgets) is one to-do naming all it covers and quoting each clause it rests on. With {@code words}, each summary
     * is a sentence in its language (its UID stays the same). With an {@code agenda}, each item on a meeting's agenda is
     * also an event on the meeting's day. The calendar is named for its window, "Kulturmetropolens frister og opgaver fra 1.
     * januar 2022 til 31. december 2022", and its description says what it holds, in {@code page}'s language (English without
     * {@code words}), followed by the note on the focus-area names its items use, if any.
     */
    static String ics(List<CycleItem> items, List<AgendaItem> agenda, Sentences words, java.time.LocalDate from, java.time.LocalDate to,
                      Sentences page) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Kulturmetropolen//kulturmetropol-mandates//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        String window = window(from, to, page);
        String name = page.phrase("calendar.name", "window", window);
        // the calendar's own name and description (RFC 7986), and as the clients that read only their own properties take them
        calendar.add(new net.fortuna.ical4j.model.property.Name(name));
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
        java.util.Set<String> uids = new java.util.HashSet<>();
        // what the events say, to say once, in the calendar's description, whose names of focus areas they use
        StringBuilder shown = new StringBuilder();
        for (CycleItem item : items) {
            String summary = CycleWords.sentence(item, words);
            String description = String.join("\n", notes(item, words)) + afterSubmission(item, items, words).map(n -> "\n" + n).orElse("");
            description += resolvedLine(item, words).map(line -> "\n" + line).orElse("");
            shown.append(summary).append('\n').append(description).append('\n');
            String uid = uid(item, uids);
            if (item.isWindow()) {
                // what the text asks without a date: a to-do over the window read for it, due on its last day
                VToDo todo = new VToDo(item.start(), item.due(), summary);
                todo.add(new Uid(uid));
                todo.add(new Description(description));
                calendar.add(todo);
            } else {
                VEvent event = new VEvent(item.due(), summary);
                event.add(new Uid(uid));
                event.add(new Description(description));
                calendar.add(event);
            }
        }
        for (AgendaItem a : agenda) {
            if (a.status() == AgendaItem.Status.ON_AGENDA) {
                shown.append(agendaLine(a, words)).append('\n');
                VEvent event = new VEvent(a.date(), agendaLine(a, words));
                event.add(new Uid(a.date() + "-agenda-" + uid(a.item(), uids)));
                event.add(new Description(String.join("\n", notes(a.item(), words))));
                calendar.add(event);
            } else if (a.status() == AgendaItem.Status.DUE_BY_MEETING) {
                VEvent event = new VEvent(a.date(), CycleWords.where(a, words) + ": " + CycleWords.sentence(a.item(), words));
                event.add(new Uid(a.date() + "-due-by-" + uid(a.item(), uids)));
                event.add(new Description(dueByReading(a, words) + "\n" + String.join("\n", notes(a.item(), words))));
                calendar.add(event);
            }
        }
        String description = page.phrase("calendar.description", "window", window)
                + AnswerText.areaNamesNote(shown.toString(), words).map(note -> "\n\n" + note).orElse("");
        calendar.add(new Description(description));
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALDESC", description));
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
     * The item's UID: the same in every export, so a calendar client updates it instead of adding it twice, and distinct
     * for distinct items, so a client keeps them all. An item of one deadline keeps the deadline's UID: a readable part,
     * then a digest of all that makes the deadline (its kind, the rule, bearer, recipients, joint bearers, validity,
     * frequency and due date as well); an item of several has the digest of all of theirs; then a count should two still
     * be alike in all of that.
     */
    private static String uid(CycleItem item, java.util.Set<String> taken) {
        StringBuilder whole = new StringBuilder();
        for (Deadline d : item.deadlines()) {
            Duty duty = d.row().fact();
            whole.append(whole.length() == 0 ? "" : "\u0001").append(String.join("\u0000", d.date().toString(), d.isWindow() ? d.start().toString() : "",
                    d.kind().id(), d.when(), duty.rule(), duty.clauseId(), String.valueOf(duty.actor()), duty.modality().id(), duty.action(),
                    duty.matter(), String.valueOf(duty.scope()), String.valueOf(duty.jointlyWith()), String.valueOf(duty.recipients()),
                    String.valueOf(duty.validity()), String.valueOf(duty.frequency()), String.valueOf(duty.condition()), String.valueOf(duty.due())));
        }
        String readable = item.deadlines().size() == 1 ? CycleWords.summary(item.deadlines().get(0)) : CycleWords.sentence(item, null);
        String uid = item.due() + "-" + item.clauses().get(0).id() + "-" + readable.replaceAll("[^A-Za-z0-9:.-]+", "-") + "-"
                + java.util.UUID.nameUUIDFromBytes(whole.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString().substring(0, 8);
        String unique = uid;
        for (int n = 2; !taken.add(unique); n++) {
            unique = uid + "-" + n;
        }
        return unique + "@kulturmetropol-mandates";
    }

    /** Whether the bearer resolves to others than itself that day (a body to its members, a post to its holder). */
    private static boolean resolvedElsewhere(Deadline d) {
        Duty duty = d.row().fact();
        return duty.actor() != null && !d.row().resolvedTo().equals(List.of(CycleWords.actorId(duty)));
    }

}
