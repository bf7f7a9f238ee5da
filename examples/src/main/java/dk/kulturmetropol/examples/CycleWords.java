package dk.kulturmetropol.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.AgendaItem;
import dk.kulturmetropol.rules.CycleItem;
import dk.kulturmetropol.rules.Deadline;

/**
 * An annual cycle item in words: the rule's own sentence for an item of one deadline; for an item that groups several,
 * one sentence composed from the labels ({@code KMK skal godkende regnskabet for 2021, årsplanen og budgettet for 2023
 * for ...}); and what goes on an agenda ({@code godkende regnskabet for 2021 ...}). Without words, the ids.
 */
final class CycleWords {
    private CycleWords() {
    }

    /** The item as one sentence in {@code words}' language, or in ids ({@code kmk must approve annual-accounts (2021), ...}). */
    static String sentence(CycleItem item, Sentences words) {
        // an item of one deadline in its rule's own sentence, unless it concerns a year the sentence does not name
        if (item.deadlines().size() == 1 && (words == null || item.deadlines().get(0).concerns().isEmpty()
                || item.deadlines().get(0).kind() == Deadline.Kind.RECURRING)) {
            Deadline d = item.deadlines().get(0);
            // a deadline on the day the item is listed under: the day says when, once
            return words == null ? summary(d) : d.kind() == Deadline.Kind.DEADLINE ? words.onItsDay(d.row().fact(), d.row()::resolved)
                    : words.of(d.row().fact(), d.row()::resolved);
        }
        if (words == null) {
            return ids(item);
        }
        String scopes = scopes(item, words);
        boolean role = item.actor() != null && !item.duties().stream().allMatch(d -> item.actor().equals(actorId(d)));
        java.util.Optional<String> all = role ? words.words("cycle.all." + item.actor()) : java.util.Optional.empty();
        if (all.isPresent()) {
            // "Projektcheferne for ..., Musikindsatsen og Ungeindsatsen skal hver indlevere ..."
            String text = all.get() + (scopes.isEmpty() ? "" : " " + scopes) + " " + words.modality(modality(item)) + " "
                    + words.phrase("cycle.each.doing", "doing", doing(item, words));
            return capital(text) + ".";
        }
        String subject = item.actor() == null ? words.phrase("cycle.each", "actor", "")
                : role ? words.phrase("cycle.each", "actor", words.labels().label("actor", item.actor())) + (scopes.isEmpty() ? "" : " " + scopes)
                : words.labels().inSentence("actor", item.actor());
        String text = subject + " " + words.modality(modality(item)) + " " + doing(item, words) + (role || scopes.isEmpty() ? "" : " " + scopes);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    /**
     * What goes on the agenda, in the infinitive: {@code godkende regnskabet for 2021, årsplanen og budgettet for 2023 for
     * ...}; {@code approve annual-accounts (2021), ...} in ids.
     */
    static String agenda(CycleItem item, Sentences words) {
        if (words == null) {
            return what(item);
        }
        String scopes = scopes(item, words);
        return doing(item, words) + (scopes.isEmpty() ? "" : " " + scopes);
    }

    /**
     * What goes on the agenda as a sentence, the verb in the present where the language has a form for it ({@code KMK
     * godkender årsplanen og budgettet for 2023 for ...}): an item of one deadline in its rule's own sentence.
     */
    static String agendaSentence(CycleItem item, Sentences words) {
        java.util.Optional<String> does = words.words("action." + item.action() + ".does");
        boolean role = item.actor() == null || !item.duties().stream().allMatch(d -> item.actor().equals(actorId(d)));
        if (item.deadlines().size() == 1 || does.isEmpty() || role) {
            return sentence(item, words);
        }
        String scopes = scopes(item, words);
        String text = words.labels().inSentence("actor", item.actor()) + " " + doing(item, words, does.get()) + (scopes.isEmpty() ? "" : " " + scopes);
        return capital(text) + ".";
    }

    /** A meeting in words: {@code KMKs møde den 3. november 2022}, {@code den administrative bestyrelses møde den ...}. */
    static String meeting(dk.kulturmetropol.rules.Meeting m, Sentences words) {
        return words.message("agenda.meeting", Map.of("bodyOf", m.body(), "date", words.date(m.date())), false);
    }

    /** Where an agenda item went, in words: the meeting, the meeting it is due by, the meetings planned, no meeting in the window, or no body. */
    static String where(AgendaItem a, Sentences words) {
        CycleItem item = a.item();
        return switch (a.status()) {
            case ON_AGENDA -> words == null ? a.meeting().orElseThrow().body() + ", " + a.meeting().orElseThrow().date()
                    : capital(meeting(a.meeting().orElseThrow(), words));
            case DUE_BY_MEETING -> words == null ? "by " + a.dueBy().orElseThrow().body() + ", " + a.dueBy().orElseThrow().date()
                    : words.phrase("agenda.due-by", "meeting", meeting(a.dueBy().orElseThrow(), words));
            case MEETINGS -> words == null ? "meetings planned for " + item.actor() + ": " + String.join(", ", a.meetings().stream()
                    .map(m -> m.date().toString()).toList())
                    : words.phrase("agenda.meetings", "body", words.labels().inSentence("body", item.actor()), "dates",
                    words.list(a.meetings().stream().map(m -> words.phrase("agenda.date", "date", words.date(m.date()))).toList()));
            case NO_MEETING_PLANNED -> words == null ? "no meeting planned for " + item.actor() + " in the window " + item.start() + ".." + item.due()
                    : words.phrase("agenda.no-meeting", "body", words.labels().inSentence("body", item.actor()), "from", words.inText(item.start()),
                    "to", words.inText(item.due()));
            case NOT_A_BODY -> words == null ? "on no meeting's agenda: not the task of a body that meets" : words.phrase("agenda.not-a-body");
        };
    }

    /** A quarter ({@code 2022-Q1}) as a heading: {@code 1. kvartal 2022}, {@code Q1 2022}. */
    static String quarter(String label, Sentences words) {
        String year = label.substring(0, 4);
        String n = label.substring(label.length() - 1);
        return words == null ? "Q" + n + " " + year : words.phrase("cycle.quarter", "n", n, "year", year);
    }

    /** What the item's actor does, the verb in the infinitive, each matter with the year it concerns, grouped by recipients. */
    private static String doing(CycleItem item, Sentences words) {
        // the text's own verb for its matters where they share one ("indlevere årsplan", "aflægge regnskab"), else the action's
        List<java.util.Optional<String>> verbs = item.matters().stream().map(m -> words.words("cycle.do." + item.action() + "." + m)).distinct().toList();
        java.util.Optional<String> own = verbs.size() == 1 ? verbs.get(0) : java.util.Optional.empty();
        return doing(item, words, own.or(() -> words.words("action." + item.action() + ".do")).orElse(item.action() + " {matter}"));
    }

    /** What the item's actor does in {@code template} ({@code godkende {matter}}), each matter with its year, grouped by recipients. */
    private static String doing(CycleItem item, Sentences words, String template) {
        // each matter with the year it concerns, once, going to all its deadlines' recipients
        Map<List<String>, java.util.LinkedHashSet<String>> recipients = new LinkedHashMap<>();
        for (Deadline d : item.deadlines()) {
            Duty duty = d.row().fact();
            String matter = words.words("cycle.matter." + duty.matter()).filter(x -> !d.concerns().isEmpty())
                    .orElse(words.labels().inSentence("matter", duty.matter()));
            recipients.computeIfAbsent(List.of(d.concerns(), matter), k -> new java.util.LinkedHashSet<>())
                    .addAll(duty.recipients());
        }
        Map<List<String>, Map<String, List<String>>> byRecipients = new LinkedHashMap<>();
        recipients.forEach((concernsAndMatter, to) -> byRecipients.computeIfAbsent(List.copyOf(to), k -> new LinkedHashMap<>())
                .computeIfAbsent(concernsAndMatter.get(0), k -> new ArrayList<>()).add(concernsAndMatter.get(1)));
        List<String> parts = new ArrayList<>();
        byRecipients.forEach((to, byYear) -> {
            List<String> what = new ArrayList<>();
            byYear.forEach((concerns, matters) -> what.add(concerns.isEmpty() ? words.list(matters)
                    : words.phrase("cycle.matter-year", "matter", words.list(matters), "year", concerns.contains("-Q")
                    ? words.countedPeriod(concerns) : concerns)));
            parts.add(to.isEmpty() ? words.list(what) : words.phrase("cycle.to", "what", words.list(what), "to",
                    words.list(to.stream().map(id -> words.labels().inSentence("actor", id)).toList())));
        });
        return template.replace("{matter}", words.list(parts));
    }

    private static String scopes(CycleItem item, Sentences words) {
        return item.scopes().isEmpty() ? "" : words.phrase("cycle.scopes", "scopes",
                words.list(item.scopes().stream().map(s -> words.labels().label("scope", s)).toList()));
    }

    private static Modality modality(CycleItem item) {
        return item.duties().stream().map(Duty::modality).sorted().findFirst().orElse(Modality.MUST);
    }

    /** {@code kmk must approve annual-accounts (2021), annual-plan (2023), budget (2023) for culture-and-health, music, youth}. */
    private static String ids(CycleItem item) {
        return (item.actor() == null ? "(no one named)" : item.actor()) + " " + modality(item).id() + " " + what(item);
    }

    /** {@code approve annual-accounts (2021), annual-plan (2023), budget (2023) for culture-and-health, music, youth}. */
    private static String what(CycleItem item) {
        List<String> what = new ArrayList<>();
        item.concerns().forEach((matter, year) -> what.add(year.isEmpty() ? matter : matter + " (" + year + ")"));
        return item.action() + " " + String.join(", ", what) + (item.scopes().isEmpty() ? "" : " for " + String.join(", ", item.scopes()));
    }

    /** {@code kmk must approve annual-plan for music}: one deadline in ids. */
    static String summary(Deadline d) {
        Duty duty = d.row().fact();
        return (duty.actor() == null ? "(no one named)" : actorId(duty)) + " " + duty.modality().id() + " " + duty.action() + " "
                + duty.matter() + (duty.scope() == null ? "" : " for " + duty.scope());
    }

    /** The id of the duty's bearer, or {@code null} when the text names no one. */
    static String actorId(Duty duty) {
        return duty.actor();
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
